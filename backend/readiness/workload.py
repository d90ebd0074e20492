"""Each person's workload across every launch (issue 21): their open tasks, as assignee or collaborator, on the
days the schedule has them (the timeline's engine, forecast from today), counted per ISO week and per day and
weighed against the capacity the office sets, in a fixed number of queries whatever the number of launches,
tasks and people (docs/workload.md).

What counts: tasks todo, in progress or blocked (OPEN_TASK_STATUSES) of launches not closed or cancelled
(PORTFOLIO_STATUSES: draft, planning, ready and launched, whose post-launch work is still work). A task counts in
every week it overlaps; its effort_hours spread evenly over its working days in its launch's calendar (every
calendar day for work that counts elapsed days); a task without effort counts no hours."""

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db import models
from django.db.models import Exists, F, OuterRef, Q

from accounts.access import access_for
from accounts.models import Department, DepartmentMembership, User
from core.errors import ConflictError, PermissionDeniedError
from launches.models import OPEN_TASK_STATUSES, DayCount, Launch, Task
from launches.schedule import launch_schedule_load
from launches.working_time import launch_work_calendar
from readiness.portfolio import PORTFOLIO_STATUSES, schedule_status_date

WORKLOAD_DEFAULT_WEEKS = 8
WORKLOAD_MAX_WEEKS = 26
WORKLOAD_MAX_DAYS = 92
# Computed task dates are kept per launch, plan version and status date: every write to a plan bumps its version
# and the forecast moves on with the day, so kept dates are never stale (as the timeline's cached body).
SCHEDULE_CACHE_SECONDS = 60 * 60
_SIX_DAYS = dt.timedelta(days=6)
_OPEN = tuple(status.value for status in OPEN_TASK_STATUSES)
_ELAPSED = DayCount.CALENDAR.value
# The task columns the workload reads besides the schedule's own.
_TASK_FIELDS = (
    "id",
    "title",
    "status",
    "duration_count",
    "assignee_id",
    "effort_hours",
    "department_name",
    "launch_id",
)


class WorkloadRole(models.TextChoices):
    """A person's part in a task."""

    ASSIGNEE = "assignee", "Assignee"
    COLLABORATOR = "collaborator", "Collaborator"


def week_start(day: dt.date) -> dt.date:
    """The Monday of the ISO week of `day`."""
    return day - dt.timedelta(days=day.weekday())


@dataclass(slots=True)
class Assignment:
    """One person's part in one open task: its scheduled days and its hours per worked day."""

    task_id: int
    title: str
    launch_id: int
    launch_name: str
    department_name: str
    status: str
    role: str  # "assignee" or "collaborator"
    effort_hours: int | None
    start: dt.date
    due: dt.date
    hours_of: dict[dt.date, float] = field(default_factory=dict)  # worked day: hours (empty without effort)

    def overlaps(self, first: dt.date, last: dt.date) -> bool:
        return self.start <= last and self.due >= first

    def hours_between(self, first: dt.date, last: dt.date) -> float:
        return sum(hours for day, hours in self.hours_of.items() if first <= day <= last)


@dataclass(slots=True)
class TaskPlacement:
    """An open task on its scheduled days, with the people on it."""

    row: Any
    launch: Launch
    start: dt.date
    due: dt.date
    hours_of: dict[dt.date, float]


def _hours_of(row: Any, launch: Launch, first: int, last: int) -> dict[dt.date, float]:
    """effort_hours spread evenly over the task's worked days (engine days first..last from T-0's date):
    working days of the launch's calendar, or every day for elapsed work (or if none of its days is worked)."""
    if not row.effort_hours:
        return {}
    days = range(first, last + 1)
    if row.duration_count != _ELAPSED:
        calendar = launch_work_calendar(launch)
        worked = [day for day in days if calendar.is_working(day)]
        days = worked or days  # type: ignore[assignment]
    share = row.effort_hours / len(days)
    base = launch.t_zero_date.toordinal()
    return {dt.date.fromordinal(base + day): share for day in days}


def _task_days(launches: Sequence[Launch], now: dt.datetime) -> dict[int, dict[int, tuple[int, int]]]:
    """{launch id: {task id: (first, last engine day)}} as the timeline's schedule has them (forecast from the
    launch's today while it is ahead of launch), from the cache where the plan version and day were computed
    already, else computed (two queries for all the launches computed)."""
    keys = {launch.pk: _cache_key(launch, now) for launch in launches}
    found = cache.get_many(list(keys.values())) if keys else {}
    days = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [launch for launch in launches if launch.pk not in days]
    if missing:
        fresh = {}
        for pk, plan in launch_schedule_load(missing).items():
            schedule = plan.compute(status_date=schedule_status_date(plan.launch, now))
            days[pk] = {task_id: (task.start, task.due) for task_id, task in schedule.tasks.items()}
            fresh[keys[pk]] = days[pk]
        cache.set_many(fresh, SCHEDULE_CACHE_SECONDS)
    return days


def _cache_key(launch: Launch, now: dt.datetime) -> str:
    return f"workload:v1:{launch.pk}:{launch.plan_version}:{schedule_status_date(launch, now)}"


def open_task_placements(
    *,
    now: dt.datetime,
    person_ids: Collection[int] | None = None,
    extra_task_id: int | None = None,
    between: tuple[dt.date, dt.date] | None = None,
) -> tuple[list[TaskPlacement], dict[int, list[int]]]:
    """Every open task with someone on it (one of `person_ids`, if given), of the launches the workload counts,
    on its scheduled days, and {task id: collaborator ids}; only those on some day `between` (first, last) if
    given. With `extra_task_id`, that task too, whatever its status or its launch's (an assignment's preview).

    Three queries (launches, open tasks, their collaborators), and on a cold cache two more for the plans
    computed (launch_schedule_load's tasks and dependencies), whatever the size."""
    counted = Q(status__in=PORTFOLIO_STATUSES)
    if person_ids is not None:
        # Two subqueries, not one with an OR across the collaborators' join: each can use its index.
        open_tasks = Task.objects.filter(workstream__launch=OuterRef("pk"), status__in=_OPEN)
        counted &= Q(Exists(open_tasks.filter(assignee_id__in=person_ids))) | Q(
            Exists(open_tasks.filter(collaborators__in=person_ids))
        )
    if extra_task_id is not None:
        counted |= Q(Exists(Task.objects.filter(pk=extra_task_id, workstream__launch=OuterRef("pk"))))
    launches = list(Launch.objects.filter(counted).order_by("t_zero", "id"))
    by_id = {launch.pk: launch for launch in launches}
    days_of = _task_days(launches, now)
    through = Task.collaborators.through.objects
    if person_ids is None:
        people = Q(assignee__isnull=False) | Q(Exists(through.filter(task=OuterRef("pk"))))
    else:
        # One person's work is a few rows of the launches' thousands: read only those.
        people = Q(assignee_id__in=person_ids) | Q(Exists(through.filter(task=OuterRef("pk"), user_id__in=person_ids)))
    wanted = Q(status__in=_OPEN) & people
    if extra_task_id is not None:
        wanted |= Q(pk=extra_task_id)
    rows = (
        Task.objects.filter(workstream__launch_id__in=by_id)
        .filter(wanted)
        .annotate(department_name=F("workstream__department__name"), launch_id=F("workstream__launch_id"))
        .order_by("id")
        .values_list(*_TASK_FIELDS, named=True)
    )
    placements = []
    fromordinal = dt.date.fromordinal
    window = None if between is None else (between[0].toordinal(), between[1].toordinal())
    for row in rows:
        launch = by_id[row.launch_id]
        days = days_of[launch.pk].get(row.id)
        if days is None:  # added since the plan was read: the next read has it
            continue
        first, last = days
        base = launch.t_zero_date.toordinal()
        if window is not None and row.id != extra_task_id and (base + last < window[0] or base + first > window[1]):
            continue  # not on any day asked for: its hours are never spread
        placements.append(
            TaskPlacement(
                row, launch, fromordinal(base + first), fromordinal(base + last), _hours_of(row, launch, first, last)
            )
        )
    collaborators: dict[int, list[int]] = defaultdict(list)
    for task_id, user_id in (
        Task.collaborators.through.objects.filter(task_id__in=[placement.row.id for placement in placements])
        .order_by("task_id", "user_id")
        .values_list("task_id", "user_id")
    ):
        collaborators[task_id].append(user_id)
    return placements, collaborators


def assignments_by_person(
    placements: Iterable[TaskPlacement], collaborators: dict[int, list[int]], *, skip_task_id: int | None = None
) -> dict[int, list[Assignment]]:
    """{person id: their assignments}: the assignee's and each collaborator's (one per person and task)."""
    found: dict[int, list[Assignment]] = defaultdict(list)
    for placement in placements:
        row = placement.row
        if row.id == skip_task_id or row.status not in _OPEN:
            continue
        people = {}
        if row.assignee_id is not None:
            people[row.assignee_id] = WorkloadRole.ASSIGNEE.value
        for user_id in collaborators.get(row.id, ()):
            people.setdefault(user_id, WorkloadRole.COLLABORATOR.value)
        for person_id, role in people.items():
            found[person_id].append(
                Assignment(
                    task_id=row.id,
                    title=row.title,
                    launch_id=placement.launch.pk,
                    launch_name=placement.launch.name,
                    department_name=row.department_name,
                    status=row.status,
                    role=role,
                    effort_hours=row.effort_hours,
                    start=placement.start,
                    due=placement.due,
                    hours_of=placement.hours_of,
                )
            )
    return found


def _hours(value: float) -> float:
    return round(value, 2)


def week_figures(person: User, assignments: Sequence[Assignment], week: dt.date) -> dict[str, Any]:
    """A person's week: open tasks overlapping it, their hours in it, in how many launches, and whether that is
    more than the person's capacity (tasks or hours, each only if set)."""
    last = week + dt.timedelta(days=6)
    inside = [item for item in assignments if item.overlaps(week, last)]
    tasks = len(inside)
    hours = _hours(sum(item.hours_between(week, last) for item in inside))
    return {
        "week": week,
        "tasks": tasks,
        "hours": hours,
        "launch_names": sorted({item.launch_name for item in inside}),
        "launches": len({item.launch_id for item in inside}),
        "over": is_over(person, tasks, hours),
    }


def is_over(person: User, tasks: int, hours: float) -> bool:
    """More open work in a week than the person's capacity: tasks over capacity_tasks_per_week or hours over
    capacity_hours_per_week, each only when the office set it."""
    return (person.capacity_tasks_per_week is not None and tasks > person.capacity_tasks_per_week) or (
        person.capacity_hours_per_week is not None and _hours(hours) > person.capacity_hours_per_week
    )


def person_header(person: User) -> dict[str, Any]:
    return {"id": person.pk, "username": person.username, "full_name": person.full_name}


def _capacity(person: User) -> dict[str, Any]:
    return {
        "capacity_tasks_per_week": person.capacity_tasks_per_week,
        "capacity_hours_per_week": person.capacity_hours_per_week,
    }


# Who reads what.


def workload_access_check(actor: User, person_id: int | None = None) -> bool:
    """The office and department leads read everyone's workload; members and viewers only their own. Answers
    whether `actor` reads everyone; refuses another person's workload to a member or viewer."""
    access = access_for(actor)
    everyone = access.is_office or bool(access.led_department_ids)
    if not everyone and person_id is not None and person_id != actor.pk:
        raise PermissionDeniedError("Only the office and department leads see other people's workload.")
    return everyone


def workload_preview_access_check(actor: User) -> None:
    """Only the office and department leads, who assign work, preview what an assignment would do."""
    access = access_for(actor)
    if not (access.is_office or access.led_department_ids):
        raise PermissionDeniedError("Only the office and department leads preview an assignment's workload.")


# The reads.


def workload_list(
    *,
    actor: User,
    first_week: dt.date,
    weeks: int,
    department: Department | None = None,
    over_only: bool = False,
    now: dt.datetime,
) -> dict[str, Any]:
    """Everyone's weeks from `first_week` (a Monday) on: active people with counted work in those weeks or a
    capacity set (only the actor, for a member or viewer), of `department` if given, by name; only the
    over-allocated with `over_only`. Seven queries on a warm cache, nine on a cold one, whatever the size."""
    everyone = workload_access_check(actor)
    mondays = [first_week + dt.timedelta(weeks=n) for n in range(weeks)]
    last_day = mondays[-1] + dt.timedelta(days=6)
    placements, collaborators = open_task_placements(
        now=now, person_ids=None if everyone else [actor.pk], between=(first_week, last_day)
    )
    assigned = assignments_by_person(placements, collaborators)
    working = {
        person_id for person_id, items in assigned.items() if any(item.overlaps(first_week, last_day) for item in items)
    }
    people = User.objects.filter(is_active=True).filter(
        Q(pk__in=working) | Q(capacity_tasks_per_week__isnull=False) | Q(capacity_hours_per_week__isnull=False)
    )
    if not everyone:
        people = people.filter(pk=actor.pk)
    if department is not None:
        people = people.filter(Exists(DepartmentMembership.objects.filter(user=OuterRef("pk"), department=department)))
    people = list(people)
    departments = _department_names([person.pk for person in people])
    rows = []
    for person in people:
        items = assigned.get(person.pk, [])
        week_rows = [week_figures(person, items, monday) for monday in mondays]
        over = any(week["over"] for week in week_rows)
        if over_only and not over:
            continue
        rows.append(
            {
                "person": person_header(person),
                "departments": departments.get(person.pk, []),
                **_capacity(person),
                "weeks": week_rows,
                "over_allocated": over,
            }
        )
    rows.sort(key=lambda row: (row["person"]["full_name"].casefold(), row["person"]["id"]))
    return {"from": first_week, "weeks": mondays, "people": rows}


def _department_names(person_ids: Sequence[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    for user_id, name in (
        DepartmentMembership.objects.filter(user_id__in=person_ids)
        .order_by("department__name")
        .values_list("user_id", "department__name")
    ):
        names[user_id].append(name)
    return names


def workload_person(*, actor: User, person: User, first: dt.date, last: dt.date, now: dt.datetime) -> dict[str, Any]:
    """One person's days `first`..`last`: open tasks and hours each day (over when its week is), the weeks those
    days fall in, and the tasks on those days. Seven queries on a warm cache, nine on a cold one."""
    workload_access_check(actor, person.pk)
    mondays = []
    monday = week_start(first)
    placements, collaborators = open_task_placements(
        now=now, person_ids=[person.pk], between=(monday, week_start(last) + _SIX_DAYS)
    )
    items = assignments_by_person(placements, collaborators).get(person.pk, [])
    while monday <= last:
        mondays.append(monday)
        monday += dt.timedelta(weeks=1)
    week_rows = {monday: week_figures(person, items, monday) for monday in mondays}
    days = []
    day = first
    while day <= last:
        on_day = [item for item in items if item.start <= day <= item.due]
        days.append(
            {
                "date": day,
                "tasks": len(on_day),
                "hours": _hours(sum(item.hours_of.get(day, 0.0) for item in on_day)),
                "over": week_rows[week_start(day)]["over"],
            }
        )
        day += dt.timedelta(days=1)
    tasks = sorted(
        (item for item in items if item.overlaps(first, last)), key=lambda item: (item.start, item.due, item.task_id)
    )
    return {
        "person": person_header(person),
        "departments": _department_names([person.pk]).get(person.pk, []),
        **_capacity(person),
        "from": first,
        "to": last,
        "days": days,
        "weeks": list(week_rows.values()),
        "over_allocated": any(week["over"] for week in week_rows.values()),
        "tasks": [
            {
                "id": item.task_id,
                "title": item.title,
                "launch": item.launch_id,
                "launch_name": item.launch_name,
                "department_name": item.department_name,
                "start": item.start,
                "due": item.due,
                "status": item.status,
                "role": item.role,
                "effort_hours": item.effort_hours,
            }
            for item in tasks
        ],
    }


def workload_preview(*, actor: User, person: User, task: Task, now: dt.datetime) -> dict[str, Any]:
    """What putting `person` on `task` (as assignee or collaborator) does to their weeks: in each week the task
    overlaps, their other open work (this task left out) and the figures with it; over_allocated_after when any
    of those weeks goes over capacity, with a message naming the first."""
    workload_preview_access_check(actor)
    placements, collaborators = open_task_placements(now=now, person_ids=[person.pk], extra_task_id=task.pk)
    placement = next((placement for placement in placements if placement.row.id == task.pk), None)
    if placement is None:  # created after its launch's plan was read: the next request has it
        raise ConflictError("The task's launch changed while its workload was read; ask again.")
    items = assignments_by_person(placements, collaborators, skip_task_id=task.pk).get(person.pk, [])
    weeks = []
    monday = week_start(placement.start)
    while monday <= placement.due:
        figures = week_figures(person, items, monday)
        tasks_after = figures["tasks"] + 1
        added = sum(hours for day, hours in placement.hours_of.items() if monday <= day <= monday + _SIX_DAYS)
        hours_after = _hours(figures["hours"] + added)
        weeks.append(
            {
                "week": monday,
                "tasks": figures["tasks"],
                "hours": figures["hours"],
                "launches": figures["launch_names"],
                "tasks_after": tasks_after,
                "hours_after": hours_after,
                "over_after": is_over(person, tasks_after, hours_after),
                "hours_added": _hours(added),
            }
        )
        monday += dt.timedelta(weeks=1)
    over = [week for week in weeks if week["over_after"]]
    return {
        "person": person_header(person),
        "task": {"id": task.pk, "start": placement.start, "due": placement.due},
        **_capacity(person),
        "weeks": weeks,
        "over_allocated_after": bool(over),
        "message": _over_message(person, over) if over else None,
    }


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _count(number: float, noun: str, plural: str | None = None) -> str:
    shown = f"{number:g}" if isinstance(number, float) else str(number)
    return f"{shown} {noun if number == 1 else plural or noun + 's'}"


def _over_message(person: User, weeks: Sequence[dict[str, Any]]) -> str:
    """The first week over capacity in plain words: what the person carries already, and the capacity."""
    week = weeks[0]
    monday = week["week"]
    when = f"the week of {monday.day} {_MONTHS[monday.month - 1]}"
    if week["launches"]:
        when += f" in {_count(len(week['launches']), 'launch', 'launches')}"
    capacity_tasks = person.capacity_tasks_per_week
    if capacity_tasks is not None and week["tasks_after"] > capacity_tasks:
        already = _count(week["tasks"], "task")
        text = f"{person.full_name} already has {already} in {when} (capacity {capacity_tasks} a week)."
    else:
        text = (
            f"{person.full_name} already has {_count(week['hours'], 'hour')} of work in {when}, and this task adds "
            f"{_count(week['hours_added'], 'hour')} (capacity {person.capacity_hours_per_week} hours a week)."
        )
    if len(weeks) > 1:
        text += f" {_count(len(weeks) - 1, 'more week')} would be over capacity too."
    return text

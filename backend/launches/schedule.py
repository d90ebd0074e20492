"""The one way between a launch's rows and the pure schedule engine: named rows in, engine input out, and the
engine's days back as the launch's calendar dates (days count from T-0's date in the launch's time zone).

The timeline, readiness, calendar entries, reminders, digests and the T-0 move all load a launch's plan here, so
they cannot disagree on what a fixed date or an offset means. The checks that keep a plan inside the calendar
the engine can count (plan_day_check, moment_anchor_check) live here too: scheduling/ imports no Django.
"""

import copy
import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db.models import F
from django.utils import timezone

from core.errors import ValidationError
from launches.models import ACTIVE_LAUNCH_STATUSES, DayCount, Dependency, Launch, ScheduleMode, Task, TaskStatus
from launches.working_time import launch_work_calendar
from scheduling.calendar import WorkCalendar
from scheduling.engine import DependencyInput, GateInput, Schedule, TaskInput, compute_schedule
from scheduling.plan import PLAN_FIRST_DAY, PLAN_LAST_DAY

# The columns of a task the engine needs; every loaded task row has them, under these names.
TASK_SCHEDULE_FIELDS = (
    "id",
    "schedule_mode",
    "offset_days",
    "start_date",
    "duration_days",
    "needed_for_launch",
    "status",
    "actual_start",
    "actual_finish",
    "duration_count",
)
# A dependency row: from predecessor to successor, its link type, lag_days and what the lag counts. Either end may
# be a milestone or a gate (a moment): its name and anchor (MOMENT_FIELDS) are read apart, for those links alone.
DEPENDENCY_FIELDS = (
    "id",
    "predecessor_id",
    "successor_id",
    "lag_days",
    "type",
    "lag_count",
    "predecessor_milestone_id",
    "predecessor_gate_id",
    "successor_milestone_id",
)
MOMENT_FIELDS = {
    f"{alias}_{name}": F(f"{relation}__{column}")
    for alias, relation in (
        ("pm", "predecessor_milestone"),
        ("pg", "predecessor_gate"),
        ("sm", "successor_milestone"),
    )
    for name, column in (("name", "name"), ("mode", "schedule_mode"), ("offset", "offset_days"), ("at", "at"))
}
_FIXED = ScheduleMode.FIXED.value
_ANCHORED = ScheduleMode.ANCHORED.value
_CANCELLED = TaskStatus.CANCELLED.value
_DONE = TaskStatus.DONE.value
_CALENDAR_DAYS = DayCount.CALENDAR.value


def _task_input(row: Any, base: int, offset_day: Callable[[int], int]) -> TaskInput:
    """A task row as the engine reads it. Work that started keeps its actual start, and done work its actual
    days: neither T-0 nor a predecessor moves them (issue 15); planned work sits on its anchor or date."""
    elapsed = row.duration_count == _CALENDAR_DAYS
    if row.actual_start is not None:
        finish = row.actual_finish
        if finish is not None:  # history: the days it actually took, whatever the calendar says
            duration, elapsed = (finish - row.actual_start).days + 1, True
        else:
            duration = row.duration_days
        start, fixed = row.actual_start.toordinal() - base, True
    else:
        duration = row.duration_days
        fixed = row.schedule_mode == _FIXED
        start = row.start_date.toordinal() - base if fixed else offset_day(row.offset_days or 0)
    status = row.status
    return TaskInput(
        row.id,
        start,
        duration,
        fixed,
        row.needed_for_launch,
        status == _CANCELLED,
        elapsed,
        row.actual_start is not None,
        status == _DONE,
    )


def status_date(launch: Launch) -> dt.date | None:
    """The day open work is forecast from: the launch's today while it is ahead of launch (draft, planning,
    ready); None (the plan as it stands) once it launched, closed or was cancelled."""
    if launch.status not in ACTIVE_LAUNCH_STATUSES:
        return None
    return timezone.localdate(timezone=launch.zone)


@dataclass(slots=True)
class LaunchSchedule:
    """One launch's plan as the engine reads it: its task rows (named tuples with TASK_SCHEDULE_FIELDS and the
    extra fields the caller asked for) and its dependency rows (DEPENDENCY_FIELDS), with the way back from
    engine days to dates. Rows are Django's named rows (values_list(named=True)): read by name, never by place."""

    launch: Launch
    tasks: list[Any] = field(default_factory=list)
    dependencies: list[Any] = field(default_factory=list)
    t_zero_date: dt.date = field(init=False)
    _moments: dict[tuple[str, int], Any] | None = field(default=None, init=False, repr=False)
    # {dependency id: its MOMENT_FIELDS} for the links with a milestone or gate end (launch_schedule_load).
    _moment_links: dict[int, Any] = field(default_factory=dict, init=False, repr=False)
    _cached_calendar: WorkCalendar | None = field(default=None, init=False, repr=False)
    _dependency_inputs: list[DependencyInput] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.t_zero_date = self.launch.t_zero_date

    @property
    def _calendar(self) -> WorkCalendar:
        if self._cached_calendar is None:
            self._cached_calendar = launch_work_calendar(self.launch)
        return self._cached_calendar

    def task_inputs(self, launch: Launch | None = None) -> list[TaskInput]:
        """Anchored tasks on their offset, fixed ones on their date, counted from T-0 (of `launch`, this launch
        with another T-0, if given); then the milestones and gates that links name, as moments (zero length,
        at the start of their day; a gate never moves, an anchored milestone follows the tasks it depends on)."""
        launch = launch or self.launch
        t_zero_date = launch.t_zero_date
        base, offset_day = t_zero_date.toordinal(), launch.offset_function()
        inputs = [_task_input(row, base, offset_day) for row in self.tasks]
        for key, (_name, mode, offset, at) in self.moments().items():
            day = (
                launch.offset_day(offset or 0)
                if mode == _ANCHORED
                else (at.astimezone(launch.zone).date() - t_zero_date).days
            )
            inputs.append(TaskInput(key, day, 0, fixed=mode != _ANCHORED or key[0] == "gate"))
        return inputs

    def moments(self) -> dict[tuple[str, int], tuple[str, str, int | None, dt.datetime | None]]:
        """The milestones and gates the links name: {("milestone", id) or ("gate", id): (name, mode, offset, at)}
        (read from the dependency rows once)."""
        if self._moments is not None:
            return self._moments
        found: dict[tuple[str, int], tuple[str, str, int | None, dt.datetime | None]] = {}
        self._moments = found
        for row in self.dependencies:
            if row.predecessor_id is not None and row.successor_id is not None:
                continue
            ends = self._moment_links[row.id]
            if row.predecessor_milestone_id is not None:
                anchor = (ends.pm_name, ends.pm_mode, ends.pm_offset, ends.pm_at)
                found[("milestone", row.predecessor_milestone_id)] = anchor
            elif row.predecessor_gate_id is not None:
                found[("gate", row.predecessor_gate_id)] = (ends.pg_name, ends.pg_mode, ends.pg_offset, ends.pg_at)
            if row.successor_milestone_id is not None:
                anchor = (ends.sm_name, ends.sm_mode, ends.sm_offset, ends.sm_at)
                found[("milestone", row.successor_milestone_id)] = anchor
        return found

    def dependency_inputs(self) -> list[DependencyInput]:
        """The links as engine input, the same whatever T-0 (built once: a T-0 move computes twice)."""
        if self._dependency_inputs is None:
            # Task to task, the common case, read in place (two calls fewer per link: 100,000 links at 50,000).
            self._dependency_inputs = [
                DependencyInput(
                    link_predecessor(row) if row.predecessor_id is None else row.predecessor_id,
                    link_successor(row) if row.successor_id is None else row.successor_id,
                    row.lag_days,
                    row.type,
                    row.lag_count == _CALENDAR_DAYS,
                )
                for row in self.dependencies
            ]
        return self._dependency_inputs

    def compute(
        self,
        *,
        gate_rows: Sequence[Mapping[str, Any]] = (),
        launch: Launch | None = None,
        status_date: dt.date | None = None,
    ) -> Schedule:
        """The engine's schedule of this plan in the launch's working calendar; gate rows
        (gates.selectors.launch_gate_rows) add the criteria conflicts. `launch` stands in for this one with
        another T-0 (the T-0 move compares both). With a `status_date`, open work is forecast from that day."""
        launch = launch or self.launch
        t_zero_date = launch.t_zero_date
        schedule = compute_schedule(
            self.task_inputs(launch),
            self.dependency_inputs(),
            gate_inputs(gate_rows, launch),
            calendar=launch_work_calendar(launch),
            status_day=None if status_date is None else (status_date - t_zero_date).days,
        )
        if self.moments():
            # Milestones and gates were nodes of the computation: tasks are tasks, moments are moments.
            schedule.moments = {key: value for key, value in schedule.tasks.items() if type(key) is tuple}
            schedule.tasks = {key: value for key, value in schedule.tasks.items() if type(key) is not tuple}
            schedule.critical_path = [key for key in schedule.critical_path if type(key) is not tuple]
            schedule.gate_paths = {
                gate: [key for key in path if type(key) is not tuple] for gate, path in schedule.gate_paths.items()
            }
        return schedule

    def node_names(self, titles: Mapping[int, str]) -> dict[Any, str]:
        """Names of every plan node for messages: task titles by id, then the linked milestones and gates."""
        return {**titles, **{key: name for key, (name, *_anchor) in self.moments().items()}}

    def date(self, day: int) -> dt.date:
        """The calendar date of an engine day (0 is T-0's date)."""
        return dt.date.fromordinal(self.t_zero_date.toordinal() + day)

    def planned_start(self, row: Any) -> dt.date:
        """A task row's first day as planned, before its predecessors push it."""
        return (
            row.start_date if row.schedule_mode == _FIXED else self.date(self.launch.offset_day(row.offset_days or 0))
        )

    def planned_days(self, row: Any, launch: Launch | None = None) -> tuple[int, int]:
        """A task row's first and last day as planned from its anchor or date alone (engine days from T-0 of
        this launch, or of `launch`, this one with another T-0): work counting working days starts on the first
        working day of its anchor and spans its working days."""
        launch = launch or self.launch
        first = (
            row.start_date.toordinal() - launch.t_zero_date.toordinal()
            if row.schedule_mode == _FIXED
            else (launch.offset_day(row.offset_days or 0) if row.offset_days else 0)
        )
        if row.duration_count == _CALENDAR_DAYS:
            return first, first + row.duration_days - 1
        calendar = self._calendar if launch is self.launch else launch_work_calendar(launch)
        first = calendar.on_or_after(first)
        return first, calendar.add(first, row.duration_days - 1)

    def due_dates(self, schedule: Schedule) -> dict[int, dt.date]:
        """Each task's last day as the engine computed it."""
        base = self.t_zero_date.toordinal()
        fromordinal = dt.date.fromordinal
        return {task_id: fromordinal(base + task.due) for task_id, task in schedule.tasks.items()}


def launch_schedule_load(
    launches: Iterable[Launch],
    *,
    task_fields: Sequence[str] | Mapping[str, str] = (),
    task_order: Sequence[str] = ("id",),
) -> dict[int, LaunchSchedule]:
    """{launch id: its LaunchSchedule}, in two queries whatever the number of launches, tasks and dependencies, and
    a third when links have a milestone or gate end (their names and anchors, for those links alone: joining the
    three tables for every link doubled the time of reading 100,000 links).

    `task_fields` are the task's other columns the caller reads from the same rows (by name: `row.title`); a
    mapping names a related column (`{"department_name": "workstream__department__name"}`). Dependencies come
    in id order; tasks in `task_order`.
    """
    by_id = {launch.pk: LaunchSchedule(launch) for launch in launches}
    if not by_id:
        return {}
    named = task_fields if isinstance(task_fields, Mapping) else {name: name for name in task_fields}
    aliases = {name: F(lookup) for name, lookup in named.items() if name != lookup}
    names = [*TASK_SCHEDULE_FIELDS, *(name for name in named if name not in TASK_SCHEDULE_FIELDS)]
    tasks = Task.objects.filter(workstream__launch_id__in=by_id).order_by(*task_order)
    dependencies = Dependency.objects.filter(launch_id__in=by_id).order_by("id")
    if len(by_id) == 1:
        (plan,) = by_id.values()
        plan.tasks = list(tasks.annotate(**aliases).values_list(*names, named=True))
        plan.dependencies = list(dependencies.values_list(*DEPENDENCY_FIELDS, named=True))
    else:  # each row also says whose it is
        launch_of = {"schedule_launch_id": F("workstream__launch_id")}
        for row in tasks.annotate(**aliases, **launch_of).values_list(*names, *launch_of, named=True):
            by_id[row.schedule_launch_id].tasks.append(row)
        for row in dependencies.values_list(*DEPENDENCY_FIELDS, "launch_id", named=True):
            by_id[row.launch_id].dependencies.append(row)
    moment_links = [
        row.id
        for plan in by_id.values()
        for row in plan.dependencies
        if row.predecessor_id is None or row.successor_id is None
    ]
    if moment_links:
        ends = {
            row.id: row
            for row in Dependency.objects.filter(pk__in=moment_links)
            .annotate(**MOMENT_FIELDS)
            .values_list("id", *MOMENT_FIELDS, named=True)
        }
        for plan in by_id.values():
            plan._moment_links = ends
    return by_id


# The plan a process loaded last through launch_schedule_kept: ((cache key, token, shape), LaunchSchedule). One
# plan per process (at 50,000 tasks and 100,000 links it holds about 60 MiB); its token lives in the cache for
# KEPT_PLAN_SECONDS.
_kept: dict[str, tuple[tuple[str, str, str], "LaunchSchedule"]] = {}
KEPT_PLAN_SECONDS = 600


def launch_schedule_kept(
    launch: Launch, *, task_fields: Sequence[str] = (), task_order: Sequence[str] = ("id",)
) -> LaunchSchedule:
    """launch_schedule_load's plan of this one launch, kept in this process for the next caller of the same plan
    version (a planner previews several days for T-0 before moving it: each preview would read 50,000 task rows
    and 100,000 links again, and turn the links into engine input again).

    Every write to a plan bumps its plan_version (launches.followers), so a plan kept for a version is that
    version's plan. The kept plan is used only while the cache holds its version's token, which the first process
    to load that version sets and the others share: a cleared or evicted cache forgets every kept plan. Callers
    only read the plan; a write uses it only after plan_lock, which re-reads the launch under the lock, so its
    version is the committed plan's and stays so until the write commits."""
    key = f"plan-kept:{launch.pk}:{launch.plan_version}"
    shape = repr((tuple(task_fields), tuple(task_order)))
    token = cache.get(key)
    kept = _kept.get("plan")
    if token is not None and kept is not None and kept[0] == (key, token, shape):
        # The rows and engine input are shared; the launch and its working calendar (which grows as it is read)
        # are the caller's own.
        plan = copy.copy(kept[1])
        plan.launch, plan._cached_calendar = launch, None
        return plan
    plan = launch_schedule_load([launch], task_fields=task_fields, task_order=task_order)[launch.pk]
    # What the callers would build lazily, built now: the kept plan's rows and input are only read.
    plan.moments()
    plan.dependency_inputs()
    if token is None:
        cache.add(key, uuid.uuid4().hex, KEPT_PLAN_SECONDS)
        token = cache.get(key)
    if token is not None:
        _kept["plan"] = ((key, token, shape), plan)
    return plan


def link_predecessor(row: Any) -> Any:
    """A dependency row's predecessor as the schedule names it: a task id, ("milestone", id) or ("gate", id)."""
    if row.predecessor_id is not None:
        return row.predecessor_id
    if row.predecessor_milestone_id is not None:
        return ("milestone", row.predecessor_milestone_id)
    return ("gate", row.predecessor_gate_id)


def link_successor(row: Any) -> Any:
    return row.successor_id if row.successor_id is not None else ("milestone", row.successor_milestone_id)


def gate_inputs(gate_rows: Sequence[Mapping[str, Any]], launch: Launch) -> list[GateInput]:
    """Gates as engine input: anchored ones on their offset, fixed ones on their date counted from T-0."""
    base, zone = launch.t_zero_date, launch.zone
    return [
        GateInput(
            row["id"],
            launch.offset_day(row["offset_days"])
            if row["schedule_mode"] == _ANCHORED
            else (row["moment"].astimezone(zone).date() - base).days,
            tuple(row["criteria"]),
        )
        for row in gate_rows
    ]


def plan_day_check(day: dt.date | dt.datetime, *, field: str, what: str) -> None:
    """Refuses a day (or an aware moment, by its UTC day) outside the plan's calendar, naming the field."""
    if isinstance(day, dt.datetime):
        day = day.astimezone(dt.UTC).date()
    if not PLAN_FIRST_DAY <= day <= PLAN_LAST_DAY:
        raise ValidationError(
            f"{what} must fall between {PLAN_FIRST_DAY.isoformat()} and {PLAN_LAST_DAY.isoformat()}.", field=field
        )


def moment_anchor_check(item: Any, noun: str) -> None:
    """An anchored milestone or gate needs offset_days, a fixed one a moment `at`; the other is cleared."""
    if item.schedule_mode == ScheduleMode.ANCHORED:
        if item.offset_days is None:
            raise ValidationError(f"An anchored {noun} needs offset_days (days from T-0).", field="offset_days")
        item.at = None
    else:
        if item.at is None:
            raise ValidationError(f"A fixed {noun} needs a moment `at`.", field="at")
        plan_day_check(item.at, field="at", what=f"A {noun}'s moment")
        item.offset_days = None

"""Every write to launches, workstreams, tasks, dependencies, milestones and comments: one function per use case."""

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from accounts.access import (
    access_require_department_lead,
    access_require_office,
    access_require_task_comment,
    access_require_task_edit,
)
from accounts.models import Department, DepartmentMembership, MembershipRole, User
from core.errors import ValidationError
from core.services import model_assign, model_save_changed, model_update
from events.bus import emit
from events.changes import audit_changes, audit_created, audit_deleted
from events.kinds import (
    BaselineDeleted,
    BaselineSaved,
    BaselineUpdated,
    DependencyCreated,
    DependencyDeleted,
    DependencyUpdated,
    LaunchCreated,
    LaunchDeleted,
    LaunchStatusChanged,
    LaunchUpdated,
    MilestoneCreated,
    MilestoneDeleted,
    MilestoneUpdated,
    TaskCreated,
    TaskDeleted,
    TaskUpdated,
    TZeroMoved,
    WorkstreamCreated,
    WorkstreamDeleted,
    WorkstreamUpdated,
)
from launches.cross_launch import (
    cross_launch_links_of_launch_lock,
    cross_launch_links_of_task_lock,
    cross_launch_links_of_workstream_lock,
    cross_launch_links_removed_events,
)
from launches.errors import (
    DependencyCycleError,
    DependencyExistsError,
    LaunchClosedError,
    LaunchTransitionError,
    OtherLaunchError,
    SelfDependencyError,
    WorkstreamExistsError,
)
from launches.locks import launch_lock, plan_lock
from launches.models import (
    ACTIVE_LAUNCH_STATUSES,
    Baseline,
    BaselineTask,
    DayCount,
    Dependency,
    Launch,
    LaunchStatus,
    LinkType,
    Milestone,
    ScheduleMode,
    Task,
    TaskComment,
    TaskStatus,
    Workstream,
)
from launches.schedule import launch_schedule_load, moment_anchor_check, plan_day_check
from launches.working_time import closures_check, holiday_region_check, launch_work_calendar, working_weekdays_check
from scheduling.engine import DependencyInput, cycle_if_added
from scheduling.plan import MAX_PLAN_DAYS

if TYPE_CHECKING:  # a task may wait for a gate (rule 4); gates sit above launches and follow its tasks
    from gates.models import Gate

# Lifecycle: draft -> planning -> ready -> launched -> closed, cancel from any open state.
LAUNCH_TRANSITIONS: dict[str, frozenset[str]] = {
    LaunchStatus.DRAFT: frozenset({LaunchStatus.PLANNING, LaunchStatus.CANCELLED}),
    LaunchStatus.PLANNING: frozenset({LaunchStatus.DRAFT, LaunchStatus.READY, LaunchStatus.CANCELLED}),
    LaunchStatus.READY: frozenset({LaunchStatus.PLANNING, LaunchStatus.LAUNCHED, LaunchStatus.CANCELLED}),
    LaunchStatus.LAUNCHED: frozenset({LaunchStatus.CLOSED}),
    LaunchStatus.CLOSED: frozenset(),
    LaunchStatus.CANCELLED: frozenset({LaunchStatus.DRAFT}),
}

CALENDAR_FIELDS = ("working_weekdays", "holiday_regions", "closures", "offset_count")
LAUNCH_FIELDS = ("name", "description", "time_zone", "owner", *CALENDAR_FIELDS)
AUDITED_LAUNCH_FIELDS = (*LAUNCH_FIELDS, "t_zero", "status")
TASK_FIELDS = (
    "title",
    "description",
    "schedule_mode",
    "offset_days",
    "start_date",
    "duration_days",
    "duration_count",
    "due_time",
    "status",
    "assignee",
    "needed_for_launch",
    "actual_start",
    "actual_finish",
    "effort_hours",
)
# Collaborators are audited like the other fields, as sorted user ids ({"from": [3], "to": [3, 7]}).
AUDITED_TASK_FIELDS = ("workstream", *TASK_FIELDS, "collaborators")
# More hours than this on one task is a typing slip (about five years of one person's working weeks).
MAX_EFFORT_HOURS = 10_000
DEPENDENCY_FIELDS = ("type", "lag_days", "lag_count")
STARTED_STATUSES = (TaskStatus.IN_PROGRESS, TaskStatus.DONE)


def _task_record_progress(task: Task, old_status: str, explicit: Mapping[str, Any], actor: User) -> None:
    """Progress (issue 15): starting a task records its actual start, finishing it its actual finish, on the
    launch's today; reopening it clears the finish. The office may set or correct either day itself; a day is
    never in the future and a finish never before the start."""
    corrected = set(explicit) & {"actual_start", "actual_finish"}
    if corrected:
        access_require_office(actor, "correct a task's actual dates")
    if task.status == old_status and not corrected:
        return  # nothing that progress records changed (and no query for the launch's today)
    today = timezone.now().astimezone(task.workstream.launch.zone).date()
    if task.status != old_status:
        if task.status in STARTED_STATUSES and "actual_start" not in explicit and task.actual_start is None:
            task.actual_start = today
        if task.status == TaskStatus.DONE and "actual_finish" not in explicit and task.actual_finish is None:
            task.actual_finish = today
        if task.status != TaskStatus.DONE and "actual_finish" not in explicit:
            task.actual_finish = None
        if task.status not in STARTED_STATUSES and "actual_start" not in explicit:
            task.actual_start = None
    for field, day in (("actual_start", task.actual_start), ("actual_finish", task.actual_finish)):
        if day is not None and day > today:
            raise ValidationError(
                f"{day.isoformat()} is in the future; work is recorded once it happened.", field=field
            )
    if task.actual_finish is not None and task.status != TaskStatus.DONE:
        raise ValidationError("Only a done task has an actual finish.", field="actual_finish")
    if task.actual_start is not None and task.status not in STARTED_STATUSES:
        raise ValidationError("Only a started or done task has an actual start.", field="actual_start")
    if task.actual_start and task.actual_finish and task.actual_finish < task.actual_start:
        raise ValidationError("The actual finish is before the actual start.", field="actual_finish")


def _department_lead(department: Department) -> User | None:
    membership = (
        DepartmentMembership.objects.filter(department=department, role=MembershipRole.LEAD)
        .select_related("user")
        .first()
    )
    return membership.user if membership else None


# Launches


def _launch_calendar_clean(data: Mapping[str, Any]) -> dict[str, Any]:
    """The working-calendar settings among `data`, checked and normalised (docs/schedule.md#working-time)."""
    checks = {
        "working_weekdays": working_weekdays_check,
        "holiday_regions": holiday_region_check,
        "closures": closures_check,
    }
    return {field: checks[field](data[field]) for field in checks if field in data}


@transaction.atomic
def launch_create(
    *,
    actor: User,
    name: str,
    t_zero: dt.datetime,
    time_zone: ZoneInfo,
    description: str = "",
    departments: Iterable[Department] | None = None,
    **calendar: Any,
) -> Launch:
    """Office only (rule 5). A new launch starts as a draft with one workstream per department (all by default),
    working Monday to Friday with no holidays unless `calendar` (CALENDAR_FIELDS) says otherwise."""
    access_require_office(actor, "create launches")
    plan_day_check(t_zero, field="t_zero", what="Launch day")
    unknown = set(calendar) - set(CALENDAR_FIELDS)
    if unknown:
        raise TypeError(f"launch_create() got unexpected fields {sorted(unknown)}")
    calendar = {**calendar, **_launch_calendar_clean(calendar)}
    launch = Launch.objects.create(
        name=name, description=description, t_zero=t_zero, time_zone=time_zone, owner=actor, **calendar
    )
    chosen = list(departments) if departments is not None else list(Department.objects.all())
    workstreams = [
        Workstream.objects.create(launch=launch, department=department, lead=_department_lead(department))
        for department in chosen
    ]
    emit(
        LaunchCreated(
            actor=actor,
            launch_id=launch.pk,
            id=launch.pk,
            label=str(launch),
            changes=audit_created(launch, AUDITED_LAUNCH_FIELDS),
        ),
        *(WorkstreamCreated.of(workstream, actor, changes={}) for workstream in workstreams),
    )
    return launch


@transaction.atomic
def launch_update(*, actor: User, launch: Launch, data: Mapping[str, Any]) -> Launch:
    """Office only (rule 5). Status follows the lifecycle; anchored items follow T-0 because they are relative."""
    access_require_office(actor, "change launches")
    plan_lock(launch)
    if "status" in data and data["status"] != launch.status:
        launch_set_status(actor=actor, launch=launch, status=data["status"])
    if "t_zero" in data and data["t_zero"] != launch.t_zero:
        launch_t_zero_set(actor=actor, launch=launch, t_zero=data["t_zero"])
    data = {**data, **_launch_calendar_clean(data)}
    with audit_changes(launch, LAUNCH_FIELDS) as changes:
        model_update(instance=launch, data=data, fields=LAUNCH_FIELDS)
    if changes:
        emit(LaunchUpdated(actor=actor, launch_id=launch.pk, id=launch.pk, label=str(launch), changes=changes))
    return launch


@transaction.atomic
def launch_t_zero_set(*, actor: User, launch: Launch, t_zero: dt.datetime, message: str = "") -> int:
    """Rule 1: launch day moves, and every anchored task, milestone, gate and communication with it in one
    UPDATE (they are stored relative to T-0); fixed items stay. Answers the shift in calendar days. The report
    of what moves and what newly conflicts is readiness.t_zero.launch_move_t_zero, which calls this."""
    access_require_office(actor, "move launch day")
    if launch.status not in ACTIVE_LAUNCH_STATUSES:
        raise LaunchClosedError(f"A {launch.status} launch cannot move its launch day.", field="t_zero")
    plan_day_check(t_zero, field="t_zero", what="Launch day")
    # Two office users moving T-0 at once apply one after the other.
    plan_lock(launch)
    before = launch.t_zero
    shift_days = (t_zero.astimezone(launch.zone).date() - launch.t_zero_date).days
    Launch.objects.filter(pk=launch.pk).update(
        t_zero=t_zero, plan_version=F("plan_version") + 1, updated_at=timezone.now()
    )
    launch.t_zero = t_zero
    # Anchored tasks keep their rows; their calendar events move and raise SEQUENCE after commit.
    emit(
        TZeroMoved(
            actor=actor,
            launch_id=launch.pk,
            id=launch.pk,
            label=str(launch),
            changes={"t_zero": {"from": before.isoformat(), "to": t_zero.isoformat()}},
            message=message or f"Launch day moved by {shift_days} days.",
            shift_days=shift_days,
        )
    )
    return shift_days


@transaction.atomic
def launch_set_status(*, actor: User, launch: Launch, status: str) -> Launch:
    """Office only. Moves a launch along draft -> planning -> ready -> launched -> closed, or cancels it."""
    access_require_office(actor, "change a launch's status")
    plan_lock(launch)
    if status not in LAUNCH_TRANSITIONS[launch.status]:
        allowed = ", ".join(sorted(LAUNCH_TRANSITIONS[launch.status])) or "none"
        raise LaunchTransitionError(
            f"A {launch.status} launch cannot become {status}; allowed next: {allowed}.", field="status"
        )
    before = launch.status
    launch.status = status
    launch.save(update_fields=["status", "updated_at"])
    # Marking it launched is refused (rolled back) while a gate is not approved: gates follow (rule 4).
    emit(
        LaunchStatusChanged(
            actor=actor,
            launch_id=launch.pk,
            id=launch.pk,
            label=str(launch),
            changes={"status": {"from": before, "to": status}},
        )
    )
    return launch


@transaction.atomic
def launch_delete(*, actor: User, launch: Launch) -> None:
    """Office only; deletes the launch with its workstreams, tasks, dependencies and milestones."""
    access_require_office(actor, "delete launches")
    # Its links to other launches go with it: those launches are locked with it, in id order, and record the
    # links' removal (their timelines show it).
    cross_links = cross_launch_links_of_launch_lock(launch)
    # Its calendar entries are cancelled after commit (subscribers see the items go).
    emit(
        LaunchDeleted(actor=actor, launch_id=launch.pk, id=launch.pk, label=str(launch), changes=audit_deleted(launch)),
        *cross_launch_links_removed_events(actor, cross_links, deleted_launch_id=launch.pk),
    )
    launch.delete()


# Workstreams


@transaction.atomic
def workstream_create(
    *, actor: User, launch: Launch, department: Department, lead: User | None = None, notes: str = ""
) -> Workstream:
    """Office only. One workstream per department and launch; the lead defaults to the department's lead."""
    access_require_office(actor, "add workstreams")
    launch_lock(launch.pk)
    if Workstream.objects.filter(launch=launch, department=department).exists():
        raise WorkstreamExistsError(f"{launch.name} already has a {department.name} workstream.", field="department")
    workstream = Workstream.objects.create(
        launch=launch, department=department, lead=lead or _department_lead(department), notes=notes
    )
    emit(WorkstreamCreated.of(workstream, actor, changes={}))
    return workstream


@transaction.atomic
def workstream_update(*, actor: User, workstream: Workstream, data: Mapping[str, Any]) -> Workstream:
    """The department's lead may edit the notes; only the office reassigns the lead."""
    plan_lock(workstream)
    if "lead" in data and data["lead"] != workstream.lead:
        access_require_office(actor, "change a workstream's lead")
    access_require_department_lead(actor, workstream.department_id, "change this workstream")
    with audit_changes(workstream, ("lead", "notes")) as changes:
        model_update(instance=workstream, data=data, fields=("lead", "notes"))
    if changes:
        emit(WorkstreamUpdated.of(workstream, actor, changes=changes))
    return workstream


@transaction.atomic
def workstream_delete(*, actor: User, workstream: Workstream) -> None:
    """Office only; removes the department's tasks from the launch."""
    access_require_office(actor, "remove workstreams")
    cross_links = cross_launch_links_of_workstream_lock(workstream)  # as task_delete: those launches first
    plan_lock(workstream)
    emit(
        WorkstreamDeleted.of(workstream, actor, changes=audit_deleted(workstream)),
        *cross_launch_links_removed_events(actor, cross_links),
    )
    workstream.delete()


# Tasks


def _task_check_schedule(task: Task, due_date: dt.date | None) -> None:
    """The anchor matches the mode, the duration is at least a day, and the due date is not before the start."""
    if task.schedule_mode == ScheduleMode.ANCHORED:
        if task.offset_days is None:
            raise ValidationError("An anchored task needs offset_days (days from T-0).", field="offset_days")
        task.start_date = None
    else:
        if task.start_date is None:
            raise ValidationError("A fixed task needs a start_date.", field="start_date")
        plan_day_check(task.start_date, field="start_date", what="A fixed task's start date")
        task.offset_days = None
    if due_date is not None:
        launch = task.workstream.launch
        start = task.planned_days(launch)[0]
        if due_date < start:
            raise ValidationError(
                f"Due date {due_date.isoformat()} is before the start date {start.isoformat()}.",
                field="due_date",
            )
        if (due_date - start).days + 1 > MAX_PLAN_DAYS:
            raise ValidationError(
                f"Due date {due_date.isoformat()} would make the task last more than {MAX_PLAN_DAYS} days.",
                field="due_date",
            )
        if task.duration_count == DayCount.CALENDAR:
            task.duration_days = (due_date - start).days + 1
        else:  # the working days from its start through the due day (a due day off ends on the day before)
            base = launch.t_zero_date.toordinal()
            task.duration_days = max(
                1,
                launch_work_calendar(launch).working_days_between(
                    start.toordinal() - base, due_date.toordinal() - base
                ),
            )
    if not 1 <= task.duration_days <= MAX_PLAN_DAYS:
        raise ValidationError(f"A task lasts from 1 to {MAX_PLAN_DAYS} days.", field="duration_days")


def _task_collaborator_ids(task: Task) -> list[int]:
    """The task's collaborators as sorted ids: from its prefetch when it has one, else one query."""
    if task.pk is None:
        return []
    if "collaborators" in getattr(task, "_prefetched_objects_cache", {}):
        return sorted(user.pk for user in task.collaborators.all())
    return sorted(task.collaborators.values_list("pk", flat=True))


def _task_collaborators_clean(people: Iterable[User | int], *, assignee_id: int | None) -> list[int]:
    """Collaborators are active people beside the assignee (who owns the task, so is not one of them); answers
    their sorted ids (one query)."""
    ids = sorted({getattr(person, "pk", person) for person in people})
    in_department = (
        dict(
            User.objects.filter(pk__in=ids, is_active=True)
            .annotate(member=Exists(DepartmentMembership.objects.filter(user=OuterRef("pk"))))
            .values_list("pk", "member")
        )
        if ids
        else {}
    )
    unknown = [pk for pk in ids if pk not in in_department]
    if unknown:
        raise ValidationError(
            f"No active user with id {', '.join(map(str, unknown))} to collaborate on this task.",
            field="collaborators",
        )
    # Collaborators update the task like the assignee: people of a department (of any), not viewers, who only read.
    readers = [pk for pk in ids if not in_department[pk]]
    if readers:
        raise ValidationError(
            f"Collaborators work in a department and update the task; not a viewer, who only reads: user "
            f"{', '.join(map(str, readers))}.",
            field="collaborators",
        )
    if assignee_id is not None and assignee_id in ids:
        raise ValidationError(
            "The assignee owns this task already; name them as the assignee or as a collaborator, not both.",
            field="collaborators",
        )
    return ids


def _task_effort_check(effort_hours: int | None) -> None:
    if effort_hours is not None and not 1 <= effort_hours <= MAX_EFFORT_HOURS:
        raise ValidationError(
            f"Effort is a whole number of hours from 1 to {MAX_EFFORT_HOURS}, or none.", field="effort_hours"
        )


@transaction.atomic
def task_create(
    *,
    actor: User,
    workstream: Workstream,
    title: str,
    schedule_mode: str = ScheduleMode.ANCHORED,
    offset_days: int | None = None,
    start_date: dt.date | None = None,
    duration_days: int = 1,
    duration_count: str = DayCount.WORKING,
    due_date: dt.date | None = None,
    due_time: dt.time | None = None,
    description: str = "",
    status: str = TaskStatus.TODO,
    assignee: User | None = None,
    needed_for_launch: bool = False,
    actual_start: dt.date | None = None,
    actual_finish: dt.date | None = None,
    effort_hours: int | None = None,
    collaborators: Iterable[User | int] = (),
) -> Task:
    """The office or the workstream's department lead adds tasks (rule 5); gated work cannot start early (rule 4).
    A task added as started or done records today as its actual start or finish, unless the office names them.
    Collaborators share the task beside its assignee."""
    access_require_department_lead(actor, workstream.department_id, "add tasks to this workstream")
    launch_lock(workstream.launch_id)
    collaborator_ids = _task_collaborators_clean(collaborators, assignee_id=getattr(assignee, "pk", None))
    _task_effort_check(effort_hours)
    task = Task(
        workstream=workstream,
        title=title,
        description=description,
        schedule_mode=schedule_mode,
        offset_days=offset_days,
        start_date=start_date,
        duration_days=duration_days,
        duration_count=duration_count,
        due_time=due_time,
        status=status,
        assignee=assignee,
        needed_for_launch=needed_for_launch,
        actual_start=actual_start,
        actual_finish=actual_finish,
        effort_hours=effort_hours,
    )
    _task_check_schedule(task, due_date)
    explicit = {name: day for name, day in (("actual_start", actual_start), ("actual_finish", actual_finish)) if day}
    _task_record_progress(task, "", explicit, actor)
    task.save()
    if collaborator_ids:
        task.collaborators.set(collaborator_ids)
    # Gated work cannot start early, nor wait for another launch's gate: gates follow and may refuse (rule 4).
    emit(
        task_event(
            TaskCreated,
            actor,
            task,
            changes=audit_created(task, AUDITED_TASK_FIELDS),
            status=task.status,
        )
    )
    return task


def task_event(kind: type, actor: User | None, task: Task, *, changes: Mapping[str, Any], **more: Any) -> Any:
    """The event of a change to a task (its workstream loaded)."""
    return kind(
        actor=actor,
        launch_id=task.workstream.launch_id,
        id=task.pk,
        label=str(task),
        department_id=task.workstream.department_id,
        changes=changes,
        **more,
    )


@transaction.atomic
def task_update(*, actor: User, task: Task, data: Mapping[str, Any]) -> Task:
    """Office and the department's lead change anything; the assignee and the collaborators change only the status
    (rule 5). Collaborators are set as a whole list (the assignee is not one of them)."""
    plan_lock(task)
    changes = {
        field: value
        for field, value in data.items()
        if field == "due_date"
        or (field == "workstream" and value != task.workstream)
        or (field in TASK_FIELDS and getattr(task, field) != value)
    }
    old_collaborators = _task_collaborator_ids(task)
    if "collaborators" in data:
        wanted = sorted({getattr(person, "pk", person) for person in data["collaborators"]})
        if wanted != old_collaborators:
            changes["collaborators"] = wanted
    access_require_task_edit(
        actor,
        department_id=task.workstream.department_id,
        assignee_id=task.assignee_id,
        fields=changes,
        collaborator_ids=old_collaborators,
    )
    new_workstream = changes.get("workstream")
    if new_workstream is not None:
        if new_workstream.launch_id != task.workstream.launch_id:
            raise OtherLaunchError("A task can move only to a workstream of the same launch.", field="workstream")
        access_require_department_lead(actor, new_workstream.department_id, "move tasks into that workstream")
    old_status = task.status
    with audit_changes(task, ("workstream", *TASK_FIELDS)) as diff:
        if new_workstream is not None:
            task.workstream = new_workstream
        model_assign(instance=task, data=changes, fields=TASK_FIELDS)
        _task_check_schedule(task, changes.get("due_date"))
        _task_record_progress(task, old_status, changes, actor)
        if "effort_hours" in changes:
            _task_effort_check(task.effort_hours)
        if "collaborators" in changes:
            collaborators = _task_collaborators_clean(changes["collaborators"], assignee_id=task.assignee_id)
        else:  # a collaborator made the assignee stops being a collaborator
            collaborators = [pk for pk in old_collaborators if pk != task.assignee_id]
    model_save_changed(task, diff)
    if collaborators != old_collaborators:
        task.collaborators.set(collaborators)
        diff["collaborators"] = {"from": old_collaborators, "to": collaborators}
    if diff:
        # Gates follow a criterion's status and refuse gated work starting early (rule 4).
        emit(
            task_event(
                TaskUpdated,
                actor,
                task,
                changes=diff,
                status=task.status,
                old_status=old_status,
            )
        )
    return task


@transaction.atomic
def task_delete(*, actor: User, task: Task) -> None:
    """The office or the department's lead removes a task, with its dependencies; each removed dependency and
    each gate that loses it as a criterion is recorded too (rule 6)."""
    access_require_department_lead(actor, task.workstream.department_id, "delete this task")
    # Its links to other launches go with it: those launches are locked first, all in id order, and each link's
    # removal is recorded in both launches (their timelines show it).
    cross_links = cross_launch_links_of_task_lock(task)
    plan_lock(task)
    # Before the rows go: each gate the task was a criterion of drops it, recorded (gates follow).
    deleted = {**audit_deleted(task), "collaborators": {"from": _task_collaborator_ids(task), "to": None}}
    emit(
        task_event(TaskDeleted, actor, task, changes=deleted),
        *(
            _dependency_event(DependencyDeleted, actor, dependency, changes=audit_deleted(dependency))
            for dependency in Dependency.objects.filter(Q(predecessor=task) | Q(successor=task)).select_related(
                "successor__workstream"
            )
        ),
        *cross_launch_links_removed_events(actor, cross_links),
    )
    task.delete()


@transaction.atomic
def task_comment_create(*, actor: User, task: Task, body: str) -> TaskComment:
    """Office, the department's lead, the assignee and the collaborators comment on a task."""
    access_require_task_comment(
        actor,
        department_id=task.workstream.department_id,
        assignee_id=task.assignee_id,
        collaborator_ids=_task_collaborator_ids(task),
    )
    if not body.strip():
        raise ValidationError("A comment cannot be empty.", field="body")
    return TaskComment.objects.create(task=task, author=actor, body=body)


# Dependencies

# A link's ends: a task, a milestone or a gate before; a task or a milestone after.
PREDECESSOR_FIELDS = ("predecessor", "predecessor_milestone", "predecessor_gate")
SUCCESSOR_FIELDS = ("successor", "successor_milestone")


def _node_launch_id(node: Any) -> int:
    """The launch a task, milestone or gate belongs to."""
    return node.workstream.launch_id if isinstance(node, Task) else node.launch_id


def _node_key(node: Any) -> Any:
    """A plan node as the schedule names it: a task by its id, ("milestone", id), ("gate", id)."""
    if isinstance(node, Task):
        return node.pk
    return ("milestone" if isinstance(node, Milestone) else "gate", node.pk)


def _dependency_ends(ends: Mapping[str, Any]) -> tuple[str, Any, str, Any]:
    """(predecessor field, node, successor field, node): exactly one of each, and no milestone or gate before a
    milestone (a milestone follows tasks; milestones and gates lead tasks)."""
    before = [(name, ends[name]) for name in PREDECESSOR_FIELDS if ends.get(name) is not None]
    after = [(name, ends[name]) for name in SUCCESSOR_FIELDS if ends.get(name) is not None]
    if len(before) != 1:
        raise ValidationError(
            "Give one predecessor: a task (predecessor), a milestone (predecessor_milestone) or a gate "
            "(predecessor_gate).",
            field="predecessor",
        )
    if len(after) != 1:
        raise ValidationError(
            "Give one successor: a task (successor) or a milestone (successor_milestone).", field="successor"
        )
    (before_field, predecessor), (after_field, successor) = before[0], after[0]
    if after_field == "successor_milestone" and before_field != "predecessor":
        raise ValidationError("A milestone follows tasks, not another milestone or a gate.", field=before_field)
    return before_field, predecessor, after_field, successor


def _dependency_check(predecessor: Any, successor: Any) -> None:
    """Both ends belong to one launch, and a task does not depend on itself."""
    if predecessor is successor or (type(predecessor) is type(successor) and predecessor.pk == successor.pk):
        raise SelfDependencyError("A task cannot depend on itself.", field="successor")
    if _node_launch_id(predecessor) != _node_launch_id(successor):
        raise OtherLaunchError(
            f"{_node_label(predecessor)} and {_node_label(successor)} belong to different launches; "
            "a dependency links two items of the same launch.",
            field="successor",
        )


def _node_label(node: Any) -> str:
    if isinstance(node, Task):
        return f"Task {node.pk}"
    return f"{'Milestone' if isinstance(node, Milestone) else 'Gate'} {node.pk}"


@transaction.atomic
def dependency_create(
    *,
    actor: User,
    predecessor: Task | None = None,
    successor: Task | None = None,
    predecessor_milestone: Milestone | None = None,
    predecessor_gate: "Gate | None" = None,
    successor_milestone: Milestone | None = None,
    lag_days: int = 0,
    type: str = LinkType.FINISH_TO_START,
    lag_count: str = DayCount.WORKING,
) -> Dependency:
    """Links two items of one launch, by any of the four link types (finish-to-start unless told), with a lag or a
    lead (negative lag). Usually task to task; a task may follow a milestone or a gate (work after a gate cannot
    start before the gate is approved, rule 4), and a milestone may follow a task. The office or the successor
    task's department lead links to a task; a milestone belongs to the whole launch, so linking one is the
    office's."""
    ends = {
        "predecessor": predecessor,
        "predecessor_milestone": predecessor_milestone,
        "predecessor_gate": predecessor_gate,
        "successor": successor,
        "successor_milestone": successor_milestone,
    }
    before_field, before, after_field, after = _dependency_ends(ends)
    if isinstance(after, Task):
        access_require_department_lead(actor, after.workstream.department_id, "add dependencies to this task")
    else:
        access_require_office(actor, "link milestones")
    launch_id = _node_launch_id(after)
    launch_lock(launch_id)
    _dependency_check(before, after)
    if Dependency.objects.filter(**{before_field: before, after_field: after}).exists():
        raise DependencyExistsError(
            f"{_node_label(after)} already depends on {_node_label(before).lower()}.", field=before_field
        )
    _dependency_check_cycle(_node_key(before), _node_key(after), launch_id, field=before_field)
    dependency = Dependency.objects.create(
        launch_id=launch_id,
        **{before_field: before, after_field: after},
        lag_days=lag_days,
        type=type,
        lag_count=lag_count,
    )
    # The assignees whose task now conflicts are told right after commit.
    emit(
        _dependency_event(
            DependencyCreated,
            actor,
            dependency,
            changes=audit_created(dependency, (before_field, after_field, *DEPENDENCY_FIELDS)),
        )
    )
    return dependency


def _dependency_event(kind: type, actor: User | None, dependency: Dependency, *, changes: Mapping[str, Any]) -> Any:
    """The event of a change to a dependency: its launch's, and its successor task's department if any."""
    department_id = dependency.successor.workstream.department_id if dependency.successor_id else None
    return kind(
        actor=actor,
        launch_id=dependency.launch_id,
        id=dependency.pk,
        label=str(dependency),
        department_id=department_id,
        changes=changes,
    )


def _dependency_rows_as_links(launch_id: int) -> list[DependencyInput]:
    """Every link of a launch between plan nodes (tasks by id, ("milestone", id), ("gate", id))."""
    links = []
    for pred, pred_milestone, pred_gate, succ, succ_milestone in Dependency.objects.filter(
        launch_id=launch_id
    ).values_list(
        "predecessor_id", "predecessor_milestone_id", "predecessor_gate_id", "successor_id", "successor_milestone_id"
    ):
        before = pred if pred is not None else ("milestone", pred_milestone) if pred_milestone else ("gate", pred_gate)
        after = succ if succ is not None else ("milestone", succ_milestone)
        links.append(DependencyInput(before, after))
    return links


def _dependency_check_cycle(before: Any, after: Any, launch_id: int, *, field: str) -> None:
    """Rule 2: links form no cycle, through tasks and milestones alike; the error names the cycle in order
    (linear-time search)."""
    # Lock the launch's row so two concurrent additions cannot close a cycle between them.
    launch_lock(launch_id)
    cycle = cycle_if_added(DependencyInput(before, after), _dependency_rows_as_links(launch_id))
    if cycle is None:
        return
    task_ids = [node for node in cycle if isinstance(node, int)]
    milestone_ids = [node[1] for node in cycle if isinstance(node, tuple) and node[0] == "milestone"]
    titles: dict[Any, str] = dict(Task.objects.filter(pk__in=task_ids).values_list("id", "title"))
    titles.update(
        {
            ("milestone", pk): name
            for pk, name in Milestone.objects.filter(pk__in=milestone_ids).values_list("id", "name")
        }
    )
    names = " → ".join(f"“{titles[node]}”" for node in cycle)
    raise DependencyCycleError(
        f"This dependency would close a cycle: {names}.",
        field=field,
        extra={
            "cycle": [node if isinstance(node, int) else f"{node[0]} {node[1]}" for node in cycle],
            "cycle_titles": [titles[node] for node in cycle],
        },
    )


def _dependency_require_editor(actor: User, dependency: Dependency, what: str) -> None:
    """The office or the successor task's department lead; a link to a milestone is the office's."""
    if dependency.successor_id is not None:
        access_require_department_lead(actor, dependency.successor.workstream.department_id, what)
    else:
        access_require_office(actor, what)


@transaction.atomic
def dependency_update(*, actor: User, dependency: Dependency, data: Mapping[str, Any]) -> Dependency:
    """The office or the successor's department lead changes the lag or the link type."""
    plan_lock(dependency)
    _dependency_require_editor(actor, dependency, "change this dependency")
    with audit_changes(dependency, DEPENDENCY_FIELDS) as changes:
        model_update(instance=dependency, data=data, fields=DEPENDENCY_FIELDS)
    if changes:
        emit(_dependency_event(DependencyUpdated, actor, dependency, changes=changes))
    return dependency


@transaction.atomic
def dependency_delete(*, actor: User, dependency: Dependency) -> None:
    """The office or the successor's department lead removes a dependency."""
    _dependency_require_editor(actor, dependency, "remove this dependency")
    plan_lock(dependency)
    emit(_dependency_event(DependencyDeleted, actor, dependency, changes=audit_deleted(dependency)))
    dependency.delete()


# Milestones


MILESTONE_FIELDS = ("name", "description", "schedule_mode", "offset_days", "at")


@transaction.atomic
def milestone_create(
    *,
    actor: User,
    launch: Launch,
    name: str,
    schedule_mode: str = ScheduleMode.ANCHORED,
    offset_days: int | None = None,
    at: dt.datetime | None = None,
    description: str = "",
) -> Milestone:
    """Office only: milestones belong to the whole launch."""
    access_require_office(actor, "add milestones")
    launch_lock(launch.pk)
    milestone = Milestone(
        launch=launch,
        name=name,
        description=description,
        schedule_mode=schedule_mode,
        offset_days=offset_days,
        at=at,
    )
    moment_anchor_check(milestone, "milestone")
    milestone.save()
    emit(MilestoneCreated.of(milestone, actor, changes=audit_created(milestone, MILESTONE_FIELDS)))
    return milestone


@transaction.atomic
def milestone_update(*, actor: User, milestone: Milestone, data: Mapping[str, Any]) -> Milestone:
    """Office only."""
    access_require_office(actor, "change milestones")
    plan_lock(milestone)
    with audit_changes(milestone, MILESTONE_FIELDS) as changes:
        model_assign(instance=milestone, data=data, fields=MILESTONE_FIELDS)
        moment_anchor_check(milestone, "milestone")
    model_save_changed(milestone, changes)
    if changes:
        emit(MilestoneUpdated.of(milestone, actor, changes=changes))
    return milestone


@transaction.atomic
def milestone_delete(*, actor: User, milestone: Milestone) -> None:
    """Office only."""
    access_require_office(actor, "delete milestones")
    plan_lock(milestone)
    emit(MilestoneDeleted.of(milestone, actor, changes=audit_deleted(milestone)))
    milestone.delete()


# Baselines


def _baseline_name_check(name: str) -> None:
    if not name.strip():
        raise ValidationError("A baseline needs a name.", field="name")


def _baselines_uncurrent(launch_id: int) -> None:
    """The launch's current baseline stops being current (one per launch: a constraint keeps it so)."""
    Baseline.objects.filter(launch_id=launch_id, is_current=True).update(is_current=False, updated_at=timezone.now())


@transaction.atomic
def baseline_save(*, actor: User | None, launch: Launch, name: str, auto: bool = False) -> Baseline:
    """The office saves the plan's computed dates as a named baseline, which becomes the current comparison
    (two queries to read the plan, one insert for all its tasks). Saved by T-Minus (auto) when the launch
    becomes ready."""
    if not auto:
        access_require_office(actor, "save baselines")
    _baseline_name_check(name)
    launch_lock(launch.pk)
    _baselines_uncurrent(launch.pk)
    baseline = Baseline.objects.create(
        launch=launch, name=name, is_current=True, created_by=actor if actor and actor.pk else None
    )
    plan = launch_schedule_load([launch])[launch.pk]
    schedule = plan.compute()
    BaselineTask.objects.bulk_create(
        BaselineTask(baseline=baseline, task_id=task_id, start=plan.date(dates.start), due=plan.date(dates.due))
        for task_id, dates in schedule.tasks.items()
    )
    emit(
        BaselineSaved.of(
            baseline,
            actor,
            changes={"name": {"from": None, "to": name}, "tasks": {"from": None, "to": len(schedule.tasks)}},
        )
    )
    return baseline


@transaction.atomic
def baseline_update(*, actor: User, baseline: Baseline, data: Mapping[str, Any]) -> Baseline:
    """Office only: rename a baseline, or make it the current comparison (the one before it stops being)."""
    access_require_office(actor, "change baselines")
    plan_lock(baseline)
    with audit_changes(baseline, ("name", "is_current")) as changes:
        if "name" in data:
            _baseline_name_check(data["name"])
            baseline.name = data["name"]
        if data.get("is_current") is False and baseline.is_current:
            raise ValidationError("Make another baseline current instead.", field="is_current")
        if data.get("is_current") and not baseline.is_current:
            _baselines_uncurrent(baseline.launch_id)
            baseline.is_current = True
    model_save_changed(baseline, changes)
    if changes:
        emit(BaselineUpdated.of(baseline, actor, changes=changes))
    return baseline


@transaction.atomic
def baseline_delete(*, actor: User, baseline: Baseline) -> None:
    """Office only; the launch then has no current comparison until another is made current."""
    access_require_office(actor, "delete baselines")
    plan_lock(baseline)
    emit(BaselineDeleted.of(baseline, actor, changes=audit_deleted(baseline, ("name", "is_current"))))
    baseline.delete()

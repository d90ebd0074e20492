"""Every write to playbooks: save a launch as a playbook, create a launch from one, load the default, delete.

What a playbook keeps and how fixed items come back: docs/decisions/playbooks.md."""

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from django.db import transaction

from accounts.access import access_require_office
from accounts.models import Department, DepartmentMembership, MembershipRole, User
from communications.models import Communication, CommunicationStatus, Embargo
from communications.services import communication_create
from core.errors import ValidationError
from events.bus import emit
from events.kinds import (
    DependencyCreated,
    GateCreated,
    MilestoneCreated,
    PlaybookApplied,
    PlaybookCreated,
    PlaybookDeleted,
    TaskCreated,
)
from gates.models import Gate
from launches.errors import DependencyCycleError
from launches.models import DayCount, Dependency, Launch, Milestone, ScheduleMode, Task, Workstream
from launches.schedule import plan_day_check
from launches.services import launch_create
from playbooks.errors import PlaybookExistsError
from playbooks.models import (
    Playbook,
    PlaybookCommunication,
    PlaybookDependency,
    PlaybookGate,
    PlaybookMilestone,
    PlaybookRole,
    PlaybookTask,
)
from scheduling.engine import CycleError, DependencyInput, TaskInput, compute_schedule

_FIXED = ScheduleMode.FIXED
# A link's ends, as on launches.models.Dependency: one predecessor and one successor, the others empty.
DEPENDENCY_ENDS = ("predecessor", "predecessor_milestone", "predecessor_gate", "successor", "successor_milestone")
Node = int | tuple[str, int]  # a task by id, ("milestone", id) or ("gate", id), as launches.schedule names them


def _fixed_day_and_time(moment: dt.datetime, launch: Launch) -> tuple[int, dt.time]:
    """A fixed moment as its calendar day from T-0's date and its wall-clock time, both in the launch's zone."""
    local = moment.astimezone(launch.zone)
    return (local.date() - launch.t_zero_date).days, local.time()


def _fixed_moment(playbook: Playbook, t_zero: dt.datetime, offset_days: int, at_time: dt.time) -> dt.datetime:
    """The moment a fixed playbook item comes back at: its day from T-0's date and its time, in the playbook's
    zone (a 02:00 UTC item of a UTC launch is 02:00 UTC again; 09:00 in Berlin stays 09:00 in Berlin)."""
    zone = playbook.time_zone
    day = t_zero.astimezone(zone).date() + dt.timedelta(days=offset_days)
    return dt.datetime.combine(day, at_time, tzinfo=zone).astimezone(dt.UTC)


def _moment_fields(item: Any, launch: Launch) -> dict[str, Any]:
    """A milestone's, gate's or communication's anchor as playbook fields: its offset, or its fixed day and time."""
    if item.schedule_mode == _FIXED:
        offset_days, at_time = _fixed_day_and_time(item.at, launch)
        return {"schedule_mode": _FIXED, "offset_days": offset_days, "at_time": at_time}
    return {"schedule_mode": ScheduleMode.ANCHORED, "offset_days": item.offset_days, "at_time": None}


def _launch_moment_fields(item: Any, playbook: Playbook, t_zero: dt.datetime, what: str) -> dict[str, Any]:
    """A playbook item's anchor as the new launch's fields: the same offset, or the fixed moment it comes back at."""
    if item.schedule_mode == _FIXED:
        at = _fixed_moment(playbook, t_zero, item.offset_days, item.at_time)
        plan_day_check(at, field="t_zero", what=f"{what} “{item}” (fixed, T{item.offset_days:+d})")
        return {"schedule_mode": _FIXED, "offset_days": None, "at": at}
    return {"schedule_mode": ScheduleMode.ANCHORED, "offset_days": item.offset_days, "at": None}


def _closures_relative(launch: Launch) -> list[dict[str, Any]]:
    """The launch's closures as calendar days from T-0's date, so they move with the next launch's T-0."""
    base = launch.t_zero_date
    return [
        {
            "name": closure.get("name", ""),
            "start_offset": (dt.date.fromisoformat(closure["start"]) - base).days,
            "end_offset": (dt.date.fromisoformat(closure["end"]) - base).days,
        }
        for closure in launch.closures
    ]


def _closures_at(playbook: Playbook, t_zero_date: dt.date) -> list[dict[str, str]]:
    """The playbook's closures as dates around a T-0 (launch_create checks them like any launch's)."""
    closures = []
    for position, closure in enumerate(playbook.closures):
        try:
            start, end = int(closure["start_offset"]), int(closure["end_offset"])
        except (KeyError, TypeError, ValueError):
            raise ValidationError(
                f"Playbook “{playbook.name}” has a closure without whole start_offset and end_offset days.",
                field=f"closures[{position}]",
            ) from None
        closures.append(
            {
                "name": closure.get("name", ""),
                "start": (t_zero_date + dt.timedelta(days=start)).isoformat(),
                "end": (t_zero_date + dt.timedelta(days=end)).isoformat(),
            }
        )
    return closures


def _roles_of(tasks: Sequence[Task], playbook: Playbook) -> dict[int, PlaybookRole]:
    """{task id: its assignee's role}: the assignee's place in the task's department ("PR lead"); several
    members of one department become "PR member 1", "PR member 2" (in the order their first task comes), so
    distinct people stay distinct. Someone outside the department counts as one of its members."""
    assigned = [task for task in tasks if task.assignee_id is not None]
    leads = set(
        DepartmentMembership.objects.filter(
            role=MembershipRole.LEAD,
            department_id__in={task.workstream.department_id for task in assigned},
            user_id__in={task.assignee_id for task in assigned},
        ).values_list("department_id", "user_id")
    )
    people: dict[int, dict[int, None]] = {}  # department -> its assignees in order of their first task
    for task in assigned:
        people.setdefault(task.workstream.department_id, {})[task.assignee_id] = None
    roles: dict[tuple[int, int], PlaybookRole] = {}
    for task in assigned:
        department = task.workstream.department
        if (department.pk, task.assignee_id) in roles:
            continue
        members = [user for user in people[department.pk] if (department.pk, user) not in leads]
        if (department.pk, task.assignee_id) in leads:
            place, label = MembershipRole.LEAD, f"{department.name} lead"
        elif len(members) == 1:
            place, label = MembershipRole.MEMBER, f"{department.name} member"
        else:
            place = MembershipRole.MEMBER
            label = f"{department.name} member {members.index(task.assignee_id) + 1}"
        roles[department.pk, task.assignee_id] = PlaybookRole(
            playbook=playbook, department=department, role=place, label=label
        )
    PlaybookRole.objects.bulk_create(roles.values())
    return {task.pk: roles[task.workstream.department_id, task.assignee_id] for task in assigned}


@dataclass(frozen=True)
class _Link:
    """A playbook link as ids: one predecessor (task, milestone or gate) and one successor (task or milestone)."""

    predecessor: int | None
    predecessor_milestone: int | None
    predecessor_gate: int | None
    successor: int | None
    successor_milestone: int | None
    lag_days: int
    type: str
    lag_count: str

    @property
    def before(self) -> Node:
        if self.predecessor is not None:
            return self.predecessor
        if self.predecessor_milestone is not None:
            return ("milestone", self.predecessor_milestone)
        return ("gate", self.predecessor_gate)

    @property
    def after(self) -> Node:
        return self.successor if self.successor is not None else ("milestone", self.successor_milestone)


def _check_no_cycle(
    tasks: Sequence[PlaybookTask],
    milestones: Sequence[PlaybookMilestone],
    gates: Sequence[PlaybookGate],
    links: Sequence[_Link],
) -> None:
    """Rule 2 (dependencies form no cycle) over the whole plan at once, through tasks and milestones alike: a
    playbook's links can be stored cyclic through the admin or by hand, and the launch made from it must not be.
    Refused like the API's dependency closing a cycle, naming the plan's tasks and milestones in order."""
    names: dict[Node, str] = {task.pk: task.title for task in tasks}
    names.update({("milestone", milestone.pk): milestone.name for milestone in milestones})
    names.update({("gate", gate.pk): gate.name for gate in gates})
    nodes = [TaskInput(task.pk, task.offset_days, task.duration_days) for task in tasks]
    # Moments are zero-length nodes, as in a launch's schedule (launches.schedule).
    nodes += [TaskInput(("milestone", m.pk), m.offset_days, 0) for m in milestones]
    nodes += [TaskInput(("gate", gate.pk), gate.offset_days, 0) for gate in gates]
    try:
        compute_schedule(nodes, [DependencyInput(link.before, link.after, link.lag_days, link.type) for link in links])
    except CycleError as error:
        cycle_names = " → ".join(f"“{names[node]}”" for node in error.cycle)
        raise DependencyCycleError(
            f"The playbook's dependencies form a cycle: {cycle_names}. Remove one of them first.",
            extra={
                "cycle": [node if isinstance(node, int) else f"{node[0]} {node[1]}" for node in error.cycle],
                "cycle_titles": [names[node] for node in error.cycle],
            },
        ) from error


def _check_name_free(name: str) -> None:
    if Playbook.objects.filter(name=name).exists():
        raise PlaybookExistsError(f"A playbook named “{name}” exists already.", field="name")


@transaction.atomic
def playbook_create(*, actor: User, launch: Launch, name: str, description: str = "") -> Playbook:
    """Office only (rule 5). Saves the launch's whole plan relative to T-0: its working calendar (closures as
    days from T-0), tasks with their durations, due times and assignees as roles, milestones, gates with criteria
    and approvers, every link (between tasks, to and from milestones, from gates), and communications (not
    withdrawn ones) with their embargoes. Fixed
    items stay fixed: their day from T-0 and, for moments, their time in the launch's zone."""
    access_require_office(actor, "save launches as playbooks")
    _check_name_free(name)
    t_zero_date = launch.t_zero_date
    playbook = Playbook.objects.create(
        name=name,
        description=description,
        created_by=actor,
        working_weekdays=list(launch.working_weekdays),
        holiday_regions=list(launch.holiday_regions),
        closures=_closures_relative(launch),
        offset_count=launch.offset_count,
        time_zone=launch.time_zone,
    )
    playbook.departments.set(launch.workstreams.values_list("department_id", flat=True))

    gates = {
        gate.pk: PlaybookGate(
            playbook=playbook, name=gate.name, description=gate.description, **_moment_fields(gate, launch)
        )
        for gate in Gate.objects.filter(launch=launch).order_by("id")
    }
    PlaybookGate.objects.bulk_create(gates.values())
    launch_tasks = list(
        Task.objects.filter(workstream__launch=launch).select_related("workstream__department").order_by("id")
    )
    roles = _roles_of(launch_tasks, playbook)
    tasks = {
        task.pk: PlaybookTask(
            playbook=playbook,
            department_id=task.workstream.department_id,
            title=task.title,
            description=task.description,
            schedule_mode=task.schedule_mode,
            offset_days=(task.start_date - t_zero_date).days if task.schedule_mode == _FIXED else task.offset_days,
            duration_days=task.duration_days,
            duration_count=task.duration_count,
            due_time=task.due_time,
            needed_for_launch=task.needed_for_launch,
            assignee_role=roles.get(task.pk),
        )
        for task in launch_tasks
    }
    PlaybookTask.objects.bulk_create(tasks.values())
    milestones = {
        milestone.pk: PlaybookMilestone(
            playbook=playbook,
            name=milestone.name,
            description=milestone.description,
            **_moment_fields(milestone, launch),
        )
        for milestone in Milestone.objects.filter(launch=launch).order_by("id")
    }
    PlaybookMilestone.objects.bulk_create(milestones.values())
    # Every link, whatever its ends: tasks, milestones, gates (work after a gate is a link from it).
    PlaybookDependency.objects.bulk_create(
        PlaybookDependency(
            playbook=playbook,
            predecessor=tasks.get(pred),
            predecessor_milestone=milestones.get(pred_milestone),
            predecessor_gate=gates.get(pred_gate),
            successor=tasks.get(succ),
            successor_milestone=milestones.get(succ_milestone),
            lag_days=lag,
            lag_count=lag_count,
            type=link,
        )
        for pred, pred_milestone, pred_gate, succ, succ_milestone, lag, lag_count, link in Dependency.objects.filter(
            launch=launch
        )
        .order_by("id")
        .values_list(*DEPENDENCY_ENDS, "lag_days", "lag_count", "type")
    )
    criteria = Gate.criteria.through.objects.filter(gate__launch=launch).values_list("gate_id", "task_id")
    PlaybookGate.criteria.through.objects.bulk_create(
        PlaybookGate.criteria.through(playbookgate_id=gates[gate_id].pk, playbooktask_id=tasks[task_id].pk)
        for gate_id, task_id in criteria
    )
    approvers = Gate.approver_departments.through.objects.filter(gate__launch=launch).values_list(
        "gate_id", "department_id"
    )
    PlaybookGate.approver_departments.through.objects.bulk_create(
        PlaybookGate.approver_departments.through(playbookgate_id=gates[gate_id].pk, department_id=department_id)
        for gate_id, department_id in approvers
    )
    communications = [
        PlaybookCommunication(
            playbook=playbook,
            kind=item.kind,
            channel=item.channel,
            audience=item.audience,
            title=item.title,
            body=item.body,
            department_id=item.department_id,
            embargo=item.embargo,
            embargo_gate=gates.get(item.embargo_gate_id),
            embargo_task=tasks.get(item.embargo_task_id),
            destinations=item.destinations,
            email_recipients=item.email_recipients,
            **_moment_fields(item, launch),
        )
        # A withdrawn item is no longer planned.
        for item in Communication.objects.filter(launch=launch)
        .exclude(status=CommunicationStatus.WITHDRAWN)
        .order_by("id")
    ]
    PlaybookCommunication.objects.bulk_create(communications)
    emit(
        PlaybookCreated.of(
            playbook,
            actor,
            changes={
                "name": {"from": None, "to": name},
                "from_launch": {"from": None, "to": launch.pk},
                "tasks": {"from": None, "to": len(tasks)},
                "gates": {"from": None, "to": len(gates)},
                "communications": {"from": None, "to": len(communications)},
                "roles": {"from": None, "to": len(set(roles.values()))},
            },
        )
    )
    return playbook


@transaction.atomic
def playbook_delete(*, actor: User, playbook: Playbook) -> None:
    """Office only. Launches made from the playbook keep their plan."""
    access_require_office(actor, "delete playbooks")
    emit(PlaybookDeleted.of(playbook, actor, changes={"name": {"from": playbook.name, "to": None}}))
    playbook.delete()


def _role_people(playbook: Playbook, roles: Mapping[str, User | None]) -> dict[str, User | None]:
    """The role mapping checked: every label is a role of the playbook, and every person is in the role's
    department (its lead or a member). Refused naming the field `roles`."""
    by_label = {role.label: role for role in playbook.roles.select_related("department")}
    unknown = sorted(set(roles) - set(by_label))
    if unknown:
        names = ", ".join(f"“{label}”" for label in unknown)
        known = ", ".join(f"“{label}”" for label in sorted(by_label)) or "none"
        raise ValidationError(
            f"No role {names} in playbook “{playbook.name}” (its roles: {known}).",
            field="roles",
            extra={"unknown_roles": unknown},
        )
    people = {label: user for label, user in roles.items() if user is not None}
    if people:
        members = set(
            DepartmentMembership.objects.filter(
                user_id__in={user.pk for user in people.values()},
                department_id__in={by_label[label].department_id for label in people},
            ).values_list("department_id", "user_id")
        )
        for label, user in sorted(people.items()):
            department = by_label[label].department
            if (department.pk, user.pk) not in members:
                raise ValidationError(
                    f"{user.full_name} is not in {department.name}, so cannot be “{label}”.",
                    field="roles",
                    extra={"role": label, "user": user.pk},
                )
    return dict(roles)


@transaction.atomic
def playbook_instantiate(
    *,
    actor: User,
    playbook: Playbook,
    name: str,
    t_zero: dt.datetime,
    time_zone: ZoneInfo,
    departments: Iterable[Department] | None = None,
    description: str | None = None,
    roles: Mapping[str, User | None] | None = None,
) -> Launch:
    """Office only (rule 5). A new launch with the playbook's working calendar (closures moved with T-0), whose
    every anchored item lands on its offset from the new T-0 and every fixed one on its day and time, with
    every link (tasks, milestones, gates), gate criteria and approvers intact, in one transaction. `roles` maps
    role labels to people (each in the role's department); an unmapped lead role goes to the department's lead,
    an unmapped member role stays unassigned. Communications come back as drafts (approving is the office's
    decision), created through communication_create. With `departments`, only those workstreams (and the items
    among them) are created, each one of the playbook's; a link whose task end is left out stays out. Its links
    form no cycle, through tasks and milestones alike (rule 2), and it records what creating each item through
    its own service records (audit, task.created and gate.created events, so assignees and approvers are told),
    inserted in bulk."""
    access_require_office(actor, "create launches from playbooks")
    available = {department.pk: department for department in playbook.departments.all()}
    if departments is None:
        chosen = list(available.values())
    else:
        chosen = list(departments)
        foreign = [department.name for department in chosen if department.pk not in available]
        if foreign:
            raise ValidationError(
                f"Not departments of playbook “{playbook.name}”: {', '.join(foreign)}.", field="departments"
            )
    people = _role_people(playbook, roles or {})
    chosen_ids = {department.pk for department in chosen}
    playbook_tasks = [
        task for task in playbook.tasks.select_related("assignee_role") if task.department_id in chosen_ids
    ]
    kept = {task.pk for task in playbook_tasks}
    playbook_milestones = list(playbook.milestones.all())
    playbook_gates = list(playbook.gates.all())
    # Milestones and gates belong to the whole launch and always come; a link whose task end is left out does not.
    links = [
        link
        for link in (
            _Link(*row)
            for row in playbook.dependencies.order_by("id").values_list(
                *DEPENDENCY_ENDS, "lag_days", "type", "lag_count"
            )
        )
        if (link.predecessor is None or link.predecessor in kept) and (link.successor is None or link.successor in kept)
    ]
    _check_no_cycle(playbook_tasks, playbook_milestones, playbook_gates, links)
    t_zero_date = t_zero.astimezone(time_zone).date()
    launch = launch_create(
        actor=actor,
        name=name,
        t_zero=t_zero,
        time_zone=time_zone,
        description=playbook.description if description is None else description,
        departments=chosen,
        working_weekdays=list(playbook.working_weekdays),
        holiday_regions=list(playbook.holiday_regions),
        closures=_closures_at(playbook, t_zero_date),
        offset_count=playbook.offset_count,
    )
    workstreams = {ws.department_id: ws for ws in Workstream.objects.filter(launch=launch)}

    def assignee_id(role: PlaybookRole | None) -> int | None:
        if role is None:
            return None
        if role.label in people:
            person = people[role.label]
            return None if person is None else person.pk
        workstream = workstreams.get(role.department_id)
        return workstream.lead_id if role.role == MembershipRole.LEAD and workstream is not None else None

    gates = {
        gate.pk: Gate(
            launch=launch,
            name=gate.name,
            description=gate.description,
            **_launch_moment_fields(gate, playbook, t_zero, "Gate"),
        )
        for gate in playbook_gates
    }
    Gate.objects.bulk_create(gates.values())
    tasks = {}
    for task in playbook_tasks:
        fixed = task.schedule_mode == _FIXED
        start_date = t_zero_date + dt.timedelta(days=task.offset_days) if fixed else None
        if fixed:
            plan_day_check(start_date, field="t_zero", what=f"Task “{task.title}” (fixed, T{task.offset_days:+d})")
        tasks[task.pk] = Task(
            workstream=workstreams[task.department_id],
            title=task.title,
            description=task.description,
            schedule_mode=task.schedule_mode,
            offset_days=None if fixed else task.offset_days,
            start_date=start_date,
            duration_days=task.duration_days,
            duration_count=task.duration_count,
            due_time=task.due_time,
            needed_for_launch=task.needed_for_launch,
            assignee_id=assignee_id(task.assignee_role),
        )
    Task.objects.bulk_create(tasks.values())
    milestones = {
        m.pk: Milestone(
            launch=launch,
            name=m.name,
            description=m.description,
            **_launch_moment_fields(m, playbook, t_zero, "Milestone"),
        )
        for m in playbook_milestones
    }
    Milestone.objects.bulk_create(milestones.values())
    dependencies = [
        Dependency(
            launch=launch,
            predecessor=tasks.get(link.predecessor),
            predecessor_milestone=milestones.get(link.predecessor_milestone),
            predecessor_gate=gates.get(link.predecessor_gate),
            successor=tasks.get(link.successor),
            successor_milestone=milestones.get(link.successor_milestone),
            lag_days=link.lag_days,
            type=link.type,
            lag_count=link.lag_count,
        )
        for link in links
    ]
    Dependency.objects.bulk_create(dependencies)
    Gate.criteria.through.objects.bulk_create(
        Gate.criteria.through(gate_id=gates[gate_id].pk, task_id=tasks[task_id].pk)
        for gate_id, task_id in PlaybookGate.criteria.through.objects.filter(
            playbookgate__playbook=playbook
        ).values_list("playbookgate_id", "playbooktask_id")
        if task_id in tasks
    )
    Gate.approver_departments.through.objects.bulk_create(
        Gate.approver_departments.through(gate_id=gates[gate_id].pk, department_id=department_id)
        for gate_id, department_id in PlaybookGate.approver_departments.through.objects.filter(
            playbookgate__playbook=playbook
        ).values_list("playbookgate_id", "department_id")
        if department_id in workstreams
    )
    # What creating each item one by one records, in a few statements: every creation audited, tasks and gates
    # announced (approvers and assignees are told), one new plan version.
    note = "From a playbook."
    emit(
        *(GateCreated.of(gate, actor, launch_id=launch.pk, message=note) for gate in gates.values()),
        *(
            TaskCreated.of(
                task,
                actor,
                launch_id=launch.pk,
                department_id=task.workstream.department_id,
                message=note,
                status=task.status,
            )
            for task in tasks.values()
        ),
        *(
            DependencyCreated.of(
                dependency,
                actor,
                launch_id=launch.pk,
                # Its successor task's department, as launches.services records it; none for a milestone.
                department_id=None if dependency.successor is None else dependency.successor.workstream.department_id,
                message=note,
            )
            for dependency in dependencies
        ),
        *(
            MilestoneCreated.of(milestone, actor, launch_id=launch.pk, message=note)
            for milestone in milestones.values()
        ),
    )
    # Communications through their own service (its checks and events), as drafts by the office member who
    # starts the launch; those of departments left out stay out.
    communications = [
        communication_create(
            actor=actor,
            launch=launch,
            kind=item.kind,
            title=item.title,
            channel=item.channel,
            audience=item.audience,
            body=item.body,
            department=item.department,
            # A task embargo whose task stays out (its department is not in the launch) holds until T-0 instead:
            # an embargo is never dropped.
            embargo=Embargo.T_ZERO
            if item.embargo == Embargo.TASK and item.embargo_task_id not in tasks
            else item.embargo,
            embargo_gate=gates.get(item.embargo_gate_id),
            embargo_task=tasks.get(item.embargo_task_id),
            destinations=item.destinations,
            email_recipients=item.email_recipients,
            **_launch_moment_fields(item, playbook, t_zero, "Communication"),
        )
        for item in playbook.communications.select_related("department").order_by("id")
        if item.department_id is None or item.department_id in workstreams
    ]
    emit(
        PlaybookApplied(
            actor=actor,
            launch_id=launch.pk,
            id=launch.pk,
            label=str(launch),
            changes={
                "playbook": {"from": None, "to": playbook.pk},
                "tasks": {"from": 0, "to": len(tasks)},
                "communications": {"from": 0, "to": len(communications)},
            },
            message=f"Plan created from playbook “{playbook.name}”.",
        ),
    )
    return launch


# The default playbook


@dataclass(frozen=True)
class PlaybookSpec:
    """A playbook as plain data, tasks keyed so dependencies and criteria can name them."""

    name: str
    description: str
    # key, department slug, title, offset from T-0, duration in days, needed for launch
    tasks: Sequence[tuple[str, str, str, int, int, bool]]
    # predecessor key, successor key, lag in days
    dependencies: Sequence[tuple[str, str, int]] = ()
    # name, offset from T-0
    milestones: Sequence[tuple[str, int]] = ()
    # name, offset from T-0, criterion task keys, approver department slugs
    gates: Sequence[tuple[str, int, Sequence[str], Sequence[str]]] = field(default=())
    # What the offsets count (launches.models.DayCount): working days keep working-day durations consistent.
    offset_count: str = DayCount.CALENDAR


@transaction.atomic
def playbook_load(*, spec: PlaybookSpec) -> Playbook | None:
    """Loads a playbook shipped with T-Minus, by name, once: running it again changes nothing (None answers).
    Departments the installation no longer has are left out, with the items that belong to them."""
    if Playbook.objects.filter(name=spec.name).exists():
        return None
    departments = {d.slug: d for d in Department.objects.filter(slug__in={t[1] for t in spec.tasks})}
    playbook = Playbook.objects.create(name=spec.name, description=spec.description, offset_count=spec.offset_count)
    playbook.departments.set(departments.values())
    tasks = {
        key: PlaybookTask(
            playbook=playbook,
            department=departments[slug],
            title=title,
            offset_days=offset,
            duration_days=duration,
            needed_for_launch=needed,
        )
        for key, slug, title, offset, duration, needed in spec.tasks
        if slug in departments
    }
    PlaybookTask.objects.bulk_create(tasks.values())
    PlaybookDependency.objects.bulk_create(
        PlaybookDependency(playbook=playbook, predecessor=tasks[a], successor=tasks[b], lag_days=lag)
        for a, b, lag in spec.dependencies
        if a in tasks and b in tasks
    )
    PlaybookMilestone.objects.bulk_create(
        PlaybookMilestone(playbook=playbook, name=name, offset_days=offset) for name, offset in spec.milestones
    )
    for name, offset, criteria, approvers in spec.gates:
        gate = PlaybookGate.objects.create(playbook=playbook, name=name, offset_days=offset)
        gate.criteria.set([tasks[key] for key in criteria if key in tasks])
        gate.approver_departments.set([departments[slug] for slug in approvers if slug in departments])
    emit(PlaybookCreated.of(playbook, None, message="Shipped with T-Minus."))
    return playbook

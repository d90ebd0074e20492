"""Every write to playbooks: save a launch as a playbook, create a launch from one, load the default, delete."""

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.db import transaction

from accounts.access import access_require_office
from accounts.models import Department, User
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
from launches.models import Dependency, Launch, Milestone, ScheduleMode, Task, Workstream
from launches.services import launch_create
from playbooks.errors import PlaybookExistsError
from playbooks.models import Playbook, PlaybookDependency, PlaybookGate, PlaybookMilestone, PlaybookTask
from scheduling.engine import CycleError, DependencyInput, TaskInput, compute_schedule


def _day_offset(moment: dt.datetime, launch: Launch) -> int:
    """A fixed moment as whole days from T-0, counted on the launch's own calendar."""
    return (moment.astimezone(launch.zone).date() - launch.t_zero_date).days


def _check_no_cycle(tasks: Sequence[PlaybookTask], dependencies: Sequence[tuple[int, int, int, str]]) -> None:
    """Rule 2 (dependencies form no cycle) over the whole plan at once: a playbook's dependencies can be stored
    cyclic through the admin or by hand, and the launch made from it must not be. Refused like the API's
    dependency closing a cycle, naming the playbook's tasks in order."""
    try:
        compute_schedule(
            [TaskInput(task.pk, task.offset_days, task.duration_days) for task in tasks],
            [DependencyInput(pred, succ, lag, link) for pred, succ, lag, link in dependencies],
        )
    except CycleError as error:
        titles = {task.pk: task.title for task in tasks}
        names = " → ".join(f"“{titles[task_id]}”" for task_id in error.cycle)
        raise DependencyCycleError(
            f"The playbook's dependencies form a cycle: {names}. Remove one of them first.",
            extra={"cycle": error.cycle, "cycle_titles": [titles[task_id] for task_id in error.cycle]},
        ) from error


def _check_name_free(name: str) -> None:
    if Playbook.objects.filter(name=name).exists():
        raise PlaybookExistsError(f"A playbook named “{name}” exists already.", field="name")


@transaction.atomic
def playbook_create(*, actor: User, launch: Launch, name: str, description: str = "") -> Playbook:
    """Office only (rule 5). Saves the launch's plan relative to T-0: a fixed-date task, milestone or gate is
    saved as its offset from T-0 on the day it is saved; criteria and dependencies stay inside the playbook."""
    access_require_office(actor, "save launches as playbooks")
    _check_name_free(name)
    t_zero_date = launch.t_zero_date
    playbook = Playbook.objects.create(name=name, description=description, created_by=actor)
    playbook.departments.set(launch.workstreams.values_list("department_id", flat=True))

    gates = {
        gate.pk: PlaybookGate(
            playbook=playbook,
            name=gate.name,
            description=gate.description,
            offset_days=gate.offset_days
            if gate.schedule_mode == ScheduleMode.ANCHORED
            else _day_offset(gate.at, launch),
        )
        for gate in Gate.objects.filter(launch=launch).order_by("id")
    }
    PlaybookGate.objects.bulk_create(gates.values())
    tasks = {
        task.pk: PlaybookTask(
            playbook=playbook,
            department_id=task.workstream.department_id,
            title=task.title,
            description=task.description,
            offset_days=task.offset_days
            if task.schedule_mode == ScheduleMode.ANCHORED
            else (task.start_date - t_zero_date).days,
            duration_days=task.duration_days,
            needed_for_launch=task.needed_for_launch,
            after_gate=gates.get(task.after_gate_id),
        )
        for task in Task.objects.filter(workstream__launch=launch).select_related("workstream").order_by("id")
    }
    PlaybookTask.objects.bulk_create(tasks.values())
    PlaybookDependency.objects.bulk_create(
        PlaybookDependency(playbook=playbook, predecessor=tasks[pred], successor=tasks[succ], lag_days=lag, type=link)
        for pred, succ, lag, link in Dependency.objects.filter(successor__workstream__launch=launch).values_list(
            "predecessor_id", "successor_id", "lag_days", "type"
        )
    )
    PlaybookMilestone.objects.bulk_create(
        PlaybookMilestone(
            playbook=playbook,
            name=milestone.name,
            description=milestone.description,
            offset_days=milestone.offset_days
            if milestone.schedule_mode == ScheduleMode.ANCHORED
            else _day_offset(milestone.at, launch),
        )
        for milestone in Milestone.objects.filter(launch=launch).order_by("id")
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
    emit(
        PlaybookCreated.of(
            playbook,
            actor,
            changes={
                "name": {"from": None, "to": name},
                "from_launch": {"from": None, "to": launch.pk},
                "tasks": {"from": None, "to": len(tasks)},
                "gates": {"from": None, "to": len(gates)},
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
) -> Launch:
    """Office only (rule 5). A new launch whose every task, milestone and gate lands on its offset from the new
    T-0, with dependencies and gate criteria intact, in one transaction. With `departments`, only those
    workstreams (and the items among them) are created; each must be one of the playbook's. Its dependencies
    form no cycle (rule 2), and it records what creating each item through its own service records (audit,
    task.created and gate.created events, so assignees and approvers are told), inserted in bulk."""
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
    chosen_ids = {department.pk for department in chosen}
    playbook_tasks = [task for task in playbook.tasks.all() if task.department_id in chosen_ids]
    kept = {task.pk for task in playbook_tasks}
    playbook_dependencies = [
        (pred, succ, lag, link)
        for pred, succ, lag, link in playbook.dependencies.values_list(
            "predecessor_id", "successor_id", "lag_days", "type"
        )
        if pred in kept and succ in kept
    ]
    _check_no_cycle(playbook_tasks, playbook_dependencies)
    launch = launch_create(
        actor=actor,
        name=name,
        t_zero=t_zero,
        time_zone=time_zone,
        description=playbook.description if description is None else description,
        departments=chosen,
    )
    workstreams = {ws.department_id: ws for ws in Workstream.objects.filter(launch=launch)}

    gates = {
        gate.pk: Gate(launch=launch, name=gate.name, description=gate.description, offset_days=gate.offset_days)
        for gate in playbook.gates.all()
    }
    Gate.objects.bulk_create(gates.values())
    tasks = {
        task.pk: Task(
            workstream=workstreams[task.department_id],
            title=task.title,
            description=task.description,
            schedule_mode=ScheduleMode.ANCHORED,
            offset_days=task.offset_days,
            duration_days=task.duration_days,
            needed_for_launch=task.needed_for_launch,
            after_gate=gates.get(task.after_gate_id),
        )
        for task in playbook_tasks
    }
    Task.objects.bulk_create(tasks.values())
    dependencies = [
        Dependency(predecessor=tasks[pred], successor=tasks[succ], lag_days=lag, type=link)
        for pred, succ, lag, link in playbook_dependencies
    ]
    Dependency.objects.bulk_create(dependencies)
    milestones = [
        Milestone(launch=launch, name=m.name, description=m.description, offset_days=m.offset_days)
        for m in playbook.milestones.all()
    ]
    Milestone.objects.bulk_create(milestones)
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
    # announced (approvers are told), one new plan version.
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
                after_gate_id=task.after_gate_id,
            )
            for task in tasks.values()
        ),
        *(
            DependencyCreated.of(
                dependency,
                actor,
                launch_id=launch.pk,
                department_id=dependency.successor.workstream.department_id,
                message=note,
            )
            for dependency in dependencies
        ),
        *(MilestoneCreated.of(milestone, actor, launch_id=launch.pk, message=note) for milestone in milestones),
        PlaybookApplied(
            actor=actor,
            launch_id=launch.pk,
            id=launch.pk,
            label=str(launch),
            changes={"playbook": {"from": None, "to": playbook.pk}, "tasks": {"from": 0, "to": len(tasks)}},
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


@transaction.atomic
def playbook_load(*, spec: PlaybookSpec) -> Playbook | None:
    """Loads a playbook shipped with T-Minus, by name, once: running it again changes nothing (None answers).
    Departments the installation no longer has are left out, with the items that belong to them."""
    if Playbook.objects.filter(name=spec.name).exists():
        return None
    departments = {d.slug: d for d in Department.objects.filter(slug__in={t[1] for t in spec.tasks})}
    playbook = Playbook.objects.create(name=spec.name, description=spec.description)
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

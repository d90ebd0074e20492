"""Writes to gates and their decisions: the office keeps control of going public (PRODUCT.md rule 4)."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction
from django.utils import timezone

from accounts.access import access_for, access_require_office
from accounts.models import Department, User
from accounts.services import named_approvers_check
from core.errors import PermissionDeniedError, ValidationError
from core.limits import COMMENT_MAX_LENGTH
from core.services import model_assign, model_save_changed
from events.bus import emit
from events.changes import audit_changes, audit_created, audit_deleted
from events.kinds import GateCreated, GateDecided, GateDeleted, GateReopened, GateUpdated, TaskCreated, TaskUpdated
from gates.errors import GateLaunchedError, GateNotApprovedError, GateNotDecidedError
from gates.models import ApproverSlot, DecisionKind, Gate, GateDecision, GateStatus, approver_slot
from launches.errors import OtherLaunchError
from launches.locks import launch_lock, plan_lock
from launches.models import Launch, LaunchStatus, ScheduleMode, Task, TaskStatus
from launches.schedule import moment_anchor_check

GATE_FIELDS = ("name", "description", "schedule_mode", "offset_days", "at")


def _check_criteria(launch: Launch, criteria: Iterable[Task]) -> list[Task]:
    tasks = list(criteria)
    foreign = [task.pk for task in tasks if task.workstream.launch_id != launch.pk]
    if foreign:
        raise OtherLaunchError(
            f"Criteria must be tasks of this launch; not: {', '.join(map(str, foreign))}.", field="criteria"
        )
    return tasks


def gate_required_slots(gate: Gate) -> list[ApproverSlot]:
    """Who must approve the gate: the office, the lead of each approver department, each named approver."""
    return [
        approver_slot(named=False, department_id=None, actor_id=None),
        *(
            approver_slot(named=False, department_id=pk, actor_id=None)
            for pk in sorted(gate.approver_departments.values_list("pk", flat=True))
        ),
        *(
            approver_slot(named=True, department_id=None, actor_id=pk)
            # A deactivated person can no longer sign in to decide: they are no longer waited for.
            for pk in sorted(gate.approver_users.filter(is_active=True).values_list("pk", flat=True))
        ),
    ]


def gate_refresh_status(gate: Gate) -> str:
    """Approved when every required approver's latest decision this round approves (the office, each approver
    department's lead, each active named approver) and every criterion is done; rejected when a required
    approver's latest decision this round rejects; pending otherwise. Called by writes that emit a change of the
    gate's launch plan (which raises its plan version)."""
    latest: dict[ApproverSlot, str] = {}
    for named, department_id, actor_id, kind in (
        GateDecision.objects.filter(gate=gate, round=gate.round)
        .exclude(kind=DecisionKind.REOPEN)
        .order_by("created_at", "id")
        .values_list("named", "department_id", "actor_id", "kind")
    ):
        latest[approver_slot(named=named, department_id=department_id, actor_id=actor_id)] = kind
    required = gate_required_slots(gate)
    criteria_done = not gate.criteria.exclude(status=TaskStatus.DONE).exists()
    # Only a required approver's rejection counts: one whose department or name was taken off no longer does.
    if any(latest.get(slot) == DecisionKind.REJECT for slot in required):
        status = GateStatus.REJECTED
    elif criteria_done and all(latest.get(slot) == DecisionKind.APPROVE for slot in required):
        status = GateStatus.APPROVED
    else:
        status = GateStatus.PENDING
    if status != gate.status:
        gate.status = status
        gate.approved_at = timezone.now() if status == GateStatus.APPROVED else None
        gate.save(update_fields=["status", "approved_at", "updated_at"])
    return status


@transaction.atomic
def gate_create(
    *,
    actor: User,
    launch: Launch,
    name: str,
    schedule_mode: str = ScheduleMode.ANCHORED,
    offset_days: int | None = None,
    at: Any = None,
    description: str = "",
    criteria: Iterable[Task] = (),
    approver_departments: Iterable[Department] = (),
    approver_users: Iterable[User] = (),
) -> Gate:
    """Office only. A gate is placed on the timeline like a milestone and moves with T-0 when anchored; its
    approvers are the office, the leads of its approver departments and its named approvers (active users)."""
    access_require_office(actor, "define gates")
    launch_lock(launch.pk)
    gate = Gate(
        launch=launch,
        name=name,
        description=description,
        schedule_mode=schedule_mode,
        offset_days=offset_days,
        at=at,
    )
    moment_anchor_check(gate, "gate")
    tasks = _check_criteria(launch, criteria)
    people = named_approvers_check(approver_users, field="approver_users")
    gate.save()
    gate.criteria.set(tasks)
    gate.approver_departments.set(list(approver_departments))
    gate.approver_users.set(people)
    changes = audit_created(gate, GATE_FIELDS)
    changes["criteria"] = {"from": None, "to": sorted(task.pk for task in tasks)}
    if people:
        changes["approver_users"] = {"from": None, "to": sorted(user.pk for user in people)}
    # Its approvers are told.
    emit(GateCreated.of(gate, actor, changes=changes))
    return gate


@transaction.atomic
def gate_update(*, actor: User, gate: Gate, data: Mapping[str, Any]) -> Gate:
    """Office only. Changing criteria or approvers (departments, named people) re-evaluates the gate's status."""
    access_require_office(actor, "change gates")
    plan_lock(gate)
    with audit_changes(gate, GATE_FIELDS) as changes:
        model_assign(instance=gate, data=data, fields=GATE_FIELDS)
        moment_anchor_check(gate, "gate")
    model_save_changed(gate, changes)
    if "criteria" in data:
        old = sorted(gate.criteria.values_list("pk", flat=True))
        tasks = _check_criteria(gate.launch, data["criteria"])
        gate.criteria.set(tasks)
        if old != sorted(task.pk for task in tasks):
            changes["criteria"] = {"from": old, "to": sorted(task.pk for task in tasks)}
    if "approver_departments" in data:
        old = sorted(gate.approver_departments.values_list("pk", flat=True))
        gate.approver_departments.set(list(data["approver_departments"]))
        new = sorted(department.pk for department in data["approver_departments"])
        if old != new:
            changes["approver_departments"] = {"from": old, "to": new}
    if "approver_users" in data:
        old = sorted(gate.approver_users.values_list("pk", flat=True))
        people = named_approvers_check(data["approver_users"], named_already=old, field="approver_users")
        new = sorted({user.pk for user in people})
        if old != new:
            gate.approver_users.set(people)
            changes["approver_users"] = {"from": old, "to": new}
    gate_refresh_status(gate)
    emit(GateUpdated.of(gate, actor, changes=changes))
    return gate


@transaction.atomic
def gate_delete(*, actor: User, gate: Gate) -> None:
    """Office only. The decisions go with the gate; the audit history keeps the deletion."""
    access_require_office(actor, "delete gates")
    plan_lock(gate)
    emit(GateDeleted.of(gate, actor, changes=audit_deleted(gate)))
    gate.delete()


def _decision_slot(
    actor: User, gate: Gate, department: Department | None, as_named: bool | None
) -> tuple[Department | None, bool]:
    """Whose slot the actor decides: (department, named). `as_named` None infers it: a department named is its
    lead's slot; none named is the office's for the office, a named approver's for anyone else the gate names."""
    access = access_for(actor)
    is_named = gate.approver_users.filter(pk=actor.pk).exists()
    if as_named and department is not None:
        raise ValidationError(
            "Decide either as a named approver (as_named) or for a department, not both.", field="as_named"
        )
    if as_named:
        if not is_named:
            raise PermissionDeniedError(f"Gate “{gate.name}” does not name you as an approver.")
        return None, True
    if department is not None:
        if not gate.approver_departments.filter(pk=department.pk).exists():
            raise PermissionDeniedError(f"Gate “{gate.name}” does not need {department.name}'s approval.")
        if department.pk not in access.led_department_ids:
            raise PermissionDeniedError(f"Only the lead of {department.name} decides for {department.name}.")
        return department, False
    if access.is_office:
        return None, False
    if as_named is None and is_named:
        return None, True
    raise PermissionDeniedError(
        "Only the Social Business Office decides for the office; leads name their department, and the gate's "
        "named approvers decide as themselves."
    )


@transaction.atomic
def gate_decide(
    *,
    actor: User,
    gate: Gate,
    decision: str,
    comment: str = "",
    department: Department | None = None,
    as_named: bool | None = None,
) -> GateDecision:
    """Rule 5: an approver decides under their own name, for the office (no department), as the lead of a
    department the gate names, or as one of its named approvers (as_named; implied for someone the gate names
    who is not the office and names no department). A rejection needs a comment. Approving twice records
    nothing new."""
    plan_lock(gate)
    department, named = _decision_slot(actor, gate, department, as_named)
    if decision == DecisionKind.REJECT and not comment.strip():
        raise ValidationError("A rejection needs a comment saying why.", field="comment")
    if decision not in (DecisionKind.APPROVE, DecisionKind.REJECT):
        raise ValidationError("A decision is approve or reject.", field="decision")
    mine = GateDecision.objects.filter(gate=gate, round=gate.round, department=department, named=named)
    latest = (
        (mine.filter(actor=actor) if named else mine)
        .exclude(kind=DecisionKind.REOPEN)
        .order_by("-created_at", "-id")
        .first()
    )
    if latest is not None and latest.kind == decision == DecisionKind.APPROVE and latest.actor_id == actor.pk:
        return latest
    record = GateDecision.objects.create(
        gate=gate,
        round=gate.round,
        kind=decision,
        actor=actor,
        department=department,
        named=named,
        comment=comment,
    )
    status = gate_refresh_status(gate)
    decided_as = record.slot[0]
    # The office hears of it.
    emit(
        GateDecided.of(
            gate,
            actor,
            changes={
                "decision": {"from": None, "to": decision},
                "status": {"from": None, "to": status},
                "as": {"from": None, "to": decided_as},
            },
            department_id=department.pk if department else None,
            message=comment,
            decision=decision,
            status=status,
            department_name=department.name if department else None,
            comment=comment,
            decided_as=decided_as,
            actor_name=actor.full_name,
        )
    )
    return record


# A launch that went public passed its gates: reopening one would leave it launched with a gate pending (rule 4).
LAUNCH_PASSED_GATES = (LaunchStatus.LAUNCHED, LaunchStatus.CLOSED)


@transaction.atomic
def gate_reopen(*, actor: User, gate: Gate, reason: str) -> GateDecision:
    """Rule 5: the office reopens an approved or rejected gate, saying why. The gate starts a new round, pending
    until every required approver decides again; the earlier rounds' decisions stay as they were, superseded.
    Refused for a pending gate (nothing to reopen) and for a launch that has launched or closed (rule 4)."""
    access_require_office(actor, "reopen gates")
    plan_lock(gate)
    reason = reason.strip()
    if not reason:
        raise ValidationError("Say why the gate reopens.", field="reason")
    if len(reason) > COMMENT_MAX_LENGTH:
        raise ValidationError(f"A reason has at most {COMMENT_MAX_LENGTH} characters.", field="reason")
    launch_status = Launch.objects.values_list("status", flat=True).get(pk=gate.launch_id)
    if launch_status in LAUNCH_PASSED_GATES:
        raise GateLaunchedError(
            f"Gate “{gate.name}” cannot reopen: its launch is {launch_status}, so its gates stay as decided.",
            extra={"launch_status": launch_status},
        )
    if gate.status == GateStatus.PENDING:
        raise GateNotDecidedError(
            f"Gate “{gate.name}” is pending: there is no decision to reopen.", extra={"status": gate.status}
        )
    before = {"status": gate.status, "round": gate.round}
    gate.round += 1
    gate.save(update_fields=["round", "updated_at"])
    record = GateDecision.objects.create(
        gate=gate, round=gate.round, kind=DecisionKind.REOPEN, actor=actor, comment=reason
    )
    status = gate_refresh_status(gate)
    why = f"{actor.full_name} reopened the gate: {reason}" + ("" if reason.endswith((".", "!", "?")) else ".")
    # The office is told why, and the approvers that the gate awaits them again (gates.announcements).
    emit(
        GateReopened.of(
            gate,
            actor,
            changes={
                "status": {"from": before["status"], "to": status},
                "round": {"from": before["round"], "to": gate.round},
            },
            message=why,
        )
    )
    return record


def gate_task_status_changed(*, actor: User | None, task_id: int, title: str, status: str, old_status: str) -> None:
    """Rule 4: reopening a criterion task of an approved gate puts the gate back to pending, in a new round,
    and records why (the office sees it in the decision history and the audit); finishing the last criterion
    may approve a gate (gates.followers, after a task's status changed)."""
    # The caller holds the launch's lock (launches/locks.py): gates after the task, by id.
    for gate in Gate.objects.select_for_update(no_key=True).filter(criteria=task_id).order_by("pk"):
        if old_status == TaskStatus.DONE and status != TaskStatus.DONE and gate.status == GateStatus.APPROVED:
            why = f"Criterion “{title}” went from done to {status}."
            gate.round += 1
            gate.save(update_fields=["round", "updated_at"])
            GateDecision.objects.create(gate=gate, round=gate.round, kind=DecisionKind.REOPEN, actor=actor, comment=why)
            gate_refresh_status(gate)
            emit(
                GateReopened.of(
                    gate,
                    actor,
                    changes={"status": {"from": GateStatus.APPROVED, "to": gate.status}},
                    message=why,
                )
            )
        else:
            gate_refresh_status(gate)


def gates_criterion_deleted(*, actor: User | None, task_id: int, title: str) -> None:
    """Before a task is deleted: each gate it was a criterion of drops it, records the change (rule 6: the
    cascade would remove it silently) and re-evaluates, since it may have been the last criterion not done."""
    for gate in Gate.objects.select_for_update(no_key=True).filter(criteria=task_id).order_by("pk"):
        old = sorted(gate.criteria.values_list("pk", flat=True))
        gate.criteria.remove(task_id)
        gate_refresh_status(gate)
        changes = {"criteria": {"from": old, "to": [pk for pk in old if pk != task_id]}}
        emit(GateUpdated.of(gate, actor, changes=changes, message=f"Criterion “{title}” was deleted."))


def gates_check_tasks_after(events: Iterable[TaskCreated | TaskUpdated]) -> None:
    """Rule 4: work after gate G (a task linked after it, launches.Dependency.predecessor_gate) cannot start (in
    progress or done) until G is approved (one query for every task checked)."""
    label = {event.id: event.label for event in events}
    waiting = (
        Gate.objects.filter(successor_links__successor_id__in=label)
        .exclude(status=GateStatus.APPROVED)
        .order_by("offset_days", "at", "id")
        .values_list("successor_links__successor_id", "id", "name")
    )
    for task_id, gate_id, name in waiting:
        raise GateNotApprovedError(
            f"“{label[task_id]}” comes after gate “{name}”, which is not approved yet.",
            field="status",
            extra={"gate": gate_id},
        )


def gates_require_all_approved(*, launch_id: int, launch_name: str) -> None:
    """Rule 4: a launch cannot be marked launched until every gate is approved."""
    pending = list(
        Gate.objects.filter(launch_id=launch_id).exclude(status=GateStatus.APPROVED).values_list("name", flat=True)
    )
    if pending:
        raise GateNotApprovedError(
            f"{launch_name} cannot launch before every gate is approved; not yet: {', '.join(pending)}.",
            field="status",
            extra={"gates": pending},
        )

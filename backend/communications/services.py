"""Every write to communications: draft, edit, submit, the office's decision, publish after the embargo, withdraw."""

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.db import transaction
from django.utils import timezone

from accounts.access import access_for, access_require_office
from accounts.models import Department, User
from communications.errors import CommunicationStateError, EmbargoNotLiftedError, NotDepartmentMemberError
from communications.models import (
    Communication,
    CommunicationDecision,
    CommunicationDecisionKind,
    CommunicationStatus,
    Embargo,
)
from core.errors import PermissionDeniedError, ValidationError
from core.services import model_assign, model_save_changed
from events.bus import emit
from events.changes import audit_changes, audit_created, audit_deleted
from events.kinds import (
    CommunicationCreated,
    CommunicationDecided,
    CommunicationDeleted,
    CommunicationSubmitted,
    CommunicationTransitioned,
    CommunicationUpdated,
)
from gates.models import Gate, GateStatus
from launches.errors import OtherLaunchError
from launches.locks import launch_lock, plan_lock
from launches.models import Launch, ScheduleMode, Workstream
from launches.schedule import moment_anchor_check

COMMUNICATION_FIELDS = (
    "kind",
    "channel",
    "audience",
    "title",
    "body",
    "schedule_mode",
    "offset_days",
    "at",
    "embargo",
    "embargo_gate",
)
AUDITED_FIELDS = ("launch", "author", "department", *COMMUNICATION_FIELDS, "status")
EDITABLE_STATUSES = frozenset({CommunicationStatus.DRAFT, CommunicationStatus.REJECTED})
WITHDRAWABLE_STATUSES = frozenset(
    {
        CommunicationStatus.DRAFT,
        CommunicationStatus.SUBMITTED,
        CommunicationStatus.APPROVED,
        CommunicationStatus.REJECTED,
    }
)


def _author_department(actor: User, launch: Launch, department: Department | None) -> Department | None:
    """The department the item is drafted for: one of the author's with a workstream in the launch (the office
    may name any of the launch's departments, or none)."""
    access = access_for(actor)
    launch_departments = set(Workstream.objects.filter(launch=launch).values_list("department_id", flat=True))
    if access.is_office:
        if department is not None and department.pk not in launch_departments:
            raise OtherLaunchError(f"{department.name} has no workstream in this launch.", field="department")
        return department
    mine = access.member_department_ids & launch_departments
    if not mine:
        raise PermissionDeniedError("Only the office or a member of one of this launch's departments may draft.")
    if department is None:
        if len(mine) > 1:
            raise ValidationError("You are in several of this launch's departments: name one.", field="department")
        return Department.objects.get(pk=next(iter(mine)))
    if department.pk not in mine:
        raise NotDepartmentMemberError(
            f"You are not a member of {department.name} in this launch's departments.", field="department"
        )
    return department


def _check(item: Communication) -> None:
    """The moment matches its mode; a gate embargo names a gate of the same launch; the title is not blank."""
    if not item.title.strip():
        raise ValidationError("A communication needs a title.", field="title")
    moment_anchor_check(item, "communication")
    if item.embargo == Embargo.GATE:
        if item.embargo_gate is None:
            raise ValidationError("A gate embargo names its gate (embargo_gate).", field="embargo_gate")
        if item.embargo_gate.launch_id != item.launch_id:
            raise OtherLaunchError(f"Gate {item.embargo_gate.pk} belongs to another launch.", field="embargo_gate")
    else:
        # Only a gate embargo names a gate.
        item.embargo_gate = None


def _require_author(actor: User, item: Communication, action: str) -> None:
    """The author, or the office."""
    if item.author_id != actor.pk and not access_for(actor).is_office:
        raise PermissionDeniedError(f"Only the author or the office may {action} this communication.")


def _transition(
    actor: User,
    item: Communication,
    to_status: str,
    event: type = CommunicationTransitioned,
    message: str = "",
    **more: Any,
) -> None:
    before = item.status
    item.status = to_status
    item.save(update_fields=["status", "published_at", "updated_at"])
    emit(
        event.of(
            item,
            actor,
            changes={"status": {"from": before, "to": to_status}},
            message=message,
            **more,
        )
    )


@transaction.atomic
def communication_create(
    *,
    actor: User,
    launch: Launch,
    kind: str,
    title: str,
    channel: str = "",
    audience: str = "",
    body: str = "",
    department: Department | None = None,
    schedule_mode: str = ScheduleMode.ANCHORED,
    offset_days: int | None = None,
    at: dt.datetime | None = None,
    embargo: str = Embargo.NONE,
    embargo_gate: Gate | None = None,
) -> Communication:
    """A member or lead of one of the launch's departments (or the office) drafts; they are its author."""
    launch_lock(launch.pk)
    item = Communication(
        launch=launch,
        kind=kind,
        title=title,
        channel=channel,
        audience=audience,
        body=body,
        author=actor,
        department=_author_department(actor, launch, department),
        schedule_mode=schedule_mode,
        offset_days=offset_days,
        at=at,
        embargo=embargo,
        embargo_gate=embargo_gate,
    )
    _check(item)
    item.save()
    emit(CommunicationCreated.of(item, actor, changes=audit_created(item, AUDITED_FIELDS)))
    return item


@transaction.atomic
def communication_update(*, actor: User, item: Communication, data: Mapping[str, Any]) -> Communication:
    """The author (or the office) edits a draft or a rejected item; editing a rejected item makes it a draft
    again. A submitted, approved or published item is not edited (withdraw it and draft anew)."""
    plan_lock(item)
    _require_author(actor, item, "edit")
    if item.status not in EDITABLE_STATUSES:
        raise CommunicationStateError(f"A {item.status} communication cannot be edited; only drafts can.")
    with audit_changes(item, AUDITED_FIELDS) as changes:
        model_assign(instance=item, data=data, fields=COMMUNICATION_FIELDS)
        _check(item)
        item.status = CommunicationStatus.DRAFT
    model_save_changed(item, changes)
    if changes:
        emit(CommunicationUpdated.of(item, actor, changes=changes))
    return item


@transaction.atomic
def communication_delete(*, actor: User, item: Communication) -> None:
    """The author (or the office) deletes a draft that was never decided; anything else is withdrawn instead."""
    plan_lock(item)
    _require_author(actor, item, "delete")
    if item.status != CommunicationStatus.DRAFT or item.decisions.exists():
        raise CommunicationStateError("Only a draft that was never decided can be deleted; withdraw it instead.")
    emit(CommunicationDeleted.of(item, actor, changes=audit_deleted(item)))
    item.delete()


@transaction.atomic
def communication_submit(*, actor: User, item: Communication) -> Communication:
    """The author (or the office) submits a draft for the office's approval; the office is told."""
    _require_author(actor, item, "submit")
    plan_lock(item)
    if item.status not in EDITABLE_STATUSES:
        raise CommunicationStateError(f"A {item.status} communication cannot be submitted; only drafts can.")
    _transition(actor, item, CommunicationStatus.SUBMITTED, CommunicationSubmitted, kind=item.kind)
    return item


@transaction.atomic
def communication_decide(*, actor: User, item: Communication, decision: str, comment: str = "") -> Communication:
    """Only the office approves or rejects a submitted item (a rejection says why); the decision is recorded under
    the decider's name and never edited. The author is told."""
    access_require_office(actor, "approve or reject communications")
    plan_lock(item)
    if item.status != CommunicationStatus.SUBMITTED:
        raise CommunicationStateError(f"Only a submitted communication is decided; this one is {item.status}.")
    if decision == CommunicationDecisionKind.REJECT and not comment.strip():
        raise ValidationError("A rejection says why: add a comment.", field="comment")
    CommunicationDecision.objects.create(communication=item, decision=decision, actor=actor, comment=comment)
    status = (
        CommunicationStatus.APPROVED if decision == CommunicationDecisionKind.APPROVE else CommunicationStatus.REJECTED
    )
    _transition(
        actor,
        item,
        status,
        CommunicationDecided,
        message=comment[:500],
        author_id=item.author_id,
        decision=decision,
        status=status,
        comment=comment,
    )
    return item


def communication_embargo_lifted(item: Communication, launch: Launch, now: dt.datetime) -> tuple[bool, str]:
    """Whether the embargo has lifted at `now`, and what it is (for messages)."""
    if item.embargo == Embargo.T_ZERO:
        return now >= launch.t_zero, f"T-0 ({launch.t_zero.isoformat()})"
    if item.embargo == Embargo.GATE:
        gate = item.embargo_gate
        return gate.status == GateStatus.APPROVED, f"gate “{gate.name}”"
    return True, ""


@transaction.atomic
def communication_publish(*, actor: User, item: Communication) -> Communication:
    """Rule 4: the author or the office publishes an approved item only once its embargo lifted (T-0 reached, or
    its gate approved); otherwise 409 naming the embargo."""
    _require_author(actor, item, "publish")
    plan_lock(item)
    if item.status != CommunicationStatus.APPROVED:
        raise CommunicationStateError(f"Only an approved communication can be published; this one is {item.status}.")
    lifted, what = communication_embargo_lifted(item, item.launch, timezone.now())
    if not lifted:
        raise EmbargoNotLiftedError(
            f"“{item.title}” is embargoed until {what}"
            + (" is approved." if item.embargo == Embargo.GATE else " and cannot be published yet."),
            extra={"embargo": item.embargo, "embargo_gate": item.embargo_gate_id},
        )
    item.published_at = timezone.now()
    _transition(actor, item, CommunicationStatus.PUBLISHED)
    return item


@transaction.atomic
def communication_withdraw(*, actor: User, item: Communication) -> Communication:
    """The author (or the office) withdraws an item that is not published; it stays, withdrawn."""
    _require_author(actor, item, "withdraw")
    plan_lock(item)
    if item.status not in WITHDRAWABLE_STATUSES:
        raise CommunicationStateError(f"A {item.status} communication cannot be withdrawn.")
    _transition(actor, item, CommunicationStatus.WITHDRAWN)
    return item

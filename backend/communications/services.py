"""Every write to communications: draft, edit, submit, the office's decision, publish after the embargo, withdraw."""

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db import DatabaseError, transaction
from django.utils import timezone

from accounts.access import access_for, access_require_office
from accounts.models import Department, User
from accounts.services import named_approvers_check
from communications import tasks
from communications.channels import CHANNELS, MAX_EMAIL_RECIPIENTS, email_recipients_parse
from communications.errors import CommunicationStateError, EmbargoNotLiftedError, NotDepartmentMemberError
from communications.models import (
    ApprovalPolicy,
    Communication,
    CommunicationDecision,
    CommunicationDecisionKind,
    CommunicationKind,
    CommunicationPolicy,
    CommunicationStatus,
    Embargo,
    HintShare,
    Publication,
    PublicationStatus,
    ShareNetwork,
)
from communications.selectors import (
    communication_embargo_lifted,
    communication_policy,
    communications_due_ids,
    hint_shareable,
    policy_approval,
)
from core.errors import PermissionDeniedError, ValidationError
from core.services import model_assign, model_save_changed
from delivery.attempts import deliveries_resume, delivery_claim, retry_backoff_seconds
from delivery.celery_tasks import enqueue_on_commit
from events.bus import emit
from events.changes import audit_changes, audit_created, audit_deleted
from events.kinds import (
    CommunicationCreated,
    CommunicationDecided,
    CommunicationDeleted,
    CommunicationPolicyChanged,
    CommunicationPublishBlocked,
    CommunicationPublished,
    CommunicationPublishFailed,
    CommunicationSubmitted,
    CommunicationTransitioned,
    CommunicationUpdated,
)
from gates.models import Gate
from launches.errors import OtherLaunchError
from launches.locks import launch_lock, plan_lock
from launches.models import Launch, LaunchStatus, ScheduleMode, Task, Workstream
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
    "embargo_task",
    "destinations",
    "email_recipients",
    "share_until",
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
    if item.embargo == Embargo.TASK:
        if item.embargo_task is None:
            raise ValidationError("A task embargo names its task (embargo_task).", field="embargo_task")
        if item.embargo_task.workstream.launch_id != item.launch_id:
            raise OtherLaunchError(f"Task {item.embargo_task.pk} belongs to another launch.", field="embargo_task")
    else:
        item.embargo_task = None
    _check_destinations(item)


def _check_destinations(item: Communication) -> None:
    """Known channels, each once; the email destination needs valid recipients; hints' window ends after it
    starts."""
    if not isinstance(item.destinations, list) or not all(isinstance(key, str) for key in item.destinations):
        raise ValidationError("Destinations are a list of channel names.", field="destinations")
    unknown = [key for key in item.destinations if key not in CHANNELS]
    if unknown:
        raise ValidationError(
            f"Unknown destination {unknown[0]!r}: choose among {', '.join(sorted(CHANNELS))}.", field="destinations"
        )
    if len(set(item.destinations)) != len(item.destinations):
        raise ValidationError("Each destination once.", field="destinations")
    addresses = email_recipients_parse(item.email_recipients)
    if "email" in item.destinations and not addresses:
        raise ValidationError("The email destination needs recipients.", field="email_recipients")
    if len(addresses) > MAX_EMAIL_RECIPIENTS:
        raise ValidationError(f"At most {MAX_EMAIL_RECIPIENTS} recipients.", field="email_recipients")
    for address in addresses:
        try:
            validate_email(address)
        except DjangoValidationError:
            raise ValidationError(f"{address[:100]!r} is not an email address.", field="email_recipients") from None
    if item.share_until is not None:
        if item.kind != CommunicationKind.EMPLOYEE_HINT:
            raise ValidationError("Only an employee hint has a sharing window.", field="share_until")
        if item.share_until <= item.moment(item.launch):
            raise ValidationError("The sharing window ends after the planned moment.", field="share_until")


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
    item.save(update_fields=["status", "published_at", "submission", "updated_at"])
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
    embargo_task: Task | None = None,
    destinations: list[str] | None = None,
    email_recipients: str = "",
    share_until: dt.datetime | None = None,
    approvers: Iterable[User] = (),
) -> Communication:
    """A member or lead of one of the launch's departments (or the office) drafts; they are its author. Named
    approvers (active users of any role) approve it too, after its kind's approver."""
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
        embargo_task=embargo_task,
        destinations=list(destinations or []),
        email_recipients=email_recipients,
        share_until=share_until,
    )
    _check(item)
    people = named_approvers_check(approvers, field="approvers")
    item.save()
    item.approvers.set(people)
    changes = audit_created(item, AUDITED_FIELDS)
    if people:
        changes["approvers"] = {"from": None, "to": sorted(user.pk for user in people)}
    emit(CommunicationCreated.of(item, actor, changes=changes))
    return item


@transaction.atomic
def communication_update(*, actor: User, item: Communication, data: Mapping[str, Any]) -> Communication:
    """The author (or the office) edits a draft or a rejected item, its named approvers too; editing a rejected
    item makes it a draft again. A submitted, approved or published item is not edited (withdraw it and draft anew)."""
    plan_lock(item)
    _require_author(actor, item, "edit")
    if item.status not in EDITABLE_STATUSES:
        raise CommunicationStateError(f"A {item.status} communication cannot be edited; only drafts can.")
    with audit_changes(item, AUDITED_FIELDS) as changes:
        model_assign(instance=item, data=data, fields=COMMUNICATION_FIELDS)
        _check(item)
        item.status = CommunicationStatus.DRAFT
    model_save_changed(item, changes)
    if "approvers" in data:
        old = sorted(item.approvers.values_list("pk", flat=True))
        people = named_approvers_check(data["approvers"], named_already=old, field="approvers")
        new = sorted({user.pk for user in people})
        if old != new:
            item.approvers.set(people)
            changes["approvers"] = {"from": old, "to": new}
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
def communication_policy_set(*, actor: User, kind: str, approval: str) -> CommunicationPolicy:
    """The office sets who approves a kind of communication; items already decided keep their decision."""
    access_require_office(actor, "set who approves communications")
    if kind not in CommunicationKind.values:
        raise ValidationError(f"Unknown kind {kind!r}.", field="kind")
    if approval not in ApprovalPolicy.values:
        raise ValidationError(f"Choose one of {', '.join(ApprovalPolicy.values)}.", field="approval")
    policy = CommunicationPolicy.objects.select_for_update().filter(kind=kind).first()
    before = policy.approval if policy else policy_approval(kind, {})
    if policy is None:
        policy = CommunicationPolicy(kind=kind, approval=approval)
    if before != approval or policy.pk is None:
        policy.approval = approval
        policy.save()
        if before != approval:
            emit(CommunicationPolicyChanged.of(policy, actor, changes={"approval": {"from": before, "to": approval}}))
    return policy


@transaction.atomic
def communication_submit(*, actor: User, item: Communication) -> Communication:
    """The author (or the office) submits a draft for approval: the office, or the department's lead, is told (the
    kind's policy), and its named approvers. A kind that needs no approval (internal notices, by default) and names
    no approver is approved at once; its embargo still holds it until it lifts. Each submission starts afresh:
    decisions on an earlier one no longer count."""
    _require_author(actor, item, "submit")
    plan_lock(item)
    if item.status not in EDITABLE_STATUSES:
        raise CommunicationStateError(f"A {item.status} communication cannot be submitted; only drafts can.")
    item.submission += 1
    if communication_policy(kind=item.kind) == ApprovalPolicy.NONE and not item.approvers.exists():
        _transition(
            actor,
            item,
            CommunicationStatus.APPROVED,
            message=f"Approved on submission: {item.get_kind_display()} needs no approval.",
        )
        return item
    _transition(actor, item, CommunicationStatus.SUBMITTED, CommunicationSubmitted, kind=item.kind)
    return item


def _is_policy_approver(actor: User, item: Communication, policy: str) -> bool:
    """The office decides every kind; the lead of the item's department those whose policy says so."""
    access = access_for(actor)
    if access.is_office:
        return True
    return (
        policy == ApprovalPolicy.LEAD
        and item.department_id is not None
        and item.department_id in access.led_department_ids
    )


def _decision_slot(actor: User, item: Communication, policy: str, as_named: bool | None) -> bool:
    """Whether the actor decides as a named approver (True) or as the kind's approver (False: the office decides
    every kind, even one that needs no approval). `as_named` None infers it: the kind's approver decides as such,
    anyone else the item names as a named approver."""
    is_named = item.approvers.filter(pk=actor.pk).exists()
    if as_named:
        if not is_named:
            raise PermissionDeniedError("This communication does not name you as an approver.")
        return True
    if _is_policy_approver(actor, item, policy):
        return False
    if as_named is None and is_named:
        return True
    if policy == ApprovalPolicy.LEAD:
        whose = item.department.name if item.department_id else "its department"
        raise PermissionDeniedError(
            f"Only the office, the lead of {whose} or its named approvers may approve or reject this communication."
        )
    raise PermissionDeniedError("Only the office or its named approvers may approve or reject this communication.")


def _approval_complete(item: Communication, policy: str) -> bool:
    """The kind's approver (unless its policy needs none) and every named approver approved this submission,
    each by their latest decision."""
    latest: dict[tuple[bool, int | None], str] = {}
    for named, actor_id, decision in (
        CommunicationDecision.objects.filter(communication=item, submission=item.submission)
        .order_by("created_at", "id")
        .values_list("named", "actor_id", "decision")
    ):
        latest[(named, actor_id if named else None)] = decision
    required: list[tuple[bool, int | None]] = [] if policy == ApprovalPolicy.NONE else [(False, None)]
    # A deactivated person can no longer sign in to decide: they are no longer waited for.
    required += [(True, pk) for pk in item.approvers.filter(is_active=True).values_list("pk", flat=True)]
    return all(latest.get(slot) == CommunicationDecisionKind.APPROVE for slot in required)


@transaction.atomic
def communication_decide(
    *, actor: User, item: Communication, decision: str, comment: str = "", as_named: bool | None = None
) -> Communication:
    """The office, or the department's lead where the kind's policy lets them, and each of the item's named
    approvers (whatever their role) approve or reject a submitted item (a rejection says why). It is approved once
    the kind's approver and every named approver approved since its last submission; any rejection rejects it.
    Each decision is recorded under the decider's name and never edited; approving twice records nothing new.
    The author is told."""
    plan_lock(item)
    policy = communication_policy(kind=item.kind)
    named = _decision_slot(actor, item, policy, as_named)
    if item.status != CommunicationStatus.SUBMITTED:
        raise CommunicationStateError(f"Only a submitted communication is decided; this one is {item.status}.")
    if decision == CommunicationDecisionKind.REJECT and not comment.strip():
        raise ValidationError("A rejection says why: add a comment.", field="comment")
    mine = CommunicationDecision.objects.filter(communication=item, submission=item.submission, named=named)
    latest = (mine.filter(actor=actor) if named else mine).order_by("-created_at", "-id").first()
    if (
        latest is not None
        and latest.decision == decision == CommunicationDecisionKind.APPROVE
        and latest.actor_id == actor.pk
    ):
        return item
    CommunicationDecision.objects.create(
        communication=item,
        decision=decision,
        actor=actor,
        comment=comment,
        named=named,
        submission=item.submission,
    )
    if decision == CommunicationDecisionKind.REJECT:
        status = CommunicationStatus.REJECTED
    elif _approval_complete(item, policy):
        status = CommunicationStatus.APPROVED
    else:
        status = CommunicationStatus.SUBMITTED
    decided_as = "named" if named else "office" if access_for(actor).is_office else "lead"
    before = item.status
    item.status = status
    if status != before:
        item.save(update_fields=["status", "updated_at"])
    changes: dict[str, Any] = {"decision": {"from": None, "to": decision}, "as": {"from": None, "to": decided_as}}
    if status != before:
        changes["status"] = {"from": before, "to": status}
    emit(
        CommunicationDecided.of(
            item,
            actor,
            changes=changes,
            message=comment[:500],
            author_id=item.author_id,
            decision=decision,
            status=status,
            comment=comment,
            decided_as=decided_as,
            actor_name=actor.full_name,
        )
    )
    return item


def _embargo_message(item: Communication, what: str) -> str:
    return f"“{item.title}” is embargoed until {what}" + (
        " is approved." if item.embargo == Embargo.GATE else " is done." if item.embargo == Embargo.TASK else "."
    )


def _published(actor: User | None, item: Communication, now: dt.datetime, message: str) -> bool:
    """Publishes an approved item, once: a conditional UPDATE claims it (a second caller, a duplicated or retried
    job, finds it published and does nothing, on any database), then one Publication per destination is made and
    sent after commit. Answers whether this call published it."""
    claimed = Communication.objects.filter(pk=item.pk, status=CommunicationStatus.APPROVED).update(
        status=CommunicationStatus.PUBLISHED, published_at=now, updated_at=now
    )
    if not claimed:
        return False
    item.status, item.published_at = CommunicationStatus.PUBLISHED, now
    emit(
        CommunicationPublished.of(
            item,
            actor,
            changes={"status": {"from": CommunicationStatus.APPROVED, "to": CommunicationStatus.PUBLISHED}},
            message=message,
            author_id=item.author_id,
            kind=item.kind,
            destinations=tuple(item.destinations),
        )
    )
    Publication.objects.bulk_create(
        [Publication(communication=item, channel=key) for key in item.destinations], ignore_conflicts=True
    )
    for publication_id in Publication.objects.filter(communication=item, status=PublicationStatus.PENDING).values_list(
        "pk", flat=True
    ):
        enqueue_on_commit(tasks.publication_send, publication_id)
    return True


@transaction.atomic
def communication_publish(*, actor: User, item: Communication) -> Communication:
    """Rule 4: the author or the office publishes an approved item now, only once its embargo lifted (T-0
    reached, its gate approved, its task done); otherwise 409 naming the embargo (the API then records the
    attempt: communication_publish_blocked_record). Publishing sends it to its destinations."""
    _require_author(actor, item, "publish")
    plan_lock(item)
    if item.status != CommunicationStatus.APPROVED:
        raise CommunicationStateError(f"Only an approved communication can be published; this one is {item.status}.")
    lifted, what = communication_embargo_lifted(item, item.launch, timezone.now())
    if not lifted:
        raise EmbargoNotLiftedError(
            _embargo_message(item, what) + " It cannot be published yet.",
            extra={"embargo": item.embargo, "embargo_gate": item.embargo_gate_id, "embargo_task": item.embargo_task_id},
        )
    if not _published(actor, item, timezone.now(), "Published by hand."):
        raise CommunicationStateError("It was published meanwhile.")
    return item


@transaction.atomic
def communication_publish_blocked_record(*, actor: User, item: Communication) -> None:
    """An attempt to publish before the embargo lifted, refused: recorded in the audit trail, and the office is
    told (an alert; the communications board lists them)."""
    lifted, what = communication_embargo_lifted(item, item.launch, timezone.now())
    if lifted:
        return
    emit(
        CommunicationPublishBlocked.of(
            item, actor, embargo=what, actor_name=actor.full_name, message=_embargo_message(item, what)
        )
    )


def communication_publish_when_due(*, communication_id: int, now: dt.datetime | None = None) -> bool:
    """The scheduled publishing of one communication: it goes out by itself once approved, its planned moment
    come (a move of T-0 moves it: it is read now) and its embargo lifted (a reopened gate holds it), in a launch
    that is not cancelled. Exactly once, however many jobs run it. Answers whether it went out now."""
    now = now or timezone.now()
    with transaction.atomic():
        item = (
            Communication.objects.select_related("launch", "embargo_gate", "embargo_task")
            .filter(pk=communication_id, status=CommunicationStatus.APPROVED)
            .first()
        )
        if item is None or item.launch.status == LaunchStatus.CANCELLED or item.moment(item.launch) > now:
            return False
        if not communication_embargo_lifted(item, item.launch, now)[0]:
            return False
        return _published(None, item, now, "Went out by itself at its planned moment.")


def communications_publish_due(*, launch_id: int | None = None, now: dt.datetime | None = None) -> int:
    """The publishing sweep (every minute, and after a change that may lift an embargo): publishes every approved
    communication that is due (communication_publish_when_due), and sends again the publications whose retry is
    due. Answers how many went out."""
    now = now or timezone.now()
    published = sum(
        communication_publish_when_due(communication_id=pk, now=now)
        for pk in communications_due_ids(launch_id=launch_id, now=now)
    )
    pending = Publication.objects.filter(status=PublicationStatus.PENDING)
    deliveries_resume(
        pending if launch_id is None else pending.filter(communication__launch_id=launch_id), tasks.publication_send
    )
    return published


def publication_send(*, publication_id: int) -> float | None:
    """One attempt to send a publication on its channel, claimed first (a duplicated task sends nothing); the
    channel's work and the "sent" mark commit together. A failure is saved and retried with backoff; the office
    is told at the first failure and when it gives up (COMMUNICATION_PUBLISH_MAX_ATTEMPTS). Answers the seconds
    until the next attempt, or None when there is nothing more to do."""
    pending = Publication.objects.filter(status=PublicationStatus.PENDING)
    wait = delivery_claim(pending, delivery_id=publication_id, count_field="attempts")
    if wait is None or wait > 0:
        return wait
    publication = Publication.objects.select_related("communication__launch").get(pk=publication_id)
    item = publication.communication
    mine = pending.filter(pk=publication.pk, attempts=publication.attempts)
    try:
        with transaction.atomic():
            channel = CHANNELS.get(publication.channel)
            if channel is None:
                raise LookupError(f"No channel {publication.channel!r} is installed.")
            detail = channel.send(publication, item)
            now = timezone.now()
            mine.update(
                status=PublicationStatus.SENT,
                sent_at=now,
                detail=detail[:500],
                last_error="",
                next_attempt_at=None,
                updated_at=now,
            )
        return None
    except DatabaseError:
        raise
    except Exception as exc:  # the channel's own failure: retried, and the office told
        error = (str(exc) or type(exc).__name__)[:2000]
        now = timezone.now()
        final = publication.attempts >= settings.COMMUNICATION_PUBLISH_MAX_ATTEMPTS
        with transaction.atomic():
            if final:
                mine.update(status=PublicationStatus.FAILED, last_error=error, next_attempt_at=None, updated_at=now)
            else:
                retry = retry_backoff_seconds(publication.attempts, settings.COMMUNICATION_PUBLISH_RETRY_SECONDS)
                mine.update(last_error=error, next_attempt_at=now + dt.timedelta(seconds=retry), updated_at=now)
            if final or publication.attempts == 1:
                emit(
                    CommunicationPublishFailed.of(
                        item, None, channel=publication.channel, error=error[:500], final=final, message=error[:500]
                    )
                )
        return None if final else retry


@transaction.atomic
def communication_withdraw(*, actor: User, item: Communication) -> Communication:
    """The author (or the office) withdraws an item that is not published; it stays, withdrawn."""
    _require_author(actor, item, "withdraw")
    plan_lock(item)
    if item.status not in WITHDRAWABLE_STATUSES:
        raise CommunicationStateError(f"A {item.status} communication cannot be withdrawn.")
    _transition(actor, item, CommunicationStatus.WITHDRAWN)
    return item


@transaction.atomic
def hint_share_record(*, actor: User, item: Communication, network: str) -> HintShare:
    """An employee shared a hint (one click on its share link): recorded, for the office to follow. Only inside
    the hint's window."""
    if network not in ShareNetwork.values:
        raise ValidationError(f"Choose one of {', '.join(ShareNetwork.values)}.", field="network")
    if not hint_shareable(item, timezone.now()):
        raise CommunicationStateError("This hint is not open for sharing now.")
    return HintShare.objects.create(communication=item, user=actor, network=network)

"""Writes of notifications: recording launch events, turning them into notices and emails exactly once,
reminders before due dates, digests, and each person's preferences."""

import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from accounts.models import MembershipRole, User
from communications.models import Communication
from communications.selectors import communications_embargo_lifting
from config.celery import task_send
from core.errors import NotFoundError, ValidationError
from launches.models import ACTIVE_LAUNCH_STATUSES, Launch, Task
from launches.selectors import launch_due_dates
from notifications import selectors, tasks
from notifications.models import (
    DAILY_DIGEST,
    ConflictSnapshot,
    DeliveryStatus,
    EmailDelivery,
    EmailMode,
    EventKind,
    LaunchEvent,
    Notification,
    NotificationKind,
    NotificationPreference,
)

logger = logging.getLogger(__name__)

MAX_REMINDER_DAYS = 60


def enqueue_on_commit(task: Any, *args: Any) -> None:
    """Send a Celery task once the current transaction commits (without a broker: to the in-process pool, after
    the response); a broker outage is logged, not raised, because the periodic sweeps (events_redispatch, the
    deliveries' resume sweeps, reminders) pick up what was not sent."""
    transaction.on_commit(lambda: task_send(task, *args), robust=True)


# Events


@transaction.atomic
def event_record(
    *,
    kind: str,
    launch_id: int,
    actor: User | None = None,
    task_id: int | None = None,
    gate_id: int | None = None,
    data: Mapping[str, Any] | None = None,
) -> LaunchEvent:
    """Record what happened in the causing transaction (an outbox); its notifications and webhooks are made
    after commit, so nothing is announced that was rolled back."""
    event = LaunchEvent.objects.create(
        kind=kind,
        launch_id=launch_id,
        actor=actor if actor is not None and actor.is_authenticated else None,
        task_id=task_id,
        gate_id=gate_id,
        data=dict(data or {}),
    )
    enqueue_on_commit(tasks.event_dispatch, event.pk)
    return event


@transaction.atomic
def events_record_bulk(
    *,
    kind: str,
    launch_id: int,
    actor: User | None = None,
    task_ids: Iterable[int] = (),
    gate_ids: Iterable[int] = (),
) -> list[LaunchEvent]:
    """What event_record records for each task and each gate, one event apiece, inserted in bulk (a 500-task
    playbook stays a few statements); each is dispatched after commit like any other."""
    who = actor if actor is not None and actor.is_authenticated else None
    events = LaunchEvent.objects.bulk_create(
        [LaunchEvent(kind=kind, launch_id=launch_id, actor=who, task_id=task_id, data={}) for task_id in task_ids]
        + [LaunchEvent(kind=kind, launch_id=launch_id, actor=who, gate_id=gate_id, data={}) for gate_id in gate_ids]
    )
    for event in events:
        enqueue_on_commit(tasks.event_dispatch, event.pk)
    return events


def _office_users() -> list[User]:
    return list(User.objects.filter(Q(is_office=True) | Q(is_superuser=True), is_active=True).order_by("id"))


def _lead_users(department_ids: Iterable[int]) -> list[User]:
    return list(
        User.objects.filter(
            is_active=True,
            memberships__department_id__in=list(department_ids),
            memberships__role=MembershipRole.LEAD,
        )
        .distinct()
        .order_by("id")
    )


def _path(launch_id: int, *, task_id: int | None = None, gate_id: int | None = None) -> str:
    if task_id is not None:
        return f"/launches/{launch_id}?task={task_id}"
    if gate_id is not None:
        return f"/launches/{launch_id}?gate={gate_id}"
    return f"/launches/{launch_id}"


def _event_recipients(event: LaunchEvent) -> list[tuple[User, str, str, str]]:
    """Who hears of an event, as (user, notification kind, title, body)."""
    launch, task, gate, data = event.launch, event.task, event.gate, event.data
    out: list[tuple[User, str, str, str]] = []
    if event.kind in (EventKind.TASK_CREATED, EventKind.TASK_UPDATED) and task is not None:
        assigned = event.kind == EventKind.TASK_CREATED or "assignee" in data.get("changes", {})
        if assigned and task.assignee is not None and task.assignee.is_active:
            out.append(
                (
                    task.assignee,
                    NotificationKind.TASK_ASSIGNED,
                    f"Task assigned to you: {task.title}",
                    f"{launch.name}: “{task.title}” is now yours.",
                )
            )
    elif event.kind in (EventKind.GATE_CREATED, EventKind.GATE_REOPENED) and gate is not None:
        approvers = _office_users() + _lead_users(gate.approver_departments.values_list("pk", flat=True))
        for user in approvers:
            out.append(
                (
                    user,
                    NotificationKind.GATE_AWAITING_APPROVAL,
                    f"Gate awaits your approval: {gate.name}",
                    f"{launch.name}: gate “{gate.name}” needs your decision.",
                )
            )
        if event.kind == EventKind.GATE_REOPENED:
            for user in _office_users():
                out.append(
                    (
                        user,
                        NotificationKind.GATE_REOPENED,
                        f"Gate reopened: {gate.name}",
                        f"{launch.name}: {data.get('why', 'a criterion was reopened')} The gate is pending again.",
                    )
                )
    elif event.kind == EventKind.GATE_DECIDED and gate is not None:
        who = event.actor.full_name if event.actor else "Someone"
        for user in _office_users():
            out.append(
                (
                    user,
                    NotificationKind.GATE_DECIDED,
                    f"Gate {data.get('decision', 'decided')}: {gate.name}",
                    f"{launch.name}: {who} decided “{data.get('decision')}” on gate “{gate.name}”; "
                    f"it is now {data.get('status', gate.status)}. {data.get('comment', '')}".strip(),
                )
            )
    elif event.kind == EventKind.T_ZERO_MOVED:
        lead_ids = launch.workstreams.exclude(lead=None).values_list("lead_id", flat=True)
        assignee_ids = Task.objects.filter(workstream__launch=launch).exclude(assignee=None).values("assignee_id")
        people = _office_users() + list(
            User.objects.filter(Q(pk__in=lead_ids) | Q(pk__in=assignee_ids), is_active=True).order_by("id")
        )
        for user in people:
            out.append(
                (
                    user,
                    NotificationKind.T_ZERO_MOVED,
                    f"Launch day moved: {launch.name}",
                    f"T-0 moved from {data.get('from')} to {data.get('to')} ({data.get('shift_days')} days).",
                )
            )
    elif event.kind == EventKind.COMMUNICATION_SUBMITTED:
        for user in _office_users():
            out.append(
                (
                    user,
                    NotificationKind.COMMUNICATION_AWAITING_APPROVAL,
                    f"Communication awaits approval: {data.get('title')}",
                    f"{launch.name}: “{data.get('title')}” ({data.get('kind')}) was submitted for approval.",
                )
            )
    elif event.kind == EventKind.COMMUNICATION_DECIDED:
        author = User.objects.filter(pk=data.get("author"), is_active=True).first()
        if author is not None:
            out.append(
                (
                    author,
                    NotificationKind.COMMUNICATION_DECIDED,
                    f"Communication {data.get('status')}: {data.get('title')}",
                    f"{launch.name}: “{data.get('title')}” was {data.get('status')}. {data.get('comment', '')}".strip(),
                )
            )
    elif event.kind == EventKind.COMMUNICATION_EMBARGO_LIFTING:
        author = User.objects.filter(pk=data.get("author"), is_active=True).first()
        lifts = dt.datetime.fromisoformat(data["lifts_at"]).astimezone(launch.zone)
        when = f"{lifts:%Y-%m-%d %H:%M} ({launch.zone.key})"
        if data.get("embargo") == "gate":
            what = f"its gate “{data.get('gate_name')}” is planned for {when} (it lifts once approved)"
        else:
            what = f"T-0 is {when}"
        for user in ([author] if author is not None else []) + _office_users():
            out.append(
                (
                    user,
                    NotificationKind.COMMUNICATION_EMBARGO_LIFTING,
                    f"Embargo lifts soon: {data.get('title')}",
                    f"{launch.name}: “{data.get('title')}” ({data.get('kind')}) is approved; its embargo lifts soon: "
                    f"{what}.",
                )
            )
    # One notice per person and kind; the actor is not told what they did themselves.
    seen: set[tuple[int, str]] = set()
    unique = []
    for user, kind, title, body in out:
        if (user.pk, kind) in seen or user.pk == event.actor_id:
            continue
        seen.add((user.pk, kind))
        unique.append((user, kind, title, body))
    return unique


@transaction.atomic
def event_dispatch(*, event_id: int) -> int:
    """Make an event's notifications and webhook deliveries, once: a second run finds it dispatched and
    returns. Answers how many notifications it made."""
    from webhooks.services import webhook_deliveries_create

    event = (
        LaunchEvent.objects.select_for_update(of=("self",))
        .select_related("launch", "task__assignee", "gate", "actor")
        .filter(pk=event_id)
        .first()
    )
    if event is None or event.dispatched_at is not None:
        return 0
    made = notifications_create(
        Notice(user, kind, f"event:{event.pk}", title, body, event.launch_id, event.task_id, event.gate_id)
        for user, kind, title, body in _event_recipients(event)
    )
    webhook_deliveries_create(event=event)
    if event.kind in (EventKind.TASK_CREATED, EventKind.TASK_UPDATED, EventKind.T_ZERO_MOVED):
        enqueue_on_commit(tasks.launch_conflicts_check, event.launch_id)
    event.dispatched_at = timezone.now()
    event.save(update_fields=["dispatched_at"])
    return len(made)


def launch_conflicts_check_later(launch_id: int) -> None:
    """After commit, tell assignees whose task a plan change pushed into conflict (a new dependency, a longer
    lag): changes that record no event of their own."""
    enqueue_on_commit(tasks.launch_conflicts_check, launch_id)


def events_redispatch(*, older_than: dt.timedelta = dt.timedelta(minutes=2)) -> int:
    """Enqueue events whose dispatch never ran (the broker was down at commit); answers how many."""
    ids = list(
        LaunchEvent.objects.filter(dispatched_at=None, created_at__lt=timezone.now() - older_than)
        .order_by("id")
        .values_list("pk", flat=True)[:1000]
    )
    for event_id in ids:
        tasks.event_dispatch.delay(event_id)
    return len(ids)


# Embargoes about to lift


def _embargo_lifting_event(item: Communication, lifts: dt.datetime) -> LaunchEvent:
    """The event of one communication's embargo moment; its key carries the moment, so a moved T-0 or gate makes
    a new event."""
    gate = item.embargo_gate
    return LaunchEvent(
        kind=EventKind.COMMUNICATION_EMBARGO_LIFTING,
        launch_id=item.launch_id,
        gate_id=gate.pk if gate is not None else None,
        dedupe_key=f"embargo_lifting:{item.pk}:{item.embargo}:{gate.pk if gate else ''}:{lifts.isoformat()}",
        data={
            "communication": item.pk,
            "title": item.title,
            "kind": item.kind,
            "channel": item.channel,
            "author": item.author_id,
            "embargo": item.embargo,
            "embargo_gate": gate.pk if gate is not None else None,
            "gate_name": gate.name if gate is not None else None,
            "lifts_at": lifts.isoformat(),
            "planned_at": item.moment(item.launch).isoformat(),
        },
    )


@transaction.atomic
def embargoes_lifting_notify(*, now: dt.datetime | None = None) -> int:
    """Rule 4's embargoes, announced ahead: each approved, unpublished communication whose embargo lifts within
    EMBARGO_LIFTING_NOTICE_HOURS (T-0 coming, or its unapproved gate planned) gets one
    `communication.embargo_lifting` event per embargo moment, which tells its author and the office and goes to
    webhooks. Safe to run every few minutes: each event's unique key names the communication and the moment, so
    only a moved T-0 or gate announces again. A fixed number of queries (the events are inserted in bulk; each is
    dispatched by its own task after commit). Answers how many events it recorded."""
    now = now or timezone.now()
    until = now + dt.timedelta(hours=settings.EMBARGO_LIFTING_NOTICE_HOURS)
    events = [
        _embargo_lifting_event(item, lifts) for item, lifts in communications_embargo_lifting(after=now, until=until)
    ]
    if not events:
        return 0
    known = set(
        LaunchEvent.objects.filter(dedupe_key__in=[event.dedupe_key for event in events]).values_list(
            "dedupe_key", flat=True
        )
    )
    new = [event for event in events if event.dedupe_key not in known]
    if not new:
        return 0
    # A concurrent sweep may have inserted some of them since: the unique key drops those, and dispatching an
    # event twice makes its notices once.
    LaunchEvent.objects.bulk_create(new, ignore_conflicts=True)
    for event_id in LaunchEvent.objects.filter(
        dedupe_key__in=[event.dedupe_key for event in new], dispatched_at=None
    ).values_list("pk", flat=True):
        enqueue_on_commit(tasks.event_dispatch, event_id)
    return len(new)


# Notifications


def _preference(user: User) -> NotificationPreference:
    try:
        return user.notification_preference
    except NotificationPreference.DoesNotExist:
        return NotificationPreference(user=user)


class Notice(NamedTuple):
    """A notice to make: unique per (recipient, kind, dedupe_key)."""

    recipient: User
    kind: str
    dedupe_key: str
    title: str
    body: str = ""
    launch_id: int | None = None
    task_id: int | None = None
    gate_id: int | None = None


@transaction.atomic
def notifications_create(notices: Iterable[Notice]) -> list[Notification]:
    """One notice per (recipient, kind, dedupe_key), however often it is asked for: answers those made now.
    Emails each to its recipient when they opted in to its kind, immediately or in the next digest. A fixed
    number of queries however many notices and recipients (a move of T-0 tells everyone at once)."""
    wanted: dict[tuple[int, str, str], Notice] = {}
    for notice in notices:
        wanted.setdefault((notice.recipient.pk, notice.kind, notice.dedupe_key[:200]), notice)
    if not wanted:
        return []
    existing = set(
        Notification.objects.filter(
            recipient_id__in={key[0] for key in wanted}, dedupe_key__in={key[2] for key in wanted}
        ).values_list("recipient_id", "kind", "dedupe_key")
    )
    rows = [
        Notification(
            recipient=notice.recipient,
            kind=notice.kind,
            dedupe_key=key[2],
            title=notice.title[:300],
            body=notice.body,
            launch_id=notice.launch_id,
            task_id=notice.task_id,
            gate_id=notice.gate_id,
            url=_path(notice.launch_id, task_id=notice.task_id, gate_id=notice.gate_id) if notice.launch_id else "",
        )
        for key, notice in wanted.items()
        if key not in existing
    ]
    if not rows:
        return []
    try:
        with transaction.atomic():
            made = Notification.objects.bulk_create(rows)
    except IntegrityError:
        # A concurrent run made some of them between our read and our insert: those are theirs to email.
        made = []
        for row in rows:
            try:
                with transaction.atomic():
                    row.save(force_insert=True)
            except IntegrityError:
                continue
            made.append(row)
    _notifications_email(made)
    return made


def _notifications_email(notifications: list[Notification]) -> None:
    """Immediate emails for the notices whose recipients opted in to their kind (one query to learn who)."""
    preferences = {
        preference.user_id: preference
        for preference in NotificationPreference.objects.filter(
            user_id__in={notification.recipient_id for notification in notifications},
            email_mode=EmailMode.IMMEDIATE,
        )
    }
    deliveries: dict[int, EmailDelivery] = {}
    for notification in notifications:
        preference = preferences.get(notification.recipient_id)
        if preference is None or not notification.recipient.email or notification.kind not in preference.email_events:
            continue
        deliveries[notification.pk] = EmailDelivery(
            recipient=notification.recipient,
            to=notification.recipient.email,
            idempotency_key=f"notification:{notification.pk}",
            subject=header_line(f"[T-Minus] {notification.title}")[:300],
            body=f"{notification.body}\n\n{settings.SITE_URL}{notification.url}\n",
        )
    if not deliveries:
        return
    # The notices are new, so are their keys: nobody else can have made these emails.
    for delivery in EmailDelivery.objects.bulk_create(deliveries.values()):
        enqueue_on_commit(tasks.email_send, delivery.pk)
    Notification.objects.filter(pk__in=deliveries).update(emailed_at=timezone.now(), updated_at=timezone.now())


@transaction.atomic
def notification_mark_read(*, user: User, notification: Notification) -> Notification:
    """A person marks their own notice read; marking it again keeps the first time."""
    if notification.recipient_id != user.pk:
        raise NotFoundError("No such notification among yours.")
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at", "updated_at"])
    return notification


@transaction.atomic
def notifications_mark_all_read(*, user: User) -> int:
    """Marks every unread notice of the person read; answers how many."""
    return Notification.objects.filter(recipient=user, read_at=None).update(
        read_at=timezone.now(), updated_at=timezone.now()
    )


@transaction.atomic
def notification_preference_update(*, user: User, data: Mapping[str, Any]) -> NotificationPreference:
    """A person sets their own email preferences."""
    preference, _ = NotificationPreference.objects.select_for_update().get_or_create(user=user)
    if "email_events" in data:
        preference.email_events = sorted(set(data["email_events"]))
    if "reminder_days_ahead" in data:
        days = data["reminder_days_ahead"]
        if not 0 <= days <= MAX_REMINDER_DAYS:
            raise ValidationError(f"Reminders come 0 to {MAX_REMINDER_DAYS} days ahead.", field="reminder_days_ahead")
        preference.reminder_days_ahead = days
    if "email_mode" in data:
        preference.email_mode = data["email_mode"]
    preference.save()
    return preference


# Email


def header_line(text: str) -> str:
    """User text (a task title) made fit for a mail header: one line, every run of whitespace (CR, LF and the
    other line breaks included) one space, so no header is ever injected or refused."""
    return " ".join(text.split())


@transaction.atomic
def email_delivery_create(*, recipient: User, idempotency_key: str, subject: str, body: str) -> EmailDelivery | None:
    """Make the email under its unique key and send it after commit; None when that key exists (sent once)."""
    if not recipient.email:
        return None
    delivery, created = EmailDelivery.objects.get_or_create(
        idempotency_key=idempotency_key[:200],
        defaults={"recipient": recipient, "to": recipient.email, "subject": header_line(subject)[:300], "body": body},
    )
    if not created:
        return None
    enqueue_on_commit(tasks.email_send, delivery.pk)
    return delivery


# Deliveries that fail (emails, webhook posts) are tried again after base, 2 x base, 4 x base … seconds.
MAX_RETRY_WAIT_SECONDS = 3600.0
EMAIL_RETRY_BACKOFF_SECONDS = 30.0
# An attempt claims its delivery for this long (its next attempt moves this far ahead while it sends): longer
# than a worker's task time limit, so no second attempt starts while one may still be sending; a process that
# died mid-attempt leaves the delivery to the resume sweep after it.
DELIVERY_CLAIM_SECONDS = 300.0


def delivery_claim(pending: QuerySet, *, delivery_id: int, count_field: str) -> float | None:
    """Claim one due delivery for an attempt, in one conditional UPDATE (committed at once, outside any lock
    held while sending): its attempt count goes up and its next attempt moves DELIVERY_CLAIM_SECONDS ahead, so
    a duplicated task, a sweep or another worker finds it not due and sends nothing. Answers 0 when claimed,
    the seconds until it is due when it is not, None when it is no longer pending."""
    now = timezone.now()
    claimed = pending.filter(pk=delivery_id, next_attempt_at__lte=now).update(
        **{count_field: F(count_field) + 1},
        next_attempt_at=now + dt.timedelta(seconds=DELIVERY_CLAIM_SECONDS),
        updated_at=now,
    )
    if claimed:
        return 0.0
    due = pending.filter(pk=delivery_id).values_list("next_attempt_at", flat=True).first()
    if due is None:
        return None
    return max((due - now).total_seconds(), 0.001)


def retry_backoff_seconds(attempt: int, base: float) -> float:
    """The wait after failed attempt 1, 2, 3 …: base, 2 x base, 4 x base …, at most an hour."""
    return min(MAX_RETRY_WAIT_SECONDS, base * 2 ** (attempt - 1))


def deliveries_resume(pending: QuerySet, task: Any, *, limit: int = 1000) -> int:
    """Enqueue `task` for the pending deliveries (emails or webhook posts) whose next attempt is due, oldest due
    first. Without a broker a failed attempt is not retried inside the request that caused it, so this periodic
    sweep is what retries it; with workers it recovers a retry that was lost. Answers how many it enqueued."""
    ids = list(
        pending.filter(next_attempt_at__lte=timezone.now())
        .order_by("next_attempt_at", "id")
        .values_list("pk", flat=True)[:limit]
    )
    for delivery_id in ids:
        task.delay(delivery_id)
    return len(ids)


def email_deliver(*, delivery_id: int) -> float | None:
    """Send one email unless it was sent or gave up, once: the attempt claims the row first (delivery_claim), so
    a duplicated task or a sweep arriving meanwhile sends nothing. Whatever fails while building or sending the
    message (the mail server, a header it refuses) is saved with the attempt and retried with backoff; after
    EMAIL_MAX_ATTEMPTS the email is marked failed (visible in the admin), never left pending. Answers the
    seconds to wait before the next attempt (also when called before it is due, sending nothing), or None when
    there is nothing more to do."""
    pending = EmailDelivery.objects.filter(status=DeliveryStatus.PENDING)
    wait = delivery_claim(pending, delivery_id=delivery_id, count_field="attempts")
    if wait is None or wait > 0:
        return wait
    delivery = EmailDelivery.objects.get(pk=delivery_id)
    mine = pending.filter(pk=delivery.pk, attempts=delivery.attempts)  # unless a later claim took it over
    try:
        EmailMessage(
            header_line(delivery.subject), delivery.body, settings.DEFAULT_FROM_EMAIL, [header_line(delivery.to)]
        ).send()
    except DatabaseError:
        raise
    except Exception as exc:
        error = str(exc)[:2000] or type(exc).__name__
        now = timezone.now()
        if delivery.attempts >= settings.EMAIL_MAX_ATTEMPTS:
            logger.warning("Email %s failed for good: %s", delivery.pk, error)
            mine.update(status=DeliveryStatus.FAILED, last_error=error, next_attempt_at=None, updated_at=now)
            return None
        retry = retry_backoff_seconds(delivery.attempts, EMAIL_RETRY_BACKOFF_SECONDS)
        mine.update(last_error=error, next_attempt_at=now + dt.timedelta(seconds=retry), updated_at=now)
        return retry
    now = timezone.now()
    mine.update(status=DeliveryStatus.SENT, sent_at=now, last_error="", next_attempt_at=None, updated_at=now)
    return None


def email_deliveries_resume() -> int:
    """Periodic (beat): send again the pending emails whose next attempt is due."""
    return deliveries_resume(EmailDelivery.objects.filter(status=DeliveryStatus.PENDING), tasks.email_send)


# Conflicts: a dependency slipping so that a person's task now conflicts


@transaction.atomic
def launch_conflicts_check(*, launch_id: int) -> int:
    """Compare the launch's dependency conflicts with those at the last check: the assignee of each task newly
    in conflict is told, once per plan version. The first check of a launch only records its baseline.
    Answers how many notifications it made."""
    launch = Launch.objects.select_for_update().filter(pk=launch_id).first()
    if launch is None:
        return 0
    snapshot = ConflictSnapshot.objects.filter(launch=launch).first()
    if snapshot is not None and snapshot.plan_version >= launch.plan_version:
        return 0
    current = selectors.launch_dependency_conflicts(launch=launch)
    made = 0
    notices: list[Notice] = []
    if snapshot is not None:
        before = {tuple(pair) for pair in snapshot.conflicts}
        new = [pair for pair in current if pair not in before]
        successors = Task.objects.filter(pk__in=[succ for succ, _ in new]).select_related("assignee")
        titles = dict(Task.objects.filter(pk__in=[pred for _, pred in new]).values_list("id", "title"))
        by_id = {task.pk: task for task in successors}
        for successor_id, predecessor_id in new:
            task = by_id.get(successor_id)
            if task is None:
                continue
            event_record(
                kind=EventKind.TASK_CONFLICT,
                launch_id=launch.pk,
                task_id=task.pk,
                data={"predecessor": predecessor_id, "predecessor_title": titles.get(predecessor_id, "")},
            )
            if task.assignee is None or not task.assignee.is_active:
                continue
            notices.append(
                Notice(
                    task.assignee,
                    NotificationKind.TASK_CONFLICT,
                    f"conflict:{task.pk}:{predecessor_id}:v{launch.plan_version}",
                    f"Your task now conflicts: {task.title}",
                    f"{launch.name}: “{titles.get(predecessor_id, '?')}” slipped; “{task.title}” now starts "
                    "before it ends (plus lag).",
                    launch.pk,
                    task.pk,
                )
            )
        made = len(notifications_create(notices))
    ConflictSnapshot.objects.update_or_create(
        launch=launch, defaults={"plan_version": launch.plan_version, "conflicts": [list(pair) for pair in current]}
    )
    return made


# Reminders and digests


def _today(launch: Launch, now: dt.datetime) -> dt.date:
    return now.astimezone(launch.zone).date()


def reminders_send(*, now: dt.datetime | None = None) -> int:
    """Rule: people learn of due dates without opening T-Minus. Each open assigned task of an active launch
    due within its assignee's reminder window gets one "due soon" notice per due date, and one "overdue" notice
    once its due date has passed. Safe to run every hour: the dedupe keys carry the due date."""
    now = now or timezone.now()
    notices: list[Notice] = []
    due_dates: dict[int, dict[int, dt.date]] = {}  # per launch: one schedule each
    for task in selectors.reminder_candidates():
        launch = task.workstream.launch
        today = _today(launch, now)
        if launch.pk not in due_dates:
            due_dates[launch.pk] = launch_due_dates(launch)
        due = due_dates[launch.pk][task.pk]
        days_ahead = _preference(task.assignee).reminder_days_ahead
        if due < today:
            kind, title = NotificationKind.TASK_OVERDUE, f"Overdue: {task.title}"
            body = f"{launch.name}: “{task.title}” was due on {due.isoformat()}."
        elif (due - today).days <= days_ahead:
            kind, title = NotificationKind.TASK_DUE_SOON, f"Due {due.isoformat()}: {task.title}"
            body = f"{launch.name}: “{task.title}” is due on {due.isoformat()}."
        else:
            continue
        notices.append(
            Notice(task.assignee, kind, f"task:{task.pk}:due:{due.isoformat()}", title, body, launch.pk, task.pk)
        )
    made = len(notifications_create(notices))
    for launch_id in Launch.objects.filter(status__in=ACTIVE_LAUNCH_STATUSES).values_list("pk", flat=True):
        made += launch_conflicts_check(launch_id=launch_id)
    return made


def digest_recipients() -> list[int]:
    """Who gets a daily digest: those who opted in to it, and those who collect their notices for it."""
    rows = (
        NotificationPreference.objects.filter(user__is_active=True)
        .exclude(user__email="")
        .values_list("user_id", "email_events", "email_mode")
    )
    return sorted(user_id for user_id, events, mode in rows if mode == EmailMode.DIGEST or DAILY_DIGEST in events)


@transaction.atomic
def digest_send(*, user_id: int, day: dt.date) -> EmailDelivery | None:
    """The daily digest, once per person and day: a lead's department work (due this week, overdue, blocked,
    conflicts, gates awaiting their sign-off), the office's readiness per launch, and the notices the person
    collects for the digest. Sent only to those who opted in (daily_digest) or chose digest mode."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return None
    preference = _preference(user)
    collecting = preference.email_mode == EmailMode.DIGEST
    if DAILY_DIGEST not in preference.email_events and not collecting:
        return None
    sections: list[str] = []
    lead_digest = selectors.lead_digest(user=user, today=day)
    if lead_digest:
        sections.append(lead_digest)
    if user.is_office or user.is_superuser:
        readiness = selectors.office_readiness_digest(today=day)
        if readiness:
            sections.append(readiness)
    pending = list(
        Notification.objects.filter(recipient=user, emailed_at=None, kind__in=preference.email_events).order_by(
            "created_at", "id"
        )
        if collecting
        else []
    )
    if pending:
        sections.append("Your notifications\n" + "\n".join(f"- {n.title}: {settings.SITE_URL}{n.url}" for n in pending))
    if not sections:
        return None
    delivery = email_delivery_create(
        recipient=user,
        idempotency_key=f"digest:{user.pk}:{day.isoformat()}",
        subject=f"[T-Minus] Your digest for {day.isoformat()}",
        body="\n\n".join(sections) + "\n",
    )
    if delivery is not None and pending:
        Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=timezone.now())
    return delivery

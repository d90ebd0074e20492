"""Writes of notices: one per person, kind and key however often asked for (emailed to those who opted in), a
person marking theirs read, and each person's email preferences."""

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import User
from core.errors import NotFoundError, ValidationError
from events.bus import emit
from events.kinds import NoticesCreated
from notifications import email
from notifications.models import Notification, NotificationPreference

MAX_REMINDER_DAYS = 60


def user_preference(user: User) -> NotificationPreference:
    """The person's preferences (prefetched when the query selected them), or the defaults, unsaved."""
    try:
        return user.notification_preference
    except NotificationPreference.DoesNotExist:
        return NotificationPreference(user=user)


def _path(launch_id: int, *, task_id: int | None = None, gate_id: int | None = None) -> str:
    if task_id is not None:
        return f"/launches/{launch_id}?task={task_id}"
    if gate_id is not None:
        return f"/launches/{launch_id}?gate={gate_id}"
    return f"/launches/{launch_id}"


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
    email.notifications_email(made)
    if made:
        emit(NoticesCreated(recipient_ids=tuple(sorted({row.recipient_id for row in made}))))
    return made


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

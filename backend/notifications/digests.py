"""Reminders before due dates and the daily digest: what people learn without opening T-Minus."""

import datetime as dt
from collections.abc import Callable
from functools import cache

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from accounts.models import User
from launches.models import ACTIVE_LAUNCH_STATUSES, Launch
from launches.selectors import launch_due_dates
from notifications import conflicts, email, selectors, services
from notifications.models import (
    DAILY_DIGEST,
    EmailDelivery,
    EmailMode,
    Notification,
    NotificationKind,
    NotificationPreference,
)


@cache
def office_readiness_digest() -> Callable[..., str]:
    """The office's readiness section, `(*, today) -> str`, named by settings.DIGEST_OFFICE_READINESS (read once):
    it reads the apps above notifications (gates, deliverables, ...), so it is composed there and handed down."""
    return import_string(settings.DIGEST_OFFICE_READINESS)


def _today(launch: Launch, now: dt.datetime) -> dt.date:
    return now.astimezone(launch.zone).date()


def reminders_send(*, now: dt.datetime | None = None) -> int:
    """Rule: people learn of due dates without opening T-Minus. Each open assigned task of an active launch
    due within its assignee's reminder window gets one "due soon" notice per due date, and one "overdue" notice
    once its due date has passed. Safe to run every hour: the dedupe keys carry the due date."""
    now = now or timezone.now()
    notices: list[services.Notice] = []
    due_dates: dict[int, dict[int, dt.date]] = {}  # per launch: one schedule each
    for task in selectors.reminder_candidates():
        launch = task.workstream.launch
        today = _today(launch, now)
        if launch.pk not in due_dates:
            due_dates[launch.pk] = launch_due_dates(launch)
        due = due_dates[launch.pk][task.pk]
        days_ahead = services.user_preference(task.assignee).reminder_days_ahead
        if due < today:
            kind, title = NotificationKind.TASK_OVERDUE, f"Overdue: {task.title}"
            body = f"{launch.name}: “{task.title}” was due on {due.isoformat()}."
        elif (due - today).days <= days_ahead:
            kind, title = NotificationKind.TASK_DUE_SOON, f"Due {due.isoformat()}: {task.title}"
            body = f"{launch.name}: “{task.title}” is due on {due.isoformat()}."
        else:
            continue
        notices.append(
            services.Notice(
                task.assignee, kind, f"task:{task.pk}:due:{due.isoformat()}", title, body, launch.pk, task.pk
            )
        )
    made = len(services.notifications_create(notices))
    for launch_id in Launch.objects.filter(status__in=ACTIVE_LAUNCH_STATUSES).values_list("pk", flat=True):
        made += conflicts.launch_conflicts_check(launch_id=launch_id)
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
    preference = services.user_preference(user)
    collecting = preference.email_mode == EmailMode.DIGEST
    if DAILY_DIGEST not in preference.email_events and not collecting:
        return None
    sections: list[str] = []
    lead_digest = selectors.lead_digest(user=user, today=day)
    if lead_digest:
        sections.append(lead_digest)
    if user.is_office or user.is_superuser:
        readiness = office_readiness_digest()(today=day)
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
    delivery = email.email_delivery_create(
        recipient=user,
        idempotency_key=f"digest:{user.pk}:{day.isoformat()}",
        subject=f"[T-Minus] Your digest for {day.isoformat()}",
        body="\n\n".join(sections) + "\n",
    )
    if delivery is not None and pending:
        Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=timezone.now())
    return delivery

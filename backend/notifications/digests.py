"""Reminders before due dates: what people learn of their own tasks without opening T-Minus. (The daily digest,
which reads the apps above notifications, is readiness/digests.py.)"""

import datetime as dt

from django.utils import timezone

from launches.models import ACTIVE_LAUNCH_STATUSES, Launch
from launches.selectors import launch_due_dates
from notifications import conflicts, selectors, services
from notifications.models import NotificationKind


def _today(launch: Launch, now: dt.datetime) -> dt.date:
    return now.astimezone(launch.zone).date()


def reminders_send(*, now: dt.datetime | None = None) -> int:
    """Rule: people learn of due dates without opening T-Minus. Each open task of an active launch due within
    the reminder window of its assignee, or of one of its collaborators, gets them one "due soon" notice per due
    date, and one "overdue" notice once its due date has passed. Safe to run every hour: the dedupe keys carry the
    due date."""
    now = now or timezone.now()
    notices: list[services.Notice] = []
    due_dates: dict[int, dict[int, dt.date]] = {}  # per launch: one schedule each
    candidates = selectors.reminder_candidates()
    shared = selectors.task_collaborators(tasks=candidates)
    for task in candidates:
        launch = task.workstream.launch
        today = _today(launch, now)
        if launch.pk not in due_dates:
            due_dates[launch.pk] = launch_due_dates(launch)
        due = due_dates[launch.pk][task.pk]
        assignee = [task.assignee] if task.assignee is not None and task.assignee.is_active else []
        for person in assignee + shared.get(task.pk, []):
            days_ahead = services.user_preference(person).reminder_days_ahead
            if due < today:
                kind, title = NotificationKind.TASK_OVERDUE, f"Overdue: {task.title}"
                body = f"{launch.name}: “{task.title}” was due on {due.isoformat()}."
            elif (due - today).days <= days_ahead:
                kind, title = NotificationKind.TASK_DUE_SOON, f"Due {due.isoformat()}: {task.title}"
                body = f"{launch.name}: “{task.title}” is due on {due.isoformat()}."
            else:
                continue
            notices.append(
                services.Notice(person, kind, f"task:{task.pk}:due:{due.isoformat()}", title, body, launch.pk, task.pk)
            )
    made = len(services.notifications_create(notices))
    for launch_id in Launch.objects.filter(status__in=ACTIVE_LAUNCH_STATUSES).values_list("pk", flat=True):
        made += conflicts.launch_conflicts_check(launch_id=launch_id)
    return made

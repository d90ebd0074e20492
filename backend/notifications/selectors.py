"""Reads for notifications: a person's notices, their preferences, reminder candidates and conflicts (the daily
digest, which reads gates, is composed above notifications: readiness/digests.py)."""

from collections.abc import Iterable

from django.db.models import Q, QuerySet

from accounts.models import User
from launches.models import (
    ACTIVE_LAUNCH_STATUSES,
    OPEN_TASK_STATUSES,
    Launch,
    Task,
)
from launches.schedule import launch_schedule_load
from notifications.models import Notification, NotificationPreference
from scheduling.engine import CONFLICT_DEPENDENCY


def notification_list(*, user: User, unread: bool | None = None) -> QuerySet[Notification]:
    """The person's own notices, newest first (one query per page, plus the count)."""
    notifications = Notification.objects.filter(recipient=user)
    if unread is True:
        notifications = notifications.filter(read_at=None)
    elif unread is False:
        notifications = notifications.exclude(read_at=None)
    return notifications.order_by("-created_at", "-id")


def notification_unread_count(*, user: User) -> int:
    return Notification.objects.filter(recipient=user, read_at=None).count()


def notification_preference_get(*, user: User) -> NotificationPreference:
    """The person's preferences, or the defaults (unsaved) when they never set any."""
    return NotificationPreference.objects.filter(user=user).first() or NotificationPreference(user=user)


def reminder_candidates() -> QuerySet[Task]:
    """Open tasks of active launches with an active assignee or collaborator, with what a reminder needs (one
    query; their collaborators are task_collaborators(tasks=...), one more)."""
    shared = Task.collaborators.through.objects.filter(user__is_active=True).values("task_id")
    return (
        Task.objects.filter(
            Q(assignee__isnull=False, assignee__is_active=True) | Q(pk__in=shared),
            status__in=OPEN_TASK_STATUSES,
            workstream__launch__status__in=ACTIVE_LAUNCH_STATUSES,
        )
        .select_related("workstream__launch", "assignee__notification_preference")
        .order_by("id")
    )


def task_collaborators(
    *, task_ids: Iterable[int] | None = None, tasks: QuerySet[Task] | None = None
) -> dict[int, list[User]]:
    """{task id: its active collaborators, by id} of these tasks (ids, or a queryset of them), with their notice
    preferences (one query, through the task-collaborator table)."""
    links = Task.collaborators.through.objects.filter(user__is_active=True)
    links = links.filter(task_id__in=list(task_ids or ()) if tasks is None else tasks.values("pk"))
    shared: dict[int, list[User]] = {}
    for link in links.select_related("user__notification_preference").order_by("task_id", "user_id"):
        shared.setdefault(link.task_id, []).append(link.user)
    return shared


def launch_dependency_conflicts(*, launch: Launch) -> list[tuple[int, int]]:
    """The launch's dependency conflicts as sorted (task, predecessor) pairs, from the schedule engine."""
    schedule = launch_schedule_load([launch])[launch.pk].compute()
    return sorted(
        (conflict.task_id, conflict.predecessor_id)
        for conflict in schedule.conflicts
        if conflict.kind == CONFLICT_DEPENDENCY and conflict.predecessor_id is not None
    )

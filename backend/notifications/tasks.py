"""Celery tasks of notifications: each takes ids, calls one service, and is safe to run twice.

Every task is acknowledged late (a worker that dies mid-task leaves it for another), has a time limit, and
retries transient failures (database or mail server unreachable) with exponential backoff.
"""

import datetime as dt
import logging
from collections.abc import Callable

from celery import Task, shared_task
from django.db import DatabaseError
from django.utils import timezone

logger = logging.getLogger(__name__)

TASK_OPTIONS = {"acks_late": True, "time_limit": 120, "soft_time_limit": 100}
TRANSIENT = (DatabaseError, OSError)


@shared_task(
    **TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=5, retry_backoff_max=600, max_retries=5, retry_jitter=True
)
def event_dispatch(event_id: int) -> int:
    """Notifications and webhook deliveries for one launch event (once)."""
    from notifications import services

    return services.event_dispatch(event_id=event_id)


@shared_task(
    **TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=5, retry_backoff_max=600, max_retries=5, retry_jitter=True
)
def launch_conflicts_check(launch_id: int) -> int:
    """Tell assignees whose task a slipping dependency pushed into conflict (once per plan version)."""
    from notifications import services

    return services.launch_conflicts_check(launch_id=launch_id)


# Attempts of a delivery are counted on its row (EMAIL_MAX_ATTEMPTS, WEBHOOK_MAX_ATTEMPTS); this only bounds
# Celery's own bookkeeping.
DELIVERY_CELERY_MAX_RETRIES = 50


def deliver_then_retry_when_due(task: Task, deliver: Callable[[], float | None]) -> str:
    """Run one attempt of a delivery (an email, a webhook post) whose row says when the next attempt is due:
    `deliver` answers that wait, or None when there is nothing more to do. A worker retries after the wait; run
    eagerly (no broker: on the in-process pool, or inline in tests), the task does not wait there, and the
    periodic resume sweep retries the delivery when due. A database error is retried with backoff."""
    try:
        wait = deliver()
    except DatabaseError as exc:
        raise task.retry(exc=exc, countdown=min(600, 5 * 2**task.request.retries)) from exc
    if wait is None:
        return "done"
    if task.request.is_eager:
        return "due again later"
    raise task.retry(countdown=wait)


@shared_task(bind=True, **TASK_OPTIONS, max_retries=DELIVERY_CELERY_MAX_RETRIES)
def email_send(self, delivery_id: int) -> str:
    """Send one email (once); retried with backoff while the mail server fails, then marked failed."""
    from notifications import services

    return deliver_then_retry_when_due(self, lambda: services.email_deliver(delivery_id=delivery_id))


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=3)
def email_deliveries_resume() -> int:
    """Periodic (beat): send again the pending emails whose next attempt is due."""
    from notifications import services

    return services.email_deliveries_resume()


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=3)
def reminders_send() -> int:
    """Periodic (beat): due-soon and overdue reminders, and the conflict check of every active launch."""
    from notifications import services

    return services.reminders_send()


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=3)
def embargoes_lifting_notify() -> int:
    """Periodic (beat): announce, once per embargo moment, approved communications whose embargo lifts soon."""
    from notifications import services

    return services.embargoes_lifting_notify()


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=3)
def digests_send(day: str | None = None) -> int:
    """Periodic (beat): one digest task per person who gets a digest today; answers how many were enqueued."""
    from notifications import services

    day = day or timezone.now().date().isoformat()
    user_ids = services.digest_recipients()
    for user_id in user_ids:
        digest_send.delay(user_id, day)
    return len(user_ids)


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=3)
def digest_send(user_id: int, day: str) -> bool:
    """One person's digest for one day (once: the email's key is the person and the day)."""
    from notifications import services

    return services.digest_send(user_id=user_id, day=dt.date.fromisoformat(day)) is not None


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=3)
def events_redispatch() -> int:
    """Periodic (beat): enqueue events whose dispatch was never sent (the broker was down at commit)."""
    from notifications import services

    return services.events_redispatch()

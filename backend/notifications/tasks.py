"""Celery tasks of notifications: each takes ids, calls one service, and is safe to run twice. (The daily digests'
tasks are readiness/tasks.py.)

Every task is acknowledged late (a worker that dies mid-task leaves it for another), has a time limit, and
retries transient failures (database or mail server unreachable) with exponential backoff.
"""

from celery import shared_task

from delivery.celery_tasks import DELIVERY_CELERY_MAX_RETRIES, TASK_OPTIONS, TRANSIENT, deliver_then_retry_when_due
from notifications import conflicts, digests, email, outbox


@shared_task(
    **TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=5, retry_backoff_max=600, max_retries=5, retry_jitter=True
)
def event_dispatch(event_id: int) -> int:
    """Notifications and webhook deliveries for one launch event (once)."""
    return outbox.event_dispatch(event_id=event_id)


@shared_task(
    **TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=5, retry_backoff_max=600, max_retries=5, retry_jitter=True
)
def launch_conflicts_check(launch_id: int, version: int | None = None) -> int:
    """Tell assignees whose task a slipping dependency pushed into conflict (once per plan version; nothing to do
    when a check saw `version`, the one a write made, already)."""
    return conflicts.launch_conflicts_check(launch_id=launch_id, version=version)


@shared_task(bind=True, **TASK_OPTIONS, max_retries=DELIVERY_CELERY_MAX_RETRIES)
def email_send(self, delivery_id: int) -> str:
    """Send one email (once); retried with backoff while the mail server fails, then marked failed."""
    return deliver_then_retry_when_due(self, lambda: email.email_deliver(delivery_id=delivery_id))


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=3)
def email_deliveries_resume() -> int:
    """Periodic (beat): send again the pending emails whose next attempt is due."""
    return email.email_deliveries_resume()


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=3)
def reminders_send() -> int:
    """Periodic (beat): due-soon and overdue reminders, and the conflict check of every active launch."""
    return digests.reminders_send()


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=3)
def embargoes_lifting_notify() -> int:
    """Periodic (beat): announce, once per embargo moment, approved communications whose embargo lifts soon."""
    return outbox.embargoes_lifting_notify()


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=3)
def events_redispatch() -> int:
    """Periodic (beat): enqueue events whose dispatch was never sent (the broker was down at commit)."""
    return outbox.events_redispatch()

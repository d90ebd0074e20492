"""What the Celery tasks around deliveries share: their options, sending after commit, and one attempt that
retries when its row says it is due again."""

from collections.abc import Callable
from typing import Any

from celery import Task
from django.db import DatabaseError, transaction

from core.tasks import task_send

# Acknowledged late (a worker that dies mid-task leaves it for another), with a time limit.
TASK_OPTIONS = {"acks_late": True, "time_limit": 120, "soft_time_limit": 100}
# Worth retrying with backoff: the database or a server (mail, receiver) unreachable.
TRANSIENT = (DatabaseError, OSError)
# Attempts of a delivery are counted on its row (EMAIL_MAX_ATTEMPTS, WEBHOOK_MAX_ATTEMPTS); this only bounds
# Celery's own bookkeeping.
DELIVERY_CELERY_MAX_RETRIES = 50


def enqueue_on_commit(task: Any, *args: Any, countdown: float | None = None) -> None:
    """Send a Celery task once the current transaction commits (without a broker: to the in-process pool, after
    the response; a `countdown` holds it back on a broker only); a broker outage is logged, not raised, because
    the periodic sweeps (events_redispatch, the deliveries' resume sweeps, reminders) pick up what was not sent."""
    transaction.on_commit(lambda: task_send(task, *args, countdown=countdown), robust=True)


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

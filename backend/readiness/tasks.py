"""Celery tasks of readiness: the daily digests. Each takes ids (and a day), calls one function, and is safe to run
twice (the digest's email is keyed by person and day).

Acknowledged late, with a time limit, and retried on transient failures (database or mail server unreachable)
with backoff, as every task (delivery.celery_tasks.TASK_OPTIONS).
"""

import datetime as dt

from celery import shared_task
from django.utils import timezone

from delivery.celery_tasks import TASK_OPTIONS, TRANSIENT
from readiness import digests


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=3)
def digests_send(day: str | None = None) -> int:
    """Periodic (beat): one digest task per person who gets a digest today; answers how many were enqueued."""
    day = day or timezone.now().date().isoformat()
    user_ids = digests.digest_recipients()
    for user_id in user_ids:
        digest_send.delay(user_id, day)
    return len(user_ids)


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=3)
def digest_send(user_id: int, day: str) -> bool:
    """One person's digest for one day (once: the email's key is the person and the day)."""
    return digests.digest_send(user_id=user_id, day=dt.date.fromisoformat(day)) is not None

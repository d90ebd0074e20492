"""Celery tasks of webhooks: post one delivery (idempotent), retried with exponential backoff."""

from celery import shared_task
from django.db import DatabaseError

from notifications.tasks import retry_later

# Attempts are counted on the delivery (WEBHOOK_MAX_ATTEMPTS); this only bounds Celery's own bookkeeping.
CELERY_MAX_RETRIES = 50


@shared_task(bind=True, acks_late=True, time_limit=120, soft_time_limit=100, max_retries=CELERY_MAX_RETRIES)
def webhook_deliver(self, delivery_id: int) -> str:
    """Post the delivery; when it failed in a way worth retrying, run again after the backoff."""
    from webhooks import services

    try:
        wait = services.webhook_deliver(delivery_id=delivery_id)
    except DatabaseError as exc:
        raise self.retry(exc=exc, countdown=min(600, 5 * 2**self.request.retries)) from exc
    if wait is None:
        return "done"
    return retry_later(self, wait, delivery_id)

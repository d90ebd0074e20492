"""Celery tasks of webhooks: post one delivery (idempotent), retried with exponential backoff."""

from celery import shared_task
from django.db import DatabaseError

from delivery.celery_tasks import DELIVERY_CELERY_MAX_RETRIES, TASK_OPTIONS, deliver_then_retry_when_due
from webhooks import services


@shared_task(bind=True, **TASK_OPTIONS, max_retries=DELIVERY_CELERY_MAX_RETRIES)
def webhook_deliver(self, delivery_id: int) -> str:
    """Post the delivery; when it failed in a way worth retrying, run again after the backoff."""
    return deliver_then_retry_when_due(self, lambda: services.webhook_deliver(delivery_id=delivery_id))


@shared_task(**TASK_OPTIONS, autoretry_for=(DatabaseError,), retry_backoff=30, max_retries=3)
def webhook_deliveries_resume() -> int:
    """Periodic (beat): post again the pending deliveries whose next attempt is due."""
    return services.webhook_deliveries_resume()

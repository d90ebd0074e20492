"""Celery tasks of webhooks: post one delivery (idempotent), retried with exponential backoff."""

from celery import shared_task
from django.db import DatabaseError

from notifications.tasks import TASK_OPTIONS

# Attempts are counted on the delivery (WEBHOOK_MAX_ATTEMPTS); this only bounds Celery's own bookkeeping.
CELERY_MAX_RETRIES = 50


@shared_task(bind=True, **TASK_OPTIONS, max_retries=CELERY_MAX_RETRIES)
def webhook_deliver(self, delivery_id: int) -> str:
    """Post the delivery; when it failed in a way worth retrying, run again after the backoff. Run eagerly (no
    broker: inside a web request), it does not wait there: the periodic resume sweep retries it when due."""
    from webhooks import services

    try:
        wait = services.webhook_deliver(delivery_id=delivery_id)
    except DatabaseError as exc:
        raise self.retry(exc=exc, countdown=min(600, 5 * 2**self.request.retries)) from exc
    if wait is None:
        return "done"
    if self.request.is_eager:
        return "due again later"
    raise self.retry(countdown=wait)


@shared_task(**TASK_OPTIONS, autoretry_for=(DatabaseError,), retry_backoff=30, max_retries=3)
def webhook_deliveries_resume() -> int:
    """Periodic (beat): post again the pending deliveries whose next attempt is due."""
    from webhooks import services

    return services.webhook_deliveries_resume()

"""Celery tasks of communications: each takes ids, calls one service, and is safe to run twice (publishing claims
the communication, sending claims the publication: a duplicated or retried task does nothing more)."""

from celery import shared_task

from delivery.celery_tasks import DELIVERY_CELERY_MAX_RETRIES, TASK_OPTIONS, TRANSIENT, deliver_then_retry_when_due


@shared_task(**TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=5, retry_backoff_max=600, max_retries=5)
def communications_publish_due(launch_id: int | None = None) -> int:
    """Periodic (every minute), and after a change that may lift an embargo: publish what is due, once."""
    from communications import services

    return services.communications_publish_due(launch_id=launch_id)


@shared_task(bind=True, **TASK_OPTIONS, max_retries=DELIVERY_CELERY_MAX_RETRIES)
def publication_send(self, publication_id: int) -> str:
    """Send one communication on one channel (once); retried with backoff while the channel fails."""
    from communications import services

    return deliver_then_retry_when_due(self, lambda: services.publication_send(publication_id=publication_id))

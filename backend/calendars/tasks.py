"""Celery tasks of calendars: each takes ids, calls one service, and is safe to run twice."""

from celery import shared_task
from django.db import DatabaseError

TASK_OPTIONS = {"acks_late": True, "time_limit": 300, "soft_time_limit": 240}
TRANSIENT = (DatabaseError, OSError)


@shared_task(
    **TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=5, retry_backoff_max=600, max_retries=5, retry_jitter=True
)
def calendar_entries_update(launch_id: int, version: int | None = None) -> int:
    """Bring one launch's calendar entries up to the plan version a write made (nothing to do when they are
    there; without a version, its current one)."""
    from calendars import services

    return services.calendar_entries_update(launch_id=launch_id, version=version)


@shared_task(**TASK_OPTIONS)
def calendar_entries_sweep() -> int:
    """Catch up launches whose sync was lost; delete entries cancelled long ago."""
    from calendars import services

    return services.calendar_entries_sweep()

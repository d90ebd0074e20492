"""Celery tasks of the launch model: each takes ids, calls one service, and is safe to run twice."""

from celery import shared_task

from delivery.celery_tasks import TASK_OPTIONS, TRANSIENT
from launches import cross_launch


@shared_task(
    **TASK_OPTIONS, autoretry_for=TRANSIENT, retry_backoff=5, retry_backoff_max=600, max_retries=5, retry_jitter=True
)
def cross_launch_links_check(launch_ids: list[int]) -> int:
    """The links between these launches and others, checked after their plans changed (a link that became
    violated is announced once; running twice announces nothing more)."""
    return cross_launch.cross_launch_links_check(launch_ids=launch_ids)

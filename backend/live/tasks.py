"""The Celery task that completes a change's message with what the schedule made of it, and sends it."""

from typing import Any

import orjson
from celery import shared_task
from django.core.cache import cache

from delivery.celery_tasks import TASK_OPTIONS
from launches.models import Launch
from live.layer import group_send, launch_group
from live.timeline_delta import timeline_delta
from readiness.selectors import (
    launch_timeline_cache_key,
    launch_timeline_gzip,
    launch_timeline_json,
    launch_timeline_recent_keys,
)


def launch_change_timeline(launch: Launch) -> dict[str, Any]:
    """The difference between the timeline rendered before the change (what open views hold) and the timeline
    now, rendered and cached as GET /timeline/ caches it, so the readers that come next find it ready."""
    body = launch_timeline_json(launch=launch)
    launch_timeline_gzip(launch=launch)  # and gzipped, for the readers that follow
    key = launch_timeline_cache_key(launch)
    base = next((k for k in launch_timeline_recent_keys(launch) if k != key), None)
    before = cache.get(base) if base else None
    return timeline_delta(None if before is None else orjson.loads(before), orjson.loads(body))


@shared_task(**TASK_OPTIONS, ignore_result=True)
def launch_change_publish(launch_id: int, message: dict[str, Any]) -> None:
    """Send one transaction's change to everyone watching the launch, with its timeline difference when it
    changed the plan (`plan`, which is not sent). Never retried: a view that missed it catches up on its next
    reconnect, and the next change carries a new difference."""
    plan = message.pop("plan")
    launch = Launch.objects.filter(pk=launch_id).first() if plan and not message["deleted"] else None
    message["timeline"] = None if launch is None else launch_change_timeline(launch)
    group_send(launch_group(launch_id), {"type": "live.change", "message": message})

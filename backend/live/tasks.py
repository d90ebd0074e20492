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
    TIMELINE_CACHE_SECONDS,
    launch_timeline_cache_key,
    launch_timeline_json,
    launch_timeline_recent_keys,
)


def launch_change_timeline(launch: Launch) -> dict[str, Any] | None:
    """The difference between the timeline rendered before the change (what open views hold) and the timeline
    now, rendered and cached as GET /timeline/ caches it, so the readers that come next find it ready. None when
    an earlier message already took open views to this version: changes queued behind each other (a burst of
    edits) are rendered and compared once, for the newest plan, and the later ones carry only their notes."""
    body = launch_timeline_json(launch=launch)
    key = launch_timeline_cache_key(launch)
    published = _published_key(launch.pk)
    if cache.get(published) == key:
        return None
    base = next((k for k in launch_timeline_recent_keys(launch) if k != key), None)
    before = cache.get(base) if base else None
    delta = timeline_delta(None if before is None else orjson.loads(before), orjson.loads(body))
    cache.set(published, key, TIMELINE_CACHE_SECONDS)
    return delta


def _published_key(launch_id: int) -> str:
    """Where the task keeps the timeline version its last message took open views to."""
    return f"live:timeline-published:{launch_id}"


@shared_task(**TASK_OPTIONS, ignore_result=True)
def launch_schedule_publish(launch_id: int, actor: dict[str, Any] | None) -> None:
    """Send what the schedule made of a change of the plan (its `change` message went out at commit) to everyone
    watching the launch: the timeline's difference, for the newest plan version; nothing when an earlier message
    took open views there already. Never retried: a view that missed it catches up on its next reconnect, and the
    next change carries a new difference."""
    launch = Launch.objects.filter(pk=launch_id).first()
    delta = None if launch is None else launch_change_timeline(launch)
    if delta is not None:
        message = {"type": "schedule", "launch": launch_id, "actor": actor, "timeline": delta}
        group_send(launch_group(launch_id), {"type": "live.schedule", "message": message})

"""The Celery task that completes a change's message with what the schedule made of it, and sends it."""

import uuid
from collections import OrderedDict
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
    found = cache.get(_published_key(launch.pk))  # (key, token) of the version open views were taken to
    published = tuple(found) if isinstance(found, tuple | list) and len(found) == 2 else None
    if published is not None and published[0] == key:
        return None
    # From the version the last message took open views to: a reader who rendered a version in between (a view
    # that reloaded) holds a body the others do not, and a difference from it would make every other view reload.
    # Before any message, from the newest other render.
    if published is not None:
        base = published[0]
    else:
        base = next((k for k in launch_timeline_recent_keys(launch) if k != key), None)
    after = orjson.loads(body)
    delta = timeline_delta(_parsed_body(launch.pk, base, published), after)
    token = uuid.uuid4().hex
    cache.set(_published_key(launch.pk), (key, token), TIMELINE_CACHE_SECONDS)
    _parsed[launch.pk] = (key, token, after)
    _parsed.move_to_end(launch.pk)
    while len(_parsed) > PARSED_LAUNCHES:
        _parsed.popitem(last=False)
    return delta


# The timeline this worker process took open views to last, parsed, by launch ({launch id: (cache key, token,
# body)}): the next change of the launch usually starts from that version, and finds it here instead of fetching
# megabytes from the cache and parsing them again (26 ms at 5,000 tasks). It counts only while the cache says
# this process's message was the last one (its token): after another worker's message, or a cleared cache, the
# body is read from the cache. The launches changed most recently, at most PARSED_LAUNCHES (a parsed timeline of
# 5,000 tasks holds about 30 MiB).
_parsed: OrderedDict[int, tuple[str, str, dict[str, Any]]] = OrderedDict()
PARSED_LAUNCHES = 2


def _parsed_body(launch_id: int, key: str | None, published: tuple[str, str] | None) -> dict[str, Any] | None:
    """The timeline body cached under `key`, parsed (None when it is gone): the one kept from this process's last
    message when that message was the last sent and took views to `key`, else read from the cache."""
    if key is None:
        return None
    kept = _parsed.get(launch_id)
    if kept is not None and published is not None and (kept[0], kept[1]) == (key, published[1]):
        return kept[2]
    raw = cache.get(key)
    return None if raw is None else orjson.loads(raw)


def _published_key(launch_id: int) -> str:
    """Where the task keeps the timeline version its last message took open views to, with the message's token."""
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

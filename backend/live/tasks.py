"""The Celery task that completes a change's message with what the schedule made of it, and sends it."""

import time
import uuid
from collections import OrderedDict
from typing import Any

import orjson
from celery import shared_task
from django.conf import settings
from django.core.cache import cache

from core.tasks import runs_on_workers, task_send
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


def _published_at_key(launch_id: int) -> str:
    """When the task last rendered and compared the launch's timeline (time.time())."""
    return f"live:schedule-published-at:{launch_id}"


def _trailing_key(launch_id: int) -> str:
    """Set while a publish of the launch waits for its turn (at most one waits per launch)."""
    return f"live:schedule-trailing:{launch_id}"


def _throttled(launch_id: int, actor: dict[str, Any] | None) -> bool:
    """With workers, a launch's timeline is rendered and compared at most once per
    LIVE_SCHEDULE_INTERVAL_SECONDS: a publish that comes sooner leaves one publish scheduled for the end of the
    interval (unless one already waits), which takes views to the newest plan of the whole burst. Answers
    whether this publish gave way so."""
    interval = settings.LIVE_SCHEDULE_INTERVAL_SECONDS
    # Without workers (make run, the tests), the single in-process thread works through a burst and coalesces it
    # as it goes; nothing can be held back for later there.
    if interval <= 0 or not runs_on_workers(launch_schedule_publish):
        return False
    last = cache.get(_published_at_key(launch_id))
    wait = None if last is None else last + interval - time.time()
    if wait is None or wait <= 0:
        return False
    if cache.add(_trailing_key(launch_id), 1, interval + TRAILING_GRACE_SECONDS):
        task_send(launch_schedule_publish, launch_id, actor, True, countdown=wait)
    return True


# How long past its interval a waiting publish still counts as waiting (a worker that died with it scheduled
# lets the next change schedule another after this).
TRAILING_GRACE_SECONDS = 5


@shared_task(**TASK_OPTIONS, ignore_result=True)
def launch_schedule_publish(launch_id: int, actor: dict[str, Any] | None, trailing: bool = False) -> None:
    """Send what the schedule made of a change of the plan (its `change` message went out at commit) to everyone
    watching the launch: the timeline's difference, for the newest plan version; nothing when an earlier message
    took open views there already. With workers, at most once per LIVE_SCHEDULE_INTERVAL_SECONDS per launch (a
    burst of edits is rendered once at its start and once at the end of the interval, not once per edit). Never
    retried: a view that missed it catches up on its next reconnect, and the next change carries a new
    difference."""
    if not trailing and _throttled(launch_id, actor):
        return
    # Before the render reads the plan: a change committed from here on schedules a publish of its own.
    cache.set(_published_at_key(launch_id), time.time(), TIMELINE_CACHE_SECONDS)
    if trailing:
        cache.delete(_trailing_key(launch_id))
    launch = Launch.objects.filter(pk=launch_id).first()
    delta = None if launch is None else launch_change_timeline(launch)
    if delta is not None:
        message = {"type": "schedule", "launch": launch_id, "actor": actor, "timeline": delta}
        group_send(launch_group(launch_id), {"type": "live.schedule", "message": message})

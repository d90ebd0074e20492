"""The outbox: each LaunchEvent row is dispatched once after commit to its followers (notices, webhook
deliveries), rows whose dispatch was lost are sent again, and periodic sweeps record their events once."""

import datetime as dt
from collections.abc import Callable, Sized
from functools import cache

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from delivery.celery_tasks import enqueue_on_commit
from notifications import services, tasks
from notifications.announcements import announcement_of, sweep_of
from notifications.models import EventKind, LaunchEvent, Notification

# A change to the plan may push someone's task into conflict: check after these.
CONFLICT_CHECK_AFTER = frozenset({EventKind.TASK_CREATED, EventKind.TASK_UPDATED, EventKind.T_ZERO_MOVED})

OutboxFollower = Callable[..., Sized]


@cache
def outbox_followers() -> tuple[OutboxFollower, ...]:
    """What each row is dispatched to, in order, named by settings.EVENT_OUTBOX_FOLLOWERS (read once: config sits
    above every app, so it may name webhooks, which notifications may not import). Each is called with
    `event=` the row, in the dispatch's transaction, and answers what it made."""
    return tuple(
        follower if callable(follower) else import_string(follower)
        for follower in import_string(settings.EVENT_OUTBOX_FOLLOWERS)
    )


@transaction.atomic
def event_dispatch(*, event_id: int) -> int:
    """Make an event's notices and webhook deliveries (its outbox followers), once: a second run finds it
    dispatched and returns. After a change to the plan, the launch's conflicts are checked. Answers how many rows
    its followers made."""
    event = (
        LaunchEvent.objects.select_for_update(of=("self",))
        .select_related("launch", "task__assignee", "gate", "actor")
        .filter(pk=event_id)
        .first()
    )
    if event is None or event.dispatched_at is not None:
        return 0
    made = sum(len(follower(event=event)) for follower in outbox_followers())
    if event.kind in CONFLICT_CHECK_AFTER:
        # The version now (the event's or a later one): checks queued behind a busy worker skip what one saw. With
        # workers it waits CONFLICT_CHECK_DELAY_SECONDS: the first check of a burst of edits then sees the newest
        # plan, and the others find their version checked (a schedule of the launch once, not once per edit).
        enqueue_on_commit(
            tasks.launch_conflicts_check,
            event.launch_id,
            event.launch.plan_version,
            countdown=settings.CONFLICT_CHECK_DELAY_SECONDS,
        )
    event.dispatched_at = timezone.now()
    event.save(update_fields=["dispatched_at"])
    return made


def event_notices_create(*, event: LaunchEvent) -> list[Notification]:
    """Tell the people the event's announcement names (its app's announcements.py): one notice per person and
    notification kind, and nobody of what they did themselves. Answers the notices made now."""
    found = announcement_of(event.kind)
    if found is None:
        return []
    seen: set[tuple[int, str]] = set()
    notices = []
    for user, kind, title, body in found.notices(event):
        if (user.pk, kind) in seen or user.pk == event.actor_id:
            continue
        seen.add((user.pk, kind))
        notices.append(
            services.Notice(user, kind, f"event:{event.pk}", title, body, event.launch_id, event.task_id, event.gate_id)
        )
    return services.notifications_create(notices)


def events_redispatch(*, older_than: dt.timedelta = dt.timedelta(minutes=2)) -> int:
    """Enqueue events whose dispatch never ran (the broker was down at commit); answers how many."""
    ids = list(
        LaunchEvent.objects.filter(dispatched_at=None, created_at__lt=timezone.now() - older_than)
        .order_by("id")
        .values_list("pk", flat=True)[:1000]
    )
    for event_id in ids:
        tasks.event_dispatch.delay(event_id)
    return len(ids)


@transaction.atomic
def announcements_sweep(kind: str, *, now: dt.datetime | None = None) -> int:
    """Record the events of `kind` its app's sweep finds due now (notifications/announcements.py
    announcement_sweep), once each: every event's unique dedupe_key names its moment, so running again, or every
    few minutes, records nothing twice. A fixed number of queries (the sweep's own, the keys already recorded,
    one bulk insert, the new events' ids); each is dispatched by its own task after commit. Answers how many
    events it recorded."""
    sweep = sweep_of(kind)
    if sweep is None:
        return 0
    events = sweep(now=now or timezone.now())
    if not events:
        return 0
    known = set(
        LaunchEvent.objects.filter(dedupe_key__in=[event.dedupe_key for event in events]).values_list(
            "dedupe_key", flat=True
        )
    )
    new = [event for event in events if event.dedupe_key not in known]
    if not new:
        return 0
    # A concurrent sweep may have inserted some of them since: the unique key drops those, and dispatching an
    # event twice makes its notices once.
    LaunchEvent.objects.bulk_create(new, ignore_conflicts=True)
    for event_id in LaunchEvent.objects.filter(
        dedupe_key__in=[event.dedupe_key for event in new], dispatched_at=None
    ).values_list("pk", flat=True):
        enqueue_on_commit(tasks.event_dispatch, event_id)
    return len(new)


def embargoes_lifting_notify(*, now: dt.datetime | None = None) -> int:
    """Rule 4's embargoes, announced ahead: each approved, unpublished communication whose embargo lifts within
    EMBARGO_LIFTING_NOTICE_HOURS gets one `communication.embargo_lifting` event per embargo moment (found by
    communications/announcements.py), which tells its author and the office and goes to webhooks. Safe to run
    every few minutes: only a moved T-0 or gate announces again. Answers how many events it recorded."""
    return announcements_sweep(EventKind.COMMUNICATION_EMBARGO_LIFTING, now=now)

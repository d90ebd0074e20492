"""What notifications make of emitted events: an outbox row for each announced one (in the transaction, so
nothing is announced that was rolled back, and nothing committed goes unannounced: events_redispatch), and a
conflict check after a dependency changes."""

from collections.abc import Sequence

from core.tasks import task_send
from delivery.celery_tasks import enqueue_on_commit
from events.kinds import Announced, Event
from notifications import tasks
from notifications.models import LaunchEvent


def launch_events_record(events: Sequence[Announced]) -> None:
    """One outbox row per announced event, inserted in one statement; each is dispatched (notices, emails,
    webhook deliveries) by its own task after commit."""
    rows = LaunchEvent.objects.bulk_create(
        LaunchEvent(
            kind=event.announced_as,
            launch_id=event.launch_id,
            actor=event.actor if event.actor is not None and event.actor.is_authenticated else None,
            task_id=event.announced_task_id(),
            gate_id=event.announced_gate_id(),
            data=event.announcement(),
        )
        for event in events
    )
    for row in rows:
        enqueue_on_commit(tasks.event_dispatch, row.pk)


def launch_conflicts_check_soon(events: Sequence[Event]) -> None:
    """After a new dependency or a longer lag: tell at once the assignees whose task now conflicts (a change
    that announces nothing of its own), rather than at the hourly sweep."""
    for launch_id in sorted({event.launch_id for event in events if event.launch_id is not None}):
        task_send(tasks.launch_conflicts_check, launch_id)

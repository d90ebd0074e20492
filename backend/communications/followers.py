"""What communications do after a change that may let one go out (config/followers.py): an approved item, a
gate approved, a task done, T-0 moved. After commit, the publishing sweep of that launch runs (the periodic one
catches what a lost task misses, and planned moments reached with no change at all)."""

from collections.abc import Sequence

from communications import tasks
from core.tasks import task_send
from events.kinds import Event, TaskUpdated


def communications_publish_follow(events: Sequence[Event]) -> None:
    """A task's change counts only when its status changed (a task embargo waits for it to be done): an edit of
    its dates or title lets nothing out, and the sweep costs each edit of a busy plan a task and its queries."""
    launch_ids = {
        event.launch_id
        for event in events
        if event.launch_id is not None and not (isinstance(event, TaskUpdated) and "status" not in event.changes)
    }
    for launch_id in sorted(launch_ids):
        task_send(tasks.communications_publish_due, launch_id)

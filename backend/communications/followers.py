"""What communications do after a change that may let one go out (config/followers.py): an approved item, a
gate approved, a task done, T-0 moved. After commit, the publishing sweep of that launch runs (the periodic one
catches what a lost task misses, and planned moments reached with no change at all)."""

from collections.abc import Sequence

from communications import tasks
from core.tasks import task_send
from events.kinds import Event


def communications_publish_follow(events: Sequence[Event]) -> None:
    for launch_id in sorted({event.launch_id for event in events if event.launch_id is not None}):
        task_send(tasks.communications_publish_due, launch_id)

"""What follows a change for the people watching (config/followers.py, after commit)."""

from collections import defaultdict
from collections.abc import Sequence

from core.tasks import task_send
from events.kinds import Event, NoticesCreated, UserUpdated
from live import tasks
from live.describe import change_message, told
from live.layer import group_send, user_group


def live_changes_publish(events: Sequence[Event]) -> None:
    """One message per launch and transaction: the note and the changed items now (no query), the timeline's
    difference by the task, off the request."""
    by_launch: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        if isinstance(event, UserUpdated) and event.changes.get("is_active", {}).get("to") is False:
            group_send(user_group(event.id), {"type": "live.close"})  # a deactivated person's open tabs
            continue
        if event.launch_id is not None and told(event):
            by_launch[event.launch_id].append(event)
    for launch_id, mine in sorted(by_launch.items()):
        # Off the request: on the live queue's workers, or without a broker (make run) on its own in-process
        # thread, so a write's answer never waits for the timeline it renders (the next reader's anyway).
        task_send(tasks.launch_change_publish, launch_id, change_message(launch_id, mine))


def live_notices_announce(events: Sequence[NoticesCreated]) -> None:
    """Tell each recipient's open tabs that their unread count changed."""
    for user_id in sorted({user_id for event in events for user_id in event.recipient_ids}):
        group_send(user_group(user_id), {"type": "live.notifications"})

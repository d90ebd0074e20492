"""What follows a change for the people watching (config/followers.py, after commit)."""

from collections import defaultdict
from collections.abc import Sequence

from core.tasks import task_send
from events.kinds import Event, NoticesCreated, UserUpdated
from live import tasks
from live.describe import change_message, told
from live.layer import group_send, launch_group, user_group


def live_changes_publish(events: Sequence[Event]) -> None:
    """One message per launch and transaction, sent now: the note and the changed items (no query); then, when
    the plan changed, what the schedule made of it (the timeline's difference) from the task, off the request."""
    by_launch: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        if isinstance(event, UserUpdated) and event.changes.get("is_active", {}).get("to") is False:
            group_send(user_group(event.id), {"type": "live.close"})  # a deactivated person's open tabs
            continue
        if event.launch_id is not None and told(event):
            by_launch[event.launch_id].append(event)
    for launch_id, mine in sorted(by_launch.items()):
        message = change_message(launch_id, mine)
        # Open views learn who changed what at once, whatever the workers are busy with.
        group_send(launch_group(launch_id), {"type": "live.change", "message": message})
        if message["plan"]:
            # Off the request: on the live queue's workers, or without a broker (make run) on its own in-process
            # thread, so a write's answer never waits for the timeline it renders (the next reader's anyway).
            task_send(tasks.launch_schedule_publish, launch_id, message["actor"])


def live_notices_announce(events: Sequence[NoticesCreated]) -> None:
    """Tell each recipient's open tabs that their unread count changed."""
    for user_id in sorted({user_id for event in events for user_id in event.recipient_ids}):
        group_send(user_group(user_id), {"type": "live.notifications"})

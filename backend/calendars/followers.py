"""Calendar entries follow the plan after commit: one catch-up task per launch and transaction, however many
writes the transaction made (the entries are rebuilt from the launch's plan version, not from the events). With
workers it waits CALENDAR_SYNC_DELAY_SECONDS first: calendar clients poll every few minutes at best, a feed
fetched meanwhile catches up by itself (calendars/views.py), and a launch edited all day long is rebuilt about
once per delay instead of once per edit (each task names its version: those already shown are skipped)."""

from collections.abc import Sequence

from django.conf import settings

from calendars import tasks
from core.tasks import task_send
from events.kinds import DepartmentUpdated, Event
from launches.models import Launch


def calendar_entries_follow(events: Sequence[Event]) -> None:
    launch_ids = {event.launch_id for event in events if event.launch_id is not None}
    renamed = [event.id for event in events if isinstance(event, DepartmentUpdated)]
    if renamed:  # feeds name the department in their summaries
        launch_ids.update(Launch.objects.filter(workstreams__department__in=renamed).values_list("pk", flat=True))
    # The versions these writes made (or later ones): a worker that finds the entries there already skips the
    # rebuild, so a burst of edits queued behind a rebuild costs one more, not one each (one query).
    versions = dict(Launch.objects.filter(pk__in=launch_ids).values_list("pk", "plan_version"))
    for launch_id in sorted(launch_ids):
        task_send(
            tasks.calendar_entries_update,
            launch_id,
            versions.get(launch_id),
            countdown=settings.CALENDAR_SYNC_DELAY_SECONDS,
        )

"""The one step every write to a launch's plan ends with, importable by any app's services (gates, accounts…)
without importing launches.services, which imports theirs."""

from calendars.services import calendar_entries_sync
from launches.models import Launch


def launch_plan_changed(*launch_ids: int) -> None:
    """Every write to a launch's plan bumps its plan_version: the timeline's ETag and Last-Modified follow it.
    Calendar entries (SEQUENCE, LAST-MODIFIED of each feed's events) follow in the same transaction."""
    Launch.objects.filter(pk__in=launch_ids).plan_changed()
    calendar_entries_sync(launch_ids=launch_ids)

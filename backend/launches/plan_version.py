"""The one step every write to a launch's plan ends with, importable by any app's services (gates, accounts…)
without importing launches.services, which imports theirs."""

from calendars.services import calendar_entries_sync_on_commit
from launches.models import Launch


def launch_plan_changed(*launch_ids: int) -> None:
    """Every write to a launch's plan bumps its plan_version (in its transaction): the timeline's ETag and
    Last-Modified follow it. Calendar entries follow after commit, once per launch and transaction."""
    Launch.objects.filter(pk__in=launch_ids).plan_changed()
    calendar_entries_sync_on_commit(*launch_ids)

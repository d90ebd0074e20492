"""What follows changes to a launch's plan, in their transaction: its plan version (the timeline's ETag)."""

from collections.abc import Sequence

from events.kinds import DepartmentUpdated, LaunchCreated, LaunchStatusChanged, PlanChange, TZeroMoved
from launches.models import Launch, LaunchStatus
from launches.services import baseline_save


def launch_plan_versions_raise(events: Sequence[PlanChange | LaunchCreated]) -> None:
    """Every launch whose plan changed gets a new plan version, once per emit (one UPDATE). A T-0 move raised
    it with the move itself; a launch created with its workstreams starts at its first version."""
    created = {event.launch_id for event in events if isinstance(event, LaunchCreated)}
    launch_ids = {
        event.launch_id
        for event in events
        if not isinstance(event, TZeroMoved | LaunchCreated) and event.launch_id not in created and event.launch_id
    }
    if launch_ids:
        Launch.objects.filter(pk__in=launch_ids).plan_changed()


def launches_department_renamed(events: Sequence[DepartmentUpdated]) -> None:
    """Timelines and feeds show department names: the launches the department works on see a new version."""
    Launch.objects.filter(workstreams__department__in=[event.id for event in events]).plan_changed()


def launches_baseline_when_ready(events: Sequence[LaunchStatusChanged]) -> None:
    """A launch that becomes ready gets a baseline of its plan as it stands, the current comparison."""
    for event in events:
        if event.changes["status"]["to"] == LaunchStatus.READY:
            launch = Launch.objects.get(pk=event.id)
            name = f"Ready on {launch.updated_at.astimezone(launch.zone).date().isoformat()}"
            baseline_save(actor=event.actor, launch=launch, name=name, auto=True)

"""What follows changes to a launch's plan: in their transaction, its plan version (the timeline's ETag) and the
cycle check across launches; after commit, the check of its links to other launches (docs/cross-launch.md)."""

from collections.abc import Sequence

from core.tasks import task_send
from events.kinds import (
    DepartmentUpdated,
    DependencyCreated,
    LaunchCreated,
    LaunchStatusChanged,
    PlanChange,
    TZeroMoved,
)
from launches import tasks
from launches.cross_launch import cross_launch_cycle_check, cross_launch_dependencies_of, cross_launch_joined
from launches.models import Dependency, Launch, LaunchStatus
from launches.schedule import link_predecessor, link_successor
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


def cross_launch_links_follow(events: Sequence[PlanChange]) -> None:
    """After commit: a launch with links to other launches changed its plan, so those links are checked off the
    request, with the other launches' timelines (one query when it has no such link)."""
    launch_ids = sorted({event.launch_id for event in events if event.launch_id is not None})
    if launch_ids and cross_launch_dependencies_of(launch_ids).exists():
        task_send(tasks.cross_launch_links_check, launch_ids)


def cross_launch_cycles_guard(events: Sequence[DependencyCreated]) -> None:
    """Rule 2 across launches: a new dependency inside a launch is refused when it closes a cycle through links to
    other launches (one query for a launch without any; the other launches are read, never locked)."""
    launch_ids = {event.launch_id for event in events if event.launch_id is not None}
    if not launch_ids or not cross_launch_dependencies_of(launch_ids).exists():
        return
    joined = cross_launch_joined(*launch_ids)
    for row in Dependency.objects.filter(pk__in=[event.id for event in events]).values_list(
        "id",
        "predecessor_id",
        "predecessor_milestone_id",
        "predecessor_gate_id",
        "successor_id",
        "successor_milestone_id",
        named=True,
    ):
        field = (
            "predecessor"
            if row.predecessor_id is not None
            else "predecessor_milestone"
            if row.predecessor_milestone_id is not None
            else "predecessor_gate"
        )
        cross_launch_cycle_check(link_predecessor(row), link_successor(row), joined, field=field, dependency_id=row.id)

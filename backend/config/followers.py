"""What follows each kind of event (events/kinds.py), in one table: emit (events/bus.py) runs its rows in this
order, each with every emitted event that is an instance of its kinds. In the transaction: the audit trail,
the plan version, the rules of other apps that may refuse the write, the outbox. After commit, once per
transaction: the live stream to open views, calendar entries and the conflict check. (The outbox's own
followers, notices, emails and webhook deliveries, are made by its dispatch task: OUTBOX_FOLLOWERS.)

config is the one module above every app, so it alone may name them all; no app imports another to make it
follow."""

from live.followers import live_changes_publish, live_notices_announce

from audit.followers import audit_changes_record
from calendars.followers import calendar_entries_follow
from communications.followers import communications_publish_follow
from events.bus import AFTER_COMMIT, Follow
from events.kinds import (
    Announced,
    Change,
    CommunicationDecided,
    CommunicationTransitioned,
    DepartmentUpdated,
    DependencyCreated,
    DependencyDeleted,
    DependencyUpdated,
    Event,
    GateDecided,
    LaunchCreated,
    LaunchDeleted,
    LaunchStatusChanged,
    NoticesCreated,
    PlanChange,
    TaskCreated,
    TaskDeleted,
    TaskUpdated,
    TZeroMoved,
)
from gates.followers import (
    gates_drop_deleted_criteria,
    gates_follow_task_status,
    gates_guard_launching,
    gates_guard_tasks,
)
from history.followers import history_steps_record
from launches.followers import (
    cross_launch_cycles_guard,
    cross_launch_links_follow,
    launch_plan_versions_raise,
    launches_baseline_when_ready,
    launches_department_renamed,
)
from notifications.followers import launch_conflicts_check_soon, launch_events_record

FOLLOWERS: tuple[Follow, ...] = (
    # In the transaction, in this order.
    Follow((TaskCreated, TaskUpdated), gates_guard_tasks),
    Follow(LaunchStatusChanged, gates_guard_launching),
    Follow(DependencyCreated, cross_launch_cycles_guard),
    Follow(Change, audit_changes_record),
    Follow((PlanChange, LaunchCreated), launch_plan_versions_raise),
    Follow(DepartmentUpdated, launches_department_renamed),
    Follow(LaunchStatusChanged, launches_baseline_when_ready),
    Follow(TaskUpdated, gates_follow_task_status),
    Follow(TaskDeleted, gates_drop_deleted_criteria),
    Follow(Announced, launch_events_record),
    # Last in the transaction: one's own write becomes an undo step once everything else accepted it.
    Follow(
        (TaskCreated, TaskUpdated, TaskDeleted, DependencyCreated, DependencyUpdated, DependencyDeleted, TZeroMoved),
        history_steps_record,
    ),
    # After commit. First the open views (docs/live.md): every change of a launch, whatever its kind.
    Follow(Event, live_changes_publish, AFTER_COMMIT),
    Follow(NoticesCreated, live_notices_announce, AFTER_COMMIT),
    Follow((PlanChange, LaunchCreated, LaunchDeleted, DepartmentUpdated), calendar_entries_follow, AFTER_COMMIT),
    Follow((DependencyCreated, DependencyUpdated), launch_conflicts_check_soon, AFTER_COMMIT),
    # Links to other launches: their timelines show this launch's dates, and a link may now be violated.
    Follow(PlanChange, cross_launch_links_follow, AFTER_COMMIT),
    # What may let an approved communication go out now: its approval, its gate, its task, T-0.
    Follow(
        (CommunicationDecided, CommunicationTransitioned, GateDecided, TaskUpdated, TZeroMoved),
        communications_publish_follow,
        AFTER_COMMIT,
    ),
)

# What the outbox's dispatch makes of each LaunchEvent row (notifications/outbox.py event_dispatch), in this order,
# in its transaction, each called with `event=` the row: the notices its app's announcement names, then the
# deliveries of the webhooks subscribed to its kind. Named by path (settings.EVENT_OUTBOX_FOLLOWERS): notifications
# reads this table lazily, and may not import webhooks itself.
OUTBOX_FOLLOWERS: tuple[str, ...] = (
    "notifications.outbox.event_notices_create",
    "webhooks.services.webhook_deliveries_create",
)

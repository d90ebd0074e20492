"""What gates make of changes to the tasks and launches they guard (PRODUCT.md rule 4), in the transaction:
a follower that raises refuses the write, which is rolled back whole."""

from collections.abc import Sequence

from events.kinds import LaunchStatusChanged, TaskCreated, TaskDeleted, TaskUpdated
from gates import services
from launches.models import LaunchStatus, TaskStatus

STARTED = (TaskStatus.IN_PROGRESS, TaskStatus.DONE)


def gates_guard_tasks(events: Sequence[TaskCreated | TaskUpdated]) -> None:
    """Work after gate G (a task linked after it) cannot start (in progress or done) until G is approved. One
    query, only when a task starts."""
    checked = [event for event in events if event.status in STARTED and "status" in event.changes]
    if checked:
        services.gates_check_tasks_after(checked)


def gates_follow_task_status(events: Sequence[TaskUpdated]) -> None:
    """A criterion that went done may approve its gates; one that left done reopens an approved gate."""
    for event in events:
        if "status" in event.changes:
            services.gate_task_status_changed(
                actor=event.actor, task_id=event.id, title=event.label, status=event.status, old_status=event.old_status
            )


def gates_drop_deleted_criteria(events: Sequence[TaskDeleted]) -> None:
    """Emitted before the task's row goes: each gate it was a criterion of drops it, recorded."""
    for event in events:
        services.gates_criterion_deleted(actor=event.actor, task_id=event.id, title=event.label)


def gates_guard_launching(events: Sequence[LaunchStatusChanged]) -> None:
    """A launch cannot be marked launched until every gate is approved."""
    for event in events:
        if event.changes["status"]["to"] == LaunchStatus.LAUNCHED:
            services.gates_require_all_approved(launch_id=event.id, launch_name=event.label)

"""History follows one's own changes to a launch's plan, in their transaction: each write becomes one undo step
(docs/undo.md). A change that undo or redo applies is not recorded again."""

from collections import defaultdict
from collections.abc import Sequence

from events.kinds import Change, TaskCreated
from history import services


def history_steps_record(events: Sequence[Change]) -> None:
    """One step per person and launch among the write's events; nothing for a change made by T-Minus itself
    (no actor), nor for a playbook's many tasks at once (a new launch: there is nothing to go back to)."""
    if services.history_is_applying():
        return
    writes: dict[tuple[int, int], list[Change]] = defaultdict(list)
    actors = {}
    for event in events:
        actor = event.actor
        if actor is None or not getattr(actor, "pk", None) or event.launch_id is None:
            continue
        writes[(actor.pk, event.launch_id)].append(event)
        actors[actor.pk] = actor
    for (actor_id, launch_id), write in writes.items():
        if sum(isinstance(event, TaskCreated) for event in write) > 1:
            continue
        services.undo_step_record(actor=actors[actor_id], launch_id=launch_id, events=write)

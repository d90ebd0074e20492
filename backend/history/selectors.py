"""Reads of one's undo history: what Undo and Redo would take back or do again (two queries, however long)."""

from dataclasses import dataclass

from accounts.models import User
from history.models import StepState, UndoStep


@dataclass(frozen=True)
class HistoryState:
    undo: UndoStep | None
    redo: UndoStep | None


def history_state(*, actor: User, launch_id: int) -> HistoryState:
    """The person's newest step to undo and oldest to redo in the launch."""
    mine = UndoStep.objects.filter(actor=actor, launch_id=launch_id).only("id", "label", "created_at", "state")
    return HistoryState(
        undo=mine.filter(state=StepState.DONE).order_by("-id").first(),
        redo=mine.filter(state=StepState.UNDONE).order_by("id").first(),
    )

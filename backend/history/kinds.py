"""The one kind of event history emits itself: a step was undone or redone. The changes it applied record their
own events through the services; this row beside them in the audit trail says they came from undo or redo."""

from dataclasses import dataclass

from events.kinds import Change


@dataclass(frozen=True, kw_only=True)
class UndoStepApplied(Change):
    """`changes` holds the step's state, done → undone (an undo) or undone → done (a redo); `message` says which
    and what. Audited only: the plan changes it stands for are events of their own."""

    entity, action = "undostep", "transition"

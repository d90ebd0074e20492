"""Domain errors of undo and redo."""

from core.errors import ConflictError


class NothingToUndoError(ConflictError):
    """The person has no change of theirs in this launch left to undo (or to redo)."""

    code = "nothing_to_undo"


class NothingToRedoError(ConflictError):
    """The person has nothing undone in this launch to redo."""

    code = "nothing_to_redo"


class ChangedSinceError(ConflictError):
    """An item the step would change was changed or deleted since the step: nothing was applied."""

    code = "changed_since"

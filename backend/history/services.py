"""Undo and redo: recording each of one's own plan changes as a step, and applying a step back or again through
the ordinary services, so it is permission-checked, audited and raises the plan version like any change."""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal

from django.db import transaction

from accounts.models import User
from core.db import atomic_with_retry
from core.errors import DomainError
from events.bus import emit
from events.kinds import Change
from history.errors import NothingToRedoError, NothingToUndoError
from history.kinds import UndoStepApplied
from history.labels import step_label
from history.models import STEPS_KEPT, StepState, UndoStep
from history.operations import Applying, operations_from_events
from launches.locks import launch_lock
from launches.models import Launch

Direction = Literal["undo", "redo"]

# Set while a step applies: the changes it makes are the step's, not new steps (and discard no redo).
_applying: ContextVar[bool] = ContextVar("history_applying", default=False)


def history_is_applying() -> bool:
    return _applying.get()


@contextmanager
def _steps_applying() -> Iterator[None]:
    token = _applying.set(True)
    try:
        yield
    finally:
        _applying.reset(token)


def undo_step_record(*, actor: User, launch_id: int, events: Sequence[Change]) -> UndoStep | None:
    """A new change of one's own is a new step to undo: the steps one had undone can no longer be redone, and
    only the newest STEPS_KEPT steps per person and launch are kept."""
    undo, redo = operations_from_events(events)
    if not undo:
        return None
    UndoStep.objects.filter(actor=actor, launch_id=launch_id, state=StepState.UNDONE).update(state=StepState.DISCARDED)
    step = UndoStep.objects.create(actor=actor, launch_id=launch_id, label=step_label(events), undo=undo, redo=redo)
    oldest_kept = (
        UndoStep.objects.filter(actor=actor, launch_id=launch_id)
        .order_by("-id")
        .values_list("id", flat=True)[STEPS_KEPT - 1 : STEPS_KEPT]
    )
    UndoStep.objects.filter(actor=actor, launch_id=launch_id, id__lt=oldest_kept).delete()
    return step


def _next_step(actor: User, launch: Launch, direction: Direction) -> UndoStep | None:
    """Undo takes one's newest done step; redo the oldest of those one undid (they sit above every done one)."""
    if direction == "undo":
        steps = UndoStep.objects.filter(state=StepState.DONE).order_by("-id")
    else:
        steps = UndoStep.objects.filter(state=StepState.UNDONE).order_by("id")
    return steps.select_for_update().filter(actor=actor, launch=launch).first()


def history_step_apply(*, actor: User, launch: Launch, direction: Direction) -> UndoStep:
    """Undo (or redo) the actor's own latest change in the launch, whole or not at all: each operation goes
    through its service as the actor (403 if they may no longer do it), and an item changed or deleted since the
    step refuses it (ChangedSinceError, 409). A refused step changes nothing and is discarded, since it can no
    longer apply as recorded. Answers the step applied."""
    applied: list[int] = []

    def apply() -> UndoStep:
        launch_lock(launch.pk)  # one person's undo and someone's edit of the same plan take turns
        step = _next_step(actor, launch, direction)
        if step is None:
            raise (NothingToUndoError if direction == "undo" else NothingToRedoError)(
                f"You have nothing to {direction} in {launch.name}."
            )
        applied[:] = [step.pk]
        with _steps_applying():
            inverse = Applying(actor=actor, launch_id=launch.pk, verb=direction).run(
                step.undo if direction == "undo" else step.redo
            )
        before = step.state
        if direction == "undo":
            step.redo, step.state = inverse, StepState.UNDONE
        else:
            step.undo, step.state = inverse, StepState.DONE
        step.save(update_fields=["undo", "redo", "state", "updated_at"])
        emit(
            UndoStepApplied(
                actor=actor,
                launch_id=launch.pk,
                id=step.pk,
                label=step.label,
                changes={"state": {"from": before, "to": step.state}},
                message=f"{'Undone' if direction == 'undo' else 'Redone'}: {step.label}",
            )
        )
        return step

    try:
        return atomic_with_retry(apply)
    except DomainError:
        # Refused as it stands (changed since, no longer permitted, a rule of the plan): it would be refused
        # again, and would keep the person from undoing what came before it.
        with transaction.atomic():
            UndoStep.objects.filter(pk__in=applied).update(state=StepState.DISCARDED)
        raise

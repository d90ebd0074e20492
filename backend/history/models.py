"""Undo steps: what one person changed in one launch, and the operations that take it back or do it again."""

from django.conf import settings
from django.db import models

# How many steps each person keeps per launch; older ones go.
STEPS_KEPT = 50


class StepState(models.TextChoices):
    DONE = "done", "Done (can be undone)"
    UNDONE = "undone", "Undone (can be redone)"
    DISCARDED = "discarded", "Discarded (can no longer apply)"


class UndoStep(models.Model):
    """One change by one person to one launch's plan (one write: a drag, a resize, a delete, a T-0 move), with
    the operations that undo it and redo it. A person's steps in a launch are a stack, in id order: undo takes
    the newest done step, redo the oldest undone one; a new change discards the undone ones."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="undo_steps")
    launch = models.ForeignKey("launches.Launch", on_delete=models.CASCADE, related_name="undo_steps")
    label = models.CharField(max_length=300, help_text="What the step did, in plain words.")
    undo = models.JSONField(default=list, help_text="The operations that take the change back (history/operations.py).")
    redo = models.JSONField(default=list, help_text="The operations that make the change again.")
    state = models.CharField(max_length=10, choices=StepState.choices, default=StepState.DONE)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["actor", "launch", "state", "id"])]

    def __str__(self) -> str:
        return self.label


class ReplacedItem(models.Model):
    """An item that undo recreated under a new id (a deleted task or link comes back as a new row): every step,
    anyone's, that names the old id reaches the new one through this row."""

    launch = models.ForeignKey("launches.Launch", on_delete=models.CASCADE, related_name="replaced_items")
    entity = models.CharField(max_length=30)
    old_id = models.BigIntegerField()
    new_id = models.BigIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entity", "old_id"], name="replaced_item_once")]
        indexes = [models.Index(fields=["entity", "new_id"])]

    def __str__(self) -> str:
        return f"{self.entity} {self.old_id} -> {self.new_id}"

"""Approval gates, their criteria and required approvers, and the append-only decision history."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q

from accounts.models import Department
from core.limits import COMMENT_MAX_LENGTH, DESCRIPTION_MAX_LENGTH
from core.models import BaseModel
from launches.models import Launch, ScheduleMode, Task, planned_moment


class GateStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class DecisionKind(models.TextChoices):
    APPROVE = "approve", "Approve"
    REJECT = "reject", "Reject"
    REOPEN = "reopen", "Reopened"


class ApproverKind(models.TextChoices):
    """Whose slot a decision fills: the office's, an approver department's (its lead) or a named approver's."""

    OFFICE = "office", "The office"
    DEPARTMENT = "department", "A department's lead"
    NAMED = "named", "A named approver"


ApproverSlot = tuple[str, int | None]


def approver_slot(*, named: bool, department_id: int | None, actor_id: int | None) -> ApproverSlot:
    """The slot of a decision: ("office", None), ("department", its id) or ("named", the approver's user id)."""
    if named:
        return (ApproverKind.NAMED.value, actor_id)
    if department_id is not None:
        return (ApproverKind.DEPARTMENT.value, department_id)
    return (ApproverKind.OFFICE.value, None)


class Gate(BaseModel):
    """A checkpoint ("Go/No-Go" at T-1): approved when every required approver (the office, the lead of each
    approver department, each named approver) approved the current round and every criterion task is done.
    A reopened gate starts a new round; earlier decisions stay, superseded."""

    launch = models.ForeignKey(Launch, on_delete=models.CASCADE, related_name="gates")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    schedule_mode = models.CharField(max_length=10, choices=ScheduleMode.choices, default=ScheduleMode.ANCHORED)
    offset_days = models.IntegerField(null=True, blank=True)
    at = models.DateTimeField(null=True, blank=True)
    criteria = models.ManyToManyField(Task, blank=True, related_name="criterion_of")
    approver_departments = models.ManyToManyField(
        Department, blank=True, related_name="gates_to_approve", help_text="Their leads approve, with the office."
    )
    approver_users = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="gates_to_approve_by_name",
        help_text="Named approvers (an executive, a reviewer): each approves under their own name, with the office.",
    )
    status = models.CharField(max_length=10, choices=GateStatus.choices, default=GateStatus.PENDING)
    round = models.PositiveIntegerField(default=1, help_text="Grows each time the gate is reopened.")
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["launch_id", "offset_days", "at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(schedule_mode="anchored", offset_days__isnull=False))
                | (Q(schedule_mode="fixed", at__isnull=False)),
                name="gate_anchor_matches_schedule_mode",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def moment(self, launch: Launch) -> dt.datetime:
        """Like a milestone: T-0's local wall time shifted by whole days, or the fixed moment."""
        return planned_moment(launch, schedule_mode=self.schedule_mode, offset_days=self.offset_days, at=self.at)


class GateDecision(models.Model):
    """One decision on a gate, by the approver under their own name: never edited or deleted, only superseded
    by a later decision for the same approver, or by a new round when the gate is reopened."""

    gate = models.ForeignKey(Gate, on_delete=models.CASCADE, related_name="decisions")
    round = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=DecisionKind.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="gate_decisions")
    department = models.ForeignKey(
        Department,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="gate_decisions",
        help_text="The department whose lead decided; empty for the office or a named approver.",
    )
    named = models.BooleanField(
        default=False, help_text="Decided as a named approver of the gate (no department), not for the office."
    )
    comment = models.TextField(blank=True, max_length=COMMENT_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["gate", "round"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(named=False) | Q(department__isnull=True), name="gate_decision_named_has_no_department"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} of {self.gate_id} by {self.actor_id}"

    @property
    def slot(self) -> ApproverSlot:
        return approver_slot(named=self.named, department_id=self.department_id, actor_id=self.actor_id)

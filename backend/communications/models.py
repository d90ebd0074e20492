"""Communications planned for a launch, their embargo, and the office's append-only approval decisions."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q

from accounts.models import Department
from core.limits import BODY_MAX_LENGTH, COMMENT_MAX_LENGTH
from core.models import BaseModel
from gates.models import Gate
from launches.models import Launch, ScheduleMode, planned_moment


class CommunicationKind(models.TextChoices):
    EMPLOYEE_HINT = "employee_hint", "Employee hint"
    SOCIAL_POST = "social_post", "Social post"
    BLOG = "blog", "Blog"
    COMMUNITY_POST = "community_post", "Community forum post"
    PRESS_RELEASE = "press_release", "Press release"
    NEWSLETTER = "newsletter", "Newsletter"


class CommunicationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted for approval"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    PUBLISHED = "published", "Published"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Embargo(models.TextChoices):
    NONE = "none", "No embargo"
    T_ZERO = "t_zero", "Not before T-0"
    GATE = "gate", "Not before a gate is approved"


class CommunicationDecisionKind(models.TextChoices):
    APPROVE = "approve", "Approve"
    REJECT = "reject", "Reject"


class Communication(BaseModel):
    """An outbound item (a post, a press release...) planned at a moment: anchored (days from T-0 at T-0's local
    time) or fixed; embargoed until T-0 or until a gate is approved. It needs the office's approval."""

    launch = models.ForeignKey(Launch, on_delete=models.CASCADE, related_name="communications")
    kind = models.CharField(max_length=20, choices=CommunicationKind.choices)
    channel = models.CharField(max_length=100, blank=True, help_text="Where it appears: LinkedIn, the blog...")
    audience = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True, max_length=BODY_MAX_LENGTH)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="communications")
    department = models.ForeignKey(
        Department,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="communications",
        help_text="The author's department in this launch; empty for the office.",
    )
    schedule_mode = models.CharField(max_length=10, choices=ScheduleMode.choices, default=ScheduleMode.ANCHORED)
    offset_days = models.IntegerField(null=True, blank=True, help_text="Anchored: days from T-0 (-1 is T-1).")
    at = models.DateTimeField(null=True, blank=True, help_text="Fixed: the planned publish moment (UTC).")
    embargo = models.CharField(max_length=10, choices=Embargo.choices, default=Embargo.NONE)
    embargo_gate = models.ForeignKey(
        Gate,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="embargoed_communications",
        help_text="With embargo 'gate': not published before this gate is approved.",
    )
    status = models.CharField(max_length=12, choices=CommunicationStatus.choices, default=CommunicationStatus.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["launch_id", "offset_days", "at", "id"]
        indexes = [models.Index(fields=["launch", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=(Q(schedule_mode="anchored", offset_days__isnull=False))
                | (Q(schedule_mode="fixed", at__isnull=False)),
                name="communication_anchor_matches_schedule_mode",
            ),
            models.CheckConstraint(
                condition=Q(embargo="gate", embargo_gate__isnull=False)
                | (~Q(embargo="gate") & Q(embargo_gate__isnull=True)),
                name="communication_gate_embargo_names_its_gate",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def moment(self, launch: Launch) -> dt.datetime:
        """The planned publish moment: T-0's local wall time shifted by whole days (DST-safe), or the fixed time."""
        return planned_moment(launch, schedule_mode=self.schedule_mode, offset_days=self.offset_days, at=self.at)


class CommunicationDecision(models.Model):
    """The office's decision on a submitted communication, under the decider's name: never edited or deleted;
    a resubmitted item gets a new decision."""

    communication = models.ForeignKey(Communication, on_delete=models.CASCADE, related_name="decisions")
    decision = models.CharField(max_length=10, choices=CommunicationDecisionKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="communication_decisions"
    )
    comment = models.TextField(blank=True, max_length=COMMENT_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.decision} of communication {self.communication_id} by {self.actor_id}"

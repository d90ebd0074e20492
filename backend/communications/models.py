"""Communications planned for a launch, their embargo, and the office's append-only approval decisions."""

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from accounts.models import Department
from core.limits import BODY_MAX_LENGTH, COMMENT_MAX_LENGTH
from core.models import BaseModel
from gates.models import Gate
from launches.models import Launch, ScheduleMode, Task, planned_moment


class CommunicationKind(models.TextChoices):
    EMPLOYEE_HINT = "employee_hint", "Employee hint"
    SOCIAL_POST = "social_post", "Social post"
    BLOG = "blog", "Blog"
    COMMUNITY_POST = "community_post", "Community forum post"
    PRESS_RELEASE = "press_release", "Press release"
    NEWSLETTER = "newsletter", "Newsletter"
    INTERNAL_NOTICE = "internal_notice", "Internal notice"


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
    TASK = "task", "Not before a task is done"


class ApprovalPolicy(models.TextChoices):
    """Who approves a kind of communication (CommunicationPolicy): embargoes apply whatever the policy."""

    OFFICE = "office", "The office approves"
    LEAD = "lead", "The department's lead (or the office) approves"
    NONE = "none", "No approval needed"


# The policy of a kind the office has not set.
DEFAULT_POLICIES = {
    CommunicationKind.INTERNAL_NOTICE: ApprovalPolicy.NONE,
}


class CommunicationDecisionKind(models.TextChoices):
    APPROVE = "approve", "Approve"
    REJECT = "reject", "Reject"


class Communication(BaseModel):
    """An outbound item (a post, a press release...) planned at a moment: anchored (days from T-0 at T-0's local
    time) or fixed; embargoed until T-0 or until a gate is approved. It needs the approval its kind's policy names
    (the office, or the department's lead) and that of each of its named approvers."""

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
    # SET_NULL: a deleted task holds its communications (the embargo never lifts by itself) rather than be blocked.
    embargo_task = models.ForeignKey(
        Task,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="embargoed_communications",
        help_text="With embargo 'task': not published before this task is done.",
    )
    destinations = models.JSONField(
        default=list,
        blank=True,
        help_text='Where it goes out by itself once approved: "newsroom", "email", "webhooks".',
    )
    email_recipients = models.TextField(
        blank=True, max_length=5000, help_text="With the email destination: addresses, one per line or comma."
    )
    share_until = models.DateTimeField(
        null=True, blank=True, help_text="Employee hints: shareable from the planned moment until then."
    )
    status = models.CharField(max_length=12, choices=CommunicationStatus.choices, default=CommunicationStatus.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)
    approvers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="communications_to_approve",
        help_text="Named approvers (an executive, a reviewer): each approves too, with the kind's approver.",
    )
    submission = models.PositiveIntegerField(
        default=0, help_text="How many times it was submitted: decisions count for the submission they name."
    )

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
            models.CheckConstraint(
                condition=Q(embargo="task") | Q(embargo_task__isnull=True),
                name="communication_only_a_task_embargo_names_a_task",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def moment(self, launch: Launch) -> dt.datetime:
        """The planned publish moment: T-0's local wall time shifted by whole days (DST-safe), or the fixed time."""
        return planned_moment(launch, schedule_mode=self.schedule_mode, offset_days=self.offset_days, at=self.at)


class CommunicationDecision(models.Model):
    """A decision on a submitted communication, under the decider's name (its kind's approver, or one of its
    named approvers): never edited or deleted; a resubmitted item gets new decisions."""

    communication = models.ForeignKey(Communication, on_delete=models.CASCADE, related_name="decisions")
    decision = models.CharField(max_length=10, choices=CommunicationDecisionKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="communication_decisions"
    )
    comment = models.TextField(blank=True, max_length=COMMENT_MAX_LENGTH)
    named = models.BooleanField(
        default=False, help_text="Decided as a named approver of the item, not as its kind's approver."
    )
    submission = models.PositiveIntegerField(default=0, help_text="The item's submission it decided.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.decision} of communication {self.communication_id} by {self.actor_id}"


class CommunicationPolicy(BaseModel):
    """Who approves one kind of communication, set by the office; a kind without a row takes DEFAULT_POLICIES, or
    the office's approval."""

    kind = models.CharField(max_length=20, choices=CommunicationKind.choices, unique=True)
    approval = models.CharField(max_length=10, choices=ApprovalPolicy.choices, default=ApprovalPolicy.OFFICE)

    class Meta:
        ordering = ["kind"]
        verbose_name_plural = "communication policies"

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.get_approval_display()}"


class PublicationStatus(models.TextChoices):
    PENDING = "pending", "Going out"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"


class Publication(BaseModel):
    """A communication going out on one channel: made once, when it is published (unique per channel, so a
    duplicated or retried job never sends twice), then sent, retried with backoff, and marked sent or failed."""

    communication = models.ForeignKey(Communication, on_delete=models.CASCADE, related_name="publications")
    channel = models.CharField(max_length=20, help_text="A key of communications.channels.CHANNELS.")
    status = models.CharField(max_length=10, choices=PublicationStatus.choices, default=PublicationStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True, default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    detail = models.CharField(max_length=500, blank=True, help_text="What went out where, in words.")
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["communication_id", "channel"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]
        constraints = [
            models.UniqueConstraint(fields=["communication", "channel"], name="publication_once_per_channel"),
        ]

    def __str__(self) -> str:
        return f"{self.communication_id} on {self.channel}: {self.status}"


class Briefing(BaseModel):
    """An embargoed press briefing: one named journalist's personal, revocable link to one communication, before
    its embargo lifts (no account needed). The link's token is random; only its SHA-256 is stored."""

    communication = models.ForeignKey(Communication, on_delete=models.CASCADE, related_name="briefings")
    name = models.CharField(max_length=200, help_text="The journalist, shown as the page's watermark.")
    email = models.EmailField(blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    time_zone = models.CharField(max_length=64, default="UTC", help_text="The reader's zone for the embargo line.")
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_opened_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["communication_id", "id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.outlet})" if self.outlet else self.name


class BriefingOpen(models.Model):
    """One opening of a briefing link: who (the briefing's journalist), when, from where. Append-only."""

    briefing = models.ForeignKey(Briefing, on_delete=models.CASCADE, related_name="opens")
    opened_at = models.DateTimeField(default=timezone.now, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    embargoed = models.BooleanField(help_text="Whether the page showed the embargoed version.")

    class Meta:
        ordering = ["-opened_at", "-id"]

    def __str__(self) -> str:
        return f"{self.briefing_id} opened at {self.opened_at:%Y-%m-%d %H:%M}"


class ShareNetwork(models.TextChoices):
    LINKEDIN = "linkedin", "LinkedIn"
    X = "x", "X"
    MASTODON = "mastodon", "Mastodon"
    EMAIL = "email", "Email"
    COPY = "copy", "Copied to the clipboard"


class HintShare(models.Model):
    """An employee shared an approved hint (one click on a share link): who, what, where, when. Append-only."""

    communication = models.ForeignKey(Communication, on_delete=models.CASCADE, related_name="shares")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hint_shares")
    network = models.CharField(max_length=10, choices=ShareNetwork.choices)
    shared_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-shared_at", "-id"]

    def __str__(self) -> str:
        return f"{self.user_id} shared {self.communication_id} on {self.network}"

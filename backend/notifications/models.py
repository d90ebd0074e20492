"""Launch events (an outbox written in the causing transaction), the notifications and emails they lead to,
and each user's email preferences."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from core.models import BaseModel


class EventKind(models.TextChoices):
    """What happened to a launch (an outbox row's kind): each has one announcement, registered by the app that owns
    it (notifications/announcements.py), saying who is told; webhooks subscribe to these."""

    TASK_CREATED = "task.created", "Task created"
    TASK_UPDATED = "task.updated", "Task updated"
    TASK_DELETED = "task.deleted", "Task deleted"
    TASK_CONFLICT = "task.conflict", "Task now conflicts with a dependency"
    CROSS_LAUNCH_CONFLICT = "cross_launch.conflict", "Task now conflicts with a task of another launch"
    GATE_CREATED = "gate.created", "Gate created"
    GATE_UPDATED = "gate.updated", "Gate changed"
    GATE_DECIDED = "gate.decided", "Gate decided"
    GATE_REOPENED = "gate.reopened", "Gate reopened"
    T_ZERO_MOVED = "launch.t_zero_moved", "Launch day moved"
    LAUNCH_STATUS_CHANGED = "launch.status_changed", "Launch status changed"
    COMMUNICATION_SUBMITTED = "communication.submitted", "Communication submitted for approval"
    COMMUNICATION_DECIDED = "communication.decided", "Communication approved or rejected"
    COMMUNICATION_EMBARGO_LIFTING = "communication.embargo_lifting", "Communication embargo about to lift"
    COMMUNICATION_PUBLISHED = "communication.published", "Communication went out"
    COMMUNICATION_BROADCAST = "communication.broadcast", "Communication's text posted to webhooks"
    COMMUNICATION_PUBLISH_FAILED = "communication.publish_failed", "Communication failed to go out on a channel"
    COMMUNICATION_PUBLISH_BLOCKED = "communication.publish_blocked", "Someone tried to publish before the embargo"


class NotificationKind(models.TextChoices):
    """Why a person is told something."""

    TASK_ASSIGNED = "task_assigned", "A task was assigned to you"
    TASK_DUE_SOON = "task_due_soon", "A task of yours is due soon"
    TASK_OVERDUE = "task_overdue", "A task of yours is overdue"
    TASK_CONFLICT = "task_conflict", "A dependency slipped and your task now conflicts"
    CROSS_LAUNCH_CONFLICT = "cross_launch_conflict", "Work of another launch slipped and a task now waits on it"
    GATE_AWAITING_APPROVAL = "gate_awaiting_approval", "A gate awaits your approval"
    GATE_DECIDED = "gate_decided", "A gate was decided"
    GATE_REOPENED = "gate_reopened", "A gate was reopened"
    T_ZERO_MOVED = "t_zero_moved", "Launch day moved"
    COMMUNICATION_AWAITING_APPROVAL = "communication_awaiting_approval", "A communication awaits approval"
    COMMUNICATION_DECIDED = "communication_decided", "Your communication was approved or rejected"
    COMMUNICATION_EMBARGO_LIFTING = "communication_embargo_lifting", "An approved communication's embargo lifts soon"
    COMMUNICATION_PUBLISHED = "communication_published", "A communication went out"
    COMMUNICATION_PUBLISH_FAILED = "communication_publish_failed", "A communication failed to go out"
    COMMUNICATION_PUBLISH_BLOCKED = "communication_publish_blocked", "Someone tried to publish before the embargo"


# Besides the notification kinds, a person may opt in to the daily digest email.
DAILY_DIGEST = "daily_digest"
EMAIL_EVENT_CHOICES = [*NotificationKind.choices, (DAILY_DIGEST, "Daily digest")]


class EmailMode(models.TextChoices):
    IMMEDIATE = "immediate", "One email per notification"
    DIGEST = "digest", "Collected in the daily digest"


class LaunchEvent(models.Model):
    """Something that happened to a launch, written in the same transaction as the change (an outbox): the
    notifications and webhook deliveries it leads to are made after commit, exactly once per event."""

    kind = models.CharField(max_length=40, choices=EventKind.choices)
    launch = models.ForeignKey("launches.Launch", on_delete=models.CASCADE, related_name="events")
    task = models.ForeignKey("launches.Task", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    gate = models.ForeignKey("gates.Gate", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    dispatched_at = models.DateTimeField(null=True, blank=True, help_text="When its notifications were made.")
    dedupe_key = models.CharField(
        max_length=200, blank=True, help_text="Set by periodic sweeps: at most one event per key (empty: no limit)."
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["dispatched_at", "created_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["dedupe_key"], condition=~Q(dedupe_key=""), name="launch_event_once_per_dedupe_key"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} on launch {self.launch_id}"


class Notification(BaseModel):
    """One notice to one person. Unique per (recipient, kind, dedupe_key), so a task that runs twice, or a
    reminder sweep that runs every hour, tells a person once."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=40, choices=NotificationKind.choices)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    launch = models.ForeignKey("launches.Launch", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    task = models.ForeignKey("launches.Task", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    gate = models.ForeignKey("gates.Gate", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    url = models.CharField(max_length=300, blank=True, help_text="A path in the app, like /launches/3?task=12.")
    dedupe_key = models.CharField(max_length=200)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True, help_text="Sent by email, alone or in a digest.")

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "kind", "dedupe_key"], name="notification_once_per_key")
        ]
        indexes = [models.Index(fields=["recipient", "read_at"])]

    def __str__(self) -> str:
        return f"{self.kind} for {self.recipient_id}"


class NotificationPreference(BaseModel):
    """Which notifications a person also gets by email, how early reminders come, and how emails are batched."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    email_events = models.JSONField(default=list, blank=True, help_text="Notification kinds (and daily_digest).")
    reminder_days_ahead = models.PositiveSmallIntegerField(default=2)
    email_mode = models.CharField(max_length=10, choices=EmailMode.choices, default=EmailMode.IMMEDIATE)

    def __str__(self) -> str:
        return f"Preferences of {self.user_id}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"


class EmailDelivery(BaseModel):
    """One email, made before it is sent under a unique key; sending marks it sent, so it goes out once."""

    idempotency_key = models.CharField(max_length=200, unique=True)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Empty for an address outside T-Minus (a communication's recipients).",
    )
    to = models.EmailField()
    subject = models.CharField(max_length=300)
    body = models.TextField()
    status = models.CharField(max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(
        null=True,
        blank=True,
        default=timezone.now,
        help_text="While pending: when the next attempt is due (from the start, so a lost task is swept up).",
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "email deliveries"
        indexes = [models.Index(fields=["status", "next_attempt_at"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="pending") | Q(next_attempt_at__isnull=False),
                name="email_delivery_pending_has_next_attempt",
            )
        ]

    def __str__(self) -> str:
        return f"{self.subject} to {self.to}"


class ConflictSnapshot(models.Model):
    """The dependency conflicts a launch had at a plan version: comparing with the next tells whose task a
    slipping dependency pushed into conflict."""

    launch = models.OneToOneField("launches.Launch", on_delete=models.CASCADE, related_name="+")
    plan_version = models.PositiveIntegerField()
    conflicts = models.JSONField(default=list, help_text="[task, predecessor] pairs in conflict.")

    def __str__(self) -> str:
        return f"Conflicts of launch {self.launch_id} at version {self.plan_version}"

"""Webhooks the office registers, and the log of every delivery and attempt."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from core.models import BaseModel


class PayloadFormat(models.TextChoices):
    """How the payload's `text` is written, and escaped, for the tool that receives it."""

    SLACK = "slack", "Slack mrkdwn (also Mattermost, Rocket.Chat)"
    TEAMS = "teams", "Microsoft Teams Markdown"
    JSON = "json", "Plain text, for programs"


class Webhook(BaseModel):
    """A URL that receives the chosen launch events (of one launch, or of every launch), signed with a secret."""

    url = models.URLField(max_length=500)
    launch = models.ForeignKey(
        "launches.Launch", null=True, blank=True, on_delete=models.CASCADE, related_name="webhooks"
    )
    events = models.JSONField(default=list, help_text="Event kinds, like gate.decided.")
    is_active = models.BooleanField(default=True)
    payload_format = models.CharField(
        max_length=10,
        choices=PayloadFormat.choices,
        default=PayloadFormat.SLACK,
        help_text="How the payload's text is written: user text is escaped for this tool.",
    )
    secret = models.CharField(max_length=100, help_text="Signs each payload (HMAC-SHA256).")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.url


class WebhookDeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed"


class WebhookDelivery(BaseModel):
    """One event for one webhook: made once (unique per webhook and event), tried until it succeeds or gives up."""

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.ForeignKey("notifications.LaunchEvent", on_delete=models.CASCADE, related_name="+")
    event_kind = models.CharField(max_length=40)
    payload = models.JSONField()
    status = models.CharField(
        max_length=10, choices=WebhookDeliveryStatus.choices, default=WebhookDeliveryStatus.PENDING
    )
    attempt_count = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(
        null=True,
        blank=True,
        default=timezone.now,
        help_text="While pending: when the next attempt is due (from the start, so a lost task is swept up).",
    )
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        constraints = [
            models.UniqueConstraint(fields=["webhook", "event"], name="webhook_delivery_once_per_event"),
            models.CheckConstraint(
                condition=~Q(status="pending") | Q(next_attempt_at__isnull=False),
                name="webhook_delivery_pending_has_next_attempt",
            ),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.event_kind} to webhook {self.webhook_id}"


class WebhookAttempt(models.Model):
    """One HTTP request of a delivery: its status code or the error."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveIntegerField()
    status_code = models.PositiveIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    duration_ms = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["delivery_id", "number"]
        constraints = [models.UniqueConstraint(fields=["delivery", "number"], name="webhook_attempt_unique_number")]

    def __str__(self) -> str:
        return f"Attempt {self.number} of delivery {self.delivery_id}"

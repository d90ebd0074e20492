"""The audit history: append-only events with field-level changes."""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models


class AuditAction(models.TextChoices):
    CREATE = "create", "Created"
    UPDATE = "update", "Changed"
    DELETE = "delete", "Deleted"
    TRANSITION = "transition", "Status changed"
    MOVE_T_ZERO = "move_t_zero", "Launch day moved"
    DECIDE = "decide", "Gate decision"
    REOPEN = "reopen", "Gate reopened"
    BROADCAST = "broadcast", "Posted to webhooks"
    PUBLISH_FAILED = "publish_failed", "Failed to go out"
    PUBLISH_BLOCKED = "publish_blocked", "Publishing refused before the embargo"
    REVOKE = "revoke", "Revoked"


class AuditEvent(models.Model):
    """One change: who, when, what (entity and field-level before/after). Never edited, never deleted.

    The launch link has no database constraint so the history of a deleted launch stays readable.
    """

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="audit_events"
    )
    launch = models.ForeignKey(
        "launches.Launch",
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="audit_events",
    )
    department = models.ForeignKey(
        "accounts.Department", null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_events"
    )
    action = models.CharField(max_length=20, choices=AuditAction.choices)
    entity = models.CharField(max_length=30, help_text="What kind of thing changed: task, gate, ...")
    entity_id = models.BigIntegerField()
    entity_label = models.CharField(max_length=200, help_text="Its name when it changed.")
    changes = models.JSONField(default=dict, encoder=DjangoJSONEncoder, help_text="{field: {from, to}}")
    message = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["launch", "-created_at"]),
            models.Index(fields=["entity", "entity_id"]),
        ]

    def __str__(self) -> str:
        return f"{self.actor_id} {self.action} {self.entity} {self.entity_id}"

"""Serializers for webhooks and their delivery log."""

from rest_framework import serializers

from core.serializers import ChoiceListField, ModelSerializer
from notifications.models import EventKind
from webhooks.models import Webhook, WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus


class WebhookSerializer(ModelSerializer):
    url = serializers.URLField(max_length=500, help_text="http(s) only; private and loopback addresses are refused.")
    events = ChoiceListField(
        child=serializers.ChoiceField(choices=EventKind.choices), min_length=1, max_length=len(EventKind.choices)
    )

    class Meta:
        model = Webhook
        fields = ["id", "url", "launch", "events", "is_active", "payload_format", "created_at", "updated_at"]
        read_only_fields = ["created_at", "updated_at"]


class WebhookCreatedSerializer(WebhookSerializer):
    secret = serializers.CharField(
        read_only=True, help_text="Shown only in this answer: verify each payload's X-TMinus-Signature with it."
    )

    class Meta(WebhookSerializer.Meta):
        fields = [*WebhookSerializer.Meta.fields, "secret"]


class WebhookAttemptSerializer(ModelSerializer):
    class Meta:
        model = WebhookAttempt
        fields = ["number", "status_code", "error", "duration_ms", "created_at"]
        read_only_fields = fields


class WebhookDeliverySerializer(ModelSerializer):
    status = serializers.ChoiceField(choices=WebhookDeliveryStatus.choices)
    payload = serializers.DictField(read_only=True, help_text="The JSON body posted to the webhook.")
    attempts = WebhookAttemptSerializer(many=True, read_only=True)

    class Meta:
        model = WebhookDelivery
        fields = [
            "id",
            "webhook",
            "event",
            "event_kind",
            "payload",
            "status",
            "attempt_count",
            "next_attempt_at",
            "delivered_at",
            "attempts",
            "created_at",
        ]
        read_only_fields = fields

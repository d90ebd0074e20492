"""Serializers for notifications and email preferences."""

from rest_framework import serializers

from core.serializers import ChoiceListField, ModelSerializer
from notifications.models import EMAIL_EVENT_CHOICES, EmailMode, Notification, NotificationKind, NotificationPreference
from notifications.services import MAX_REMINDER_DAYS


class NotificationSerializer(ModelSerializer):
    kind = serializers.ChoiceField(choices=NotificationKind.choices)
    url = serializers.SerializerMethodField()

    class Meta:
        model = Notification
        fields = ["id", "kind", "title", "body", "launch", "task", "gate", "url", "created_at", "read_at"]
        read_only_fields = fields

    def get_url(self, notification: Notification) -> str | None:
        return notification.url or None


class UnreadCountSerializer(serializers.Serializer):
    count = serializers.IntegerField()


class NotificationListQuerySerializer(serializers.Serializer):
    unread = serializers.BooleanField(required=False, allow_null=True, default=None)


class NotificationPreferenceSerializer(ModelSerializer):
    email_events = ChoiceListField(
        child=serializers.ChoiceField(choices=EMAIL_EVENT_CHOICES),
        max_length=len(EMAIL_EVENT_CHOICES),
        help_text="Notification kinds also sent by email, and daily_digest for the daily digest.",
    )
    reminder_days_ahead = serializers.IntegerField(min_value=0, max_value=MAX_REMINDER_DAYS)
    email_mode = serializers.ChoiceField(choices=EmailMode.choices)

    class Meta:
        model = NotificationPreference
        fields = ["email_events", "reminder_days_ahead", "email_mode"]

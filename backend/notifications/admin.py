"""Notifications, preferences, emails and the event outbox in the admin (read-mostly)."""

from django.contrib import admin

from notifications.models import ConflictSnapshot, EmailDelivery, LaunchEvent, Notification, NotificationPreference


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["title", "recipient", "kind", "created_at", "read_at", "emailed_at"]
    list_filter = ["kind"]
    search_fields = ["title", "recipient__username"]
    list_select_related = ["recipient"]
    raw_id_fields = ["recipient", "launch", "task", "gate"]


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "email_mode", "reminder_days_ahead"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]


@admin.register(EmailDelivery)
class EmailDeliveryAdmin(admin.ModelAdmin):
    list_display = ["subject", "to", "status", "attempts", "sent_at"]
    list_filter = ["status"]
    search_fields = ["subject", "to", "idempotency_key"]
    readonly_fields = [
        "idempotency_key",
        "recipient",
        "to",
        "subject",
        "body",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "last_error",
    ]


@admin.register(LaunchEvent)
class LaunchEventAdmin(admin.ModelAdmin):
    list_display = ["kind", "launch", "actor", "created_at", "dispatched_at"]
    list_filter = ["kind"]
    list_select_related = ["launch", "actor"]
    readonly_fields = ["kind", "launch", "task", "gate", "actor", "data", "created_at", "dispatched_at"]


admin.site.register(ConflictSnapshot)

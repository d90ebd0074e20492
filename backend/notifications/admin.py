"""Notifications, preferences, emails and the event outbox in the admin, read-only: the services write them
(notices and emails follow events; each person sets their own preferences through the API)."""

from django.contrib import admin

from core.admin import ViewOnlyAdminMixin
from notifications.models import ConflictSnapshot, EmailDelivery, LaunchEvent, Notification, NotificationPreference


@admin.register(Notification)
class NotificationAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["title", "recipient", "kind", "created_at", "read_at", "emailed_at"]
    list_filter = ["kind"]
    search_fields = ["title", "recipient__username"]
    list_select_related = ["recipient"]
    raw_id_fields = ["recipient", "launch", "task", "gate"]


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["user", "email_mode", "reminder_days_ahead"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]


@admin.register(EmailDelivery)
class EmailDeliveryAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["subject", "to", "status", "attempts", "sent_at"]
    list_filter = ["status"]
    search_fields = ["subject", "to", "idempotency_key"]


@admin.register(LaunchEvent)
class LaunchEventAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["kind", "launch", "actor", "created_at", "dispatched_at"]
    list_filter = ["kind"]
    list_select_related = ["launch", "actor"]


@admin.register(ConflictSnapshot)
class ConflictSnapshotAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    pass

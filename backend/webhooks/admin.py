"""Webhooks and their delivery log in the admin; the log is read-only."""

from django.contrib import admin

from webhooks.models import Webhook, WebhookAttempt, WebhookDelivery


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    list_display = ["url", "launch", "payload_format", "is_active", "created_at"]
    list_select_related = ["launch"]
    list_filter = ["is_active", "payload_format"]
    readonly_fields = ["secret", "created_by"]


class WebhookAttemptInline(admin.TabularInline):
    model = WebhookAttempt
    extra = 0
    can_delete = False
    readonly_fields = ["number", "status_code", "error", "duration_ms", "created_at"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = ["event_kind", "webhook", "status", "attempt_count", "delivered_at", "created_at"]
    list_filter = ["status", "event_kind"]
    list_select_related = ["webhook"]
    readonly_fields = [
        "webhook",
        "event",
        "event_kind",
        "payload",
        "status",
        "attempt_count",
        "next_attempt_at",
        "delivered_at",
    ]
    inlines = [WebhookAttemptInline]

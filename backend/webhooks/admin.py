"""Webhooks and their delivery log in the admin, read-only: webhooks are registered through the API, whose service
refuses internal addresses and shows the signing secret once; only a superuser reads a secret here. Deleting a
webhook goes through webhook_delete."""

from django.contrib import admin
from django.http import HttpRequest

from core.admin import ServiceAdmin, ViewOnlyAdminMixin
from webhooks import services
from webhooks.models import Webhook, WebhookAttempt, WebhookDelivery


@admin.register(Webhook)
class WebhookAdmin(ViewOnlyAdminMixin, ServiceAdmin):
    deletable = True
    list_display = ["url", "launch", "payload_format", "is_active", "created_at"]
    list_select_related = ["launch"]
    list_filter = ["is_active", "payload_format"]

    def get_exclude(self, request: HttpRequest, obj=None):
        # The secret signs every payload: whoever reads it can forge deliveries to the receiver.
        return () if request.user.is_superuser else ("secret",)

    def delete(self, request, obj):
        services.webhook_delete(actor=request.user, webhook=obj)


class WebhookAttemptInline(admin.TabularInline):
    model = WebhookAttempt
    extra = 0
    can_delete = False
    readonly_fields = ["number", "status_code", "error", "duration_ms", "created_at"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["event_kind", "webhook", "status", "attempt_count", "delivered_at", "created_at"]
    list_filter = ["status", "event_kind"]
    list_select_related = ["webhook"]
    inlines = [WebhookAttemptInline]

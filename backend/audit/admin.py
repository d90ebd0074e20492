"""The audit history in the admin: read-only."""

from django.contrib import admin

from audit.models import AuditEvent
from core.admin import ViewOnlyAdminMixin


@admin.register(AuditEvent)
class AuditEventAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "entity", "entity_label", "launch_id"]
    list_filter = ["action", "entity", "department"]
    search_fields = ["entity_label", "message"]
    list_select_related = ["actor"]

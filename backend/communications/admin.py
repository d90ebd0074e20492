"""Communications in the admin, for office staff, through communications.services; decisions are read-only
(never edited)."""

from django.contrib import admin

from communications import services
from communications.models import Communication, CommunicationDecision
from core.admin import ServiceAdmin, ViewOnlyAdminMixin


class CommunicationDecisionInline(admin.TabularInline):
    model = CommunicationDecision
    extra = 0
    can_delete = False
    fields = ["decision", "actor", "comment", "created_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Communication)
class CommunicationAdmin(ServiceAdmin):
    """Content edits go through communication_update (drafts and rejected items only, the embargo checks);
    drafting and the workflow (submit, decide, publish, withdraw) are the API's."""

    list_display = ["title", "launch", "kind", "status", "embargo", "author"]
    list_filter = ["status", "kind", "embargo", "launch"]
    search_fields = ["title", "channel", "audience"]
    raw_id_fields = ["launch", "author", "department", "embargo_gate"]
    list_select_related = ["launch", "author"]
    readonly_fields = ["author", "status", "published_at"]
    inlines = [CommunicationDecisionInline]
    service_fields = services.COMMUNICATION_FIELDS

    def update(self, request, obj, data):
        services.communication_update(actor=request.user, item=obj, data=data)

    def delete(self, request, obj):
        services.communication_delete(actor=request.user, item=obj)


@admin.register(CommunicationDecision)
class CommunicationDecisionAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["communication", "decision", "actor", "created_at"]
    list_select_related = ["communication", "actor"]

"""Communications in the admin, for office staff; decisions are read-only (never edited)."""

from django.contrib import admin

from communications.models import Communication, CommunicationDecision


class CommunicationDecisionInline(admin.TabularInline):
    model = CommunicationDecision
    extra = 0
    can_delete = False
    fields = ["decision", "actor", "comment", "created_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Communication)
class CommunicationAdmin(admin.ModelAdmin):
    list_display = ["title", "launch", "kind", "status", "embargo", "author"]
    list_filter = ["status", "kind", "embargo", "launch"]
    search_fields = ["title", "channel", "audience"]
    raw_id_fields = ["launch", "author", "department", "embargo_gate"]
    list_select_related = ["launch", "author"]
    inlines = [CommunicationDecisionInline]


@admin.register(CommunicationDecision)
class CommunicationDecisionAdmin(admin.ModelAdmin):
    list_display = ["communication", "decision", "actor", "created_at"]
    list_select_related = ["communication", "actor"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

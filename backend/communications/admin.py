"""Communications in the admin, for office staff; decisions are read-only (never edited)."""

from django.contrib import admin

from communications.models import Communication, CommunicationDecision
from core.admin import ViewOnlyAdminMixin
from launches.admin import PlanChangeAdmin


class CommunicationDecisionInline(admin.TabularInline):
    model = CommunicationDecision
    extra = 0
    can_delete = False
    fields = ["decision", "actor", "comment", "created_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Communication)
class CommunicationAdmin(PlanChangeAdmin):
    """Communications are on the timeline and in the feeds (a change bumps the plan version); their workflow
    (submit, decide, publish) goes through the API, never through an edit here."""

    list_display = ["title", "launch", "kind", "status", "embargo", "author"]
    list_filter = ["status", "kind", "embargo", "launch"]
    search_fields = ["title", "channel", "audience"]
    raw_id_fields = ["launch", "author", "department", "embargo_gate"]
    list_select_related = ["launch", "author"]
    readonly_fields = ["author", "status", "published_at"]
    inlines = [CommunicationDecisionInline]

    def has_add_permission(self, request) -> bool:
        return False  # drafting is the author's, through the API


@admin.register(CommunicationDecision)
class CommunicationDecisionAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["communication", "decision", "actor", "created_at"]
    list_select_related = ["communication", "actor"]

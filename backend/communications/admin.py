"""Communications in the admin, for office staff, through communications.services; decisions are read-only
(never edited)."""

from django.contrib import admin

from communications import services
from communications.models import (
    Briefing,
    BriefingOpen,
    Communication,
    CommunicationDecision,
    CommunicationPolicy,
    HintShare,
    Publication,
)
from core.admin import ServiceAdmin, ViewOnlyAdminMixin


class CommunicationDecisionInline(admin.TabularInline):
    model = CommunicationDecision
    extra = 0
    can_delete = False
    fields = ["decision", "actor", "named", "submission", "comment", "created_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class PublicationInline(admin.TabularInline):
    model = Publication
    extra = 0
    can_delete = False
    fields = ["channel", "status", "attempts", "sent_at", "detail", "last_error"]
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
    raw_id_fields = ["launch", "author", "department", "embargo_gate", "embargo_task"]
    autocomplete_fields = ["approvers"]
    list_select_related = ["launch", "author"]
    readonly_fields = ["author", "status", "submission", "published_at"]
    inlines = [CommunicationDecisionInline, PublicationInline]
    service_fields = (*services.COMMUNICATION_FIELDS, "approvers")

    def update(self, request, obj, data):
        services.communication_update(actor=request.user, item=obj, data=data)

    def delete(self, request, obj):
        services.communication_delete(actor=request.user, item=obj)


@admin.register(CommunicationDecision)
class CommunicationDecisionAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["communication", "decision", "actor", "named", "submission", "created_at"]
    list_filter = ["decision", "named"]
    list_select_related = ["communication", "actor"]


# The workflows own these: publishing (publications), the office's policy screen (policies), PR's briefings and
# their log, employees' shares. The admin shows them.


@admin.register(Publication)
class PublicationAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["communication", "channel", "status", "attempts", "sent_at", "detail"]
    list_filter = ["status", "channel"]
    list_select_related = ["communication"]


@admin.register(CommunicationPolicy)
class CommunicationPolicyAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    """Set on the office's settings screen (PATCH /api/v1/communication-policies/{kind}/, audited)."""

    list_display = ["kind", "approval", "updated_at"]


class BriefingOpenInline(admin.TabularInline):
    model = BriefingOpen
    extra = 0
    can_delete = False
    fields = ["opened_at", "ip_address", "user_agent", "embargoed"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Briefing)
class BriefingAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    """Read-only: a link's token is shown once, in the API's answer, so briefings are made and revoked there."""

    list_display = ["name", "outlet", "communication", "created_by", "created_at", "last_opened_at", "revoked_at"]
    search_fields = ["name", "outlet", "email"]
    list_select_related = ["communication", "created_by"]
    exclude = ["token_digest"]
    inlines = [BriefingOpenInline]


@admin.register(BriefingOpen)
class BriefingOpenAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["briefing", "opened_at", "ip_address", "embargoed"]
    list_select_related = ["briefing"]


@admin.register(HintShare)
class HintShareAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["communication", "user", "network", "shared_at"]
    list_filter = ["network"]
    list_select_related = ["communication", "user"]

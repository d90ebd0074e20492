"""Gates in the admin; decisions are read-only there, as everywhere."""

from django.contrib import admin

from core.admin import ViewOnlyAdminMixin
from gates.models import Gate, GateDecision
from launches.admin import PlanChangeAdmin


class GateDecisionInline(admin.TabularInline):
    model = GateDecision
    extra = 0
    can_delete = False
    readonly_fields = ["round", "kind", "actor", "department", "comment", "created_at"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Gate)
class GateAdmin(PlanChangeAdmin):
    list_display = ["name", "launch", "status", "schedule_mode", "offset_days", "round"]
    list_filter = ["status", "launch"]
    search_fields = ["name"]
    filter_horizontal = ["approver_departments"]
    autocomplete_fields = ["criteria"]
    readonly_fields = ["status", "round", "approved_at"]
    list_select_related = ["launch"]
    inlines = [GateDecisionInline]


@admin.register(GateDecision)
class GateDecisionAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    """The decision history, to browse: decisions are never edited or deleted, only superseded."""

    list_display = ["gate", "round", "kind", "actor", "department", "created_at"]
    list_filter = ["kind", "gate__launch"]
    search_fields = ["gate__name", "comment", "actor__username"]
    list_select_related = ["gate", "actor", "department"]

"""Gates in the admin, through gates.services; decisions are read-only there, as everywhere."""

from django.contrib import admin

from core.admin import ServiceAdmin, ViewOnlyAdminMixin
from gates import services
from gates.models import Gate, GateDecision


class GateDecisionInline(admin.TabularInline):
    model = GateDecision
    extra = 0
    can_delete = False
    readonly_fields = ["round", "kind", "actor", "department", "named", "comment", "created_at"]

    def has_add_permission(self, request, obj=None):
        return False


GATE_FIELDS = (
    "name",
    "description",
    "schedule_mode",
    "offset_days",
    "at",
    "criteria",
    "approver_departments",
    "approver_users",
)


@admin.register(Gate)
class GateAdmin(ServiceAdmin):
    """Its status follows its decisions and criteria (gate_update re-evaluates it); decisions go through the
    API, under the approver's own name."""

    list_display = ["name", "launch", "status", "schedule_mode", "offset_days", "round"]
    list_filter = ["status", "launch"]
    search_fields = ["name"]
    filter_horizontal = ["approver_departments"]
    autocomplete_fields = ["criteria", "approver_users"]
    readonly_fields = ["status", "round", "approved_at"]
    list_select_related = ["launch"]
    inlines = [GateDecisionInline]
    add_fields = ("launch", *GATE_FIELDS)
    service_fields = GATE_FIELDS

    def create(self, request, data):
        return services.gate_create(actor=request.user, **data)

    def update(self, request, obj, data):
        services.gate_update(actor=request.user, gate=obj, data=data)

    def delete(self, request, obj):
        services.gate_delete(actor=request.user, gate=obj)


@admin.register(GateDecision)
class GateDecisionAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    """The decision history, to browse: decisions are never edited or deleted, only superseded."""

    list_display = ["gate", "round", "kind", "actor", "department", "named", "created_at"]
    list_filter = ["kind", "named", "gate__launch"]
    search_fields = ["gate__name", "comment", "actor__username"]
    list_select_related = ["gate", "actor", "department"]

"""Playbooks in the admin, for office staff: a playbook with its calendar and items inline. Playbooks are
templates, in no launch's plan until playbook_instantiate (with its checks and events) makes one from them, so
their items are edited here directly; deleting a playbook goes through playbook_delete (audited)."""

from django.contrib import admin

from playbooks import services
from playbooks.models import (
    Playbook,
    PlaybookCommunication,
    PlaybookDependency,
    PlaybookGate,
    PlaybookMilestone,
    PlaybookRole,
    PlaybookTask,
)


class SamePlaybookInline(admin.TabularInline):
    """An inline whose references to the playbook's own items (a role, a gate) offer only that playbook's."""

    extra = 0
    same_playbook_fields: tuple[str, ...] = ()

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.same_playbook_fields:
            playbook_id = request.resolver_match.kwargs.get("object_id") if request.resolver_match else None
            kwargs["queryset"] = db_field.related_model.objects.filter(playbook_id=playbook_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class PlaybookRoleInline(admin.TabularInline):
    model = PlaybookRole
    extra = 0
    fields = ["label", "department", "role"]


class PlaybookTaskInline(SamePlaybookInline):
    model = PlaybookTask
    same_playbook_fields = ("assignee_role",)
    fields = [
        "department",
        "title",
        "schedule_mode",
        "offset_days",
        "duration_days",
        "duration_count",
        "due_time",
        "needed_for_launch",
        "assignee_role",
    ]


class PlaybookMilestoneInline(admin.TabularInline):
    model = PlaybookMilestone
    extra = 0
    fields = ["name", "schedule_mode", "offset_days", "at_time", "description"]


class PlaybookGateInline(admin.TabularInline):
    model = PlaybookGate
    extra = 0
    fields = ["name", "schedule_mode", "offset_days", "at_time"]
    show_change_link = True


class PlaybookCommunicationInline(SamePlaybookInline):
    model = PlaybookCommunication
    same_playbook_fields = ("embargo_gate",)
    fields = [
        "kind",
        "title",
        "department",
        "channel",
        "schedule_mode",
        "offset_days",
        "at_time",
        "embargo",
        "embargo_gate",
    ]
    show_change_link = True


@admin.register(Playbook)
class PlaybookAdmin(admin.ModelAdmin):
    list_display = ["name", "offset_count", "created_by", "created_at"]
    list_select_related = ["created_by"]
    search_fields = ["name", "description"]
    filter_horizontal = ["departments"]
    readonly_fields = ["created_by"]
    fieldsets = [
        (None, {"fields": ["name", "description", "departments", "created_by"]}),
        (
            "Working calendar",
            {
                "fields": ["offset_count", "working_weekdays", "holiday_regions", "closures", "time_zone"],
                "description": "Closures are [{name, start_offset, end_offset}] in calendar days from T-0; fixed "
                "items keep their day and time in the time zone.",
            },
        ),
    ]
    inlines = [
        PlaybookRoleInline,
        PlaybookTaskInline,
        PlaybookMilestoneInline,
        PlaybookGateInline,
        PlaybookCommunicationInline,
    ]

    def delete_model(self, request, obj):
        services.playbook_delete(actor=request.user, playbook=obj)

    def delete_queryset(self, request, queryset):
        for playbook in list(queryset):
            services.playbook_delete(actor=request.user, playbook=playbook)


@admin.register(PlaybookRole)
class PlaybookRoleAdmin(admin.ModelAdmin):
    list_display = ["label", "playbook", "department", "role"]
    list_filter = ["playbook", "department", "role"]
    search_fields = ["label"]
    list_select_related = ["playbook", "department"]


@admin.register(PlaybookTask)
class PlaybookTaskAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "playbook",
        "department",
        "schedule_mode",
        "offset_days",
        "duration_days",
        "duration_count",
        "assignee_role",
        "needed_for_launch",
    ]
    list_filter = ["playbook", "department"]
    search_fields = ["title"]
    list_select_related = ["playbook", "department", "assignee_role"]
    raw_id_fields = ["assignee_role"]


@admin.register(PlaybookGate)
class PlaybookGateAdmin(admin.ModelAdmin):
    list_display = ["name", "playbook", "schedule_mode", "offset_days", "at_time"]
    list_filter = ["playbook"]
    search_fields = ["name"]
    filter_horizontal = ["approver_departments"]
    autocomplete_fields = ["criteria"]
    list_select_related = ["playbook"]


@admin.register(PlaybookDependency)
class PlaybookDependencyAdmin(admin.ModelAdmin):
    """A link of a playbook: a task, milestone or gate before; a task or milestone after (work after a gate is a
    link from the gate)."""

    list_display = ["before", "after", "type", "lag_days", "lag_count", "playbook"]
    list_filter = ["playbook"]
    raw_id_fields = ["predecessor", "predecessor_milestone", "predecessor_gate", "successor", "successor_milestone"]
    list_select_related = [
        "playbook",
        "predecessor",
        "predecessor_milestone",
        "predecessor_gate",
        "successor",
        "successor_milestone",
    ]

    @admin.display(description="predecessor")
    def before(self, obj: PlaybookDependency) -> str:
        node = obj.predecessor or obj.predecessor_milestone or obj.predecessor_gate
        kind = "" if obj.predecessor_id is not None else "Milestone " if obj.predecessor_milestone_id else "Gate "
        return f"{kind}{node}"

    @admin.display(description="successor")
    def after(self, obj: PlaybookDependency) -> str:
        return f"Milestone {obj.successor_milestone}" if obj.successor_milestone_id else str(obj.successor)


@admin.register(PlaybookMilestone)
class PlaybookMilestoneAdmin(admin.ModelAdmin):
    list_display = ["name", "playbook", "schedule_mode", "offset_days", "at_time"]
    list_filter = ["playbook"]
    list_select_related = ["playbook"]


@admin.register(PlaybookCommunication)
class PlaybookCommunicationAdmin(admin.ModelAdmin):
    list_display = ["title", "playbook", "kind", "department", "schedule_mode", "offset_days", "at_time", "embargo"]
    list_filter = ["playbook", "kind", "embargo"]
    search_fields = ["title", "body"]
    list_select_related = ["playbook", "department"]
    raw_id_fields = ["embargo_gate"]

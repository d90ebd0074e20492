"""Admin for the launch model, usable by office staff: every write goes through launches.services."""

from django.contrib import admin

from core.admin import ServiceAdmin, ServiceInlineMixin, ViewOnlyAdminMixin
from launches import cross_launch, services
from launches.models import (
    Baseline,
    BaselineTask,
    CrossLaunchDependency,
    Dependency,
    Launch,
    Milestone,
    Task,
    TaskComment,
    Workstream,
)


class WorkstreamInline(ViewOnlyAdminMixin, admin.TabularInline):
    """Shown with the launch; each is changed on its own page, through workstream_update."""

    model = Workstream
    extra = 0
    fields = ["department", "lead", "notes"]
    show_change_link = True


class MilestoneInline(ViewOnlyAdminMixin, admin.TabularInline):
    model = Milestone
    extra = 0
    fields = ["name", "schedule_mode", "offset_days", "at"]
    show_change_link = True


@admin.register(Launch)
class LaunchAdmin(ServiceAdmin):
    """Status and T-0 go through launch_update too, which hands them to launch_set_status (the lifecycle, every
    gate approved before launch) and launch_move_t_zero (rule 1)."""

    list_display = ["name", "status", "t_zero", "time_zone", "owner"]
    list_filter = ["status"]
    search_fields = ["name"]
    date_hierarchy = "t_zero"
    autocomplete_fields = ["owner"]
    list_select_related = ["owner"]
    inlines = [WorkstreamInline, MilestoneInline]
    add_fields = ("name", "description", "t_zero", "time_zone", *services.CALENDAR_FIELDS)
    service_fields = ("name", "description", "t_zero", "time_zone", "status", "owner", *services.CALENDAR_FIELDS)

    def create(self, request, data):
        return services.launch_create(actor=request.user, **data)

    def update(self, request, obj, data):
        services.launch_update(actor=request.user, launch=obj, data=data)

    def delete(self, request, obj):
        services.launch_delete(actor=request.user, launch=obj)


@admin.register(Workstream)
class WorkstreamAdmin(ServiceAdmin):
    list_display = ["launch", "department", "lead"]
    list_filter = ["department", "launch"]
    search_fields = ["launch__name", "department__name"]
    autocomplete_fields = ["launch", "department", "lead"]
    list_select_related = ["launch", "department", "lead"]
    add_fields = ("launch", "department", "lead", "notes")
    service_fields = ("lead", "notes")

    def create(self, request, data):
        return services.workstream_create(actor=request.user, **data)

    def update(self, request, obj, data):
        services.workstream_update(actor=request.user, workstream=obj, data=data)

    def delete(self, request, obj):
        services.workstream_delete(actor=request.user, workstream=obj)


class PredecessorInline(ServiceInlineMixin, admin.TabularInline):
    """Dependencies are added and changed through the API (or the UI), whose service refuses cycles (rule 2);
    here they are shown, and removed through dependency_delete."""

    model = Dependency
    fk_name = "successor"
    extra = 0
    fields = ["predecessor", "type", "lag_days", "lag_count"]
    readonly_fields = ["predecessor", "type", "lag_days", "lag_count"]
    verbose_name = "depends on"
    verbose_name_plural = "depends on"

    def delete(self, request, obj):
        services.dependency_delete(actor=request.user, dependency=obj)


@admin.register(Task)
class TaskAdmin(ServiceAdmin):
    """Through task_create/task_update: the schedule checks, the gate rule (rule 4), the audit and the events."""

    list_display = [
        "title",
        "workstream",
        "schedule_mode",
        "offset_days",
        "start_date",
        "duration_days",
        "status",
        "assignee",
    ]
    list_filter = ["status", "schedule_mode", "workstream__department", "workstream__launch"]
    search_fields = ["title", "description"]
    autocomplete_fields = ["workstream", "assignee", "collaborators"]
    list_select_related = ["workstream__launch", "workstream__department", "assignee"]
    inlines = [PredecessorInline]
    add_fields = ("workstream", *services.TASK_FIELDS, "collaborators")
    service_fields = ("workstream", *services.TASK_FIELDS, "collaborators")

    def create(self, request, data):
        return services.task_create(actor=request.user, **data)

    def update(self, request, obj, data):
        services.task_update(actor=request.user, task=obj, data=data)

    def delete(self, request, obj):
        services.task_delete(actor=request.user, task=obj)


@admin.register(Dependency)
class DependencyAdmin(ViewOnlyAdminMixin, ServiceAdmin):
    """Shown and deleted (dependency_delete); added and changed through the API, which refuses cycles."""

    deletable = True
    list_display = ["before", "after", "type", "lag_days", "lag_count", "launch"]
    list_filter = ["type"]
    search_fields = ["predecessor__title", "successor__title", "predecessor_milestone__name", "predecessor_gate__name"]
    autocomplete_fields = ["predecessor", "successor"]
    list_select_related = [
        "launch",
        "predecessor",
        "predecessor_milestone",
        "predecessor_gate",
        "successor",
        "successor_milestone",
    ]

    @admin.display(description="predecessor")
    def before(self, obj: Dependency) -> str:
        if obj.predecessor_milestone_id is not None:
            return f"Milestone {obj.predecessor_milestone}"
        if obj.predecessor_gate_id is not None:
            return f"Gate {obj.predecessor_gate}"
        return str(obj.predecessor)

    @admin.display(description="successor")
    def after(self, obj: Dependency) -> str:
        return f"Milestone {obj.successor_milestone}" if obj.successor_milestone_id else str(obj.successor)

    def delete(self, request, obj):
        services.dependency_delete(actor=request.user, dependency=obj)


@admin.register(CrossLaunchDependency)
class CrossLaunchDependencyAdmin(ServiceAdmin):
    """Through launches.cross_launch, the office's: its two tasks in two open launches, no cycle across launches,
    both launches' plan versions and activities."""

    list_display = ["successor", "launch", "predecessor", "predecessor_launch", "type", "lag_days", "violated_at"]
    list_filter = ["type"]
    search_fields = ["successor__title", "predecessor__title", "launch__name", "predecessor_launch__name"]
    autocomplete_fields = ["successor", "predecessor"]
    list_select_related = ["successor", "predecessor", "launch", "predecessor_launch"]
    add_fields = ("successor", "predecessor", *cross_launch.CROSS_LAUNCH_FIELDS)
    service_fields = cross_launch.CROSS_LAUNCH_FIELDS

    def create(self, request, data):
        return cross_launch.cross_launch_dependency_create(actor=request.user, **data)

    def update(self, request, obj, data):
        cross_launch.cross_launch_dependency_update(actor=request.user, dependency=obj, data=data)

    def delete(self, request, obj):
        cross_launch.cross_launch_dependency_delete(actor=request.user, dependency=obj)


@admin.register(Milestone)
class MilestoneAdmin(ServiceAdmin):
    list_display = ["name", "launch", "schedule_mode", "offset_days", "at"]
    list_filter = ["launch"]
    search_fields = ["name"]
    list_select_related = ["launch"]
    add_fields = ("launch", "name", "description", "schedule_mode", "offset_days", "at")
    service_fields = services.MILESTONE_FIELDS

    def create(self, request, data):
        return services.milestone_create(actor=request.user, **data)

    def update(self, request, obj, data):
        services.milestone_update(actor=request.user, milestone=obj, data=data)

    def delete(self, request, obj):
        services.milestone_delete(actor=request.user, milestone=obj)


class BaselineTaskInline(ViewOnlyAdminMixin, admin.TabularInline):
    model = BaselineTask
    fields = ["task", "start", "due"]
    extra = 0


@admin.register(Baseline)
class BaselineAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    """Baselines are saved, renamed and picked through the API (launches.services.baseline_*, audited); the
    admin shows them with their dates."""

    list_display = ["name", "launch", "is_current", "created_by", "created_at"]
    list_filter = ["launch", "is_current"]
    list_select_related = ["launch", "created_by"]
    inlines = [BaselineTaskInline]


@admin.register(TaskComment)
class TaskCommentAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    """Comments are kept, never edited (task_comment_create is their only write, through the API)."""

    list_display = ["task", "author", "created_at"]
    search_fields = ["body"]
    autocomplete_fields = ["task", "author"]
    list_select_related = ["task", "author"]

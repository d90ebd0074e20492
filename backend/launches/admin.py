"""Admin for the launch model, usable by office staff."""

from django.contrib import admin

from core.admin import ViewOnlyAdminMixin
from launches.models import Dependency, Launch, Milestone, Task, TaskComment, Workstream
from launches.services import launch_plan_changed


class PlanChangeAdmin(admin.ModelAdmin):
    """Admin edits bypass the services, so they bump the launch's plan version themselves (timeline ETags)."""

    launch_path = "launch_id"

    def _launch_id(self, obj) -> int:
        value = obj
        for part in self.launch_path.split("."):
            value = getattr(value, part)
        return value

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        launch_plan_changed(self._launch_id(obj))

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        launch_plan_changed(self._launch_id(form.instance))

    def delete_model(self, request, obj):
        launch_id = self._launch_id(obj)
        super().delete_model(request, obj)
        launch_plan_changed(launch_id)

    def delete_queryset(self, request, queryset):
        launch_ids = {self._launch_id(obj) for obj in queryset}
        super().delete_queryset(request, queryset)
        launch_plan_changed(*launch_ids)


class WorkstreamInline(admin.TabularInline):
    model = Workstream
    extra = 0
    autocomplete_fields = ["department", "lead"]


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0


@admin.register(Launch)
class LaunchAdmin(PlanChangeAdmin):
    launch_path = "pk"
    list_display = ["name", "status", "t_zero", "time_zone", "owner"]
    list_filter = ["status"]
    search_fields = ["name"]
    date_hierarchy = "t_zero"
    autocomplete_fields = ["owner"]
    list_select_related = ["owner"]
    inlines = [WorkstreamInline, MilestoneInline]


@admin.register(Workstream)
class WorkstreamAdmin(PlanChangeAdmin):
    list_display = ["launch", "department", "lead"]
    list_filter = ["department", "launch"]
    search_fields = ["launch__name", "department__name"]
    autocomplete_fields = ["launch", "department", "lead"]
    list_select_related = ["launch", "department", "lead"]


class ReadOnlyDependencyMixin(ViewOnlyAdminMixin):
    """Dependencies are added and changed through the API (or the UI), whose service refuses cycles (rule 2) and
    records the change; the admin shows and deletes them."""

    deletable = True


class PredecessorInline(ReadOnlyDependencyMixin, admin.TabularInline):
    model = Dependency
    fk_name = "successor"
    extra = 0
    fields = ["predecessor", "lag_days"]
    readonly_fields = ["predecessor", "lag_days"]
    verbose_name = "depends on"
    verbose_name_plural = "depends on"


@admin.register(Task)
class TaskAdmin(PlanChangeAdmin):
    launch_path = "workstream.launch_id"
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
    autocomplete_fields = ["workstream", "assignee"]
    list_select_related = ["workstream__launch", "workstream__department", "assignee"]
    inlines = [PredecessorInline]


@admin.register(Dependency)
class DependencyAdmin(ReadOnlyDependencyMixin, PlanChangeAdmin):
    launch_path = "successor.workstream.launch_id"
    list_display = ["predecessor", "successor", "lag_days"]
    search_fields = ["predecessor__title", "successor__title"]
    autocomplete_fields = ["predecessor", "successor"]
    list_select_related = ["predecessor", "successor"]


@admin.register(Milestone)
class MilestoneAdmin(PlanChangeAdmin):
    list_display = ["name", "launch", "schedule_mode", "offset_days", "at"]
    list_filter = ["launch"]
    search_fields = ["name"]
    list_select_related = ["launch"]


@admin.register(TaskComment)
class TaskCommentAdmin(admin.ModelAdmin):
    list_display = ["task", "author", "created_at"]
    search_fields = ["body"]
    autocomplete_fields = ["task", "author"]
    list_select_related = ["task", "author"]

"""Playbooks in the admin, for office staff: a playbook with its items inline. Playbooks are templates, in no
launch's plan until playbook_instantiate (with its checks and events) makes one from them, so their items are
edited here directly; deleting a playbook goes through playbook_delete (audited)."""

from django.contrib import admin

from playbooks import services
from playbooks.models import Playbook, PlaybookDependency, PlaybookGate, PlaybookMilestone, PlaybookTask


class PlaybookTaskInline(admin.TabularInline):
    model = PlaybookTask
    extra = 0
    fields = ["department", "title", "offset_days", "duration_days", "needed_for_launch", "after_gate"]


class PlaybookMilestoneInline(admin.TabularInline):
    model = PlaybookMilestone
    extra = 0


class PlaybookGateInline(admin.TabularInline):
    model = PlaybookGate
    extra = 0
    fields = ["name", "offset_days"]
    show_change_link = True


@admin.register(Playbook)
class PlaybookAdmin(admin.ModelAdmin):
    list_display = ["name", "created_by", "created_at"]
    list_select_related = ["created_by"]
    search_fields = ["name", "description"]
    filter_horizontal = ["departments"]
    readonly_fields = ["created_by"]
    inlines = [PlaybookTaskInline, PlaybookMilestoneInline, PlaybookGateInline]

    def delete_model(self, request, obj):
        services.playbook_delete(actor=request.user, playbook=obj)

    def delete_queryset(self, request, queryset):
        for playbook in list(queryset):
            services.playbook_delete(actor=request.user, playbook=playbook)


@admin.register(PlaybookTask)
class PlaybookTaskAdmin(admin.ModelAdmin):
    list_display = ["title", "playbook", "department", "offset_days", "duration_days", "needed_for_launch"]
    list_filter = ["playbook", "department"]
    search_fields = ["title"]
    list_select_related = ["playbook", "department"]


@admin.register(PlaybookGate)
class PlaybookGateAdmin(admin.ModelAdmin):
    list_display = ["name", "playbook", "offset_days"]
    list_filter = ["playbook"]
    search_fields = ["name"]
    filter_horizontal = ["approver_departments"]
    autocomplete_fields = ["criteria"]
    list_select_related = ["playbook"]


@admin.register(PlaybookDependency)
class PlaybookDependencyAdmin(admin.ModelAdmin):
    list_display = ["predecessor", "successor", "type", "lag_days", "playbook"]
    list_filter = ["playbook"]
    raw_id_fields = ["predecessor", "successor"]
    list_select_related = ["playbook", "predecessor", "successor"]


@admin.register(PlaybookMilestone)
class PlaybookMilestoneAdmin(admin.ModelAdmin):
    list_display = ["name", "playbook", "offset_days"]
    list_filter = ["playbook"]
    list_select_related = ["playbook"]

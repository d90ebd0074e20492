"""Undo steps in the admin: read-only (they change only through undo and redo, as their owner)."""

from django.contrib import admin

from core.admin import ViewOnlyAdminMixin
from history.models import ReplacedItem, UndoStep


@admin.register(UndoStep)
class UndoStepAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["created_at", "actor", "launch", "label", "state"]
    list_filter = ["state"]
    search_fields = ["label"]
    list_select_related = ["actor", "launch"]


@admin.register(ReplacedItem)
class ReplacedItemAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["entity", "old_id", "new_id", "launch"]
    list_filter = ["entity"]
    list_select_related = ["launch"]

"""Feedback items in the admin, for office staff."""

from django.contrib import admin

from feedback.models import FeedbackItem


@admin.register(FeedbackItem)
class FeedbackItemAdmin(admin.ModelAdmin):
    list_display = ["__str__", "launch", "source", "state", "reported_by", "created_at"]
    list_filter = ["state", "source", "launch"]
    search_fields = ["text", "reported_by"]
    raw_id_fields = ["launch", "task", "duplicate_of", "created_by"]
    list_select_related = ["launch"]

"""Feedback items in the admin, for office staff, through feedback.services."""

from django.contrib import admin

from core.admin import ServiceAdmin
from feedback import services
from feedback.models import FeedbackItem

FEEDBACK_FIELDS = ("task", "source", "text", "reported_by", "state", "duplicate_of")


@admin.register(FeedbackItem)
class FeedbackItemAdmin(ServiceAdmin):
    list_display = ["__str__", "launch", "source", "state", "reported_by", "created_at"]
    list_filter = ["state", "source", "launch"]
    search_fields = ["text", "reported_by"]
    raw_id_fields = ["launch", "task", "duplicate_of", "created_by"]
    list_select_related = ["launch"]
    add_fields = ("launch", *FEEDBACK_FIELDS)
    service_fields = FEEDBACK_FIELDS

    def create(self, request, data):
        return services.feedback_item_create(actor=request.user, **data)

    def update(self, request, obj, data):
        services.feedback_item_update(actor=request.user, item=obj, data=data)

    def delete(self, request, obj):
        services.feedback_item_delete(actor=request.user, item=obj)

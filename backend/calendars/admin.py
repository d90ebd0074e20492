"""Calendar feeds and entries in the admin: read-only (feeds are managed by their owners through the API)."""

from django.contrib import admin

from calendars.models import CalendarEntry, CalendarFeed
from core.admin import ViewOnlyAdminMixin


@admin.register(CalendarFeed)
class CalendarFeedAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    deletable = True
    list_display = ["id", "owner", "kind", "launch", "department", "created_at", "last_fetched_at"]
    list_filter = ["kind"]
    list_select_related = ["owner", "launch", "department"]
    readonly_fields = ["owner", "kind", "launch", "department", "revision", "revision_at", "last_fetched_at"]
    exclude = ["token_salt", "token_digest"]


@admin.register(CalendarEntry)
class CalendarEntryAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    deletable = True
    list_display = ["uid", "kind", "object_id", "launch_id", "summary", "sequence", "last_modified", "cancelled_at"]
    list_filter = ["kind"]
    search_fields = ["uid", "summary"]

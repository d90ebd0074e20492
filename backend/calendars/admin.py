"""Calendar feeds and entries in the admin: read-only, but for revoking a feed. Feeds are made, rotated and
revoked by their owners through the API (calendars.services, audited); the office revokes anyone's here (a
leaked URL), through the same service; entries follow the plan (calendar_entries_sync)."""

from django.contrib import admin
from django.http import HttpRequest

from calendars import services
from calendars.models import CalendarEntry, CalendarFeed, CalendarFeedItem, CalendarSync
from core.admin import ServiceAdmin, ViewOnlyAdminMixin


@admin.register(CalendarFeed)
class CalendarFeedAdmin(ViewOnlyAdminMixin, ServiceAdmin):
    """Shown without its token, and revoked (deleted: its URL answers 404 at once) through the service."""

    deletable = True
    list_display = ["id", "owner", "kind", "launch", "department", "items_shown", "items_left_out", "last_fetched_at"]
    list_filter = ["kind"]
    list_select_related = ["owner", "launch", "department"]
    readonly_fields = [
        "owner",
        "kind",
        "launch",
        "launch_ref",
        "launch_name",
        "department",
        "reminder_minutes",
        "items_shown",
        "items_left_out",
        "left_out_note",
        "left_out_at",
        "revision",
        "revision_at",
        "last_fetched_at",
    ]
    exclude = ["token_salt", "token_digest"]

    def delete(self, request: HttpRequest, obj: CalendarFeed) -> None:
        services.calendar_feed_revoke(actor=request.user, feed=obj)


@admin.register(CalendarEntry)
class CalendarEntryAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["uid", "kind", "object_id", "launch_id", "summary", "sequence", "last_modified", "cancelled_at"]
    list_filter = ["kind"]
    search_fields = ["uid", "summary"]


@admin.register(CalendarSync)
class CalendarSyncAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    """Which plan version each launch's entries were last brought up to (the sync after commit writes it)."""

    list_display = ["launch", "plan_version", "synced_at"]
    list_select_related = ["launch"]


@admin.register(CalendarFeedItem)
class CalendarFeedItemAdmin(ViewOnlyAdminMixin, admin.ModelAdmin):
    """Which entries each feed has shown, and since when one is out of it (shown CANCELLED for 30 days)."""

    list_display = ["feed", "entry_id", "sequence_offset", "left_at"]
    list_select_related = ["feed", "feed__owner"]

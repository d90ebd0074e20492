"""Serializers of calendar feeds: what the API shows of a feed, and what creating one takes."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.models import Department
from calendars import selectors, services
from calendars.models import REMINDER_CHOICES, CalendarFeed, FeedKind
from core.serializers import ModelSerializer, Serializer
from launches.models import Launch


class CalendarFeedSerializer(ModelSerializer):
    """A feed with both forms of its secret URL (in the scheme the server is reached by, http:// or https://, for
    most clients; webcal:// to open a calendar app)."""

    name = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()
    webcal_url = serializers.SerializerMethodField()

    class Meta:
        model = CalendarFeed
        fields = [
            "id",
            "kind",
            "name",
            "launch",
            "department",
            "url",
            "webcal_url",
            "reminder_minutes",
            "items_shown",
            "items_left_out",
            "left_out_note",
            "created_at",
            "last_fetched_at",
        ]
        read_only_fields = fields
        extra_kwargs = {
            "items_shown": {"help_text": "Events in the feed when a calendar last fetched it (null before)."},
            "items_left_out": {"help_text": "Items the size cap left out then (finished work first, then the rest)."},
            "left_out_note": {"help_text": "What was left out, in words; empty when the feed holds everything."},
        }

    def _path(self, feed: CalendarFeed) -> str:
        request = self.context["request"]
        return f"{request.get_host()}/calendars/{services.feed_token(feed)}.ics"

    def get_name(self, feed: CalendarFeed) -> str:
        return selectors.calendar_feed_name(feed)

    @extend_schema_field(
        serializers.URLField(
            help_text="The feed's secret URL, https:// when the server is reached over TLS (behind a proxy: "
            "X-Forwarded-Proto), http:// on a plain-http server; treat it like a password."
        )
    )
    def get_url(self, feed: CalendarFeed) -> str:
        return f"{self.context['request'].scheme}://{self._path(feed)}"

    @extend_schema_field(
        serializers.CharField(
            allow_null=True,
            help_text="The same URL as webcal://, which opens a calendar app; null on a plain-http server, since "
            "calendar apps turn webcal:// into https:// (or, some, into http://, which production refuses).",
        )
    )
    def get_webcal_url(self, feed: CalendarFeed) -> str | None:
        if not self.context["request"].is_secure():
            return None
        return f"webcal://{self._path(feed)}"


class CalendarFeedUpdateSerializer(Serializer):
    reminder_minutes = serializers.ChoiceField(
        choices=REMINDER_CHOICES,
        allow_null=True,
        help_text="A reminder this many minutes before each item (all-day tasks: before 09:00 of their first day), "
        "or null for none.",
    )


class CalendarFeedCreateSerializer(Serializer):
    kind = serializers.ChoiceField(choices=FeedKind.choices)
    launch = serializers.PrimaryKeyRelatedField(
        queryset=Launch.objects.all(), required=False, allow_null=True, default=None, help_text="Launch feeds only."
    )
    department = serializers.PrimaryKeyRelatedField(
        queryset=Department.objects.all(),
        required=False,
        allow_null=True,
        default=None,
        help_text="Department feeds; or, on a launch feed, only that department's tasks.",
    )

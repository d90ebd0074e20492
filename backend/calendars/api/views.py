"""API of calendar feeds: list your feeds, create one, rotate its URL, revoke it."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from calendars import selectors, services
from calendars.api.serializers import (
    CalendarFeedCreateSerializer,
    CalendarFeedSerializer,
    CalendarFeedUpdateSerializer,
)
from calendars.models import CalendarFeed


class CalendarFeedViewSet(mixins.ListModelMixin, mixins.DestroyModelMixin, viewsets.GenericViewSet):
    """Your calendar feeds. Every signed-in user has their own; others see none of them."""

    permission_classes = [IsAuthenticated]
    serializer_class = CalendarFeedSerializer
    queryset = CalendarFeed.objects.none()
    lookup_value_regex = r"[0-9]{1,18}"
    filter_backends: list = []
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return selectors.calendar_feed_list(user=self.request.user)

    def _answer(self, feed: CalendarFeed, code: int = status.HTTP_200_OK) -> Response:
        feed = self.get_queryset().get(pk=feed.pk)
        return Response(self.get_serializer(feed).data, status=code)

    @extend_schema(request=CalendarFeedCreateSerializer, responses={201: CalendarFeedSerializer})
    def create(self, request):
        """A new feed: `user` (mine: my tasks, gates I approve, T-0 and milestones of my launches), `department`
        (its lead, members and the office), or `launch` (anyone; optionally one department's part)."""
        serializer = CalendarFeedCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        feed = services.calendar_feed_create(actor=request.user, **serializer.validated_data)
        return self._answer(feed, status.HTTP_201_CREATED)

    @extend_schema(request=None, responses=CalendarFeedSerializer)
    @action(detail=True, methods=["post"])
    def rotate(self, request, pk=None):
        """Replace the feed's secret URL; the old one answers 404 at once."""
        feed = services.calendar_feed_rotate(actor=request.user, feed=self.get_object())
        return self._answer(feed)

    @extend_schema(request=CalendarFeedUpdateSerializer, responses=CalendarFeedSerializer)
    def partial_update(self, request, pk=None):
        """Switch the feed's reminders: `reminder_minutes` 0, 15, 60 or 1440 before each item, or null for none."""
        serializer = CalendarFeedUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        feed = services.calendar_feed_update(actor=request.user, feed=self.get_object(), **serializer.validated_data)
        return self._answer(feed)

    def perform_destroy(self, instance):
        """Revoke: the feed's URL answers 404 at once."""
        services.calendar_feed_revoke(actor=self.request.user, feed=instance)

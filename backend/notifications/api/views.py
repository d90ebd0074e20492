"""API views for the signed-in person's notifications and email preferences."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, mixins, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from notifications import selectors, services
from notifications.api.serializers import (
    NotificationListQuerySerializer,
    NotificationPreferenceSerializer,
    NotificationSerializer,
    UnreadCountSerializer,
)
from notifications.models import Notification


class NotificationViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """Your notifications, newest first. Nobody sees anyone else's."""

    permission_classes = [IsAuthenticated]
    serializer_class = NotificationSerializer
    filter_backends: list = []
    queryset = Notification.objects.none()
    lookup_value_regex = r"[0-9]{1,18}"

    def get_queryset(self):
        if self.action == "list":
            query = NotificationListQuerySerializer(data=self.request.query_params)
            query.is_valid(raise_exception=True)
            return selectors.notification_list(user=self.request.user, unread=query.validated_data["unread"])
        return selectors.notification_list(user=self.request.user)

    @extend_schema(
        parameters=[OpenApiParameter("unread", OpenApiTypes.BOOL, description="Only unread (true) or read (false).")]
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(responses=UnreadCountSerializer)
    @action(detail=False, methods=["get"], url_path="unread-count")
    def unread_count(self, request):
        """How many of your notifications are unread."""
        return Response({"count": selectors.notification_unread_count(user=request.user)})

    @extend_schema(request=None, responses=NotificationSerializer)
    @action(detail=True, methods=["post"])
    def read(self, request, pk=None):
        """Mark one of your notifications read (again is harmless)."""
        notification = services.notification_mark_read(user=request.user, notification=self.get_object())
        return Response(NotificationSerializer(notification).data)

    @extend_schema(request=None, responses=UnreadCountSerializer)
    @action(detail=False, methods=["post"], url_path="read-all")
    def read_all(self, request):
        """Mark all your notifications read; answers how many were unread."""
        return Response({"count": services.notifications_mark_all_read(user=request.user)})


class NotificationPreferenceView(generics.RetrieveUpdateAPIView):
    """Your email preferences: which notifications also come by email, how many days ahead reminders come,
    and whether emails come one by one or in the daily digest."""

    permission_classes = [IsAuthenticated]
    serializer_class = NotificationPreferenceSerializer
    http_method_names = ["get", "patch", "head", "options"]

    def get_object(self):
        return selectors.notification_preference_get(user=self.request.user)

    def perform_update(self, serializer):
        serializer.instance = services.notification_preference_update(
            user=self.request.user, data=serializer.validated_data
        )

"""API views for feedback items: thin, each write calls one service."""

from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response

from accounts.permissions import CanChangePlanOrReadOnly
from core.schema import ErrorSerializer
from feedback import selectors, services
from feedback.api.serializers import (
    FeedbackImportResultSerializer,
    FeedbackImportSerializer,
    FeedbackItemSerializer,
    FeedbackItemUpdateSerializer,
    FeedbackSummaryQuerySerializer,
    FeedbackSummarySerializer,
)
from feedback.models import FeedbackItem, FeedbackSource, FeedbackState
from launches.api.viewsets import PlanViewSet


class FeedbackItemFilter(filters.FilterSet):
    state = filters.MultipleChoiceFilter(choices=FeedbackState.choices)
    source = filters.MultipleChoiceFilter(choices=FeedbackSource.choices)

    class Meta:
        model = FeedbackItem
        fields = ["launch", "state", "source", "task"]


class FeedbackItemViewSet(PlanViewSet):
    """Feedback from early users on a launch. Everyone signed in reads; the office and Engineering record and
    triage; the office and Engineering's lead delete."""

    permission_classes = [CanChangePlanOrReadOnly]
    filterset_class = FeedbackItemFilter
    ordering_fields = ["created_at", "updated_at", "state", "source"]
    queryset = FeedbackItem.objects.none()

    def get_queryset(self):
        return selectors.feedback_item_list()

    serializer_class = FeedbackItemSerializer
    update_serializer_class = FeedbackItemUpdateSerializer

    def create_object(self, *, data):
        return services.feedback_item_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.feedback_item_update(actor=self.request.user, item=instance, data=data)

    def delete_object(self, *, instance):
        services.feedback_item_delete(actor=self.request.user, item=instance)

    @extend_schema(
        parameters=[OpenApiParameter("launch", OpenApiTypes.INT, required=True, description="The launch.")],
        responses={200: FeedbackSummarySerializer, 400: ErrorSerializer},
    )
    @action(detail=False, methods=["get"], filter_backends=[], pagination_class=None)
    def summary(self, request):
        """How many feedback items of a launch are in each state."""
        query = FeedbackSummaryQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        return Response(selectors.feedback_summary(launch=query.validated_data["launch"]))

    @extend_schema(
        request={"multipart/form-data": FeedbackImportSerializer},
        responses={201: FeedbackImportResultSerializer},
    )
    @action(
        detail=False,
        methods=["post"],
        url_path="import",
        parser_classes=[MultiPartParser],
        filter_backends=[],
        pagination_class=None,
    )
    def import_csv(self, request):
        """Import a CSV file of feedback into a launch: all rows or none; a 400 lists each bad row in extra.rows."""
        serializer = FeedbackImportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        imported = services.feedback_import_csv(actor=request.user, **serializer.validated_data)
        return Response({"imported": imported}, status=status.HTTP_201_CREATED)

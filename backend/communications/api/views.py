"""API views for communications: thin, each write calls one service."""

from django.db import transaction
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from accounts.permissions import CanChangePlanOrReadOnly
from communications import selectors, services
from communications.api.serializers import (
    CommunicationDecideSerializer,
    CommunicationSerializer,
    CommunicationUpdateSerializer,
)
from communications.models import Communication, CommunicationKind, CommunicationStatus
from core.viewsets import IF_MATCH, ServiceModelViewSet


class CommunicationFilter(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=CommunicationStatus.choices)
    kind = filters.MultipleChoiceFilter(choices=CommunicationKind.choices)

    class Meta:
        model = Communication
        fields = ["launch", "status", "kind", "department", "author", "embargo_gate"]


class CommunicationViewSet(ServiceModelViewSet):
    """Outbound communications of a launch. Everyone signed in reads; members of the launch's departments (and
    the office) draft; the author edits, submits, publishes and withdraws; only the office approves."""

    permission_classes = [CanChangePlanOrReadOnly]
    filterset_class = CommunicationFilter
    ordering_fields = ["offset_days", "at", "created_at", "updated_at", "status", "kind", "title"]
    queryset = Communication.objects.none()

    def get_queryset(self):
        return selectors.communication_list()

    def get_serializer_class(self):
        if self.action in ("update", "partial_update"):
            return CommunicationUpdateSerializer
        return CommunicationSerializer

    def create_object(self, *, data):
        return services.communication_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.communication_update(actor=self.request.user, item=instance, data=data)

    def delete_object(self, *, instance):
        services.communication_delete(actor=self.request.user, item=instance)

    def _step(self, service, **kwargs):
        item = self.get_object()
        with transaction.atomic():
            self._check_if_match(item)
            service(actor=self.request.user, item=item, **kwargs)
        item = self._reload(item)
        return self._with_etag(Response(CommunicationSerializer(item).data), item)

    @extend_schema(request=None, responses=CommunicationSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        """The author submits a draft for the office's approval."""
        return self._step(services.communication_submit)

    @extend_schema(request=CommunicationDecideSerializer, responses=CommunicationSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def decide(self, request, pk=None):
        """The office approves or rejects a submitted item (a rejection needs a comment); never edited."""
        serializer = CommunicationDecideSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return self._step(services.communication_decide, **serializer.validated_data)

    @extend_schema(request=None, responses=CommunicationSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        """The author or the office publishes an approved item once its embargo lifted (409 otherwise)."""
        return self._step(services.communication_publish)

    @extend_schema(request=None, responses=CommunicationSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        """The author or the office withdraws an item that is not published."""
        return self._step(services.communication_withdraw)

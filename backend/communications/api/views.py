"""API views for communications: thin, each write calls one service."""

from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action

from accounts.permissions import CanChangePlanOrReadOnly
from communications import selectors, services
from communications.api.serializers import (
    CommunicationDecideSerializer,
    CommunicationSerializer,
    CommunicationUpdateSerializer,
)
from communications.models import Communication, CommunicationKind, CommunicationStatus
from core.viewsets import IF_MATCH
from launches.api.viewsets import PlanViewSet


class CommunicationFilter(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=CommunicationStatus.choices)
    kind = filters.MultipleChoiceFilter(choices=CommunicationKind.choices)

    class Meta:
        model = Communication
        fields = ["launch", "status", "kind", "department", "author", "embargo_gate"]


class CommunicationViewSet(PlanViewSet):
    """Outbound communications of a launch. Everyone signed in reads; members of the launch's departments (and
    the office) draft; the author edits, submits, publishes and withdraws; only the office approves."""

    permission_classes = [CanChangePlanOrReadOnly]
    filterset_class = CommunicationFilter
    ordering_fields = ["offset_days", "at", "created_at", "updated_at", "status", "kind", "title"]
    queryset = Communication.objects.none()

    def get_queryset(self):
        return selectors.communication_list()

    serializer_class = CommunicationSerializer
    update_serializer_class = CommunicationUpdateSerializer

    def create_object(self, *, data):
        return services.communication_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.communication_update(actor=self.request.user, item=instance, data=data)

    def delete_object(self, *, instance):
        services.communication_delete(actor=self.request.user, item=instance)

    def _step(self, service, body=None):
        return self.guarded_action(lambda item, **data: service(actor=self.request.user, item=item, **data), body)

    @extend_schema(request=None, responses=CommunicationSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        """The author submits a draft for the office's approval."""
        return self._step(services.communication_submit)

    @extend_schema(request=CommunicationDecideSerializer, responses=CommunicationSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def decide(self, request, pk=None):
        """The office approves or rejects a submitted item (a rejection needs a comment); never edited."""
        return self._step(services.communication_decide, CommunicationDecideSerializer)

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

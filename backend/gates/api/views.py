"""API views for gates and their decision history."""

from django.db import transaction
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from accounts.permissions import CanChangePlanOrReadOnly, IsOfficeOrReadOnly
from core.viewsets import IF_MATCH, ServiceModelViewSet
from gates import selectors, services
from gates.api.serializers import GateDecideSerializer, GateDecisionSerializer, GateSerializer, GateUpdateSerializer
from gates.models import Gate, GateDecision
from launches.models import Launch


class GateFilter(filters.FilterSet):
    class Meta:
        model = Gate
        fields = ["launch", "status"]


class GateViewSet(ServiceModelViewSet):
    """Approval gates on a launch's timeline. The office defines them; required approvers decide."""

    permission_classes = [IsOfficeOrReadOnly]
    filterset_class = GateFilter
    ordering_fields = ["offset_days", "at", "name", "created_at"]
    queryset = Gate.objects.none()

    def get_queryset(self):
        return selectors.gate_list()

    def get_serializer_class(self):
        return GateUpdateSerializer if self.action in ("update", "partial_update") else GateSerializer

    def get_permissions(self):
        if self.action == "decide":
            return [CanChangePlanOrReadOnly()]
        return super().get_permissions()

    def create_object(self, *, data):
        return services.gate_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.gate_update(actor=self.request.user, gate=instance, data=data)

    def delete_object(self, *, instance):
        services.gate_delete(actor=self.request.user, gate=instance)

    @extend_schema(request=GateDecideSerializer, responses=GateSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def decide(self, request, pk=None):
        """Approve or reject under your own name: for the office, or as the lead of a department the gate names.
        A rejection needs a comment. Decisions are never edited; a later one supersedes."""
        gate = self.get_object()
        serializer = GateDecideSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with transaction.atomic():
            self._check_if_match(gate)
            services.gate_decide(actor=request.user, gate=gate, **serializer.validated_data)
        gate = self._reload(gate)
        return self._with_etag(Response(GateSerializer(gate).data), gate)


class GateDecisionFilter(filters.FilterSet):
    launch = filters.ModelChoiceFilter(field_name="gate__launch", queryset=Launch.objects.all())

    class Meta:
        model = GateDecision
        fields = ["gate", "launch", "round", "kind", "actor"]


class GateDecisionViewSet(viewsets.ReadOnlyModelViewSet):
    """The decision history of gates: append-only."""

    permission_classes = [IsOfficeOrReadOnly]
    serializer_class = GateDecisionSerializer
    filterset_class = GateDecisionFilter
    ordering_fields = ["created_at"]
    lookup_value_regex = r"[0-9]{1,18}"

    def get_queryset(self):
        return selectors.gate_decision_list()

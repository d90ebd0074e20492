"""API views for gates and their decision history."""

from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated

from accounts.permissions import IsOfficeOrReadOnly
from core.viewsets import IF_MATCH
from gates import selectors, services
from gates.api.serializers import (
    GateDecideSerializer,
    GateDecisionSerializer,
    GateReopenSerializer,
    GateSerializer,
    GateUpdateSerializer,
)
from gates.models import Gate, GateDecision
from launches.api.viewsets import PlanViewSet
from launches.models import Launch


class GateFilter(filters.FilterSet):
    class Meta:
        model = Gate
        fields = ["launch", "status"]


class GateViewSet(PlanViewSet):
    """Approval gates on a launch's timeline. The office defines them; required approvers (the office, approver
    departments' leads, named approvers) decide."""

    permission_classes = [IsOfficeOrReadOnly]
    filterset_class = GateFilter
    ordering_fields = ["offset_days", "at", "name", "created_at"]
    queryset = Gate.objects.none()

    def get_queryset(self):
        return selectors.gate_list()

    serializer_class = GateSerializer
    update_serializer_class = GateUpdateSerializer

    def get_permissions(self):
        if self.action == "decide":
            # A named approver may be a viewer (an executive): gate_decide checks each slot.
            return [IsAuthenticated()]
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
        """Approve or reject under your own name: for the office, as the lead of a department the gate names, or
        as one of its named approvers (`as_named`). A rejection needs a comment. Decisions are never edited; a
        later one supersedes."""
        return self.guarded_action(
            lambda gate, **data: services.gate_decide(actor=request.user, gate=gate, **data), GateDecideSerializer
        )

    @extend_schema(request=GateReopenSerializer, responses=GateSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def reopen(self, request, pk=None):
        """The office reopens an approved or rejected gate, saying why: a new round starts, pending until every
        required approver decides again; earlier decisions stay, superseded. 409 for a pending gate or a
        launched or closed launch."""
        return self.guarded_action(
            lambda gate, **data: services.gate_reopen(actor=request.user, gate=gate, **data), GateReopenSerializer
        )


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

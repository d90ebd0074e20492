"""Reads of gates and decisions, with a fixed number of queries."""

from django.db.models import Prefetch, QuerySet

from gates.models import Gate, GateDecision
from launches.models import Task


def gate_list() -> QuerySet[Gate]:
    """Gates with their launch, criteria (with status), approver departments and decisions (five queries)."""
    return Gate.objects.select_related("launch").prefetch_related(
        Prefetch("criteria", queryset=Task.objects.only("id", "title", "status").order_by("id")),
        "approver_departments",
        Prefetch(
            "decisions",
            queryset=GateDecision.objects.select_related("actor", "department").order_by("created_at", "id"),
        ),
    )


def gate_decision_list() -> QuerySet[GateDecision]:
    return GateDecision.objects.select_related("actor", "department", "gate")

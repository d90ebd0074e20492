"""Reads of gates and decisions, with a fixed number of queries."""

from typing import Any

from django.db.models import Prefetch, QuerySet

from accounts.models import User
from gates.models import Gate, GateDecision
from launches.models import Launch, Task


def gate_list() -> QuerySet[Gate]:
    """Gates with their launch, criteria (with status), approver departments, named approvers and decisions (six
    queries)."""
    return Gate.objects.select_related("launch").prefetch_related(
        Prefetch("criteria", queryset=Task.objects.only("id", "title", "status").order_by("id")),
        "approver_departments",
        Prefetch("approver_users", queryset=User.objects.order_by("id")),
        Prefetch(
            "decisions",
            queryset=GateDecision.objects.select_related("actor", "department").order_by("created_at", "id"),
        ),
    )


def gate_decision_list() -> QuerySet[GateDecision]:
    return GateDecision.objects.select_related("actor", "department", "gate")


def launch_gate_rows(launch: Launch) -> list[dict[str, Any]]:
    """The launch's gates with their criteria and required departments (three queries)."""
    gates = list(Gate.objects.filter(launch=launch).order_by("offset_days", "at", "id"))
    criteria: dict[int, list[int]] = {gate.pk: [] for gate in gates}
    for gate_id, task_id in Gate.criteria.through.objects.filter(gate__launch=launch).values_list("gate_id", "task_id"):
        criteria[gate_id].append(task_id)
    departments: dict[int, list[int]] = {gate.pk: [] for gate in gates}
    for gate_id, department_id in Gate.approver_departments.through.objects.filter(gate__launch=launch).values_list(
        "gate_id", "department_id"
    ):
        departments[gate_id].append(department_id)
    return [
        {
            "id": gate.pk,
            "name": gate.name,
            "kind": "gate",
            "status": gate.status,
            "schedule_mode": gate.schedule_mode,
            "offset_days": gate.offset_days,
            "moment": gate.moment(launch),
            "criteria": sorted(criteria[gate.pk]),
            "approver_departments": sorted(departments[gate.pk]),
        }
        for gate in gates
    ]

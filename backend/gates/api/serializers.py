"""Serializers for gates and their decisions."""

import datetime as dt

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.api.serializers import UserSummarySerializer
from accounts.models import Department
from core.limits import COMMENT_MAX_LENGTH
from core.serializers import ModelSerializer, Serializer
from gates.models import DecisionKind, Gate, GateDecision, GateStatus
from launches.models import Task, TaskStatus
from scheduling.plan import MAX_PLAN_DAYS


class GateDecisionSerializer(ModelSerializer):
    actor = UserSummarySerializer(read_only=True)
    department_name = serializers.CharField(
        source="department.name", read_only=True, allow_null=True, help_text="Null: decided for the office."
    )

    class Meta:
        model = GateDecision
        fields = ["id", "gate", "round", "kind", "actor", "department", "department_name", "comment", "created_at"]
        read_only_fields = fields


class GateApproverSerializer(serializers.Serializer):
    department = serializers.IntegerField(allow_null=True, help_text="Empty for the office.")
    department_name = serializers.CharField(allow_null=True)
    decision = serializers.ChoiceField(choices=["approve", "reject"], allow_null=True)
    actor = UserSummarySerializer(allow_null=True)
    decided_at = serializers.DateTimeField(allow_null=True)


class GateCriterionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    status = serializers.ChoiceField(choices=TaskStatus.choices)


class GateSerializer(ModelSerializer):
    criteria = serializers.PrimaryKeyRelatedField(queryset=Task.objects.all(), many=True, required=False)
    approver_departments = serializers.PrimaryKeyRelatedField(
        queryset=Department.objects.all(), many=True, required=False
    )
    status = serializers.ChoiceField(choices=GateStatus.choices, read_only=True)
    moment = serializers.SerializerMethodField()
    criteria_detail = serializers.SerializerMethodField()
    approvers = serializers.SerializerMethodField()

    class Meta:
        model = Gate
        fields = [
            "id",
            "launch",
            "name",
            "description",
            "schedule_mode",
            "offset_days",
            "at",
            "moment",
            "criteria",
            "criteria_detail",
            "approver_departments",
            "approvers",
            "status",
            "round",
            "approved_at",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["round", "approved_at", "created_at", "updated_at"]
        extra_kwargs = {"offset_days": {"min_value": -MAX_PLAN_DAYS, "max_value": MAX_PLAN_DAYS}}

    @extend_schema_field(serializers.DateTimeField())
    def get_moment(self, gate: Gate) -> dt.datetime:
        return gate.moment(gate.launch)

    @extend_schema_field(GateCriterionSerializer(many=True))
    def get_criteria_detail(self, gate: Gate) -> list[dict]:
        return [{"id": task.pk, "title": task.title, "status": task.status} for task in gate.criteria.all()]

    @extend_schema_field(GateApproverSerializer(many=True))
    def get_approvers(self, gate: Gate) -> list[dict]:
        """Each required approver (the office, then each named department) with their latest decision this round."""
        latest: dict[int | None, GateDecision] = {}
        for decision in gate.decisions.all():
            if decision.round == gate.round and decision.kind != DecisionKind.REOPEN:
                latest[decision.department_id] = decision
        slots: list[tuple[int | None, str | None]] = [(None, None)]
        slots += [(department.pk, department.name) for department in gate.approver_departments.all()]
        return [
            {
                "department": department_id,
                "department_name": name,
                "decision": latest[department_id].kind if department_id in latest else None,
                "actor": UserSummarySerializer(latest[department_id].actor).data if department_id in latest else None,
                "decided_at": latest[department_id].created_at if department_id in latest else None,
            }
            for department_id, name in slots
        ]


class GateUpdateSerializer(GateSerializer):
    class Meta(GateSerializer.Meta):
        read_only_fields = ["launch", "round", "approved_at", "created_at", "updated_at"]


class GateDecideSerializer(Serializer):
    decision = serializers.ChoiceField(choices=[DecisionKind.APPROVE, DecisionKind.REJECT])
    comment = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)
    department = serializers.PrimaryKeyRelatedField(
        queryset=Department.objects.all(),
        required=False,
        allow_null=True,
        default=None,
        help_text="Decide as this department's lead; leave empty to decide for the office.",
    )


class GateReopenSerializer(Serializer):
    reason = serializers.CharField(
        max_length=COMMENT_MAX_LENGTH, help_text="Why the gate reopens: its approvers and the office read it."
    )

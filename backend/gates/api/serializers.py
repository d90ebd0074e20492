"""Serializers for gates and their decisions."""

import datetime as dt

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.api.serializers import UserSummarySerializer
from accounts.models import Department, User
from core.limits import COMMENT_MAX_LENGTH
from core.serializers import ModelSerializer, Serializer
from gates.models import ApproverKind, ApproverSlot, DecisionKind, Gate, GateDecision, GateStatus, approver_slot
from launches.models import Task, TaskStatus
from scheduling.plan import MAX_PLAN_DAYS


class GateDecisionSerializer(ModelSerializer):
    actor = UserSummarySerializer(read_only=True)
    department_name = serializers.CharField(
        source="department.name",
        read_only=True,
        allow_null=True,
        help_text="Null: decided for the office, or as a named approver (named).",
    )

    class Meta:
        model = GateDecision
        fields = [
            "id",
            "gate",
            "round",
            "kind",
            "actor",
            "department",
            "department_name",
            "named",
            "comment",
            "created_at",
        ]
        read_only_fields = fields


class GateApproverSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(
        choices=ApproverKind.choices, help_text="The office, an approver department's lead, or a named approver."
    )
    department = serializers.IntegerField(allow_null=True, help_text="Empty for the office and named approvers.")
    department_name = serializers.CharField(allow_null=True)
    user = UserSummarySerializer(allow_null=True, help_text="The named approver; empty for the other slots.")
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
    approver_users = serializers.PrimaryKeyRelatedField(
        # Any user: the service refuses a deactivated one unless already named (an editor sends the list back).
        queryset=User.objects.all(),
        many=True,
        required=False,
        help_text="Named approvers (active users of any role): each approves under their own name.",
    )
    approver_users_detail = UserSummarySerializer(
        source="approver_users", many=True, read_only=True, help_text="The named approvers, with their names."
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
            "approver_users",
            "approver_users_detail",
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
        """Each required approver (the office, each approver department, each named approver) with their latest
        decision this round."""
        latest: dict[ApproverSlot, GateDecision] = {}
        for decision in gate.decisions.all():
            if decision.round == gate.round and decision.kind != DecisionKind.REOPEN:
                latest[decision.slot] = decision
        slots: list[tuple[ApproverSlot, str | None, User | None]] = [
            (approver_slot(named=False, department_id=None, actor_id=None), None, None)
        ]
        slots += [
            (approver_slot(named=False, department_id=department.pk, actor_id=None), department.name, None)
            for department in gate.approver_departments.all()
        ]
        slots += [
            (approver_slot(named=True, department_id=None, actor_id=user.pk), None, user)
            for user in sorted(gate.approver_users.all(), key=lambda user: user.pk)
        ]
        rows = []
        for slot, department_name, user in slots:
            decision = latest.get(slot)
            rows.append(
                {
                    "kind": slot[0],
                    "department": slot[1] if slot[0] == ApproverKind.DEPARTMENT else None,
                    "department_name": department_name,
                    "user": UserSummarySerializer(user).data if user is not None else None,
                    "decision": decision.kind if decision else None,
                    "actor": UserSummarySerializer(decision.actor).data if decision else None,
                    "decided_at": decision.created_at if decision else None,
                }
            )
        return rows


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
        help_text="Decide as this department's lead; leave empty to decide for the office (or as a named approver).",
    )
    as_named = serializers.BooleanField(
        required=False,
        allow_null=True,
        default=None,
        help_text="True: decide as one of the gate's named approvers (no department). Left out: implied when you "
        "are a named approver, not the office, and name no department. False: for the office or the department.",
    )


class GateReopenSerializer(Serializer):
    reason = serializers.CharField(
        max_length=COMMENT_MAX_LENGTH, help_text="Why the gate reopens: its approvers and the office read it."
    )

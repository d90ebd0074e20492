"""Serializers for communications, their decisions and the workflow steps."""

import datetime as dt

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from communications.models import Communication, CommunicationDecision, CommunicationDecisionKind
from core.serializers import ModelSerializer, Serializer
from scheduling.plan import MAX_PLAN_DAYS

# The same plain choices as a gate's decision, so the schema has one DecisionEnum.
DECISIONS = [CommunicationDecisionKind.APPROVE.value, CommunicationDecisionKind.REJECT.value]


class CommunicationDecisionSerializer(ModelSerializer):
    decision = serializers.ChoiceField(choices=DECISIONS, read_only=True)

    class Meta:
        model = CommunicationDecision
        fields = ["id", "decision", "actor", "comment", "created_at"]
        read_only_fields = fields


class CommunicationSerializer(ModelSerializer):
    moment = serializers.SerializerMethodField(help_text="The planned publish moment (UTC).")
    decisions = CommunicationDecisionSerializer(many=True, read_only=True, help_text="The office's, oldest first.")

    class Meta:
        model = Communication
        fields = [
            "id",
            "launch",
            "kind",
            "channel",
            "audience",
            "title",
            "body",
            "author",
            "department",
            "schedule_mode",
            "offset_days",
            "at",
            "moment",
            "embargo",
            "embargo_gate",
            "status",
            "published_at",
            "decisions",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["author", "status", "published_at", "created_at", "updated_at"]
        extra_kwargs = {
            "offset_days": {"min_value": -MAX_PLAN_DAYS, "max_value": MAX_PLAN_DAYS},
            "department": {"help_text": "Defaults to your department in the launch; the office may leave it empty."},
        }

    @extend_schema_field(serializers.DateTimeField())
    def get_moment(self, item: Communication) -> dt.datetime:
        return item.moment(item.launch)


class CommunicationUpdateSerializer(CommunicationSerializer):
    class Meta(CommunicationSerializer.Meta):
        read_only_fields = ["launch", "department", *CommunicationSerializer.Meta.read_only_fields]


class CommunicationDecideSerializer(Serializer):
    decision = serializers.ChoiceField(choices=DECISIONS)
    comment = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)

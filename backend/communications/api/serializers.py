"""Serializers for communications, their decisions and the workflow steps."""

import datetime as dt

from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.api.serializers import UserSummarySerializer
from accounts.models import User
from communications.channels import CHANNELS, newsroom_path
from communications.models import (
    ApprovalPolicy,
    Communication,
    CommunicationDecision,
    CommunicationDecisionKind,
    CommunicationKind,
    HintShare,
    Publication,
    PublicationStatus,
    ShareNetwork,
)
from communications.selectors import communication_embargo_lifted, communication_policies, policy_approval
from core.serializers import ModelSerializer, Serializer
from scheduling.plan import MAX_PLAN_DAYS

# The same plain choices as a gate's decision, so the schema has one DecisionEnum.
DECISIONS = [CommunicationDecisionKind.APPROVE.value, CommunicationDecisionKind.REJECT.value]


class CommunicationDecisionSerializer(ModelSerializer):
    decision = serializers.ChoiceField(choices=DECISIONS, read_only=True)

    class Meta:
        model = CommunicationDecision
        fields = ["id", "decision", "actor", "named", "submission", "comment", "created_at"]
        read_only_fields = fields


class CommunicationApprovalSerializer(Serializer):
    kind = serializers.ChoiceField(
        choices=[("approver", "Its kind's approver (the office, or the lead)"), ("named", "A named approver")]
    )
    user = UserSummarySerializer(allow_null=True, help_text="The named approver; empty for its kind's approver.")
    decision = serializers.ChoiceField(choices=DECISIONS, allow_null=True)
    actor = UserSummarySerializer(allow_null=True)
    decided_at = serializers.DateTimeField(allow_null=True)


class PublicationSerializer(ModelSerializer):
    class Meta:
        model = Publication
        fields = ["channel", "status", "attempts", "sent_at", "detail", "last_error"]
        read_only_fields = fields


class CommunicationSerializer(ModelSerializer):
    moment = serializers.SerializerMethodField(help_text="The planned publish moment (UTC).")
    decisions = CommunicationDecisionSerializer(many=True, read_only=True, help_text="Every decision, oldest first.")
    approvers = serializers.PrimaryKeyRelatedField(
        # Any user: the service refuses a deactivated one unless already named (a form sends the list back).
        queryset=User.objects.all(),
        many=True,
        required=False,
        help_text="Named approvers (active users of any role): each approves it too, under their own name.",
    )
    approvers_detail = UserSummarySerializer(
        source="approvers", many=True, read_only=True, help_text="The named approvers, with their names."
    )
    approvals = serializers.SerializerMethodField(
        help_text="Each approval it needs (its kind's approver, each named approver) with the latest decision "
        "since its last submission."
    )
    destinations = serializers.ListField(
        child=serializers.ChoiceField(choices=sorted(CHANNELS)),
        required=False,
        max_length=len(CHANNELS),
        help_text="Where it goes out by itself once approved, at its planned moment after its embargo.",
    )
    publications = PublicationSerializer(many=True, read_only=True, help_text="Where it went out, and how.")
    embargo_lifted = serializers.SerializerMethodField()
    embargo_until = serializers.SerializerMethodField(help_text="What holds it, in words; empty when nothing does.")
    approval = serializers.SerializerMethodField(help_text="Who approves its kind (the office's policy).")
    newsroom_url = serializers.SerializerMethodField(help_text="Its place in the public newsroom, once there.")

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
            "embargo_task",
            "embargo_lifted",
            "embargo_until",
            "destinations",
            "email_recipients",
            "share_until",
            "approval",
            "approvers",
            "approvers_detail",
            "approvals",
            "status",
            "published_at",
            "publications",
            "newsroom_url",
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

    def _embargo(self, item: Communication) -> tuple[bool, str]:
        return communication_embargo_lifted(item, item.launch, timezone.now())

    def get_embargo_lifted(self, item: Communication) -> bool:
        return self._embargo(item)[0]

    def get_embargo_until(self, item: Communication) -> str:
        lifted, what = self._embargo(item)
        return "" if lifted else what

    @extend_schema_field(serializers.ChoiceField(choices=ApprovalPolicy.choices))
    def get_approval(self, item: Communication) -> str:
        policies = self.context.get("policies")
        if policies is None:  # one query per serialization, not per item
            policies = self.context["policies"] = communication_policies()
        return policy_approval(item.kind, policies)

    @extend_schema_field(CommunicationApprovalSerializer(many=True))
    def get_approvals(self, item: Communication) -> list[dict]:
        latest: dict[tuple[bool, int | None], CommunicationDecision] = {}
        for decision in item.decisions.all():
            if decision.submission == item.submission:
                latest[(decision.named, decision.actor_id if decision.named else None)] = decision
        slots: list[tuple[bool, User | None]] = []
        if self.get_approval(item) != ApprovalPolicy.NONE:
            slots.append((False, None))
        slots += [(True, user) for user in sorted(item.approvers.all(), key=lambda user: user.pk)]
        rows = []
        for named, user in slots:
            decision = latest.get((named, user.pk if user else None))
            rows.append(
                {
                    "kind": "named" if named else "approver",
                    "user": UserSummarySerializer(user).data if user else None,
                    "decision": decision.decision if decision else None,
                    "actor": UserSummarySerializer(decision.actor).data if decision else None,
                    "decided_at": decision.created_at if decision else None,
                }
            )
        return rows

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_newsroom_url(self, item: Communication) -> str | None:
        sent = any(
            publication.channel == "newsroom" and publication.status == PublicationStatus.SENT
            for publication in item.publications.all()
        )
        if not sent:
            return None
        request = self.context.get("request")
        path = newsroom_path(item)
        return request.build_absolute_uri(path) if request is not None else path


class CommunicationUpdateSerializer(CommunicationSerializer):
    class Meta(CommunicationSerializer.Meta):
        read_only_fields = ["launch", "department", *CommunicationSerializer.Meta.read_only_fields]


class CommunicationDecideSerializer(Serializer):
    decision = serializers.ChoiceField(choices=DECISIONS)
    comment = serializers.CharField(required=False, allow_blank=True, default="", max_length=5000)
    as_named = serializers.BooleanField(
        required=False,
        allow_null=True,
        default=None,
        help_text="True: decide as one of its named approvers. Left out: as its kind's approver when you are one "
        "(the office, or the lead its policy lets), else as a named approver. False: as its kind's approver.",
    )


class CommunicationPolicySerializer(Serializer):
    kind = serializers.ChoiceField(choices=CommunicationKind.choices, read_only=True)
    kind_label = serializers.CharField(read_only=True)
    approval = serializers.ChoiceField(choices=ApprovalPolicy.choices)


class CommunicationPolicyUpdateSerializer(Serializer):
    approval = serializers.ChoiceField(choices=ApprovalPolicy.choices)


class BlockedAttemptSerializer(Serializer):
    communication = serializers.IntegerField()
    title = serializers.CharField()
    actor_name = serializers.CharField()
    embargo_until = serializers.CharField()
    at = serializers.DateTimeField()


class CommunicationBoardSerializer(Serializer):
    out = CommunicationSerializer(many=True, help_text="Went out, newest first.")
    queued = CommunicationSerializer(many=True, help_text="Approved, embargo lifted: goes out at its moment.")
    embargoed = CommunicationSerializer(many=True, help_text="Approved, held by its embargo.")
    awaiting_approval = CommunicationSerializer(many=True, help_text="Submitted, waiting for a decision.")
    blocked_attempts = BlockedAttemptSerializer(many=True, help_text="Attempts to publish early, newest first.")


class HintSerializer(Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    body = serializers.CharField()
    launch = serializers.IntegerField()
    launch_name = serializers.CharField()
    share_until = serializers.DateTimeField()
    share_text = serializers.CharField(help_text="What a share link posts: the title and the text, trimmed.")
    share_url = serializers.URLField(help_text="The launch's public newsroom page.")
    shared_by_me = serializers.ListField(child=serializers.ChoiceField(choices=ShareNetwork.choices))


class HintShareRequestSerializer(Serializer):
    network = serializers.ChoiceField(choices=ShareNetwork.choices)


class HintShareSerializer(ModelSerializer):
    title = serializers.CharField(source="communication.title", read_only=True)
    user_name = serializers.CharField(source="user.full_name", read_only=True)

    class Meta:
        model = HintShare
        fields = ["id", "communication", "title", "user", "user_name", "network", "shared_at"]
        read_only_fields = fields

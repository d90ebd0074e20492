"""Serializers for playbooks and their items."""

from rest_framework import serializers

from accounts.api.serializers import UserSummarySerializer
from accounts.models import Department
from core.limits import DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH
from core.serializers import DateTimeField, ModelSerializer, Serializer, TimeZoneSerializerField
from launches.models import Launch
from playbooks.models import Playbook, PlaybookDependency, PlaybookGate, PlaybookMilestone, PlaybookTask


class PlaybookTaskSerializer(ModelSerializer):
    class Meta:
        model = PlaybookTask
        fields = [
            "id",
            "department",
            "title",
            "description",
            "offset_days",
            "duration_days",
            "needed_for_launch",
            "after_gate",
        ]


class PlaybookDependencySerializer(ModelSerializer):
    class Meta:
        model = PlaybookDependency
        fields = ["id", "predecessor", "successor", "type", "lag_days"]


class PlaybookMilestoneSerializer(ModelSerializer):
    class Meta:
        model = PlaybookMilestone
        fields = ["id", "name", "description", "offset_days"]


class PlaybookGateSerializer(ModelSerializer):
    class Meta:
        model = PlaybookGate
        fields = ["id", "name", "description", "offset_days", "criteria", "approver_departments"]


class PlaybookSummarySerializer(ModelSerializer):
    created_by_detail = UserSummarySerializer(source="created_by", read_only=True, allow_null=True)
    task_count = serializers.IntegerField(read_only=True)
    gate_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Playbook
        fields = [
            "id",
            "name",
            "description",
            "departments",
            "task_count",
            "gate_count",
            "created_by",
            "created_by_detail",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["departments", "created_by", "created_at", "updated_at"]


class PlaybookSerializer(PlaybookSummarySerializer):
    """A playbook with every item; on create, `from_launch` names the launch whose plan it saves."""

    from_launch = serializers.PrimaryKeyRelatedField(
        queryset=Launch.objects.all(), write_only=True, help_text="The launch whose plan becomes the playbook."
    )
    tasks = PlaybookTaskSerializer(many=True, read_only=True)
    dependencies = PlaybookDependencySerializer(many=True, read_only=True)
    milestones = PlaybookMilestoneSerializer(many=True, read_only=True)
    gates = PlaybookGateSerializer(many=True, read_only=True)

    class Meta(PlaybookSummarySerializer.Meta):
        fields = [
            *PlaybookSummarySerializer.Meta.fields,
            "from_launch",
            "tasks",
            "dependencies",
            "milestones",
            "gates",
        ]
        validators = []  # a free name is a service rule with a clearer message


class PlaybookInstantiateSerializer(Serializer):
    name = serializers.CharField(max_length=NAME_MAX_LENGTH)
    description = serializers.CharField(
        required=False, allow_blank=True, max_length=DESCRIPTION_MAX_LENGTH, help_text="Default: the playbook's."
    )
    t_zero = DateTimeField(help_text="The new launch's T-0.")
    time_zone = TimeZoneSerializerField(help_text="IANA zone, e.g. Europe/Paris.")
    departments = serializers.PrimaryKeyRelatedField(
        queryset=Department.objects.all(),
        many=True,
        required=False,
        help_text="Only these of the playbook's departments get a workstream (default: all of them).",
    )

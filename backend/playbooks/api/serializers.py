"""Serializers for playbooks and their items."""

from rest_framework import serializers

from accounts.api.serializers import UserSummarySerializer
from accounts.models import Department, User
from core.limits import DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH
from core.serializers import DateTimeField, ModelSerializer, Serializer, TimeZoneSerializerField
from launches.models import Launch
from playbooks.models import (
    Playbook,
    PlaybookCommunication,
    PlaybookDependency,
    PlaybookGate,
    PlaybookMilestone,
    PlaybookRole,
    PlaybookTask,
)


class PlaybookRoleSerializer(ModelSerializer):
    class Meta:
        model = PlaybookRole
        fields = ["id", "department", "role", "label"]


class PlaybookTaskSerializer(ModelSerializer):
    class Meta:
        model = PlaybookTask
        fields = [
            "id",
            "department",
            "title",
            "description",
            "schedule_mode",
            "offset_days",
            "duration_days",
            "duration_count",
            "due_time",
            "needed_for_launch",
            "assignee_role",
        ]


class PlaybookDependencySerializer(ModelSerializer):
    """A link of the playbook, as a launch's dependency: one predecessor (`predecessor` a task,
    `predecessor_milestone` or `predecessor_gate`) and one successor (`successor` a task, or
    `successor_milestone`); the others are null."""

    class Meta:
        model = PlaybookDependency
        fields = [
            "id",
            "predecessor",
            "predecessor_milestone",
            "predecessor_gate",
            "successor",
            "successor_milestone",
            "type",
            "lag_days",
            "lag_count",
        ]


class PlaybookMilestoneSerializer(ModelSerializer):
    class Meta:
        model = PlaybookMilestone
        fields = ["id", "name", "description", "schedule_mode", "offset_days", "at_time"]


class PlaybookGateSerializer(ModelSerializer):
    class Meta:
        model = PlaybookGate
        fields = [
            "id",
            "name",
            "description",
            "schedule_mode",
            "offset_days",
            "at_time",
            "criteria",
            "approver_departments",
        ]


class PlaybookCommunicationSerializer(ModelSerializer):
    class Meta:
        model = PlaybookCommunication
        fields = [
            "id",
            "kind",
            "channel",
            "audience",
            "title",
            "body",
            "department",
            "schedule_mode",
            "offset_days",
            "at_time",
            "embargo",
            "embargo_gate",
        ]


class PlaybookClosureSerializer(Serializer):
    """One of the playbook's own non-working periods, in calendar days from T-0's date (inclusive)."""

    name = serializers.CharField()
    start_offset = serializers.IntegerField()
    end_offset = serializers.IntegerField()


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
    """A playbook with its working calendar and every item; on create, `from_launch` names the launch whose plan
    it saves (the calendar and items are read-only: they come from the launch)."""

    from_launch = serializers.PrimaryKeyRelatedField(
        queryset=Launch.objects.all(), write_only=True, help_text="The launch whose plan becomes the playbook."
    )
    working_weekdays = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=7),
        read_only=True,
        help_text="ISO weekdays worked (1 is Monday).",
    )
    holiday_regions = serializers.ListField(
        child=serializers.CharField(), read_only=True, help_text="Regions whose public holidays are not worked."
    )
    closures = PlaybookClosureSerializer(many=True, read_only=True)
    time_zone = TimeZoneSerializerField(
        read_only=True, help_text="The zone fixed moments keep their day and time in (the source launch's)."
    )
    roles = PlaybookRoleSerializer(many=True, read_only=True)
    tasks = PlaybookTaskSerializer(many=True, read_only=True)
    dependencies = PlaybookDependencySerializer(many=True, read_only=True)
    milestones = PlaybookMilestoneSerializer(many=True, read_only=True)
    gates = PlaybookGateSerializer(many=True, read_only=True)
    communications = PlaybookCommunicationSerializer(many=True, read_only=True)

    class Meta(PlaybookSummarySerializer.Meta):
        fields = [
            *PlaybookSummarySerializer.Meta.fields,
            "from_launch",
            "working_weekdays",
            "holiday_regions",
            "closures",
            "offset_count",
            "time_zone",
            "roles",
            "tasks",
            "dependencies",
            "milestones",
            "gates",
            "communications",
        ]
        read_only_fields = [*PlaybookSummarySerializer.Meta.read_only_fields, "offset_count"]
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
    roles = serializers.DictField(
        child=serializers.PrimaryKeyRelatedField(queryset=User.objects.filter(is_active=True), allow_null=True),
        required=False,
        help_text=(
            "Who plays each of the playbook's roles: {role label: user id (or null: nobody)}, each person in the "
            "role's department. Unmapped lead roles go to the department's lead; unmapped member roles stay "
            "unassigned."
        ),
    )

"""Serializers for launches, workstreams, tasks, dependencies, milestones and comments."""

import datetime as dt

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.api.serializers import UserSummarySerializer
from accounts.models import Department, User
from audit.models import AuditEvent
from core.serializers import ChoiceListField, ModelSerializer, Serializer, TimeZoneSerializerField
from launches.models import (
    Baseline,
    Dependency,
    Launch,
    LaunchStatus,
    Milestone,
    Task,
    TaskComment,
    TaskStatus,
    Workstream,
)
from launches.services import MAX_EFFORT_HOURS
from scheduling.plan import MAX_PLAN_DAYS

# More people than this on one task is a mistake, not a team.
MAX_COLLABORATORS = 50


class ClosureSerializer(Serializer):
    name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    start = serializers.DateField()
    end = serializers.DateField(help_text="Inclusive.")

    def to_internal_value(self, data):  # type: ignore[no-untyped-def]
        value = super().to_internal_value(data)
        return {key: item.isoformat() if isinstance(item, dt.date) else item for key, item in value.items()}


class LaunchSerializer(ModelSerializer):
    time_zone = TimeZoneSerializerField(help_text="IANA zone, e.g. Europe/Paris.")
    status = serializers.ChoiceField(choices=LaunchStatus.choices, required=False)
    owner = serializers.PrimaryKeyRelatedField(queryset=User.objects.all(), required=False)
    owner_detail = UserSummarySerializer(source="owner", read_only=True)
    t_zero_date = serializers.DateField(read_only=True, help_text="Launch day in the launch's time zone.")
    task_count = serializers.IntegerField(read_only=True)
    done_task_count = serializers.IntegerField(read_only=True)
    departments = serializers.PrimaryKeyRelatedField(
        queryset=Department.objects.all(),
        many=True,
        write_only=True,
        required=False,
        help_text="On create: the departments that get a workstream (default: all).",
    )
    working_weekdays = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=7),
        required=False,
        help_text="ISO weekdays worked: 1 is Monday, 7 is Sunday (default Monday to Friday).",
    )
    holiday_regions = serializers.ListField(
        child=serializers.CharField(max_length=12),
        required=False,
        help_text="Countries or regions whose public holidays are not worked: US, FR, DE-BY, GB-SCT.",
    )
    closures = ClosureSerializer(many=True, required=False, help_text="The launch's own days off, inclusive.")

    class Meta:
        model = Launch
        fields = [
            "id",
            "name",
            "description",
            "t_zero",
            "t_zero_date",
            "time_zone",
            "status",
            "owner",
            "owner_detail",
            "working_weekdays",
            "holiday_regions",
            "closures",
            "offset_count",
            "task_count",
            "done_task_count",
            "departments",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]


class WorkstreamSerializer(ModelSerializer):
    department_name = serializers.CharField(source="department.name", read_only=True)
    lead_detail = UserSummarySerializer(source="lead", read_only=True, allow_null=True)
    task_count = serializers.IntegerField(read_only=True)
    done_task_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Workstream
        fields = [
            "id",
            "launch",
            "department",
            "department_name",
            "lead",
            "lead_detail",
            "notes",
            "task_count",
            "done_task_count",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
        validators = []  # one workstream per department is a service rule with a clearer message


class WorkstreamUpdateSerializer(WorkstreamSerializer):
    class Meta(WorkstreamSerializer.Meta):
        read_only_fields = ["launch", "department", "created_at", "updated_at"]


class PersonIdsField(ChoiceListField):
    """People by id: written as a list of ids, read from a many-to-many (through its prefetch) as sorted ids. A bad
    item is named in one flat list of messages, as every other field's errors are."""

    def __init__(self, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(child=serializers.IntegerField(min_value=1, max_value=2**63 - 1), **kwargs)

    def to_representation(self, data):  # type: ignore[no-untyped-def]
        return sorted(person.pk for person in data.all())


class TaskSerializer(ModelSerializer):
    launch = serializers.IntegerField(source="workstream.launch_id", read_only=True)
    department = serializers.IntegerField(source="workstream.department_id", read_only=True)
    department_name = serializers.CharField(source="workstream.department.name", read_only=True)
    assignee_detail = UserSummarySerializer(source="assignee", read_only=True, allow_null=True)
    collaborators = PersonIdsField(
        required=False,
        max_length=MAX_COLLABORATORS,
        help_text="People who share the task beside its assignee (user ids; active people, not the assignee). "
        "Written as the whole list; set by the office and the department's lead.",
    )
    collaborators_detail = UserSummarySerializer(source="collaborators", many=True, read_only=True)
    due_date = serializers.DateField(
        write_only=True,
        required=False,
        help_text="Optional on write: sets duration_days so the task ends on this day (inclusive).",
    )
    planned_start = serializers.SerializerMethodField()
    planned_due = serializers.SerializerMethodField()

    class Meta:
        model = Task
        fields = [
            "id",
            "launch",
            "workstream",
            "department",
            "department_name",
            "title",
            "description",
            "schedule_mode",
            "offset_days",
            "start_date",
            "duration_days",
            "duration_count",
            "due_date",
            "due_time",
            "planned_start",
            "planned_due",
            "status",
            "actual_start",
            "actual_finish",
            "assignee",
            "assignee_detail",
            "collaborators",
            "collaborators_detail",
            "effort_hours",
            "needed_for_launch",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
        extra_kwargs = {
            "duration_days": {"min_value": 1, "max_value": MAX_PLAN_DAYS},
            "offset_days": {"min_value": -MAX_PLAN_DAYS, "max_value": MAX_PLAN_DAYS},
            "effort_hours": {"min_value": 1, "max_value": MAX_EFFORT_HOURS},
        }

    @extend_schema_field(serializers.DateField())
    def get_planned_start(self, task: Task) -> dt.date:
        return task.planned_days(task.workstream.launch)[0]

    @extend_schema_field(serializers.DateField())
    def get_planned_due(self, task: Task) -> dt.date:
        return task.planned_days(task.workstream.launch)[1]


class DependencySerializer(ModelSerializer):
    """A link: exactly one predecessor (a task, a milestone or a gate) and one successor (a task, or a milestone
    after a task)."""

    launch = serializers.IntegerField(source="launch_id", read_only=True)

    class Meta:
        model = Dependency
        fields = [
            "id",
            "launch",
            "predecessor",
            "predecessor_milestone",
            "predecessor_gate",
            "successor",
            "successor_milestone",
            "type",
            "lag_days",
            "lag_count",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
        extra_kwargs = {"lag_days": {"min_value": -365, "max_value": 365}}
        validators = []  # duplicates are a service rule with a clearer message


class DependencyUpdateSerializer(DependencySerializer):
    class Meta(DependencySerializer.Meta):
        read_only_fields = [
            "predecessor",
            "predecessor_milestone",
            "predecessor_gate",
            "successor",
            "successor_milestone",
            "created_at",
            "updated_at",
        ]


class MilestoneSerializer(ModelSerializer):
    moment = serializers.SerializerMethodField()

    class Meta:
        model = Milestone
        fields = [
            "id",
            "launch",
            "name",
            "description",
            "schedule_mode",
            "offset_days",
            "at",
            "moment",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
        extra_kwargs = {"offset_days": {"min_value": -MAX_PLAN_DAYS, "max_value": MAX_PLAN_DAYS}}

    @extend_schema_field(serializers.DateTimeField())
    def get_moment(self, milestone: Milestone) -> dt.datetime:
        return milestone.moment(milestone.launch)


class MilestoneUpdateSerializer(MilestoneSerializer):
    class Meta(MilestoneSerializer.Meta):
        read_only_fields = ["launch", "created_at", "updated_at"]


class TaskCommentSerializer(ModelSerializer):
    author = UserSummarySerializer(read_only=True)

    class Meta:
        model = TaskComment
        fields = ["id", "task", "author", "body", "created_at"]
        read_only_fields = ["created_at"]


# Launch day moves. Their conflicts are also the timeline's (readiness/api/serializers.py describes the timeline).


class LaunchTransitionSerializer(Serializer):
    status = serializers.ChoiceField(choices=LaunchStatus.choices, help_text="The status to move to.")


class AuditEventSerializer(ModelSerializer):
    actor = UserSummarySerializer(read_only=True, allow_null=True)
    department_name = serializers.CharField(
        source="department.name", read_only=True, allow_null=True, help_text="Null: not one department's."
    )
    changes = serializers.DictField(
        child=serializers.DictField(), help_text='{field: {"from": old, "to": new}}', read_only=True
    )

    class Meta:
        model = AuditEvent
        fields = [
            "id",
            "created_at",
            "actor",
            "action",
            "entity",
            "entity_id",
            "entity_label",
            "launch",
            "department",
            "department_name",
            "changes",
            "message",
        ]
        read_only_fields = fields


class ConflictSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(
        choices=["dependency", "after_launch", "criterion_late", "embargo"],
        help_text="dependency: starts before its predecessor ends plus lag; after_launch: needed for launch "
        "but ends after T-0's day; criterion_late: a gate's criterion due on or after the gate's day; "
        "embargo: a communication planned before its embargo lifts (T-0, or its gate's moment).",
    )
    task = serializers.IntegerField(allow_null=True, help_text="Null for embargo conflicts.")
    predecessor = serializers.IntegerField(allow_null=True, help_text="The predecessor task, if it is one.")
    gate = serializers.IntegerField(allow_null=True)
    milestone = serializers.IntegerField(required=False, help_text="A milestone its links push past its day.")
    predecessor_milestone = serializers.IntegerField(required=False, help_text="The milestone a task follows.")
    predecessor_gate = serializers.IntegerField(required=False, help_text="The gate a task follows.")
    communication = serializers.IntegerField(required=False, help_text="Only embargo conflicts: the communication.")
    days = serializers.IntegerField(help_text="By how many days the rule is broken.")
    message = serializers.CharField()


class BaselineSerializer(ModelSerializer):
    class Meta:
        model = Baseline
        fields = ["id", "launch", "name", "is_current", "created_by", "created_at", "updated_at"]
        read_only_fields = ["is_current", "created_by", "created_at", "updated_at"]


class BaselineUpdateSerializer(BaselineSerializer):
    class Meta(BaselineSerializer.Meta):
        read_only_fields = ["launch", "created_by", "created_at", "updated_at"]


class CrossLaunchTaskSerializer(serializers.Serializer):
    """One end of a link between launches (docs/cross-launch.md): the task on its own launch's scheduled days."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    launch = serializers.IntegerField()
    launch_name = serializers.CharField()
    department_name = serializers.CharField()
    start = serializers.DateField(help_text="Its scheduled first day, as its own launch's timeline computes it.")
    due = serializers.DateField(help_text="Its scheduled last day.")
    status = serializers.ChoiceField(choices=TaskStatus.choices)

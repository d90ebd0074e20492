"""Serializers for launches, workstreams, tasks, dependencies, milestones and comments."""

import datetime as dt

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.api.serializers import UserSummarySerializer
from accounts.models import Department, User
from audit.models import AuditEvent
from communications.models import CommunicationKind, CommunicationStatus, Embargo
from core.serializers import (
    DateTimeField,
    ModelSerializer,
    Serializer,
    TimeZoneSerializerField,
    choice_counts_serializer,
)
from deliverables.models import ArticleStatus
from feedback.models import FeedbackState
from gates.models import GateStatus
from launches.models import (
    Dependency,
    Launch,
    LaunchStatus,
    Milestone,
    ScheduleMode,
    Task,
    TaskComment,
    TaskStatus,
    Workstream,
)
from scheduling.plan import MAX_PLAN_DAYS


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


class TaskSerializer(ModelSerializer):
    launch = serializers.IntegerField(source="workstream.launch_id", read_only=True)
    department = serializers.IntegerField(source="workstream.department_id", read_only=True)
    department_name = serializers.CharField(source="workstream.department.name", read_only=True)
    assignee_detail = UserSummarySerializer(source="assignee", read_only=True, allow_null=True)
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
            "due_date",
            "planned_start",
            "planned_due",
            "status",
            "assignee",
            "assignee_detail",
            "needed_for_launch",
            "after_gate",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_at", "updated_at"]
        extra_kwargs = {
            "duration_days": {"min_value": 1, "max_value": MAX_PLAN_DAYS},
            "offset_days": {"min_value": -MAX_PLAN_DAYS, "max_value": MAX_PLAN_DAYS},
        }

    @extend_schema_field(serializers.DateField())
    def get_planned_start(self, task: Task) -> dt.date:
        return task.planned_start(task.workstream.launch.t_zero_date)

    @extend_schema_field(serializers.DateField())
    def get_planned_due(self, task: Task) -> dt.date:
        return task.planned_due(task.workstream.launch.t_zero_date)


class DependencySerializer(ModelSerializer):
    launch = serializers.IntegerField(source="successor.workstream.launch_id", read_only=True)

    class Meta:
        model = Dependency
        fields = ["id", "launch", "predecessor", "successor", "lag_days", "created_at", "updated_at"]
        read_only_fields = ["created_at", "updated_at"]
        extra_kwargs = {"lag_days": {"min_value": -365, "max_value": 365}}
        validators = []  # duplicates are a service rule with a clearer message


class DependencyUpdateSerializer(DependencySerializer):
    class Meta(DependencySerializer.Meta):
        read_only_fields = ["predecessor", "successor", "created_at", "updated_at"]


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


# Launch day moves and the timeline. The timeline is rendered straight from the selector's plain data;
# these serializers describe it for the OpenAPI schema.


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


class TZeroMoveRequestSerializer(Serializer):
    t_zero = DateTimeField(help_text="The new launch moment.")
    preview = serializers.BooleanField(default=False, help_text="Only report what would change; write nothing.")


class MovedItemSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["task", "milestone", "gate", "communication"])
    id = serializers.IntegerField()
    name = serializers.CharField()
    before = serializers.CharField(help_text="A date for tasks (planned start), a moment for milestones.")
    after = serializers.CharField()


class ConflictSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(
        choices=["dependency", "after_launch", "criterion_late", "embargo"],
        help_text="dependency: starts before its predecessor ends plus lag; after_launch: needed for launch "
        "but ends on or after T-0; criterion_late: a gate's criterion due on or after the gate's day; "
        "embargo: a communication planned before its embargo lifts (T-0, or its gate's moment).",
    )
    task = serializers.IntegerField(allow_null=True, help_text="Null for embargo conflicts.")
    predecessor = serializers.IntegerField(allow_null=True)
    gate = serializers.IntegerField(allow_null=True)
    communication = serializers.IntegerField(required=False, help_text="Only embargo conflicts: the communication.")
    days = serializers.IntegerField(help_text="By how many days the rule is broken.")
    message = serializers.CharField()


class TZeroMoveSerializer(serializers.Serializer):
    launch_id = serializers.IntegerField()
    preview = serializers.BooleanField()
    t_zero_before = serializers.DateTimeField()
    t_zero_after = serializers.DateTimeField()
    shift_days = serializers.IntegerField(help_text="Calendar days launch day moves, in the launch's zone.")
    moved = MovedItemSerializer(many=True, help_text="Anchored items: they move with T-0.")
    unchanged = MovedItemSerializer(many=True, help_text="Fixed-date items: they stay put.")
    new_conflicts = ConflictSerializer(many=True)
    resolved_conflicts = ConflictSerializer(many=True)


class TimelineLaunchSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    status = serializers.ChoiceField(choices=LaunchStatus.choices)
    t_zero = serializers.DateTimeField()
    t_zero_date = serializers.DateField()
    time_zone = serializers.CharField()


class TimelineDepartmentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()


class TimelineLaneSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The workstream.")
    department = TimelineDepartmentSerializer()
    lead = serializers.IntegerField(allow_null=True, help_text="A person's id (see people).")
    notes = serializers.CharField(help_text="The first 500 characters of the workstream's notes.")
    notes_truncated = serializers.BooleanField(help_text="The notes go on: the whole notes are on the workstream.")


class TimelinePersonSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    full_name = serializers.CharField()


class TimelineTaskSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    workstream = serializers.IntegerField(help_text="The lane.")
    title = serializers.CharField()
    status = serializers.ChoiceField(choices=TaskStatus.choices)
    schedule_mode = serializers.ChoiceField(choices=ScheduleMode.choices)
    offset_days = serializers.IntegerField(allow_null=True)
    duration_days = serializers.IntegerField()
    planned_start = serializers.DateField(help_text="From the anchor or fixed date alone.")
    planned_due = serializers.DateField()
    start = serializers.DateField(help_text="Computed: no earlier than every predecessor's end plus lag.")
    due = serializers.DateField()
    slack = serializers.IntegerField(help_text="Days it can slip without delaying the plan (negative: late).")
    critical = serializers.BooleanField()
    conflict = serializers.BooleanField()
    needed_for_launch = serializers.BooleanField()
    assignee = serializers.IntegerField(allow_null=True, help_text="A person's id (see people).")


class TimelineDependencySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    predecessor = serializers.IntegerField()
    successor = serializers.IntegerField()
    lag_days = serializers.IntegerField()


class TimelineMarkerSerializer(serializers.Serializer):
    id = serializers.IntegerField(allow_null=True, help_text="Null for T-0 itself.")
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=["milestone", "t_zero"])
    schedule_mode = serializers.ChoiceField(choices=ScheduleMode.choices)
    offset_days = serializers.IntegerField(allow_null=True)
    moment = serializers.DateTimeField()


class TimelineGateSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=["gate"])
    status = serializers.ChoiceField(choices=["pending", "approved", "rejected"])
    schedule_mode = serializers.ChoiceField(choices=ScheduleMode.choices)
    offset_days = serializers.IntegerField(allow_null=True)
    moment = serializers.DateTimeField()
    criteria = serializers.ListField(child=serializers.IntegerField(), help_text="Task ids that must be done.")
    approver_departments = serializers.ListField(
        child=serializers.IntegerField(), help_text="Departments whose leads approve, with the office."
    )


class TimelineCommunicationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    kind = serializers.ChoiceField(choices=CommunicationKind.choices)
    status = serializers.ChoiceField(choices=CommunicationStatus.choices)
    department = serializers.IntegerField(allow_null=True, help_text="The author's department; null: the office.")
    schedule_mode = serializers.ChoiceField(choices=ScheduleMode.choices)
    offset_days = serializers.IntegerField(allow_null=True)
    moment = serializers.DateTimeField(help_text="The planned publish moment.")
    embargo = serializers.ChoiceField(choices=Embargo.choices)
    embargo_gate = serializers.IntegerField(allow_null=True)


class TimelineSerializer(serializers.Serializer):
    launch = TimelineLaunchSerializer()
    lanes = TimelineLaneSerializer(many=True)
    people = TimelinePersonSerializer(many=True)
    tasks = TimelineTaskSerializer(many=True)
    dependencies = TimelineDependencySerializer(many=True)
    milestones = TimelineMarkerSerializer(many=True)
    gates = TimelineGateSerializer(many=True)
    conflicts = ConflictSerializer(many=True)
    critical_path = serializers.ListField(child=serializers.IntegerField(), help_text="Task ids in order.")
    end = serializers.DateField(allow_null=True, help_text="The day the last task ends.")
    communications = TimelineCommunicationSerializer(many=True)


class ReadinessDepartmentSerializer(serializers.Serializer):
    department = TimelineDepartmentSerializer()
    workstream = serializers.IntegerField()
    total = serializers.IntegerField()
    todo = serializers.IntegerField()
    in_progress = serializers.IntegerField()
    blocked = serializers.IntegerField()
    done = serializers.IntegerField()
    cancelled = serializers.IntegerField()
    late = serializers.IntegerField(help_text="Open tasks whose computed due day is before today.")


class ReadinessGateSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    status = serializers.ChoiceField(choices=GateStatus.choices)
    date = serializers.DateField(help_text="The gate's day in the launch's time zone.")
    days_left = serializers.IntegerField(help_text="Days from today to the gate (negative: passed).")
    criteria_total = serializers.IntegerField()
    criteria_done = serializers.IntegerField()
    at_risk = serializers.BooleanField(help_text="Not approved, criteria still open, and a week or less away.")


ReadinessKnowledgeBaseSerializer = choice_counts_serializer("ReadinessKnowledgeBaseSerializer", ArticleStatus.values)


class ReadinessRecruitingSerializer(serializers.Serializer):
    roles = serializers.IntegerField(help_text="Roles not cancelled.")
    positions = serializers.IntegerField(help_text="People to recruit over those roles.")
    filled = serializers.IntegerField(help_text="Positions of filled roles.")


ReadinessCommunicationsSerializer = choice_counts_serializer(
    "ReadinessCommunicationsSerializer", CommunicationStatus.values
)
ReadinessFeedbackSerializer = choice_counts_serializer("ReadinessFeedbackSerializer", FeedbackState.values)


class ReadinessSerializer(serializers.Serializer):
    launch = serializers.IntegerField()
    today = serializers.DateField(help_text="Today in the launch's time zone.")
    departments = ReadinessDepartmentSerializer(many=True)
    gates = ReadinessGateSerializer(many=True)
    critical_path = serializers.ListField(child=serializers.IntegerField(), help_text="Task ids in order.")
    critical_path_titles = serializers.ListField(child=serializers.CharField())
    knowledge_base = ReadinessKnowledgeBaseSerializer(help_text="Customer Care's articles by status.")
    recruiting = ReadinessRecruitingSerializer(help_text="HR's recruiting.")
    communications = ReadinessCommunicationsSerializer(help_text="Communications by status.")
    feedback = ReadinessFeedbackSerializer(help_text="Developer feedback (Engineering) by triage state.")

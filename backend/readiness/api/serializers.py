"""Serializers that describe the timeline and readiness for the OpenAPI schema: both are rendered straight from
the plain data of readiness/selectors.py."""

from rest_framework import serializers

from communications.models import CommunicationKind, CommunicationStatus, Embargo
from core.serializers import DateTimeField, Serializer, WallTimeField, choice_counts_serializer
from deliverables.models import ArticleStatus
from feedback.models import FeedbackState
from gates.models import GateStatus
from launches.api.serializers import ConflictSerializer, CrossLaunchTaskSerializer
from launches.models import DayCount, LaunchStatus, LinkType, ScheduleMode, TaskStatus


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
    duration_count = serializers.ChoiceField(
        choices=DayCount.choices, help_text="Whether duration_days counts working days or calendar days."
    )
    due_time = WallTimeField(allow_null=True, help_text="The time of day it is due, in the launch's zone.")
    planned_start = serializers.DateField(help_text="From the anchor or fixed date alone.")
    planned_due = serializers.DateField()
    start = serializers.DateField(help_text="Computed: no earlier than every link allows.")
    due = serializers.DateField()
    baseline_start = serializers.DateField(allow_null=True, help_text="In the current baseline (null: none).")
    baseline_due = serializers.DateField(allow_null=True)
    variance_days = serializers.IntegerField(
        allow_null=True, help_text="How many days later than in the current baseline it is due (negative: earlier)."
    )
    slack = serializers.IntegerField(help_text="Days it can slip before it misses its own deadline (negative: late).")
    critical = serializers.BooleanField(help_text="On the critical path to launch (docs/schedule.md).")
    forecast = serializers.BooleanField(
        help_text="Open work that should have started or finished by today: its dates are forecast from today."
    )
    conflict = serializers.BooleanField()
    needed_for_launch = serializers.BooleanField()
    assignee = serializers.IntegerField(allow_null=True, help_text="A person's id (see people).")
    collaborators = serializers.ListField(
        child=serializers.IntegerField(), help_text="People sharing the task beside its assignee (ids, see people)."
    )
    effort_hours = serializers.IntegerField(allow_null=True, help_text="Hours of work, when estimated.")


class TimelineDependencySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    predecessor = serializers.IntegerField(allow_null=True, help_text="The predecessor task (null: a moment).")
    predecessor_milestone = serializers.IntegerField(allow_null=True)
    predecessor_gate = serializers.IntegerField(allow_null=True)
    successor = serializers.IntegerField(allow_null=True, help_text="The successor task (null: a milestone).")
    successor_milestone = serializers.IntegerField(allow_null=True)
    type = serializers.ChoiceField(choices=LinkType.choices, help_text="Which ends the link ties (docs/schedule.md).")
    lag_days = serializers.IntegerField(help_text="Days after the predecessor's end; negative: a lead.")
    lag_count = serializers.ChoiceField(choices=DayCount.choices, help_text="What the lag counts.")


class TimelineMarkerSerializer(serializers.Serializer):
    id = serializers.IntegerField(allow_null=True, help_text="Null for T-0 itself.")
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=["milestone", "t_zero"])
    schedule_mode = serializers.ChoiceField(choices=ScheduleMode.choices)
    offset_days = serializers.IntegerField(allow_null=True)
    moment = serializers.DateTimeField(help_text="Planned, or later when the tasks it follows push it.")


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
    embargo_task = serializers.IntegerField(allow_null=True, help_text="With a task embargo: the task it waits for.")


class TimelineCrossLinkSerializer(serializers.Serializer):
    """A link to a task of another launch (docs/cross-launch.md), never part of this launch's schedule."""

    id = serializers.IntegerField(help_text="The cross-launch dependency's id.")
    direction = serializers.ChoiceField(
        choices=["incoming", "outgoing"],
        help_text="incoming: this launch's task waits on the other; outgoing: the other launch's task waits on it.",
    )
    task = serializers.IntegerField(help_text="This launch's task.")
    other = CrossLaunchTaskSerializer(help_text="The other launch's task.")
    type = serializers.ChoiceField(choices=LinkType.choices)
    lag_days = serializers.IntegerField(help_text="Calendar days.")
    violated = serializers.BooleanField()
    days_late = serializers.IntegerField(help_text="0 when the link holds.")


class TimelineBaselineSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    created_at = serializers.DateTimeField()


class TimelineClosedDaySerializer(serializers.Serializer):
    date = serializers.DateField()
    reason = serializers.CharField(help_text="The holiday (and its region) or the closure.")


class TimelineCalendarSerializer(serializers.Serializer):
    working_weekdays = serializers.ListField(child=serializers.IntegerField(), help_text="ISO weekdays worked.")
    holiday_regions = serializers.ListField(child=serializers.CharField())
    offset_count = serializers.ChoiceField(choices=DayCount.choices, help_text="What offsets from T-0 count.")
    closed_days = TimelineClosedDaySerializer(
        many=True,
        help_text="Holidays and closures over the plan's days and 92 days either side (weekly days off: "
        "working_weekdays).",
    )


class TimelineForecastSerializer(serializers.Serializer):
    status_date = serializers.DateField(
        allow_null=True, help_text="The day open work is forecast from (null once the launch is past launch)."
    )
    forecast_tasks = serializers.IntegerField(help_text="Tasks whose dates the forecast moved.")
    t_zero_slip_days = serializers.IntegerField(
        help_text="How many days after T-0's day the work needed for launch is forecast to finish (0: on time)."
    )


class NonWorkingWarningSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["non_working_day"])
    item = serializers.ChoiceField(choices=["t_zero", "milestone", "gate", "communication", "task"])
    id = serializers.IntegerField(allow_null=True, help_text="Null for T-0.")
    name = serializers.CharField()
    date = serializers.DateField()
    reason = serializers.CharField(help_text="Saturday, a holiday and its region, or the closure's name.")
    message = serializers.CharField()


class TimelineSerializer(serializers.Serializer):
    version = serializers.CharField(
        help_text="The plan version and day this body shows (its ETag without quotes); a live change names the "
        "version it applies to (docs/live.md)."
    )
    launch = TimelineLaunchSerializer()
    baseline = TimelineBaselineSerializer(allow_null=True, help_text="The current comparison, if any.")
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
    cross_launch = TimelineCrossLinkSerializer(many=True, help_text="Links to tasks of other launches, both ways.")
    calendar = TimelineCalendarSerializer(help_text="The launch's working calendar (docs/schedule.md).")
    forecast = TimelineForecastSerializer()
    warnings = NonWorkingWarningSerializer(
        many=True, help_text="Items planned on a day off: maybe deliberate, so shown rather than refused."
    )


class ReadinessProgressSerializer(serializers.Serializer):
    done = serializers.IntegerField()
    in_progress = serializers.IntegerField(help_text="In progress and not late.")
    not_started = serializers.IntegerField(help_text="To do and not late.")
    blocked = serializers.IntegerField(help_text="Blocked and not late.")
    late = serializers.IntegerField(help_text="Open past its planned due day, whatever its status.")


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
    slipped = serializers.IntegerField(help_text="Tasks due later than in the current baseline.")
    progress = ReadinessProgressSerializer(
        help_text="The progress bar: every task not cancelled in exactly one segment (late first, then by status)."
    )


class ReadinessGateSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    status = serializers.ChoiceField(choices=GateStatus.choices)
    date = serializers.DateField(help_text="The gate's day in the launch's time zone.")
    days_left = serializers.IntegerField(help_text="Days from today to the gate (negative: passed).")
    criteria_total = serializers.IntegerField()
    criteria_done = serializers.IntegerField()
    late_days = serializers.IntegerField(
        help_text="How many days too late its latest criterion is forecast to finish (due by the day before the gate)."
    )
    at_risk = serializers.BooleanField(
        help_text="Not approved, criteria still open, and a week or less away or forecast to finish a criterion late."
    )


ReadinessKnowledgeBaseSerializer = choice_counts_serializer("ReadinessKnowledgeBaseSerializer", ArticleStatus.values)


class ReadinessRecruitingSerializer(serializers.Serializer):
    roles = serializers.IntegerField(help_text="Roles not cancelled.")
    positions = serializers.IntegerField(help_text="People to recruit over those roles.")
    filled = serializers.IntegerField(help_text="Positions of filled roles.")


ReadinessCommunicationsSerializer = choice_counts_serializer(
    "ReadinessCommunicationsSerializer", CommunicationStatus.values
)
ReadinessFeedbackSerializer = choice_counts_serializer("ReadinessFeedbackSerializer", FeedbackState.values)


class ReadinessSlippedSerializer(serializers.Serializer):
    task = serializers.IntegerField()
    title = serializers.CharField()
    workstream = serializers.IntegerField(help_text="Its department's workstream.")
    variance_days = serializers.IntegerField(help_text="Days later than in the current baseline.")


class ReadinessSerializer(serializers.Serializer):
    launch = serializers.IntegerField()
    today = serializers.DateField(help_text="Today in the launch's time zone.")
    departments = ReadinessDepartmentSerializer(many=True)
    gates = ReadinessGateSerializer(many=True)
    critical_path = serializers.ListField(child=serializers.IntegerField(), help_text="Task ids in order.")
    critical_path_titles = serializers.ListField(child=serializers.CharField())
    baseline = TimelineBaselineSerializer(allow_null=True, help_text="The current comparison, if any.")
    slipped = ReadinessSlippedSerializer(many=True, help_text="What slipped since the baseline, most first.")
    forecast = TimelineForecastSerializer(help_text="The forecast from today: tasks it moved, T-0's slip.")
    knowledge_base = ReadinessKnowledgeBaseSerializer(help_text="Customer Care's articles by status.")
    recruiting = ReadinessRecruitingSerializer(help_text="HR's recruiting.")
    communications = ReadinessCommunicationsSerializer(help_text="Communications by status.")
    feedback = ReadinessFeedbackSerializer(help_text="Developer feedback (Engineering) by triage state.")


class BurndownDaySerializer(serializers.Serializer):
    date = serializers.DateField()
    plan = serializers.IntegerField(help_text="Tasks the plan as it stands has still open at the end of the day.")
    baseline = serializers.IntegerField(
        allow_null=True, help_text="The same by the current baseline's dates (null: no baseline)."
    )
    actual = serializers.IntegerField(
        allow_null=True, help_text="Tasks not done by the end of the day, by their actual finish (null after today)."
    )


class BurndownSerializer(serializers.Serializer):
    launch = serializers.IntegerField()
    today = serializers.DateField(help_text="Today in the launch's time zone: `actual` runs up to it.")
    t_zero_date = serializers.DateField()
    baseline = TimelineBaselineSerializer(allow_null=True, help_text="The current comparison, if any.")
    tasks = serializers.IntegerField(help_text="Tasks counted: every task not cancelled.")
    baseline_tasks = serializers.IntegerField(
        allow_null=True, help_text="Of those, the ones the current baseline holds (null: no baseline)."
    )
    days = BurndownDaySerializer(
        many=True, help_text="Every day from the plan's first day (at most two years back) to a week after T-0."
    )


class TZeroMoveRequestSerializer(Serializer):
    t_zero = DateTimeField(help_text="The new launch moment.")
    preview = serializers.BooleanField(default=False, help_text="Only report what would change; write nothing.")


class MovedItemSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["task", "milestone", "gate", "communication"])
    id = serializers.IntegerField()
    name = serializers.CharField()
    before = serializers.CharField(help_text="A date for tasks (planned start), a moment for milestones.")
    after = serializers.CharField()


class TZeroMoveSerializer(serializers.Serializer):
    launch_id = serializers.IntegerField()
    preview = serializers.BooleanField()
    t_zero_before = serializers.DateTimeField()
    t_zero_after = serializers.DateTimeField()
    shift_days = serializers.IntegerField(help_text="Calendar days launch day moves, in the launch's zone.")
    moved = MovedItemSerializer(
        many=True,
        help_text="Anchored items: they move with T-0. Milestones, gates and communications first, then tasks; at "
        "most 500 (moved_count says how many in all).",
    )
    moved_count = serializers.IntegerField(help_text="Anchored items that move, in all.")
    moved_task_count = serializers.IntegerField(help_text="Of those, tasks.")
    unchanged = MovedItemSerializer(
        many=True, help_text="Fixed-date items and work that started: they stay put. At most 500, as `moved`."
    )
    unchanged_count = serializers.IntegerField(help_text="Items that stay put, in all.")
    new_conflicts = ConflictSerializer(many=True)
    resolved_conflicts = ConflictSerializer(many=True)
    warnings = NonWorkingWarningSerializer(many=True, help_text="Items the move puts on a day off.")
    t_zero_slip_days_before = serializers.IntegerField(
        help_text="Days the forecast from today finishes work needed for launch after T-0's day, now."
    )
    t_zero_slip_days_after = serializers.IntegerField(help_text="The same after the move.")


# The office's portfolio (readiness/portfolio.py): every launch not closed or cancelled, at a glance.


class PortfolioReadinessSerializer(serializers.Serializer):
    total = serializers.IntegerField(help_text="Tasks not cancelled.")
    done = serializers.IntegerField()
    percent = serializers.IntegerField(help_text="done / total in whole percent, rounded down (0 with no task).")
    late = serializers.IntegerField(help_text="Open tasks past the day the plan has them due.")


class PortfolioMarkerSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    moment = serializers.DateTimeField()


class PortfolioGateMarkerSerializer(PortfolioMarkerSerializer):
    moment = serializers.DateTimeField(help_text="The gate's planned moment.")
    status = serializers.ChoiceField(choices=GateStatus.choices)


class PortfolioGateSerializer(PortfolioGateMarkerSerializer):
    days_left = serializers.IntegerField(
        help_text="Calendar days from today (the launch's zone) to the gate's day; negative: past."
    )
    criteria_total = serializers.IntegerField()
    criteria_done = serializers.IntegerField()


class PortfolioLaunchSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    status = serializers.ChoiceField(choices=LaunchStatus.choices)
    t_zero = serializers.DateTimeField()
    time_zone = serializers.CharField()
    days_to_t_zero = serializers.IntegerField(
        help_text="Calendar days from today in the launch's zone to T-0's date; negative after."
    )
    readiness = PortfolioReadinessSerializer()
    gates_due = PortfolioGateSerializer(
        many=True, help_text="Not approved, planned within the next 14 days (from today to today + 14)."
    )
    gates_at_risk = PortfolioGateSerializer(
        many=True,
        help_text="Not approved, criteria not all done, and planned within 14 days, already past, or forecast to "
        "finish a criterion after the gate.",
    )
    open_conflicts = serializers.IntegerField(
        help_text="Conflicts of the schedule forecast from today (links, work after launch, late criteria)."
    )
    forecast_slip_days = serializers.IntegerField(
        help_text="Days after T-0's date the forecast finishes the work needed for launch (0: on time)."
    )
    milestones = PortfolioMarkerSerializer(
        many=True, help_text="By moment: planned, or later when the tasks they follow push them."
    )
    gates = PortfolioGateMarkerSerializer(many=True, help_text="Every gate of the launch, by moment.")

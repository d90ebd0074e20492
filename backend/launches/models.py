"""The launch model: a launch's T-0, its per-department workstreams, their tasks, dependencies, milestones."""

import copy
import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from timezone_field import TimeZoneField

from accounts.models import Department
from core.limits import COMMENT_MAX_LENGTH, DESCRIPTION_MAX_LENGTH
from core.models import BaseModel
from core.validators import validate_time_zone
from launches.working_time import launch_work_calendar


class LaunchStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PLANNING = "planning", "Planning"
    READY = "ready", "Ready"
    LAUNCHED = "launched", "Launched"
    CLOSED = "closed", "Closed"
    CANCELLED = "cancelled", "Cancelled"


class TaskStatus(models.TextChoices):
    TODO = "todo", "To do"
    IN_PROGRESS = "in_progress", "In progress"
    BLOCKED = "blocked", "Blocked"
    DONE = "done", "Done"
    CANCELLED = "cancelled", "Cancelled"


# Launches still ahead of launch day: their plan moves, reminders and digests cover them.
ACTIVE_LAUNCH_STATUSES = frozenset({LaunchStatus.DRAFT, LaunchStatus.PLANNING, LaunchStatus.READY})

# Work still to finish: it can be late, block others, or keep a gate open.
OPEN_TASK_STATUSES = frozenset({TaskStatus.TODO, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED})


class DayCount(models.TextChoices):
    """What a number of days counts: working days of the launch's calendar, or every calendar day (elapsed)."""

    WORKING = "working", "Working days"
    CALENDAR = "calendar", "Calendar days"


# ISO weekday numbers (Monday is 1) a new launch works on.
DEFAULT_WORKING_WEEKDAYS = (1, 2, 3, 4, 5)


def default_working_weekdays() -> list[int]:
    return list(DEFAULT_WORKING_WEEKDAYS)


class ScheduleMode(models.TextChoices):
    ANCHORED = "anchored", "Anchored to T-0"
    FIXED = "fixed", "Fixed date"


class LaunchQuerySet(models.QuerySet):
    def plan_changed(self) -> int:
        """Bumps these launches' plan_version (the timeline's ETag) and updated_at (its Last-Modified)."""
        return self.update(plan_version=F("plan_version") + 1, updated_at=timezone.now())


class Launch(BaseModel):
    """A product launch around its launch moment T-0, stored in UTC with the launch's own IANA zone."""

    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    t_zero = models.DateTimeField("T-0", help_text="The launch moment (stored in UTC).")
    time_zone = TimeZoneField(
        default="UTC",
        validators=[validate_time_zone],
        help_text="IANA zone whose calendar days count (Europe/Paris).",
    )
    status = models.CharField(max_length=12, choices=LaunchStatus.choices, default=LaunchStatus.DRAFT)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="owned_launches")
    plan_version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Grows with every change to the launch's plan (timeline ETag)."
    )
    # The working calendar (docs/schedule.md#working-time): the weekdays worked, the public holidays of the
    # listed countries or regions (the `holidays` library), and the launch's own closures (a shutdown).
    working_weekdays = models.JSONField(
        default=default_working_weekdays, help_text="ISO weekdays worked (1 is Monday, 7 is Sunday)."
    )
    holiday_regions = models.JSONField(
        default=list, blank=True, help_text="Countries or regions whose public holidays are not worked (US, DE-BY)."
    )
    closures = models.JSONField(
        default=list, blank=True, help_text="The launch's own non-working days: [{name, start, end}], inclusive."
    )
    offset_count = models.CharField(
        max_length=10,
        choices=DayCount.choices,
        default=DayCount.CALENDAR,
        help_text="What offsets from T-0 count: T-14 as 14 calendar days or 14 working days before launch day.",
    )

    objects = LaunchQuerySet.as_manager()

    class Meta:
        ordering = ["t_zero", "id"]
        indexes = [models.Index(fields=["status", "t_zero"])]

    def __str__(self) -> str:
        return self.name

    @property
    def zone(self) -> ZoneInfo:
        return self.time_zone

    @property
    def t_zero_date(self) -> dt.date:
        """Launch day as a calendar date in the launch's own time zone."""
        return self.t_zero.astimezone(self.zone).date()

    def with_t_zero(self, t_zero: dt.datetime) -> "Launch":
        """An unsaved copy of this launch with another T-0 (what a T-0 move compares), same calendar and zone."""
        moved = copy.copy(self)
        moved.__dict__.pop("_work_calendars", None)
        moved.t_zero = t_zero
        return moved

    def offset_function(self) -> "Callable[[int], int]":
        """offset_day for many offsets: the calendar is looked up once."""
        if self.offset_count != DayCount.WORKING:
            return _same_day
        calendar = launch_work_calendar(self)
        return lambda offset: calendar.add(0, offset) if offset else 0

    def offset_day(self, offset: int) -> int:
        """The calendar day (from T-0's date) an offset from T-0 falls on: the offset itself when offsets count
        calendar days; when they count working days, T-14 is the 14th working day before launch day."""
        if not offset or self.offset_count != DayCount.WORKING:
            return offset
        return launch_work_calendar(self).add(0, offset)


def _same_day(offset: int) -> int:
    return offset


def planned_moment(
    launch: "Launch", *, schedule_mode: str, offset_days: int | None, at: dt.datetime | None
) -> dt.datetime:
    """A moment on the launch's timeline: the fixed moment `at`, or T-0's local wall time shifted by whole days
    (DST-safe: T-14 of a 09:00 launch is at 09:00 local time even across a clock change)."""
    if schedule_mode == ScheduleMode.FIXED:
        return at  # type: ignore[return-value]
    local = launch.t_zero.astimezone(launch.zone)
    days = launch.offset_day(offset_days or 0)
    shifted = (local.replace(tzinfo=None) + dt.timedelta(days=days)).replace(tzinfo=launch.zone)
    return shifted.astimezone(dt.UTC)


def planned_span(
    launch: Launch,
    *,
    schedule_mode: str,
    offset_days: int | None,
    start_date: dt.date | None,
    duration_days: int,
    duration_count: str,
) -> tuple[dt.date, dt.date]:
    """A task's first and last day as planned from its anchor or date alone, in the launch's calendar."""
    t_zero = launch.t_zero_date
    base = t_zero.toordinal()
    if schedule_mode == ScheduleMode.FIXED:
        first = start_date.toordinal() - base  # type: ignore[union-attr]
    else:
        first = launch.offset_day(offset_days or 0)
    if duration_count == DayCount.CALENDAR:
        last = first + duration_days - 1
    else:
        calendar = launch_work_calendar(launch)
        first = calendar.on_or_after(first)
        last = calendar.add(first, duration_days - 1)
    return dt.date.fromordinal(base + first), dt.date.fromordinal(base + last)


class Workstream(BaseModel):
    """One department's part of one launch, with its lead."""

    launch = models.ForeignKey(Launch, on_delete=models.CASCADE, related_name="workstreams")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="workstreams")
    lead = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_workstreams",
    )
    notes = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)

    class Meta:
        ordering = ["launch_id", "department__name"]
        constraints = [
            models.UniqueConstraint(fields=["launch", "department"], name="workstream_unique_department_per_launch")
        ]

    def __str__(self) -> str:
        return f"{self.launch} / {self.department}"


class Task(BaseModel):
    """A unit of work in a workstream, anchored to T-0 by an offset in days or fixed to a calendar date."""

    workstream = models.ForeignKey(Workstream, on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    schedule_mode = models.CharField(max_length=10, choices=ScheduleMode.choices, default=ScheduleMode.ANCHORED)
    offset_days = models.IntegerField(
        null=True, blank=True, help_text="Anchored tasks: start day relative to T-0 (-14 is T-14)."
    )
    start_date = models.DateField(null=True, blank=True, help_text="Fixed tasks: the calendar day it starts.")
    duration_days = models.PositiveIntegerField(default=1, help_text="Days of work, at least 1.")
    duration_count = models.CharField(
        max_length=10,
        choices=DayCount.choices,
        default=DayCount.WORKING,
        help_text="Working days of the launch's calendar, or calendar days (elapsed: it runs over days off too).",
    )
    due_time = models.TimeField(
        null=True, blank=True, help_text="The time of day it is due on its due day, in the launch's zone."
    )
    status = models.CharField(max_length=12, choices=TaskStatus.choices, default=TaskStatus.TODO)
    # Progress: recorded when the task starts and when it is done (the office may correct both). Work that has
    # started or finished keeps these days: neither T-0 nor a predecessor moves it any more.
    actual_start = models.DateField(null=True, blank=True, help_text="The day work started.")
    actual_finish = models.DateField(null=True, blank=True, help_text="The day it was done.")
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_tasks",
    )
    needed_for_launch = models.BooleanField(default=False, help_text="Must be finished by T-0.")
    # More than one person on a task: the assignee owns it, collaborators share it (feeds, notices, workload, and a
    # member who collaborates may update it like the assignee).
    collaborators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="collaborating_tasks", help_text="Beside the assignee."
    )
    effort_hours = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Optional: hours of work, spread over the task's days; weighed against a weekly capacity in hours.",
    )

    class Meta:
        ordering = ["workstream_id", "offset_days", "start_date", "id"]
        indexes = [models.Index(fields=["workstream", "status"]), models.Index(fields=["assignee", "status"])]
        constraints = [
            models.CheckConstraint(condition=Q(duration_days__gte=1), name="task_duration_at_least_one_day"),
            models.CheckConstraint(
                condition=(Q(schedule_mode="anchored", offset_days__isnull=False))
                | (Q(schedule_mode="fixed", start_date__isnull=False)),
                name="task_anchor_matches_schedule_mode",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def planned_days(self, launch: Launch) -> tuple[dt.date, dt.date]:
        """First and last day of the task as planned (before dependencies are considered), in the launch's
        working calendar: work counting working days starts on the first working day of its anchor."""
        return planned_span(
            launch,
            schedule_mode=self.schedule_mode,
            offset_days=self.offset_days,
            start_date=self.start_date,
            duration_days=self.duration_days,
            duration_count=self.duration_count,
        )


class LinkType(models.TextChoices):
    """Which end of the predecessor ties which end of the successor (docs/schedule.md)."""

    FINISH_TO_START = "finish_to_start", "Finish to start"
    START_TO_START = "start_to_start", "Start to start"
    FINISH_TO_FINISH = "finish_to_finish", "Finish to finish"
    START_TO_FINISH = "start_to_finish", "Start to finish"


def link_constraints(prefix: str) -> list[models.BaseConstraint]:
    """The rules of a link between plan items (a launch's Dependency, a playbook's PlaybookDependency, which name
    their ends alike): one predecessor (a task, a milestone or a gate) and one successor (a task, or a milestone
    after a task), each pair of ends once, and no task after itself."""
    return [
        models.UniqueConstraint(fields=["predecessor", "successor"], name=f"{prefix}_unique_pair"),
        models.UniqueConstraint(
            fields=["predecessor_milestone", "successor"],
            condition=Q(predecessor_milestone__isnull=False),
            name=f"{prefix}_unique_milestone_task",
        ),
        models.UniqueConstraint(
            fields=["predecessor_gate", "successor"],
            condition=Q(predecessor_gate__isnull=False),
            name=f"{prefix}_unique_gate_task",
        ),
        models.UniqueConstraint(
            fields=["predecessor", "successor_milestone"],
            condition=Q(successor_milestone__isnull=False),
            name=f"{prefix}_unique_task_milestone",
        ),
        models.CheckConstraint(condition=~Q(predecessor=F("successor")), name=f"{prefix}_not_self"),
        # Task to task, milestone or gate to task, task to milestone: one predecessor and one successor.
        models.CheckConstraint(
            condition=(
                Q(predecessor__isnull=False, predecessor_milestone__isnull=True, predecessor_gate__isnull=True)
                & (
                    Q(successor__isnull=False, successor_milestone__isnull=True)
                    | Q(successor__isnull=True, successor_milestone__isnull=False)
                )
            )
            | (
                Q(successor__isnull=False, successor_milestone__isnull=True, predecessor__isnull=True)
                & (
                    Q(predecessor_milestone__isnull=False, predecessor_gate__isnull=True)
                    | Q(predecessor_milestone__isnull=True, predecessor_gate__isnull=False)
                )
            ),
            name=f"{prefix}_one_predecessor_one_successor",
        ),
    ]


class Dependency(BaseModel):
    """A link in one launch's plan: the successor's start or finish comes `lag_days` (negative: a lead) after the
    predecessor's finish or start, as `type` says. Either end is usually a task; a task may also follow a
    milestone or a gate (work after a gate waits for its approval, rule 4), and a milestone may follow a task.
    Milestones and gates are moments: they sit at the start of their day (docs/schedule.md)."""

    launch = models.ForeignKey(Launch, on_delete=models.CASCADE, related_name="dependencies")
    predecessor = models.ForeignKey(
        Task, null=True, blank=True, on_delete=models.CASCADE, related_name="successor_links"
    )
    predecessor_milestone = models.ForeignKey(
        "Milestone", null=True, blank=True, on_delete=models.CASCADE, related_name="successor_links"
    )
    predecessor_gate = models.ForeignKey(
        "gates.Gate", null=True, blank=True, on_delete=models.CASCADE, related_name="successor_links"
    )
    successor = models.ForeignKey(
        Task, null=True, blank=True, on_delete=models.CASCADE, related_name="predecessor_links"
    )
    successor_milestone = models.ForeignKey(
        "Milestone", null=True, blank=True, on_delete=models.CASCADE, related_name="predecessor_links"
    )
    type = models.CharField(max_length=20, choices=LinkType.choices, default=LinkType.FINISH_TO_START)
    lag_days = models.IntegerField(default=0)
    lag_count = models.CharField(
        max_length=10, choices=DayCount.choices, default=DayCount.WORKING, help_text="What the lag counts."
    )

    class Meta:
        verbose_name_plural = "dependencies"
        ordering = ["id"]
        indexes = [models.Index(fields=["launch", "id"])]
        constraints = link_constraints("dependency")

    def __str__(self) -> str:
        kind = "" if self.type == LinkType.FINISH_TO_START else f" {self.type}"
        return f"{self.predecessor_node} -> {self.successor_node}{kind} ({self.lag_days:+d}d)"

    @property
    def predecessor_node(self) -> str:
        """The predecessor as the plan names it: `12` (a task), `milestone 3` or `gate 4`."""
        if self.predecessor_milestone_id is not None:
            return f"milestone {self.predecessor_milestone_id}"
        if self.predecessor_gate_id is not None:
            return f"gate {self.predecessor_gate_id}"
        return str(self.predecessor_id)

    @property
    def successor_node(self) -> str:
        if self.successor_milestone_id is not None:
            return f"milestone {self.successor_milestone_id}"
        return str(self.successor_id)


class CrossLaunchDependency(BaseModel):
    """The office's choice: a task waits on a task of another launch. It is not part of either launch's schedule
    (each launch is computed on its own); it is checked against the other launch's dates and flagged when they
    no longer allow it (docs/cross-launch.md)."""

    launch = models.ForeignKey(
        Launch, on_delete=models.CASCADE, related_name="cross_launch_dependencies", help_text="The successor's launch."
    )
    successor = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="cross_launch_predecessor_links")
    predecessor_launch = models.ForeignKey(
        Launch, on_delete=models.CASCADE, related_name="cross_launch_dependents", help_text="The other launch."
    )
    predecessor = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="cross_launch_successor_links")
    type = models.CharField(max_length=20, choices=LinkType.choices, default=LinkType.FINISH_TO_START)
    lag_days = models.IntegerField(default=0, help_text="Calendar days after the predecessor's end (or start).")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    # What the last check found (launches.cross_launch): a link that becomes violated is told once, when this is set.
    violated_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="Since when the dates no longer allow it (empty: it holds)."
    )

    class Meta:
        verbose_name = "cross-launch dependency"
        verbose_name_plural = "cross-launch dependencies"
        ordering = ["id"]
        indexes = [models.Index(fields=["launch", "id"]), models.Index(fields=["predecessor_launch", "id"])]
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor"], name="cross_launch_unique_pair"),
            models.CheckConstraint(
                condition=~Q(launch=F("predecessor_launch")), name="cross_launch_between_two_launches"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor_id} (launch {self.predecessor_launch_id}) -> {self.successor_id} ({self.type})"


class Milestone(BaseModel):
    """A named moment on a launch's timeline: anchored (days from T-0, same local time) or fixed."""

    launch = models.ForeignKey(Launch, on_delete=models.CASCADE, related_name="milestones")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    schedule_mode = models.CharField(max_length=10, choices=ScheduleMode.choices, default=ScheduleMode.ANCHORED)
    offset_days = models.IntegerField(null=True, blank=True)
    at = models.DateTimeField(null=True, blank=True, help_text="Fixed milestones: the moment (UTC).")

    class Meta:
        ordering = ["launch_id", "offset_days", "at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(schedule_mode="anchored", offset_days__isnull=False))
                | (Q(schedule_mode="fixed", at__isnull=False)),
                name="milestone_anchor_matches_schedule_mode",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def moment(self, launch: Launch) -> dt.datetime:
        """The milestone's moment: T-0's local wall time shifted by whole days (DST-safe), or the fixed time."""
        return planned_moment(launch, schedule_mode=self.schedule_mode, offset_days=self.offset_days, at=self.at)


class TaskComment(BaseModel):
    """A comment on a task, by its author."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="task_comments")
    body = models.TextField(max_length=COMMENT_MAX_LENGTH)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Comment by {self.author_id} on task {self.task_id}"


class Baseline(BaseModel):
    """A saved copy of the plan's computed dates, to compare the plan with later: the office saves one on
    demand, and one is saved when the launch becomes ready. One baseline per launch is the current comparison."""

    launch = models.ForeignKey(Launch, on_delete=models.CASCADE, related_name="baselines")
    name = models.CharField(max_length=200)
    is_current = models.BooleanField(default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["launch"], condition=Q(is_current=True), name="baseline_one_current_per_launch"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class BaselineTask(models.Model):
    """One task's dates as the plan computed them when its baseline was saved."""

    baseline = models.ForeignKey(Baseline, on_delete=models.CASCADE, related_name="tasks")
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="baseline_dates")
    start = models.DateField()
    due = models.DateField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["baseline", "task"], name="baseline_task_unique")]

    def __str__(self) -> str:
        return f"{self.task_id}: {self.start} to {self.due}"

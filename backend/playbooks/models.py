"""A playbook: a launch's plan stored relative to T-0 (offsets in days), ready to become a new launch.

Anchored items keep their offset, counted as the playbook's `offset_count` says. Fixed items keep their
schedule mode: a fixed task's day and a fixed moment's day are calendar days from T-0's date, and a fixed moment
keeps its wall-clock time in the playbook's `time_zone` (the zone of the launch it was saved from), so a
02:00 UTC item comes back at 02:00 UTC (docs/decisions/playbooks.md).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from timezone_field import TimeZoneField

from accounts.models import Department, MembershipRole
from communications.models import CommunicationKind, Embargo
from core.limits import BODY_MAX_LENGTH, DESCRIPTION_MAX_LENGTH
from core.models import BaseModel
from core.validators import validate_time_zone
from launches.models import DayCount, LinkType, ScheduleMode, default_working_weekdays, link_constraints

FIXED_DAY_HELP = "Anchored: days from T-0, counted as the playbook's offset_count says. Fixed: calendar days."
AT_TIME_HELP = "Fixed: the time of day, in the playbook's time zone, on its day."


class Playbook(BaseModel):
    """A reusable plan: workstreams by department, tasks, dependencies, milestones, gates, communications and
    the working calendar, all relative to T-0; who does what as roles."""

    name = models.CharField(max_length=200, unique=True)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    departments = models.ManyToManyField(
        Department, blank=True, related_name="playbooks", help_text="The departments that get a workstream."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="playbooks"
    )
    # The working calendar a launch made from it gets (launches.models.Launch has the same fields); closures
    # move with T-0: each is {name, start_offset, end_offset}, calendar days from T-0's date, inclusive.
    working_weekdays = models.JSONField(
        default=default_working_weekdays, help_text="ISO weekdays worked (1 is Monday, 7 is Sunday)."
    )
    holiday_regions = models.JSONField(
        default=list, blank=True, help_text="Countries or regions whose public holidays are not worked (US, DE-BY)."
    )
    closures = models.JSONField(
        default=list,
        blank=True,
        help_text="Own non-working days: [{name, start_offset, end_offset}], calendar days from T-0, inclusive.",
    )
    offset_count = models.CharField(
        max_length=10,
        choices=DayCount.choices,
        default=DayCount.CALENDAR,
        help_text="What anchored offsets from T-0 count: calendar days or working days.",
    )
    time_zone = TimeZoneField(
        default="UTC",
        validators=[validate_time_zone],
        help_text="The zone fixed moments' days and times are kept in (the zone of the launch it was saved from).",
    )

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class PlaybookRole(BaseModel):
    """Who does a playbook task, as a role of its department ("PR lead", "Care member 2"): a launch made from the
    playbook maps each role to a person (a lead role defaults to the department's lead)."""

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="roles")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="playbook_roles")
    role = models.CharField(
        max_length=10,
        choices=MembershipRole.choices,
        default=MembershipRole.MEMBER,
        help_text="The place in the department it stands for: its lead, or a member.",
    )
    label = models.CharField(max_length=120, help_text="How instantiation names it: “PR lead”, “Care member 2”.")

    class Meta:
        ordering = ["playbook_id", "label", "id"]
        constraints = [models.UniqueConstraint(fields=["playbook", "label"], name="playbook_role_unique_label")]

    def __str__(self) -> str:
        return self.label


class PlaybookGate(BaseModel):
    """A gate of a playbook: its offset from T-0 (or fixed day and time), criteria (tasks of the same playbook)
    and approver departments."""

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="gates")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    schedule_mode = models.CharField(max_length=10, choices=ScheduleMode.choices, default=ScheduleMode.ANCHORED)
    offset_days = models.IntegerField(help_text=f"{FIXED_DAY_HELP} (-7 is T-7).")
    at_time = models.TimeField(null=True, blank=True, help_text=AT_TIME_HELP)
    criteria = models.ManyToManyField("PlaybookTask", blank=True, related_name="criterion_of")
    approver_departments = models.ManyToManyField(Department, blank=True, related_name="playbook_gates")

    class Meta:
        ordering = ["playbook_id", "offset_days", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(schedule_mode="anchored") | Q(at_time__isnull=False),
                name="playbook_gate_fixed_has_a_time",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class PlaybookTask(BaseModel):
    """A task of a playbook, in its department's workstream, starting `offset_days` from T-0."""

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="tasks")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="playbook_tasks")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    schedule_mode = models.CharField(max_length=10, choices=ScheduleMode.choices, default=ScheduleMode.ANCHORED)
    offset_days = models.IntegerField(help_text=f"Start day: {FIXED_DAY_HELP} (-14 is T-14).")
    duration_days = models.PositiveIntegerField(default=1)
    duration_count = models.CharField(
        max_length=10, choices=DayCount.choices, default=DayCount.WORKING, help_text="What the duration counts."
    )
    due_time = models.TimeField(
        null=True, blank=True, help_text="The time of day it is due on its due day, in the launch's zone."
    )
    needed_for_launch = models.BooleanField(default=False)
    assignee_role = models.ForeignKey(
        PlaybookRole,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tasks",
        help_text="Who does it, as a role of the playbook; empty: nobody yet.",
    )

    class Meta:
        ordering = ["playbook_id", "offset_days", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(duration_days__gte=1), name="playbook_task_duration_at_least_one_day"),
        ]

    def __str__(self) -> str:
        return self.title


class PlaybookDependency(BaseModel):
    """A link in a playbook's plan, as launches.models.Dependency: its type (launches.models.LinkType), lag and
    what the lag counts. Usually task to task; a task may follow a milestone or a gate (work after a gate), and a
    milestone may follow a task."""

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="dependencies")
    predecessor = models.ForeignKey(
        PlaybookTask, null=True, blank=True, on_delete=models.CASCADE, related_name="successor_links"
    )
    predecessor_milestone = models.ForeignKey(
        "PlaybookMilestone", null=True, blank=True, on_delete=models.CASCADE, related_name="successor_links"
    )
    predecessor_gate = models.ForeignKey(
        PlaybookGate, null=True, blank=True, on_delete=models.CASCADE, related_name="successor_links"
    )
    successor = models.ForeignKey(
        PlaybookTask, null=True, blank=True, on_delete=models.CASCADE, related_name="predecessor_links"
    )
    successor_milestone = models.ForeignKey(
        "PlaybookMilestone", null=True, blank=True, on_delete=models.CASCADE, related_name="predecessor_links"
    )
    type = models.CharField(max_length=20, choices=LinkType.choices, default=LinkType.FINISH_TO_START)
    lag_days = models.IntegerField(default=0)
    lag_count = models.CharField(
        max_length=10, choices=DayCount.choices, default=DayCount.WORKING, help_text="What the lag counts."
    )

    class Meta:
        verbose_name_plural = "playbook dependencies"
        ordering = ["id"]
        constraints = link_constraints("playbook_dependency")  # as a launch's links

    def __str__(self) -> str:
        return f"{self.predecessor_node} -> {self.successor_node} ({self.lag_days:+d}d)"

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


class PlaybookMilestone(BaseModel):
    """A named moment of a playbook, `offset_days` from T-0 (or a fixed day and time)."""

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="milestones")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    schedule_mode = models.CharField(max_length=10, choices=ScheduleMode.choices, default=ScheduleMode.ANCHORED)
    offset_days = models.IntegerField(help_text=FIXED_DAY_HELP)
    at_time = models.TimeField(null=True, blank=True, help_text=AT_TIME_HELP)

    class Meta:
        ordering = ["playbook_id", "offset_days", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(schedule_mode="anchored") | Q(at_time__isnull=False),
                name="playbook_milestone_fixed_has_a_time",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class PlaybookCommunication(BaseModel):
    """A communication of a playbook: what it is, where and for whom, when (offset or fixed day and time) and its
    embargo (T-0, or a gate of the same playbook). A launch made from the playbook gets it as a draft."""

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="communications")
    kind = models.CharField(max_length=20, choices=CommunicationKind.choices)
    channel = models.CharField(max_length=100, blank=True)
    audience = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True, max_length=BODY_MAX_LENGTH)
    department = models.ForeignKey(
        Department,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="playbook_communications",
        help_text="The department it is drafted for; empty for the office.",
    )
    schedule_mode = models.CharField(max_length=10, choices=ScheduleMode.choices, default=ScheduleMode.ANCHORED)
    offset_days = models.IntegerField(help_text=FIXED_DAY_HELP)
    at_time = models.TimeField(null=True, blank=True, help_text=AT_TIME_HELP)
    embargo = models.CharField(max_length=10, choices=Embargo.choices, default=Embargo.NONE)
    embargo_gate = models.ForeignKey(
        PlaybookGate,
        null=True,
        blank=True,
        # The gate goes with its playbook; alone, it is not deleted from under an embargo.
        on_delete=models.RESTRICT,
        related_name="embargoed_communications",
    )
    embargo_task = models.ForeignKey(
        PlaybookTask,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="embargoed_communications",
        help_text="With embargo 'task': not before this task of the playbook is done.",
    )
    destinations = models.JSONField(default=list, blank=True)
    email_recipients = models.TextField(blank=True, max_length=5000)

    class Meta:
        ordering = ["playbook_id", "offset_days", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(schedule_mode="anchored") | Q(at_time__isnull=False),
                name="playbook_communication_fixed_has_a_time",
            ),
            models.CheckConstraint(
                condition=Q(embargo="gate", embargo_gate__isnull=False)
                | (~Q(embargo="gate") & Q(embargo_gate__isnull=True)),
                name="playbook_communication_gate_embargo_names_its_gate",
            ),
        ]

    def __str__(self) -> str:
        return self.title

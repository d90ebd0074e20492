"""A playbook: a launch's plan stored relative to T-0 (offsets in days), ready to become a new launch."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from accounts.models import Department
from core.limits import DESCRIPTION_MAX_LENGTH
from core.models import BaseModel
from launches.models import LinkType


class Playbook(BaseModel):
    """A reusable plan: workstreams by department, tasks, dependencies, milestones and gates, all as offsets."""

    name = models.CharField(max_length=200, unique=True)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    departments = models.ManyToManyField(
        Department, blank=True, related_name="playbooks", help_text="The departments that get a workstream."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="playbooks"
    )

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class PlaybookGate(BaseModel):
    """A gate of a playbook: its offset from T-0, criteria (tasks of the same playbook) and approvers."""

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="gates")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    offset_days = models.IntegerField(help_text="Days from T-0 (-7 is T-7).")
    criteria = models.ManyToManyField("PlaybookTask", blank=True, related_name="criterion_of")
    approver_departments = models.ManyToManyField(Department, blank=True, related_name="playbook_gates")

    class Meta:
        ordering = ["playbook_id", "offset_days", "id"]

    def __str__(self) -> str:
        return self.name


class PlaybookTask(BaseModel):
    """A task of a playbook, in its department's workstream, starting `offset_days` from T-0."""

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="tasks")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="playbook_tasks")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    offset_days = models.IntegerField(help_text="Start day relative to T-0 (-14 is T-14).")
    duration_days = models.PositiveIntegerField(default=1)
    needed_for_launch = models.BooleanField(default=False)
    after_gate = models.ForeignKey(
        PlaybookGate, null=True, blank=True, on_delete=models.SET_NULL, related_name="gated_tasks"
    )

    class Meta:
        ordering = ["playbook_id", "offset_days", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(duration_days__gte=1), name="playbook_task_duration_at_least_one_day"),
        ]

    def __str__(self) -> str:
        return self.title


class PlaybookDependency(BaseModel):
    """A link between two tasks of the same playbook: its type (launches.models.LinkType) and lag in days."""

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="dependencies")
    predecessor = models.ForeignKey(PlaybookTask, on_delete=models.CASCADE, related_name="successor_links")
    successor = models.ForeignKey(PlaybookTask, on_delete=models.CASCADE, related_name="predecessor_links")
    type = models.CharField(max_length=20, choices=LinkType.choices, default=LinkType.FINISH_TO_START)
    lag_days = models.IntegerField(default=0)

    class Meta:
        verbose_name_plural = "playbook dependencies"
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor"], name="playbook_dependency_unique_pair"),
            models.CheckConstraint(condition=~Q(predecessor=F("successor")), name="playbook_dependency_not_self"),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor_id} -> {self.successor_id} (+{self.lag_days}d)"


class PlaybookMilestone(BaseModel):
    """A named moment of a playbook, `offset_days` from T-0."""

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="milestones")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    offset_days = models.IntegerField()

    class Meta:
        ordering = ["playbook_id", "offset_days", "id"]

    def __str__(self) -> str:
        return self.name

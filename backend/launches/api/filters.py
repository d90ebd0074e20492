"""Filters for the launch model's list endpoints (django-filter)."""

from django.db.models import Q
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from accounts.models import Department, User
from core.filters import IsoDateTimeFilter
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


class LaunchFilter(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=LaunchStatus.choices)
    t_zero_after = IsoDateTimeFilter(field_name="t_zero", lookup_expr="gte")
    t_zero_before = IsoDateTimeFilter(field_name="t_zero", lookup_expr="lt")

    class Meta:
        model = Launch
        fields = ["status", "owner"]


class WorkstreamFilter(filters.FilterSet):
    class Meta:
        model = Workstream
        fields = ["launch", "department", "lead"]


@extend_schema_field(OpenApiTypes.INT)
class PersonFilter(filters.ModelChoiceFilter):
    """A person by id (a user)."""


class TaskFilter(filters.FilterSet):
    launch = filters.ModelChoiceFilter(field_name="workstream__launch", queryset=Launch.objects.all())
    department = filters.ModelChoiceFilter(field_name="workstream__department", queryset=Department.objects.all())
    status = filters.MultipleChoiceFilter(choices=TaskStatus.choices)
    person = PersonFilter(
        queryset=User.objects.all(), method="filter_person", label="Assigned to this person or shared with them."
    )

    class Meta:
        model = Task
        fields = [
            "launch",
            "workstream",
            "department",
            "status",
            "assignee",
            "schedule_mode",
            "needed_for_launch",
            "person",
        ]

    def filter_person(self, queryset, name, value):  # type: ignore[no-untyped-def]
        """Their tasks: assigned to them, or shared with them as a collaborator (a subquery: no duplicate rows)."""
        shared = Task.collaborators.through.objects.filter(user_id=value.pk).values("task_id")
        return queryset.filter(Q(assignee_id=value.pk) | Q(pk__in=shared))


class DependencyFilter(filters.FilterSet):
    launch = filters.ModelChoiceFilter(field_name="launch", queryset=Launch.objects.all())

    class Meta:
        model = Dependency
        fields = ["launch", "predecessor", "successor"]


class MilestoneFilter(filters.FilterSet):
    class Meta:
        model = Milestone
        fields = ["launch", "schedule_mode"]


class TaskCommentFilter(filters.FilterSet):
    class Meta:
        model = TaskComment
        fields = ["task", "author"]


class BaselineFilter(filters.FilterSet):
    class Meta:
        model = Baseline
        fields = ["launch", "is_current"]

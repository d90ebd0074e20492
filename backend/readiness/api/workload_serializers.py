"""Serializers of the workload (readiness/workload.py): the query strings it takes (strict: a parameter it does not
take is a 400 naming it) and the answers it gives."""

import datetime as dt
from typing import Any

from rest_framework import serializers

from accounts.models import Department, User
from core.serializers import Serializer
from launches.models import Task, TaskStatus
from readiness.workload import WORKLOAD_DEFAULT_WEEKS, WORKLOAD_MAX_DAYS, WORKLOAD_MAX_WEEKS, WorkloadRole
from scheduling.plan import PLAN_FIRST_DAY, PLAN_LAST_DAY

_MAX_ID = 2**63 - 1
# One person's days by default: four weeks.
WORKLOAD_DEFAULT_DAYS = 28


def _in_plan(day: dt.date, name: str) -> None:
    if not PLAN_FIRST_DAY <= day <= PLAN_LAST_DAY:
        raise serializers.ValidationError(
            {name: [f"A day between {PLAN_FIRST_DAY.isoformat()} and {PLAN_LAST_DAY.isoformat()}."]}
        )


def _with_from(name: str, base: type, field: serializers.Field, doc: str) -> type:
    """`base` with a field named `from` (a Python keyword, so no class body can declare it)."""
    return type(name, (base,), {"from": field, "__doc__": doc, "__module__": __name__})


class _WorkloadListQuery(Serializer):
    weeks = serializers.IntegerField(
        required=False,
        default=WORKLOAD_DEFAULT_WEEKS,
        min_value=1,
        max_value=WORKLOAD_MAX_WEEKS,
        help_text=f"How many weeks, 1 to {WORKLOAD_MAX_WEEKS} (default {WORKLOAD_DEFAULT_WEEKS}).",
    )
    department = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Department.objects.all(),
        required=False,
        help_text="Only the people of this department (its slug); their work in every launch counts.",
    )
    over = serializers.BooleanField(required=False, default=False, help_text="Only the over-allocated people.")

    def validate(self, data: dict[str, Any]) -> dict[str, Any]:
        """`from` defaults to this week's Monday (context["this_monday"]) and moves back to its week's Monday;
        the weeks stay inside the plan's calendar."""
        first = data.get("from") or self.context["this_monday"]
        first -= dt.timedelta(days=first.weekday())
        _in_plan(first, "from")
        _in_plan(first + dt.timedelta(weeks=data["weeks"]), "from")
        return {**data, "from": first}


WorkloadListQuerySerializer = _with_from(
    "WorkloadListQuerySerializer",
    _WorkloadListQuery,
    serializers.DateField(
        required=False,
        help_text="The first day (YYYY-MM-DD); the list starts on its week's Monday. Default: this week's Monday.",
    ),
    "The workload list's query: from, weeks, department, over.",
)


class _WorkloadPersonQuery(Serializer):
    to = serializers.DateField(
        required=False,
        help_text=f"The last day (YYYY-MM-DD), at most {WORKLOAD_MAX_DAYS} days from `from` included. Default: "
        "four weeks.",
    )

    def validate(self, data: dict[str, Any]) -> dict[str, Any]:
        """`from` defaults to this week's Monday (context["this_monday"]), `to` to four weeks on."""
        first = data.get("from") or self.context["this_monday"]
        _in_plan(first, "from")
        last = data.get("to") or first + dt.timedelta(days=WORKLOAD_DEFAULT_DAYS - 1)
        _in_plan(last, "to")
        if last < first:
            raise serializers.ValidationError({"to": ["The last day comes on or after `from`."]})
        if (last - first).days + 1 > WORKLOAD_MAX_DAYS:
            raise serializers.ValidationError({"to": [f"At most {WORKLOAD_MAX_DAYS} days, `from` and `to` included."]})
        return {**data, "from": first, "to": last}


WorkloadPersonQuerySerializer = _with_from(
    "WorkloadPersonQuerySerializer",
    _WorkloadPersonQuery,
    serializers.DateField(required=False, help_text="The first day (YYYY-MM-DD). Default: this week's Monday."),
    "One person's workload query: from, to.",
)


class WorkloadPreviewQuerySerializer(Serializer):
    person = serializers.IntegerField(min_value=1, max_value=_MAX_ID, help_text="The person to put on the task.")
    task = serializers.IntegerField(min_value=1, max_value=_MAX_ID, help_text="The task, as assignee or collaborator.")

    def validate_person(self, value: int) -> User:
        person = User.objects.filter(pk=value, is_active=True).first()
        if person is None:
            raise serializers.ValidationError("No active person with this id.")
        return person

    def validate_task(self, value: int) -> Task:
        task = Task.objects.filter(pk=value).only("id", "assignee_id").first()
        if task is None:
            raise serializers.ValidationError("No task with this id.")
        return task


# Answers.


class WorkloadPersonSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    full_name = serializers.CharField()


class WorkloadWeekSerializer(serializers.Serializer):
    week = serializers.DateField(help_text="The week's Monday.")
    tasks = serializers.IntegerField(help_text="Open tasks overlapping the week (as assignee or collaborator).")
    hours = serializers.FloatField(help_text="Their effort in the week, spread evenly over each task's working days.")
    launches = serializers.IntegerField(help_text="In how many launches.")
    over = serializers.BooleanField(help_text="More tasks or hours than the person's capacity (each only if set).")


class _CapacityFields(serializers.Serializer):
    capacity_tasks_per_week = serializers.IntegerField(allow_null=True)
    capacity_hours_per_week = serializers.IntegerField(allow_null=True)


class WorkloadPersonRowSerializer(_CapacityFields):
    person = WorkloadPersonSummarySerializer()
    departments = serializers.ListField(child=serializers.CharField(), help_text="The person's departments' names.")
    weeks = WorkloadWeekSerializer(many=True)
    over_allocated = serializers.BooleanField(help_text="Over capacity in at least one of the weeks.")


class _WorkloadList(serializers.Serializer):
    weeks = serializers.ListField(child=serializers.DateField(), help_text="The weeks' Mondays, in order.")
    people = WorkloadPersonRowSerializer(many=True)


WorkloadListSerializer = _with_from(
    "WorkloadListSerializer",
    _WorkloadList,
    serializers.DateField(help_text="The first week's Monday."),
    "Everyone's open work per week across launches, against their capacity.",
)


class WorkloadDaySerializer(serializers.Serializer):
    date = serializers.DateField()
    tasks = serializers.IntegerField(help_text="Open tasks on this day.")
    hours = serializers.FloatField(help_text="Their effort on this day.")
    over = serializers.BooleanField(help_text="The day's week is over capacity.")


class WorkloadTaskSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    launch = serializers.IntegerField()
    launch_name = serializers.CharField()
    department_name = serializers.CharField()
    start = serializers.DateField(help_text="The first day as the launch's schedule has it (forecast from today).")
    due = serializers.DateField(help_text="The last day as the launch's schedule has it.")
    status = serializers.ChoiceField(choices=TaskStatus.choices)
    role = serializers.ChoiceField(
        choices=WorkloadRole.choices, help_text="The person's part: the task's assignee or one of its collaborators."
    )
    effort_hours = serializers.IntegerField(allow_null=True)


class _WorkloadPerson(_CapacityFields):
    person = WorkloadPersonSummarySerializer()
    departments = serializers.ListField(child=serializers.CharField())
    to = serializers.DateField()
    days = WorkloadDaySerializer(many=True)
    weeks = WorkloadWeekSerializer(many=True, help_text="Each week the days fall in, counted over the whole week.")
    over_allocated = serializers.BooleanField()
    tasks = WorkloadTaskSerializer(many=True, help_text="The open tasks on these days, by start.")


WorkloadPersonSerializer = _with_from(
    "WorkloadPersonSerializer",
    _WorkloadPerson,
    serializers.DateField(help_text="The first day."),
    "One person's open work per day and week, and the tasks.",
)


class WorkloadPreviewTaskSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    start = serializers.DateField()
    due = serializers.DateField()


class WorkloadPreviewWeekSerializer(serializers.Serializer):
    week = serializers.DateField(help_text="The week's Monday.")
    tasks = serializers.IntegerField(help_text="The person's open tasks in the week, this task left out.")
    hours = serializers.FloatField(help_text="Their hours in the week, this task left out.")
    launches = serializers.ListField(child=serializers.CharField(), help_text="The launches of those tasks.")
    tasks_after = serializers.IntegerField(help_text="With this task.")
    hours_after = serializers.FloatField(help_text="With this task's hours in the week.")
    over_after = serializers.BooleanField(help_text="Over capacity with this task.")


class WorkloadPreviewSerializer(_CapacityFields):
    person = WorkloadPersonSummarySerializer()
    task = WorkloadPreviewTaskSerializer()
    weeks = WorkloadPreviewWeekSerializer(many=True, help_text="The weeks the task overlaps.")
    over_allocated_after = serializers.BooleanField()
    message = serializers.CharField(allow_null=True, help_text="The first week over capacity, in plain words.")

"""Reads of the launch model for the API, each with a fixed number of queries whatever the size. Reads that
compose the plan with the apps above it (the timeline, readiness) live in readiness/selectors.py."""

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.db.models import Count, IntegerField, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce

from accounts.models import User
from launches.models import (
    Baseline,
    Dependency,
    Launch,
    Milestone,
    Task,
    TaskComment,
    TaskStatus,
    Workstream,
)
from launches.schedule import launch_schedule_load
from scheduling.engine import CONFLICT_CRITERION_LATE, CONFLICT_DEPENDENCY, Conflict


def _task_count(tasks: QuerySet[Task], group: str) -> Coalesce:
    """How many of `tasks` (filtered on an OuterRef) there are, as a column: a subquery counts them by index
    rather than the outer query grouping every selected column over the joined tasks (half the time at 5,000)."""
    counted = tasks.order_by().values(group).annotate(count=Count("id")).values("count")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def launch_list() -> QuerySet[Launch]:
    """Launches with their owner and task counts by status (one query)."""
    tasks = Task.objects.filter(workstream__launch=OuterRef("pk"))
    return (
        Launch.objects.select_related("owner")
        .annotate(
            task_count=_task_count(tasks, "workstream__launch"),
            done_task_count=_task_count(tasks.filter(status=TaskStatus.DONE), "workstream__launch"),
        )
        .order_by("t_zero", "id")
    )


def workstream_list() -> QuerySet[Workstream]:
    tasks = Task.objects.filter(workstream=OuterRef("pk"))
    return (
        Workstream.objects.select_related("launch", "department", "lead")
        .annotate(
            task_count=_task_count(tasks, "workstream"),
            done_task_count=_task_count(tasks.filter(status=TaskStatus.DONE), "workstream"),
        )
        .order_by("launch_id", "department__name", "id")
    )


def task_list() -> QuerySet[Task]:
    """Tasks with what their planned dates, department and people need (two queries: the rows, their
    collaborators)."""
    return Task.objects.select_related("workstream__launch", "workstream__department", "assignee").prefetch_related(
        Prefetch("collaborators", queryset=User.objects.order_by("id"))
    )


def dependency_list() -> QuerySet[Dependency]:
    return Dependency.objects.select_related(
        "predecessor__workstream__department", "successor__workstream__department", "launch"
    )


def baseline_list() -> QuerySet[Baseline]:
    return Baseline.objects.all()


def baseline_dates(launch: Launch) -> tuple[dict[str, Any] | None, dict[int, tuple[dt.date, dt.date]]]:
    """The launch's current baseline ({id, name, created_at}, or None) and each task's (start, due) in it,
    in one query."""
    rows = list(
        Baseline.objects.filter(launch=launch, is_current=True).values_list(
            "id", "name", "created_at", "tasks__task_id", "tasks__start", "tasks__due"
        )
    )
    if not rows:
        return None, {}
    baseline_id, name, created_at, *_dates = rows[0]
    dates = {task_id: (start, due) for *_baseline, task_id, start, due in rows if task_id is not None}
    return {"id": baseline_id, "name": name, "created_at": created_at}, dates


def milestone_list() -> QuerySet[Milestone]:
    return Milestone.objects.select_related("launch")


def task_comment_list() -> QuerySet[TaskComment]:
    return TaskComment.objects.select_related("author", "task")


def _conflict_message(conflict: Conflict, titles: Mapping[Any, str], gate_names: dict[int, str]) -> str:
    days = f"{conflict.days} day{'s' if conflict.days != 1 else ''}"
    if conflict.kind == CONFLICT_CRITERION_LATE:
        return (
            f"“{titles[conflict.task_id]}” is a criterion of gate “{gate_names.get(conflict.gate_id, '?')}” "
            f"but is due {days} too late (on or after the gate's day)."
        )
    if conflict.kind == CONFLICT_DEPENDENCY:
        predecessor = conflict.predecessor_id
        if type(predecessor) is tuple:
            what = f"{predecessor[0]} “{titles[predecessor]}”"
            return f"“{titles[conflict.task_id]}” is planned {days} before {what}, which it follows."
        return (
            f"“{titles[conflict.task_id]}” is planned to start {days} before “{titles[predecessor]}” "
            "(its predecessor) ends plus lag."
        )
    return f"“{titles[conflict.task_id]}” is needed for launch but ends {days} after launch day."


def conflict_payload(
    conflict: Conflict, titles: Mapping[Any, str], gate_names: dict[int, str] | None = None
) -> dict[str, Any]:
    """A conflict as the API says it. `titles` names every node (LaunchSchedule.node_names): a conflict may be a
    milestone pushed past its day, or a task planned before the milestone or gate it follows."""
    task, predecessor, gate = conflict.task_id, conflict.predecessor_id, conflict.gate_id
    payload = {
        "kind": conflict.kind,
        "task": task if type(task) is int else None,
        "predecessor": predecessor if type(predecessor) is int else None,
        "gate": gate,
        "days": conflict.days,
        "message": _conflict_message(conflict, titles, gate_names or {}),
    }
    if type(task) is tuple:
        payload["milestone"] = task[1]
    if type(predecessor) is tuple:
        payload[f"predecessor_{predecessor[0]}"] = predecessor[1]
    return payload


def launch_due_dates(launch: Launch) -> dict[int, dt.date]:
    """Each task's last day as the timeline shows it: the engine's, after late predecessors push it (two
    queries). Reminders and digests use these, so nobody hears "overdue" before the day the plan shows."""
    plan = launch_schedule_load([launch])[launch.pk]
    return plan.due_dates(plan.compute())

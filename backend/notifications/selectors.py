"""Reads for notifications: a person's notices, reminder candidates, conflicts, and a lead's digest (the office's
readiness digest is composed above notifications: settings.DIGEST_OFFICE_READINESS)."""

import datetime as dt
from typing import Any

from django.db.models import QuerySet

from accounts.models import DepartmentMembership, MembershipRole, User
from gates.models import DecisionKind, GateDecision, GateStatus
from launches.models import (
    ACTIVE_LAUNCH_STATUSES,
    OPEN_TASK_STATUSES,
    Launch,
    Task,
    TaskStatus,
    Workstream,
)
from launches.schedule import launch_schedule_load
from notifications.models import Notification, NotificationPreference
from scheduling.engine import CONFLICT_DEPENDENCY

DIGEST_WEEK_DAYS = 7


def notification_list(*, user: User, unread: bool | None = None) -> QuerySet[Notification]:
    """The person's own notices, newest first (one query per page, plus the count)."""
    notifications = Notification.objects.filter(recipient=user)
    if unread is True:
        notifications = notifications.filter(read_at=None)
    elif unread is False:
        notifications = notifications.exclude(read_at=None)
    return notifications.order_by("-created_at", "-id")


def notification_unread_count(*, user: User) -> int:
    return Notification.objects.filter(recipient=user, read_at=None).count()


def notification_preference_get(*, user: User) -> NotificationPreference:
    """The person's preferences, or the defaults (unsaved) when they never set any."""
    return NotificationPreference.objects.filter(user=user).first() or NotificationPreference(user=user)


def reminder_candidates() -> QuerySet[Task]:
    """Open tasks with an assignee in active launches, with what a reminder needs (one query)."""
    return (
        Task.objects.filter(
            status__in=OPEN_TASK_STATUSES,
            assignee__isnull=False,
            assignee__is_active=True,
            workstream__launch__status__in=ACTIVE_LAUNCH_STATUSES,
        )
        .select_related("workstream__launch", "assignee__notification_preference")
        .order_by("id")
    )


def launch_dependency_conflicts(*, launch: Launch) -> list[tuple[int, int]]:
    """The launch's dependency conflicts as sorted (task, predecessor) pairs, from the schedule engine."""
    schedule = launch_schedule_load([launch])[launch.pk].compute()
    return sorted(
        (conflict.task_id, conflict.predecessor_id)
        for conflict in schedule.conflicts
        if conflict.kind == CONFLICT_DEPENDENCY and conflict.predecessor_id is not None
    )


def _lines(title: str, items: list[str]) -> str:
    return f"{title} ({len(items)})\n" + "\n".join(f"  - {item}" for item in items) if items else ""


def lead_digest(*, user: User, today: dt.date) -> str:
    """A lead's morning read, per active launch: their departments' tasks due this week, overdue, blocked, in
    conflict, and the gates awaiting their sign-off. Empty when they lead nothing or nothing needs them."""
    led = set(
        DepartmentMembership.objects.filter(user=user, role=MembershipRole.LEAD).values_list("department_id", flat=True)
    )
    if not led:
        return ""
    sections = []
    workstreams = list(
        Workstream.objects.filter(department_id__in=led, launch__status__in=ACTIVE_LAUNCH_STATUSES)
        .select_related("launch", "department")
        .order_by("launch__t_zero", "department__name")
    )
    # Every led launch's plan in two queries, each computed once even when the lead has several lanes in it.
    plans = launch_schedule_load(
        {workstream.launch_id: workstream.launch for workstream in workstreams}.values(),
        task_fields=("workstream_id", "title", "status"),
        task_order=Task._meta.ordering,
    )
    schedules = {launch_id: plan.compute() for launch_id, plan in plans.items()}
    lane_tasks: dict[int, list[Any]] = {}
    for plan in plans.values():
        for row in plan.tasks:
            lane_tasks.setdefault(row.workstream_id, []).append(row)
    for workstream in workstreams:
        launch = workstream.launch
        plan, schedule = plans[launch.pk], schedules[launch.pk]
        conflicted = {c.task_id for c in schedule.conflicts if c.kind == CONFLICT_DEPENDENCY}
        due_week, overdue, blocked, conflicts = [], [], [], []
        for row in lane_tasks.get(workstream.pk, []):
            task_id, title, status = row.id, row.title, row.status
            if status not in OPEN_TASK_STATUSES:
                continue
            due = plan.date(schedule.tasks[task_id].due)
            if due < today:
                overdue.append(f"{title} (due {due.isoformat()})")
            elif (due - today).days < DIGEST_WEEK_DAYS:
                due_week.append(f"{title} (due {due.isoformat()})")
            if status == TaskStatus.BLOCKED:
                blocked.append(title)
            if task_id in conflicted:
                conflicts.append(title)
        approved_by_department = set(
            GateDecision.objects.filter(
                gate__launch=launch, department=workstream.department, kind=DecisionKind.APPROVE
            ).values_list("gate_id", "round")
        )
        awaiting = [
            gate.name
            for gate in launch.gates.filter(approver_departments=workstream.department).exclude(
                status=GateStatus.APPROVED
            )
            if (gate.pk, gate.round) not in approved_by_department
        ]
        parts = [
            _lines("Due this week", due_week),
            _lines("Overdue", overdue),
            _lines("Blocked", blocked),
            _lines("In conflict", conflicts),
            _lines("Gates awaiting your sign-off", awaiting),
        ]
        body = "\n".join(part for part in parts if part)
        if body:
            sections.append(f"{launch.name} — {workstream.department.name}\n{body}")
    return "\n\n".join(sections)

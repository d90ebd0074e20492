"""The daily digest: one email per person and day, composed from the apps below (a lead's department work and
the gates awaiting their sign-off, the office's readiness per launch, and the notices a person collects for it).
Here, above gates and notifications, because it reads them all."""

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import DepartmentMembership, MembershipRole, User
from communications.selectors import hints_shareable
from gates.models import DecisionKind, GateDecision, GateStatus
from launches.models import ACTIVE_LAUNCH_STATUSES, OPEN_TASK_STATUSES, Task, TaskStatus, Workstream
from launches.schedule import launch_schedule_load
from notifications import email, services
from notifications.models import DAILY_DIGEST, EmailDelivery, EmailMode, Notification, NotificationPreference
from readiness.selectors import office_readiness_digest
from scheduling.engine import CONFLICT_DEPENDENCY

DIGEST_WEEK_DAYS = 7


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


def hints_digest(*, user: User) -> str:
    """For a lead: the employee hints of their launches open for sharing today, to pass on to their team, with
    the page where anyone shares them in one click. Empty otherwise."""
    led = set(
        DepartmentMembership.objects.filter(user=user, role=MembershipRole.LEAD).values_list("department_id", flat=True)
    )
    if not led:
        return ""
    launches = set(Workstream.objects.filter(department_id__in=led).values_list("launch_id", flat=True))
    items = [
        f"{item.title} ({item.launch.name})"
        for item, _shared in hints_shareable(user_id=user.pk, now=timezone.now())
        if item.launch_id in launches
    ]
    if not items:
        return ""
    return _lines("Hints your team may share today", items) + f"\n  Share them: {settings.SITE_URL}/hints"


def digest_recipients() -> list[int]:
    """Who gets a daily digest: those who opted in to it, and those who collect their notices for it."""
    rows = (
        NotificationPreference.objects.filter(user__is_active=True)
        .exclude(user__email="")
        .values_list("user_id", "email_events", "email_mode")
    )
    return sorted(user_id for user_id, events, mode in rows if mode == EmailMode.DIGEST or DAILY_DIGEST in events)


@transaction.atomic
def digest_send(*, user_id: int, day: dt.date) -> EmailDelivery | None:
    """The daily digest, once per person and day: a lead's department work (due this week, overdue, blocked,
    conflicts, gates awaiting their sign-off), the office's readiness per launch, and the notices the person
    collects for the digest. Sent only to those who opted in (daily_digest) or chose digest mode."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return None
    preference = services.user_preference(user)
    collecting = preference.email_mode == EmailMode.DIGEST
    if DAILY_DIGEST not in preference.email_events and not collecting:
        return None
    sections: list[str] = []
    lead = lead_digest(user=user, today=day)
    if lead:
        sections.append(lead)
    hints = hints_digest(user=user)
    if hints:
        sections.append(hints)
    if user.is_office or user.is_superuser:
        readiness = office_readiness_digest(today=day)
        if readiness:
            sections.append(readiness)
    pending = list(
        Notification.objects.filter(recipient=user, emailed_at=None, kind__in=preference.email_events).order_by(
            "created_at", "id"
        )
        if collecting
        else []
    )
    if pending:
        sections.append("Your notifications\n" + "\n".join(f"- {n.title}: {settings.SITE_URL}{n.url}" for n in pending))
    if not sections:
        return None
    delivery = email.email_delivery_create(
        recipient=user,
        idempotency_key=f"digest:{user.pk}:{day.isoformat()}",
        subject=f"[T-Minus] Your digest for {day.isoformat()}",
        body="\n\n".join(sections) + "\n",
    )
    if delivery is not None and pending:
        Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=timezone.now())
    return delivery

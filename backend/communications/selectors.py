"""Reads of communications: the list (fixed query count), the timeline's rows and embargo conflicts, and the
embargoes about to lift."""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from accounts.models import User
from communications.models import (
    DEFAULT_POLICIES,
    ApprovalPolicy,
    Communication,
    CommunicationDecision,
    CommunicationKind,
    CommunicationPolicy,
    CommunicationStatus,
    Embargo,
    HintShare,
    Publication,
)
from core.selectors import counts_by_choice
from gates.models import GateStatus
from launches.models import Launch, LaunchStatus, TaskStatus, planned_moment
from notifications.models import EventKind, LaunchEvent

# An employee hint is shareable this long after its planned moment, unless its share_until says otherwise.
HINT_WINDOW = dt.timedelta(days=7)


def communication_embargo_lifted(item: Communication, launch: Launch, now: dt.datetime) -> tuple[bool, str]:
    """Whether the embargo has lifted at `now`, and what it is (for messages)."""
    if item.embargo == Embargo.T_ZERO:
        local = launch.t_zero.astimezone(launch.zone)
        return now >= launch.t_zero, f"T-0 ({local:%a %-d %b %Y, %H:%M} {launch.zone.key})"
    if item.embargo == Embargo.GATE:
        gate = item.embargo_gate
        return gate.status == GateStatus.APPROVED, f"gate “{gate.name}”"
    if item.embargo == Embargo.TASK:
        task = item.embargo_task
        if task is None:
            return False, "its task (since deleted: choose another, or no embargo)"
        return task.status == TaskStatus.DONE, f"task “{task.title}”"
    return True, ""


def policy_approval(kind: str, stored: Mapping[str, str]) -> str:
    """Who approves this kind, given the office's settings {kind: approval}: its setting, else DEFAULT_POLICIES,
    else the office."""
    return stored.get(kind) or DEFAULT_POLICIES.get(kind, ApprovalPolicy.OFFICE)


def communication_policies() -> dict[str, str]:
    """The office's settings, {kind: approval} (one query)."""
    return dict(CommunicationPolicy.objects.values_list("kind", "approval"))


def communication_policy(*, kind: str) -> str:
    """Who approves this kind of communication (one query)."""
    return policy_approval(kind, dict(CommunicationPolicy.objects.filter(kind=kind).values_list("kind", "approval")))


def hint_share_until(item: Communication) -> dt.datetime:
    """The end of an employee hint's sharing window: share_until, or a week after its planned moment."""
    return item.share_until or item.moment(item.launch) + HINT_WINDOW


def hint_shareable(item: Communication, now: dt.datetime) -> bool:
    """An employee hint may be shared now: approved (or out), its embargo lifted, inside its window (from its
    planned moment until hint_share_until), in a launch that is not cancelled."""
    if item.kind != CommunicationKind.EMPLOYEE_HINT or item.launch.status == LaunchStatus.CANCELLED:
        return False
    if item.status not in (CommunicationStatus.APPROVED, CommunicationStatus.PUBLISHED):
        return False
    return (
        item.moment(item.launch) <= now < hint_share_until(item)
        and communication_embargo_lifted(item, item.launch, now)[0]
    )


# Published items passed the embargo check when published; withdrawn ones are no longer planned.
SETTLED_STATUSES = frozenset({CommunicationStatus.PUBLISHED, CommunicationStatus.WITHDRAWN})


def communication_list() -> QuerySet[Communication]:
    """Communications with their launch, author, department, gate, task, decisions (with their deciders), named
    approvers and publications (four queries)."""
    return Communication.objects.select_related(
        "launch", "author", "department", "embargo_gate", "embargo_task"
    ).prefetch_related(
        Prefetch(
            "decisions", queryset=CommunicationDecision.objects.select_related("actor").order_by("created_at", "id")
        ),
        Prefetch("approvers", queryset=User.objects.order_by("id")),
        Prefetch("publications", queryset=Publication.objects.order_by("channel")),
    )


@dataclass(frozen=True)
class CommunicationBoard:
    out: list[Communication]
    queued: list[Communication]
    embargoed: list[Communication]
    awaiting_approval: list[Communication]
    blocked_attempts: list[dict[str, Any]]


BOARD_BLOCKED_ATTEMPTS = 20


def communication_board(*, launch: Launch, now: dt.datetime) -> CommunicationBoard:
    """The office's view of a launch's communications (four queries): what went out (newest first), what is
    queued (approved, embargo lifted, its moment ahead: soonest first), what its embargo holds, what awaits a
    decision, and the latest attempts to publish before an embargo lifted."""
    items = list(
        communication_list()
        .filter(
            launch=launch,
            status__in=[CommunicationStatus.PUBLISHED, CommunicationStatus.APPROVED, CommunicationStatus.SUBMITTED],
        )
        .order_by("id")
    )
    out, queued, embargoed, awaiting = [], [], [], []
    for item in items:
        if item.status == CommunicationStatus.PUBLISHED:
            out.append(item)
        elif item.status == CommunicationStatus.SUBMITTED:
            awaiting.append(item)
        elif communication_embargo_lifted(item, launch, now)[0]:
            queued.append(item)
        else:
            embargoed.append(item)
    out.sort(key=lambda item: item.published_at or now, reverse=True)
    queued.sort(key=lambda item: item.moment(launch))
    embargoed.sort(key=lambda item: item.moment(launch))
    blocked = [
        {
            "communication": event.data.get("communication"),
            "title": event.data.get("title", ""),
            "actor_name": event.data.get("actor_name", ""),
            "embargo_until": event.data.get("embargo", ""),
            "at": event.created_at,
        }
        for event in LaunchEvent.objects.filter(launch=launch, kind=EventKind.COMMUNICATION_PUBLISH_BLOCKED).order_by(
            "-created_at", "-id"
        )[:BOARD_BLOCKED_ATTEMPTS]
    ]
    return CommunicationBoard(out, queued, embargoed, awaiting, blocked)


def hints_shareable(*, user_id: int, now: dt.datetime) -> list[tuple[Communication, list[str]]]:
    """The employee hints open for sharing now (hint_shareable), each with the networks this user shared it on
    (two queries)."""

    items = [
        item
        for item in Communication.objects.filter(
            kind=CommunicationKind.EMPLOYEE_HINT,
            status__in=[CommunicationStatus.APPROVED, CommunicationStatus.PUBLISHED],
        )
        .exclude(launch__status=LaunchStatus.CANCELLED)
        .select_related("launch", "embargo_gate", "embargo_task")
        .order_by("id")
        if hint_shareable(item, now)
    ]
    mine: dict[int, list[str]] = {}
    for communication_id, network in (
        HintShare.objects.filter(user_id=user_id, communication__in=[item.pk for item in items])
        .order_by("shared_at")
        .values_list("communication_id", "network")
    ):
        if network not in mine.setdefault(communication_id, []):
            mine[communication_id].append(network)
    return [(item, mine.get(item.pk, [])) for item in items]


def hint_share_list() -> QuerySet[HintShare]:
    """Who shared which hint where and when (one query)."""
    return HintShare.objects.select_related("communication", "user").order_by("-shared_at", "-id")


def _days_before(planned: dt.datetime, lifts: dt.datetime) -> int:
    """Whole days (rounded up) that the planned moment comes before the embargo lifts."""
    seconds = (lifts - planned).total_seconds()
    return max(1, -int(-seconds // 86400))


def launch_communication_rows(
    launch: Launch, gates: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The launch's communications as timeline rows and their embargo conflicts (rule 3: planned before the
    embargo lifts: before T-0, or before the gate's moment; not for published or withdrawn items). One query;
    `gates` are the timeline's gate rows."""
    gate_by_id = {gate["id"]: gate for gate in gates}
    rows, conflicts = [], []
    for pk, title, kind, status, department_id, mode, offset_days, at, embargo, gate_id, task_id in (
        Communication.objects.filter(launch=launch)
        .order_by("offset_days", "at", "id")
        .values_list(
            "id",
            "title",
            "kind",
            "status",
            "department_id",
            "schedule_mode",
            "offset_days",
            "at",
            "embargo",
            "embargo_gate_id",
            "embargo_task_id",
        )
    ):
        moment = planned_moment(launch, schedule_mode=mode, offset_days=offset_days, at=at)
        rows.append(
            {
                "id": pk,
                "title": title,
                "kind": kind,
                "status": status,
                "department": department_id,
                "schedule_mode": mode,
                "offset_days": offset_days,
                "moment": moment,
                "embargo": embargo,
                "embargo_gate": gate_id,
                "embargo_task": task_id,
            }
        )
        if status in SETTLED_STATUSES:
            continue
        if embargo == Embargo.T_ZERO:
            lifts, what = launch.t_zero, "T-0"
        elif embargo == Embargo.GATE and gate_id in gate_by_id:
            lifts, what = gate_by_id[gate_id]["moment"], f"gate “{gate_by_id[gate_id]['name']}”"
        else:
            continue
        if moment < lifts:
            days = _days_before(moment, lifts)
            conflicts.append(
                {
                    "kind": "embargo",
                    "task": None,
                    "predecessor": None,
                    "gate": gate_id,
                    "communication": pk,
                    "days": days,
                    "message": f"“{title}” is planned {days} day{'s' if days != 1 else ''} before its embargo "
                    f"lifts ({what}).",
                }
            )
    return rows, conflicts


def launch_communication_counts(*, launch: Launch) -> dict[str, int]:
    """How many of the launch's communications are in each status, and the total (one query)."""
    return counts_by_choice(Communication.objects.filter(launch=launch), "status", CommunicationStatus.values)


def communications_embargo_lifting(
    *, after: dt.datetime, until: dt.datetime
) -> list[tuple[Communication, dt.datetime]]:
    """Approved (not yet published) communications whose embargo lifts after `after` and at the latest `until`,
    each with that moment: T-0 for a T-0 embargo; for a gate embargo, the planned moment of its gate while the
    gate is not approved (an approved gate has lifted it already). Closed and cancelled launches are left out.
    One query."""
    items = (
        Communication.objects.filter(status=CommunicationStatus.APPROVED)
        .exclude(launch__status__in=(LaunchStatus.CLOSED, LaunchStatus.CANCELLED))
        .filter(
            Q(embargo=Embargo.T_ZERO, launch__t_zero__gt=after, launch__t_zero__lte=until)
            | (Q(embargo=Embargo.GATE) & ~Q(embargo_gate__status=GateStatus.APPROVED))
        )
        .select_related("launch", "embargo_gate")
        .order_by("id")
    )
    lifting = []
    for item in items:
        lifts = item.launch.t_zero if item.embargo == Embargo.T_ZERO else item.embargo_gate.moment(item.launch)
        if after < lifts <= until:
            lifting.append((item, lifts))
    return lifting


def communications_due_ids(*, launch_id: int | None = None, now: dt.datetime) -> list[int]:
    """Approved communications whose planned moment has come, in launches that are not cancelled or closed (one
    query; their embargo is checked when each is published)."""
    items = (
        Communication.objects.filter(status=CommunicationStatus.APPROVED)
        .exclude(launch__status__in=(LaunchStatus.CLOSED, LaunchStatus.CANCELLED))
        .select_related("launch")
        .order_by("id")
        .only("id", "schedule_mode", "offset_days", "at", "launch__t_zero", "launch__time_zone", "launch__status")
    )
    if launch_id is not None:
        items = items.filter(launch_id=launch_id)
    return [item.pk for item in items if item.moment(item.launch) <= now]

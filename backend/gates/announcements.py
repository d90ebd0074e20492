"""Who hears of a gate's events (notifications/announcements.py): its approvers (the office, its departments'
leads, its named approvers) when it awaits a decision, the office when it is decided or reopened (rule 4)."""

from gates.models import GateStatus
from notifications.announcements import Told, announcement, department_leads, headline, office_users
from notifications.models import EventKind, LaunchEvent, NotificationKind


def _awaiting(event: LaunchEvent) -> list[Told]:
    gate = event.gate
    approvers = (
        office_users()
        + department_leads(gate.approver_departments.values_list("pk", flat=True))
        + list(gate.approver_users.filter(is_active=True).order_by("id"))
    )
    return [
        Told(
            user,
            NotificationKind.GATE_AWAITING_APPROVAL,
            f"Gate awaits your approval: {gate.name}",
            f"{event.launch.name}: gate “{gate.name}” needs your decision.",
        )
        for user in approvers
    ]


@announcement(EventKind.GATE_CREATED)
def gate_created(event: LaunchEvent) -> list[Told]:
    """A new gate awaits the office, the leads of the departments it names and its named approvers."""
    return _awaiting(event) if event.gate is not None else []


@announcement(EventKind.GATE_UPDATED)
def gate_updated(event: LaunchEvent) -> list[Told]:
    """Approvers added to a gate that is still pending are told it awaits them: a person named, or the lead of a
    department named; those named before heard of it already."""
    gate, changes = event.gate, event.data.get("changes", {})
    if gate is None or gate.status != GateStatus.PENDING:
        return []
    added_people = _added(changes.get("approver_users"))
    added_departments = _added(changes.get("approver_departments"))
    if not (added_people or added_departments):
        return []
    approvers = department_leads(sorted(added_departments)) + list(
        gate.approver_users.filter(pk__in=added_people, is_active=True).order_by("id")
    )
    return [
        Told(
            user,
            NotificationKind.GATE_AWAITING_APPROVAL,
            f"Gate awaits your approval: {gate.name}",
            f"{event.launch.name}: gate “{gate.name}” needs your decision.",
        )
        for user in approvers
    ]


def _added(change: dict | None) -> set[int]:
    if not change:
        return set()
    return set(change.get("to") or ()) - set(change.get("from") or ())


@announcement(EventKind.GATE_REOPENED)
def gate_reopened(event: LaunchEvent) -> list[Told]:
    """Rule 4: a reopened gate awaits its approvers again, and the office is told why it reopened."""
    gate = event.gate
    if gate is None:
        return []
    why = event.data.get("why", "a criterion was reopened")
    return _awaiting(event) + [
        Told(
            user,
            NotificationKind.GATE_REOPENED,
            f"Gate reopened: {gate.name}",
            f"{event.launch.name}: {why} The gate is pending again.",
        )
        for user in office_users()
    ]


def _decided_summary(event: LaunchEvent) -> str:
    decision = event.data.get("decision")
    return headline(event) + (f" ({decision}, gate now {event.data.get('status')})" if decision else "")


@announcement(EventKind.GATE_DECIDED, summary=_decided_summary)
def gate_decided(event: LaunchEvent) -> list[Told]:
    """An approval or a rejection is told to the office, with who decided, the gate's status and the comment."""
    gate, data = event.gate, event.data
    if gate is None:
        return []
    who = event.actor.full_name if event.actor else "Someone"
    if data.get("as") == "named":
        who += " (named approver)"
    elif data.get("department"):
        who += f" ({data['department']} lead)"
    return [
        Told(
            user,
            NotificationKind.GATE_DECIDED,
            f"Gate {data.get('decision', 'decided')}: {gate.name}",
            f"{event.launch.name}: {who} decided “{data.get('decision')}” on gate “{gate.name}”; "
            f"it is now {data.get('status', gate.status)}. {data.get('comment', '')}".strip(),
        )
        for user in office_users()
    ]

"""What a transaction's events say to the people watching their launch, in plain words and as a list of the
items they changed. Built from the events alone (no query): the follower runs in the request, after commit.

Only kinds every signed-in user reads are told (everyone reads every launch, docs/permissions.md); calendar
feeds, webhooks and people are never sent, nor any field's value but the few the note names (days moved, a
status)."""

from collections.abc import Sequence
from typing import Any

from events.kinds import (
    Change,
    CommunicationDecided,
    CommunicationSubmitted,
    CommunicationTransitioned,
    CrossLaunchMoved,
    Event,
    FeedbackImported,
    GateDecided,
    GateReopened,
    LaunchStatusChanged,
    PlanChange,
    PlaybookApplied,
    TaskConflict,
    TZeroMoved,
)
from launches.models import TaskStatus

# Kinds whose rows hold what only their owner may read (feed tokens, webhook secrets, people's details).
NOT_TOLD = frozenset({"calendarfeed", "webhook", "user", "userimport", "department", "departmentmembership"})
ITEMS_MAX = 100

_NOUNS = {
    "task": "task",
    "dependency": "link",
    "crosslaunchdependency": "link to another launch",
    "milestone": "milestone",
    "gate": "gate",
    "communication": "communication",
    "workstream": "workstream",
    "baseline": "baseline",
    "knowledgebasearticle": "knowledge base article",
    "recruitmentrole": "recruitment role",
    "feedbackitem": "feedback item",
    "launch": "launch",
}
_PLURALS = {
    "dependency": "links",
    "crosslaunchdependency": "links to other launches",
    "knowledgebasearticle": "knowledge base articles",
    "feedbackitem": "feedback items",
}
_VERBS = {"create": "added", "update": "changed", "delete": "deleted", "transition": "changed the status of"}


def actor_name(user: Any) -> str:
    if user is None:
        return "T-Minus"
    return user.get_full_name() or user.get_username()


def told(event: Event) -> bool:
    if isinstance(event, TaskConflict | CrossLaunchMoved):
        return True
    return isinstance(event, Change) and event.entity not in NOT_TOLD


def change_items(events: Sequence[Event]) -> list[dict[str, Any]]:
    """The items the events changed, for the browser to highlight and reload (at most ITEMS_MAX)."""
    items = []
    for event in events[:ITEMS_MAX]:
        if isinstance(event, TaskConflict):
            items.append({"entity": "task", "action": "conflict", "id": event.task_id, "label": ""})
        elif isinstance(event, CrossLaunchMoved):
            continue  # its tasks are another launch's: the timeline's difference carries what this one shows
        elif isinstance(event, Change):
            items.append({"entity": event.entity, "action": event.action, "id": event.id, "label": event.label})
    return items


def _days(count: int) -> str:
    return f"{abs(count)} day{'' if abs(count) == 1 else 's'}"


def _shift(changes: Any, field: str) -> int | None:
    change = changes.get(field)
    if not change or change["from"] is None or change["to"] is None:
        return None
    try:
        return int(change["to"]) - int(change["from"])
    except (TypeError, ValueError):
        return None


def _task_update(event: Change) -> str:
    changes, name = event.changes, f"“{event.label}”"
    if "title" in changes and len(changes) == 1:
        return f"renamed “{changes['title']['from']}” to {name}"
    moved = _shift(changes, "offset_days")
    if moved:
        return f"moved {name} {_days(moved)} {'later' if moved > 0 else 'earlier'}"
    if "start_date" in changes or "schedule_mode" in changes:
        return f"moved {name}"
    longer = _shift(changes, "duration_days")
    if longer:
        return f"made {name} {_days(longer)} {'longer' if longer > 0 else 'shorter'}"
    if "status" in changes:
        status = changes["status"]["to"]
        label = TaskStatus(status).label.lower() if status in TaskStatus.values else status
        return f"marked {name} {label}"
    if "assignee" in changes:
        return f"reassigned {name}"
    return f"changed {name}"


def _one(event: Event) -> str:
    if isinstance(event, CrossLaunchMoved):
        names = ", ".join(f"“{name}”" for name in event.other_launch_names)
        return f"noticed that {names} changed, which tasks here wait on"
    if isinstance(event, TaskConflict):
        return f"found that a task now starts before “{event.predecessor_title}” allows"
    assert isinstance(event, Change)
    name = f"“{event.label}”"
    if isinstance(event, TZeroMoved):
        return f"moved T-0 {_days(event.shift_days)} {'later' if event.shift_days > 0 else 'earlier'}"
    if isinstance(event, LaunchStatusChanged):
        return f"marked the launch {event.changes['status']['to']}"
    if isinstance(event, PlaybookApplied):
        return "planned the launch from a playbook"
    if isinstance(event, GateDecided):
        return f"{'approved' if event.decision == 'approve' else 'rejected'} the gate {name}"
    if isinstance(event, GateReopened):
        return f"reopened the gate {name}"
    if isinstance(event, CommunicationSubmitted):
        return f"submitted {name} for approval"
    if isinstance(event, CommunicationDecided):
        return f"{'approved' if event.decision == 'approve' else 'rejected'} {name}"
    if isinstance(event, CommunicationTransitioned):
        status = event.changes.get("status", {}).get("to")
        return f"{'published' if status == 'published' else 'withdrew'} {name}"
    if isinstance(event, FeedbackImported):
        return "imported feedback"
    if event.entity == "task" and event.action == "update":
        return _task_update(event)
    if event.entity == "milestone" and event.action == "update":
        moved = _shift(event.changes, "offset_days")
        if moved:
            return f"moved the milestone {name} {_days(moved)} {'later' if moved > 0 else 'earlier'}"
    if event.entity == "launch":
        return "changed the launch's details"
    verb = _VERBS.get(event.action, "changed")
    noun = _NOUNS.get(event.entity, event.entity)
    if event.entity == "dependency":
        return f"{ {'create': 'linked', 'delete': 'unlinked'}.get(event.action, 'changed the link of') } two tasks"
    return f"{verb} the {noun} {name}" if noun != "task" else f"{verb} {name}"


def change_summary(events: Sequence[Event]) -> str:
    """One sentence: who did what ("Pat Lee moved “Draft the press release” 3 days later"). Many changes of one
    kind are counted ("added 40 tasks"); otherwise the first is told and the rest counted."""
    who = actor_name(events[0].actor)
    if len(events) == 1:
        return f"{who} {_one(events[0])}"
    kinds = {(getattr(e, "entity", "task"), getattr(e, "action", "conflict")) for e in events}
    if len(kinds) == 1:
        entity, action = kinds.pop()
        noun = _PLURALS.get(entity, f"{_NOUNS.get(entity, entity)}s")
        return f"{who} {_VERBS.get(action, 'changed')} {len(events)} {noun}"
    rest = len(events) - 1
    return f"{who} {_one(events[0])} and made {rest} other change{'' if rest == 1 else 's'}"


def change_message(launch_id: int, events: Sequence[Event]) -> dict[str, Any]:
    """The message of one transaction's changes to one launch, sent at once; `plan` says the plan changed, so a
    `schedule` message with the timeline's difference follows (live.tasks.launch_schedule_publish)."""
    actor = events[0].actor
    deleted = any(getattr(e, "entity", "") == "launch" and getattr(e, "action", "") == "delete" for e in events)
    return {
        "type": "change",
        "launch": launch_id,
        "actor": None if actor is None else {"id": actor.pk, "name": actor_name(actor)},
        "summary": change_summary(events),
        "items": change_items(events),
        "deleted": deleted,
        "plan": not deleted and any(isinstance(e, PlanChange | CrossLaunchMoved) for e in events),
    }

"""What an undo step did, in plain words: “Move “Draft the press release” 3 days later”, “Delete “X””, “Move
launch day to 12 Jan”. Worked out once, when the step is recorded, from the write's events."""

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from events.changes import audit_snapshot
from events.kinds import (
    Change,
    DependencyCreated,
    DependencyDeleted,
    DependencyUpdated,
    TaskCreated,
    TaskDeleted,
    TaskUpdated,
    TZeroMoved,
)
from gates.models import Gate
from launches.models import Dependency, Launch, Milestone, Task, TaskStatus, Workstream

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
STEP_LABEL_LENGTH = 300
TITLE_LENGTH = 80
LINK_ENDS = ("predecessor", "predecessor_milestone", "predecessor_gate", "successor", "successor_milestone")


def _quoted(title: str) -> str:
    title = title if len(title) <= TITLE_LENGTH else title[: TITLE_LENGTH - 1] + "…"
    return f"“{title}”"


def _days(count: int) -> str:
    return f"{abs(count)} day{'' if abs(count) == 1 else 's'}"


def day_words(day: dt.date, *, beside: dt.date | None = None) -> str:
    """12 Jan, with the year when it is not the year of `beside` (12 Jan 2027)."""
    words = f"{day.day} {MONTHS[day.month - 1]}"
    return words if beside is not None and beside.year == day.year else f"{words} {day.year}"


def link_words(values: Mapping[str, Any]) -> str:
    """A link by its ends' names, “Brief” → “Launch post” (a gate or milestone named as such)."""

    def name(field: str) -> str:
        pk = values.get(field)
        if pk is None:
            return ""
        if field in ("predecessor", "successor"):
            title = Task.objects.filter(pk=pk).values_list("title", flat=True).first()
            return _quoted(title) if title else f"task {pk}"
        if field == "predecessor_gate":
            gate = Gate.objects.filter(pk=pk).values_list("name", flat=True).first()
            return f"gate {_quoted(gate)}" if gate else f"gate {pk}"
        milestone = Milestone.objects.filter(pk=pk).values_list("name", flat=True).first()
        return f"milestone {_quoted(milestone)}" if milestone else f"milestone {pk}"

    before = name("predecessor") or name("predecessor_milestone") or name("predecessor_gate")
    after = name("successor") or name("successor_milestone")
    return f"{before} → {after}"


def _task_update_words(event: TaskUpdated) -> str:
    changes = event.changes
    title = _quoted(event.label)
    fields = set(changes)
    if fields <= {"status", "actual_start", "actual_finish"} and "status" in fields:
        return f"Mark {title} {TaskStatus(changes['status']['to']).label.lower()}"
    if fields == {"title"}:
        return f"Rename {_quoted(changes['title']['from'])} to {title}"
    if fields == {"assignee"}:
        return f"Reassign {title}"
    moved = fields & {"offset_days", "start_date", "schedule_mode"}
    resized = fields & {"duration_days", "duration_count"}
    if fields - {"offset_days", "start_date", "schedule_mode", "duration_days", "duration_count", "workstream"}:
        return f"Edit {title}"
    if moved and resized:
        return f"Move and resize {title}"
    if resized:
        if "duration_days" in changes:
            return f"Resize {title} to {_days(changes['duration_days']['to'])}"
        return f"Resize {title}"
    parts = []
    if "workstream" in changes:
        department = (
            Workstream.objects.filter(pk=changes["workstream"]["to"]).values_list("department__name", flat=True).first()
        )
        parts.append(f"to {department}" if department else "to another workstream")
    shift = _shift_days(changes)
    if shift:
        parts.append(f"{_days(shift)} {'later' if shift > 0 else 'earlier'}")
    return f"Move {title}" + (f" {', '.join(parts)}" if parts else "")


def _shift_days(changes: Mapping[str, Any]) -> int:
    """By how many calendar days the start moved, when it stayed anchored or stayed fixed."""
    offset = changes.get("offset_days")
    if offset and "schedule_mode" not in changes and None not in (offset["from"], offset["to"]):
        return offset["to"] - offset["from"]
    start = changes.get("start_date")
    if start and "schedule_mode" not in changes and None not in (start["from"], start["to"]):
        return (dt.date.fromisoformat(start["to"]) - dt.date.fromisoformat(start["from"])).days
    return 0


def _link_event_words(event: Change, verb: str) -> str:
    values = {name: change.get("to") or change.get("from") for name, change in event.changes.items()}
    if isinstance(event, DependencyUpdated):
        link = Dependency.objects.filter(pk=event.id).first()
        values = audit_snapshot(link, LINK_ENDS) if link else {}
        if "lag_days" in event.changes and set(event.changes) <= {"lag_days", "lag_count"}:
            lag = event.changes["lag_days"]["to"]
            return f"Set the lag of {link_words(values)} to {_days(lag)}{'' if lag >= 0 else ' lead'}"
    return f"{verb} {link_words(values)}"


def step_label(events: Sequence[Change]) -> str:
    """One write's events in a few words (the first event's, when the write did several things)."""
    label = _event_words(events)
    return label[:STEP_LABEL_LENGTH]


def _event_words(events: Sequence[Change]) -> str:
    deleted = [event for event in events if isinstance(event, TaskDeleted)]
    if deleted:
        return f"Delete {_quoted(deleted[0].label)}" + _more(len(deleted))
    first = events[0]
    more = _more(len(events))
    if isinstance(first, TaskCreated):
        return f"Add {_quoted(first.label)}" + more
    if isinstance(first, TaskUpdated):
        return _task_update_words(first) + more
    if isinstance(first, DependencyCreated):
        return _link_event_words(first, "Link") + more
    if isinstance(first, DependencyUpdated):
        return _link_event_words(first, "Change the link") + more
    if isinstance(first, DependencyDeleted):
        return _link_event_words(first, "Remove the link") + more
    if isinstance(first, TZeroMoved):
        moved = first.changes["t_zero"]
        zone = Launch.objects.filter(pk=first.id).values_list("time_zone", flat=True).first()
        after = dt.datetime.fromisoformat(moved["to"]).astimezone(zone)
        before = dt.datetime.fromisoformat(moved["from"]).astimezone(zone)
        return f"Move launch day to {day_words(after.date(), beside=before.date())}" + more
    return f"Change {_quoted(first.label)}" + more


def _more(count: int) -> str:
    return "" if count <= 1 else f" and {count - 1} more change{'' if count == 2 else 's'}"

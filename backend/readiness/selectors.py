"""Reads that compose a launch's plan with the apps planned around it, each with a fixed number of queries
whatever the size: the timeline (tasks, gates, communications) and readiness (tasks, gates, the knowledge base,
recruiting, communications, developer feedback). They sit above every app they read, so the launch model never
imports upward to serve them (docs/architecture.md#layers)."""

import datetime as dt
import gzip
from typing import Any

import orjson
from django.core.cache import cache
from django.db.models.functions import Substr

from accounts.models import User
from communications.selectors import launch_communication_counts, launch_communication_rows
from core.cache import single_flight
from core.limits import TIMELINE_NOTES_MAX_LENGTH
from deliverables.selectors import launch_kb_counts, launch_recruiting_counts
from feedback.selectors import launch_feedback_counts
from gates.models import GateStatus
from gates.selectors import launch_gate_rows
from launches.cross_launch import launch_cross_links
from launches.models import (
    ACTIVE_LAUNCH_STATUSES,
    OPEN_TASK_STATUSES,
    Launch,
    Milestone,
    ScheduleMode,
    Task,
    TaskStatus,
    Workstream,
)
from launches.schedule import LaunchSchedule, gate_inputs, launch_schedule_load, status_date
from launches.selectors import baseline_dates, conflict_payload
from launches.working_time import LaunchCalendar
from scheduling.engine import Schedule

# The timeline: everything the React timeline needs for one launch, in one response.

TIMELINE_CACHE_SECONDS = 60 * 60
CLOSED_DAYS_MARGIN = 92


TIMELINE_GZIP_LEVEL = 3


def launch_timeline_json(*, launch: Launch) -> bytes:
    """The timeline rendered as JSON, cached per plan_version and status date: every write to the plan bumps
    the version and the forecast moves on with the day, so a cached body is never stale, and the second reader
    of an unchanged plan (another lead) costs no recomputation. People's names are the one thing outside the
    plan; they can lag by at most TIMELINE_CACHE_SECONDS."""
    return _launch_timeline_bodies(launch)[0]


def launch_timeline_gzip(*, launch: Launch) -> bytes:
    """The timeline's body gzipped, cached beside it: the readers of a plan version after the first pay no
    compression. It holds no secret, so it needs none of the random padding that core.http's compression adds
    against BREACH. Level 3: at 5,000 tasks 23 ms and 249 KiB, where level 6 takes 54 ms for 202 KiB."""
    return _launch_timeline_bodies(launch)[1]


def _launch_timeline_bodies(launch: Launch) -> tuple[bytes, bytes]:
    """(JSON, gzipped JSON) of this plan version and day, rendered once: by the live task or the first reader;
    readers who come while it renders wait for it (core.cache.single_flight) rather than render it again."""
    key = launch_timeline_cache_key(launch)
    keys = (key, f"{key}:gzip")

    def find() -> tuple[bytes, bytes] | None:
        found = cache.get_many(keys)
        if keys[0] not in found:
            return None
        if keys[1] not in found:  # kept apart: the JSON may outlive its gzip
            found[keys[1]] = gzip.compress(found[keys[0]], compresslevel=TIMELINE_GZIP_LEVEL, mtime=0)
            cache.set(keys[1], found[keys[1]], TIMELINE_CACHE_SECONDS)
        return found[keys[0]], found[keys[1]]

    def make() -> tuple[bytes, bytes]:
        timeline, digest = _launch_timeline(launch)
        body = orjson.dumps(timeline, option=orjson.OPT_UTC_Z)
        zipped = gzip.compress(body, compresslevel=TIMELINE_GZIP_LEVEL, mtime=0)
        cache.set_many({keys[0]: body, keys[1]: zipped, _digest_key(key): digest}, TIMELINE_CACHE_SECONDS)
        recent = _recent_key(launch.pk)
        recent_keys = [key] + [k for k in cache.get(recent, []) if k != key]
        cache.set(recent, recent_keys[:TIMELINE_RECENT_BODIES], TIMELINE_CACHE_SECONDS)
        return body, zipped

    return find() or single_flight(key, find, make)


# The live stream sends the difference from the body rendered before a change (what open views hold).
TIMELINE_RECENT_BODIES = 4


def _recent_key(launch_id: int) -> str:
    return f"timeline:v6:{launch_id}:recent"


def launch_timeline_recent_keys(launch: Launch) -> list[str]:
    """The cache keys of the launch's last rendered timeline bodies, newest first (some may have expired)."""
    return cache.get(_recent_key(launch.pk), [])


def launch_timeline_cache_key(launch: Launch) -> str:
    """Where launch_timeline_json keeps the body of this plan version and day (the live stream compares two)."""
    # "v6": tasks carry their collaborators and effort; an older shape is never served.
    return f"timeline:v6:{launch.pk}:{launch.plan_version}:{status_date(launch)}"


def launch_timeline_version(launch: Launch) -> str:
    """The timeline's version as its body says it: the ETag without its quotes."""
    return launch_timeline_etag(launch).strip('"')


def launch_timeline_etag(launch: Launch) -> str:
    """The timeline's version: plan_version grows with every write to the plan (services and admin), and the
    forecast moves on with the status date (the launch's today)."""
    day = status_date(launch)
    suffix = f"-{day.isoformat()}" if day is not None else ""
    return f'"launch-{launch.pk}-plan-{launch.plan_version}{suffix}"'


def launch_timeline_last_modified(launch: Launch) -> dt.datetime:
    """When the timeline last changed: the plan's last write, or the start of today in the launch's zone when the
    forecast moved on with the day since (a reader holding only Last-Modified gets the new day's forecast)."""
    day = status_date(launch)
    if day is None:
        return launch.updated_at
    midnight = dt.datetime.combine(day, dt.time(), tzinfo=launch.zone)
    return max(launch.updated_at, midnight)


def _baseline_fields(dates: tuple[dt.date, dt.date] | None, due_ordinal: int) -> dict[str, Any]:
    """A task's dates in the current baseline and how many days later it is due now (negative: earlier)."""
    if dates is None:
        return {"baseline_start": None, "baseline_due": None, "variance_days": None}
    return {"baseline_start": dates[0], "baseline_due": dates[1], "variance_days": due_ordinal - dates[1].toordinal()}


def launch_timeline(*, launch: Launch) -> dict[str, Any]:
    """Lanes, tasks with computed dates, critical flag, slack and baseline dates, dependencies, milestones, T-0
    and conflicts (_launch_timeline)."""
    return _launch_timeline(launch)[0]


# The plan's rows in the order the timeline loads them: the T-0 move loads them so too, so that its schedule of
# the plan as it stands is the timeline's, conflicts in the same order (launch_schedule_digest).
TIMELINE_TASK_ORDER = ("workstream_id", "id")


def _launch_timeline(launch: Launch) -> tuple[dict[str, Any], dict[str, Any]]:
    """The timeline, and the digest of its schedule (schedule_digest).

    Eleven queries whatever the size: workstreams, tasks, their collaborators, dependencies, gates (3), milestones,
    people, communications (with their embargo conflicts, rule 3), the current baseline's dates; and the links to
    other launches (one more, and two when it has any: the other launches' plans, however many).
    """

    t_zero_date = launch.t_zero_date
    base = t_zero_date.toordinal()
    lanes = list(
        Workstream.objects.filter(launch=launch)
        .select_related("department")
        .order_by("department__name")
        # Notes are the lead's free text: a lane carries their start, one character more tells there is more.
        .annotate(notes_head=Substr("notes", 1, TIMELINE_NOTES_MAX_LENGTH + 1))
        .values("id", "department_id", "department__name", "department__slug", "lead_id", "notes_head")
    )
    plan = launch_schedule_load(
        [launch],
        task_fields=("workstream_id", "title", "status", "assignee_id", "due_time", "effort_hours"),
        task_order=TIMELINE_TASK_ORDER,
    )[launch.pk]
    task_rows, dependencies = plan.tasks, plan.dependencies
    gates = launch_gate_rows(launch)
    today = status_date(launch)
    schedule = plan.compute(gate_rows=gates, status_date=today)
    collaborators_of: dict[int, list[int]] = {}
    for task_id, user_id in (
        Task.collaborators.through.objects.filter(task__workstream__launch=launch)
        .order_by("task_id", "user_id")
        .values_list("task_id", "user_id")
    ):
        collaborators_of.setdefault(task_id, []).append(user_id)
    people_ids = (
        {row.assignee_id for row in task_rows if row.assignee_id}
        | {lane["lead_id"] for lane in lanes if lane["lead_id"]}
        | {user_id for ids in collaborators_of.values() for user_id in ids}
    )
    people = [
        {"id": pk, "username": username, "full_name": f"{first} {last}".strip() or username}
        for pk, username, first, last in User.objects.filter(pk__in=people_ids)
        .order_by("id")
        .values_list("id", "username", "first_name", "last_name")
    ]
    in_conflict = {conflict.task_id for conflict in schedule.conflicts}
    baseline, baseline_of = baseline_dates(launch)
    fromordinal = dt.date.fromordinal
    tasks = []
    computed = schedule.tasks
    for row in task_rows:
        tid, mode, offset, duration = row.id, row.schedule_mode, row.offset_days, row.duration_days
        computed_dates = computed[tid]
        planned_start, planned_due = plan.planned_days(row)
        tasks.append(
            {
                "id": tid,
                "workstream": row.workstream_id,
                "title": row.title,
                "status": row.status,
                "schedule_mode": mode,
                "offset_days": offset,
                "duration_days": duration,
                "duration_count": row.duration_count,
                "due_time": row.due_time,
                "planned_start": fromordinal(base + planned_start),
                "planned_due": fromordinal(base + planned_due),
                "start": fromordinal(base + computed_dates.start),
                "due": fromordinal(base + computed_dates.due),
                **_baseline_fields(baseline_of.get(tid), base + computed_dates.due),
                "slack": computed_dates.slack,
                "critical": computed_dates.critical,
                "forecast": computed_dates.forecast,
                "conflict": tid in in_conflict,
                "needed_for_launch": row.needed_for_launch,
                "assignee": row.assignee_id,
                "collaborators": collaborators_of.get(tid, []),
                "effort_hours": row.effort_hours,
            }
        )
    titles = {row.id: row.title for row in task_rows}
    milestones = [
        {
            "id": milestone.pk,
            "name": milestone.name,
            "kind": "milestone",
            "schedule_mode": milestone.schedule_mode,
            "offset_days": milestone.offset_days,
            "moment": _milestone_moment(milestone, launch, schedule),
        }
        for milestone in Milestone.objects.filter(launch=launch).order_by("offset_days", "at", "id")
    ]
    milestones.append(
        {
            "id": None,
            "name": "T-0",
            "kind": "t_zero",
            "schedule_mode": "anchored",
            "offset_days": 0,
            "moment": launch.t_zero,
        }
    )
    milestones.sort(key=lambda m: m["moment"])
    communications, embargo_conflicts = launch_communication_rows(launch, gates)
    calendar = LaunchCalendar.of(launch)
    node_names = plan.node_names(titles)
    gate_names = {gate["id"]: gate["name"] for gate in gates}
    # The days the timeline can show: the plan's days and a quarter either side (working-day counts near them).
    margin = dt.timedelta(days=CLOSED_DAYS_MARGIN)
    first = min([t["start"] for t in tasks] + [t_zero_date], default=t_zero_date) - margin
    last = max([t["due"] for t in tasks] + [t_zero_date], default=t_zero_date) + margin
    timeline = {
        "version": launch_timeline_version(launch),
        "launch": {
            "id": launch.pk,
            "name": launch.name,
            "status": launch.status,
            "t_zero": launch.t_zero,
            "t_zero_date": t_zero_date,
            "time_zone": str(launch.time_zone),
        },
        "baseline": baseline,
        "lanes": [
            {
                "id": lane["id"],
                "department": {
                    "id": lane["department_id"],
                    "name": lane["department__name"],
                    "slug": lane["department__slug"],
                },
                "lead": lane["lead_id"],
                "notes": lane["notes_head"][:TIMELINE_NOTES_MAX_LENGTH],
                "notes_truncated": len(lane["notes_head"]) > TIMELINE_NOTES_MAX_LENGTH,
            }
            for lane in lanes
        ],
        "people": people,
        "tasks": tasks,
        "dependencies": [
            {
                "id": dep.id,
                "predecessor": dep.predecessor_id,
                "predecessor_milestone": dep.predecessor_milestone_id,
                "predecessor_gate": dep.predecessor_gate_id,
                "successor": dep.successor_id,
                "successor_milestone": dep.successor_milestone_id,
                "type": dep.type,
                "lag_days": dep.lag_days,
                "lag_count": dep.lag_count,
            }
            for dep in dependencies
        ],
        "milestones": milestones,
        "gates": gates,
        "conflicts": [conflict_payload(conflict, node_names, gate_names) for conflict in schedule.conflicts]
        + embargo_conflicts,
        "critical_path": schedule.critical_path,
        "end": fromordinal(base + schedule.end) if tasks else None,
        "communications": communications,
        "cross_launch": launch_cross_links(launch=launch, plan=plan, schedule=schedule),
        "calendar": {
            "working_weekdays": launch.working_weekdays,
            "holiday_regions": launch.holiday_regions,
            "offset_count": launch.offset_count,
            "closed_days": calendar_closed_days(calendar, first, last),
        },
        "forecast": forecast_summary(schedule, today, plan),
        "warnings": non_working_warnings(
            launch,
            calendar,
            [
                ("t_zero", None, "T-0", t_zero_date),
                *(("milestone", m["id"], m["name"], _local_date(m["moment"], launch)) for m in milestones if m["id"]),
                *(("gate", g["id"], g["name"], _local_date(g["moment"], launch)) for g in gates),
                *(("communication", c["id"], c["title"], _local_date(c["moment"], launch)) for c in communications),
                *(
                    ("task", row.id, row.title, row.start_date)
                    for row in task_rows
                    if row.schedule_mode == ScheduleMode.FIXED and row.actual_start is None
                ),
            ],
        ),
    }
    return timeline, schedule_digest(plan, schedule, today)


def _milestone_moment(milestone: Milestone, launch: Launch, schedule: Schedule) -> dt.datetime:
    """Its planned moment, or as many days later as the tasks it follows push it (same wall time)."""
    moment = milestone.moment(launch)
    computed = schedule.moments.get(("milestone", milestone.pk))
    if computed is None:
        return moment
    shift = computed.start - (_local_date(moment, launch) - launch.t_zero_date).days
    if shift == 0:
        return moment
    local = moment.astimezone(launch.zone).replace(tzinfo=None) + dt.timedelta(days=shift)
    return local.replace(tzinfo=launch.zone).astimezone(dt.UTC)


def _local_date(moment: dt.datetime, launch: Launch) -> dt.date:
    return moment.astimezone(launch.zone).date()


def calendar_closed_days(calendar: LaunchCalendar, first: dt.date, last: dt.date) -> list[dict[str, Any]]:
    """The holidays and closures between two days (the weekly days off are in working_weekdays), with why."""
    days = sorted(
        day for year in range(first.year, last.year + 1) for day in calendar.closed(year) if first <= day <= last
    )
    return [{"date": day, "reason": calendar.reason(day)} for day in days]


def non_working_warnings(
    launch: Launch, calendar: LaunchCalendar, items: list[tuple[str, int | None, str, dt.date]]
) -> list[dict[str, Any]]:
    """A warning for each milestone, gate, communication, fixed task or T-0 itself planned on a day the launch
    does not work: it may be deliberate, so it is said, not refused (docs/schedule.md#working-time)."""
    if calendar.every_day:
        return []
    warnings = []
    for kind, pk, name, day in items:
        reason = calendar.reason(day)
        if reason is not None:
            warnings.append(
                {
                    "kind": "non_working_day",
                    "item": kind,
                    "id": pk,
                    "name": name,
                    "date": day,
                    "reason": reason,
                    "message": f"{'T-0' if kind == 't_zero' else f'“{name}”'} falls on {day.isoformat()}, "
                    f"a day off ({reason}).",
                }
            )
    return warnings


def schedule_digest(plan: LaunchSchedule, schedule: Schedule, today: dt.date | None) -> dict[str, Any]:
    """What the T-0 move reads of the plan's schedule as it stands (forecast from today): each task's start day,
    the conflicts in order (as tuples), and by how many days T-0 slips. Plain values, kept with the timeline's
    bodies, so that the move's report of the plan before it costs no second computation."""
    return {
        "starts": {task_id: task.start for task_id, task in schedule.tasks.items()},
        "conflicts": [tuple(conflict) for conflict in schedule.conflicts],
        "t_zero_slip_days": forecast_summary(schedule, today, plan)["t_zero_slip_days"],
    }


def launch_schedule_digest(launch: Launch) -> dict[str, Any] | None:
    """The digest of the launch's schedule for its plan version and today, if its timeline was rendered."""
    return cache.get(_digest_key(launch_timeline_cache_key(launch)))


def _digest_key(timeline_key: str) -> str:
    return f"{timeline_key}:digest"


def forecast_summary(schedule: Schedule, today: dt.date | None, plan: LaunchSchedule) -> dict[str, Any]:
    """What the forecast from today says: how many tasks it moved, and by how many days T-0 itself would slip
    (the latest finish of work needed for launch, past T-0's day)."""
    needed = [row.id for row in plan.tasks if row.needed_for_launch and row.status != TaskStatus.CANCELLED]
    slip = max((schedule.tasks[task_id].due for task_id in needed), default=0)
    return {
        "status_date": today,
        "forecast_tasks": sum(1 for task in schedule.tasks.values() if task.forecast),
        "t_zero_slip_days": max(slip, 0),
    }


# Readiness: per department what is done, late and blocked; the gates at risk; the critical path.

GATE_AT_RISK_DAYS = 7
# A department's progress bar: every task not cancelled in exactly one segment, late work (open past its planned
# due day) first whatever its status, the rest by status.
PROGRESS_SEGMENTS = ("done", "in_progress", "not_started", "blocked", "late")
PROGRESS_SEGMENT_OF_STATUS = {
    TaskStatus.DONE: "done",
    TaskStatus.IN_PROGRESS: "in_progress",
    TaskStatus.TODO: "not_started",
    TaskStatus.BLOCKED: "blocked",
}


def launch_readiness(*, launch: Launch, today: dt.date) -> dict[str, Any]:
    """How ready each department is on `today` (the launch's calendar day): counts by status, late tasks (open
    past their computed due day), gates at risk (not approved, criteria open, and at most GATE_AT_RISK_DAYS away
    or forecast to finish a criterion late, by `late_days`), what slipped since the current baseline (due later
    than it was then), and whether T-0 itself is forecast to slip. Open work is forecast from `today`.

    Eleven queries whatever the size: workstreams, tasks, dependencies, gates (3), the current baseline's dates,
    and the counts of the knowledge base, recruiting, communications and developer feedback (one each).
    """
    t_zero_date = launch.t_zero_date
    base = t_zero_date.toordinal()
    lanes = list(
        Workstream.objects.filter(launch=launch)
        .order_by("department__name")
        .values_list("id", "department_id", "department__name", "department__slug")
    )
    plan = launch_schedule_load([launch], task_fields=("workstream_id", "title", "status"))[launch.pk]
    gates = launch_gate_rows(launch)
    # Open work is forecast from today while the launch is ahead (launches.schedule.status_date).
    forecast_from = today if status_date(launch) is not None else None
    schedule = plan.compute(gate_rows=gates, status_date=forecast_from)
    # Late means open past the day the plan has it due: the plan without the forecast (which moves it to today).
    planned = plan.compute() if forecast_from is not None else schedule
    late_by_gate: dict[int, int] = {}
    for conflict in schedule.conflicts:
        if conflict.kind == "criterion_late" and conflict.gate_id is not None:
            late_by_gate[conflict.gate_id] = max(late_by_gate.get(conflict.gate_id, 0), conflict.days)
    today_day = today.toordinal() - base
    counts = {
        lane_id: {
            "total": 0,
            "late": 0,
            "slipped": 0,
            **{status: 0 for status in TaskStatus.values},
            "progress": dict.fromkeys(PROGRESS_SEGMENTS, 0),
        }
        for lane_id, *_ in lanes
    }
    baseline, baseline_of = baseline_dates(launch)
    slipped = []
    status_of: dict[int, str] = {}
    for row in plan.tasks:
        status_of[row.id] = row.status
        lane = counts[row.workstream_id]
        lane["total"] += 1
        lane[row.status] += 1
        if row.status in OPEN_TASK_STATUSES and planned.tasks[row.id].due < today_day:
            lane["late"] += 1
            lane["progress"]["late"] += 1
        elif row.status != TaskStatus.CANCELLED:
            lane["progress"][PROGRESS_SEGMENT_OF_STATUS[row.status]] += 1
        if row.id in baseline_of:
            variance = base + schedule.tasks[row.id].due - baseline_of[row.id][1].toordinal()
            if variance > 0:
                lane["slipped"] += 1
                slipped.append(
                    {"task": row.id, "title": row.title, "workstream": row.workstream_id, "variance_days": variance}
                )
    slipped.sort(key=lambda item: (-item["variance_days"], item["task"]))
    gate_payload = []
    for gate, gate_input in zip(gates, gate_inputs(gates, launch), strict=True):
        done = sum(1 for task_id in gate["criteria"] if status_of.get(task_id) == TaskStatus.DONE)
        days_left = gate_input.day - today_day
        open_criteria = done < len(gate["criteria"])
        gate_payload.append(
            {
                "id": gate["id"],
                "name": gate["name"],
                "status": gate["status"],
                "date": dt.date.fromordinal(base + gate_input.day),
                "days_left": days_left,
                "criteria_total": len(gate["criteria"]),
                "criteria_done": done,
                "late_days": late_by_gate.get(gate["id"], 0),
                "at_risk": gate["status"] != GateStatus.APPROVED
                and open_criteria
                and (days_left <= GATE_AT_RISK_DAYS or gate["id"] in late_by_gate),
            }
        )
    titles = {row.id: row.title for row in plan.tasks}
    return {
        "launch": launch.pk,
        "today": today,
        "departments": [
            {"department": {"id": dept_id, "name": name, "slug": slug}, "workstream": lane_id, **counts[lane_id]}
            for lane_id, dept_id, name, slug in lanes
        ],
        "gates": gate_payload,
        "critical_path": schedule.critical_path,
        "critical_path_titles": [titles[task_id] for task_id in schedule.critical_path],
        "baseline": baseline,
        "slipped": slipped,
        "forecast": forecast_summary(schedule, forecast_from, plan),
        "knowledge_base": launch_kb_counts(launch=launch),
        "recruiting": launch_recruiting_counts(launch=launch),
        "communications": launch_communication_counts(launch=launch),
        "feedback": launch_feedback_counts(launch=launch),
    }


def office_readiness_digest(*, today: dt.date) -> str:
    """The office's readiness digest: per active launch, each department's done/late/blocked counts and the
    gates at risk (criteria not done, few days left), from launch_readiness. Empty with no active launch.

    Here, above notifications, because it reads gates; the daily digest (readiness.digests.digest_send) calls
    it."""
    sections = []
    for launch in Launch.objects.filter(status__in=ACTIVE_LAUNCH_STATUSES).order_by("t_zero", "id"):
        readiness = launch_readiness(launch=launch, today=today)
        lines = [f"{launch.name} (T-0 {launch.t_zero_date.isoformat()})"]
        for row in readiness["departments"]:
            lines.append(
                f"  {row['department']['name']}: {row['done']}/{row['total']} done, {row['late']} late, "
                f"{row['blocked']} blocked"
            )
        at_risk = [gate for gate in readiness["gates"] if gate["at_risk"]]
        for gate in at_risk:
            lines.append(
                f"  Gate at risk: {gate['name']} in {gate['days_left']} days, "
                f"{gate['criteria_done']}/{gate['criteria_total']} criteria done"
            )
        sections.append("\n".join(lines))
    return "Launch readiness\n\n" + "\n\n".join(sections) if sections else ""

"""Moving launch day (PRODUCT.md rule 1), with its report across the plan: the anchored tasks, milestones, gates
and communications that move, the fixed ones that stay, and the conflicts won and lost. It reads every app that
plans around T-0, so it lives here, above them; the write itself is launches.services.launch_t_zero_set."""

import datetime as dt
from typing import Any

from django.db import transaction

from accounts.access import access_require_office
from accounts.models import User
from communications.selectors import SETTLED_STATUSES, launch_communication_rows
from gates.models import Gate
from gates.selectors import launch_gate_rows
from launches.errors import LaunchClosedError
from launches.locks import plan_lock
from launches.models import ACTIVE_LAUNCH_STATUSES, Launch, Milestone, ScheduleMode
from launches.schedule import launch_schedule_kept, plan_day_check, status_date
from launches.selectors import conflict_payload
from launches.services import launch_t_zero_set
from launches.working_time import LaunchCalendar
from readiness.selectors import (
    TIMELINE_TASK_ORDER,
    forecast_summary,
    launch_schedule_digest,
    non_working_warnings,
    schedule_digest,
)
from scheduling.engine import Conflict, shift_conflicts

# The report lists at most this many moved and this many unchanged items (the plan's milestones, gates and
# communications first, then tasks in plan order: by workstream, then id, as the timeline loads them); its counts
# say how many there are in all. A launch of 50,000 tasks would otherwise answer megabytes that nobody reads, and
# pay for building them.
REPORT_ITEMS = 500


def _item(kind: str, pk: int, name: str, before: dt.date | dt.datetime, after: dt.date | dt.datetime) -> dict:
    """One item of the plan and where it is before and after launch day moves, as the API answers it."""
    return {"kind": kind, "id": pk, "name": name, "before": before, "after": after}


@transaction.atomic
def launch_move_t_zero(*, actor: User, launch: Launch, t_zero: dt.datetime, preview: bool = False) -> dict[str, Any]:
    """Rule 1: moving T-0 moves every anchored task, milestone and gate with it in one step; fixed items stay put
    and show as conflicts if they no longer fit. With preview, report exactly that and write nothing.

    The report (built as the API answers it): `moved` (anchored items) and `unchanged` (fixed ones, and work that
    started), at most REPORT_ITEMS each, with their counts in all; conflicts won and lost; items the move puts on
    a day the launch does not work; and by how many days the forecast from today says work needed for launch
    finishes after T-0, before and after."""
    access_require_office(actor, "move launch day")
    if launch.status not in ACTIVE_LAUNCH_STATUSES:
        raise LaunchClosedError(f"A {launch.status} launch cannot move its launch day.", field="t_zero")
    plan_day_check(t_zero, field="t_zero", what="Launch day")
    if preview is False:
        # Two office users moving T-0 at once apply one after the other (the write takes the same lock).
        plan_lock(launch)
    zone = launch.zone
    old_date = launch.t_zero_date
    new_date = t_zero.astimezone(zone).date()
    moved_launch = launch.with_t_zero(t_zero)
    moved: list[dict[str, Any]] = []
    unchanged: list[dict[str, Any]] = []
    # The plan kept for its version, if this process has it: a planner previews several days, then moves. The
    # move took the lock first, which re-read the launch: its version names the plan as committed, and no write
    # can change it before this transaction ends.
    plan = launch_schedule_kept(launch, task_fields=("title",), task_order=TIMELINE_TASK_ORDER)
    gate_rows = launch_gate_rows(launch)
    # Both schedules forecast from today, in the launch's working calendar counted from each T-0. The plan as it
    # stands was computed for its timeline, which keeps its digest (the timeline's rows in the same order, so
    # the same conflicts in the same order); it is computed here only when that is gone.
    today = status_date(launch)
    as_it_stands = launch_schedule_digest(launch)
    if as_it_stands is None:
        as_it_stands = schedule_digest(plan, plan.compute(gate_rows=gate_rows, status_date=today), today)
    before_conflicts = [Conflict(*conflict) for conflict in as_it_stands["conflicts"]]
    schedule_after = plan.compute(gate_rows=gate_rows, launch=moved_launch, status_date=today)
    for milestone in Milestone.objects.filter(launch=launch).order_by("id"):
        item = _item(
            "milestone", milestone.pk, milestone.name, milestone.moment(launch), milestone.moment(moved_launch)
        )
        (unchanged if milestone.schedule_mode == ScheduleMode.FIXED else moved).append(item)
    gate_names = {}
    moved_gate_moments = {}
    for gate in Gate.objects.filter(launch=launch).order_by("id"):
        gate_names[gate.pk] = gate.name
        moved_gate_moments[gate.pk] = gate.moment(moved_launch)
        item = _item("gate", gate.pk, gate.name, gate.moment(launch), moved_gate_moments[gate.pk])
        (unchanged if gate.schedule_mode == ScheduleMode.FIXED else moved).append(item)
    new_conflicts, resolved_conflicts = _move_report_communications(
        moved, unchanged, launch, moved_launch, gate_rows, moved_gate_moments
    )
    warnings = non_working_warnings(
        moved_launch,
        LaunchCalendar.of(moved_launch),
        [
            ("t_zero", None, "T-0", new_date),
            *((i["kind"], i["id"], i["name"], i["after"].astimezone(zone).date()) for i in moved),
        ],
    )
    moved_tasks = unchanged_tasks = 0
    fromordinal = dt.date.fromordinal
    for row in plan.tasks:
        # Work that started stays where it happened (issue 15), like a fixed date.
        if row.actual_start is not None or row.schedule_mode == ScheduleMode.FIXED:
            unchanged_tasks += 1
            if len(unchanged) < REPORT_ITEMS:
                start = fromordinal(old_date.toordinal() + as_it_stands["starts"][row.id])
                unchanged.append(_item("task", row.id, row.title, start, start))
        else:  # its anchor moves by the shift in the launch's calendar
            moved_tasks += 1
            if len(moved) < REPORT_ITEMS:
                before = fromordinal(old_date.toordinal() + plan.planned_days(row)[0])
                after = fromordinal(new_date.toordinal() + plan.planned_days(row, moved_launch)[0])
                moved.append(_item("task", row.id, row.title, before, after))
    moved_others = sum(1 for item in moved if item["kind"] != "task")
    unchanged_others = sum(1 for item in unchanged if item["kind"] != "task")
    new, resolved = shift_conflicts(before_conflicts, schedule_after.conflicts)
    names = plan.node_names({row.id: row.title for row in plan.tasks})
    report = {
        "launch_id": launch.pk,
        "preview": preview,
        "t_zero_before": launch.t_zero,
        "t_zero_after": t_zero,
        "shift_days": (new_date - old_date).days,
        "moved": moved,
        "moved_count": moved_others + moved_tasks,
        "moved_task_count": moved_tasks,
        "unchanged": unchanged,
        "unchanged_count": unchanged_others + unchanged_tasks,
        "new_conflicts": [conflict_payload(c, names, gate_names) for c in new] + new_conflicts,
        "resolved_conflicts": [conflict_payload(c, names, gate_names) for c in resolved] + resolved_conflicts,
        "warnings": warnings,
        "t_zero_slip_days_before": as_it_stands["t_zero_slip_days"],
        "t_zero_slip_days_after": forecast_summary(schedule_after, today, plan)["t_zero_slip_days"],
    }
    if not preview:
        launch_t_zero_set(
            actor=actor,
            launch=launch,
            t_zero=t_zero,
            message=f"Launch day moved by {report['shift_days']} days; {report['moved_count']} anchored items moved.",
        )
    return report


def _move_report_communications(
    moved: list[dict[str, Any]],
    unchanged: list[dict[str, Any]],
    launch: Launch,
    moved_launch: Launch,
    gate_rows: list[dict[str, Any]],
    moved_gate_moments: dict[int, dt.datetime],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Communications still planned (not published or withdrawn) move with T-0 when anchored; answers the embargo
    conflicts (planned before T-0 or before the gate's moment) won and lost (two queries)."""
    moved_gates = [{**row, "moment": moved_gate_moments.get(row["id"], row["moment"])} for row in gate_rows]
    before_rows, before_conflicts = launch_communication_rows(launch, gate_rows)
    after_rows, after_conflicts = launch_communication_rows(moved_launch, moved_gates)
    for row, after in zip(before_rows, after_rows, strict=True):
        if row["status"] in SETTLED_STATUSES:
            continue
        item = _item("communication", row["id"], row["title"], row["moment"], after["moment"])
        (unchanged if row["schedule_mode"] == ScheduleMode.FIXED else moved).append(item)
    before_ids = {conflict["communication"] for conflict in before_conflicts}
    after_ids = {conflict["communication"] for conflict in after_conflicts}
    return (
        [conflict for conflict in after_conflicts if conflict["communication"] not in before_ids],
        [conflict for conflict in before_conflicts if conflict["communication"] not in after_ids],
    )

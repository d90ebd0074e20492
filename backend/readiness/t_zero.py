"""Moving launch day (PRODUCT.md rule 1), with its report across the plan: the anchored tasks, milestones, gates
and communications that move, the fixed ones that stay, and the conflicts won and lost. It reads every app that
plans around T-0, so it lives here, above them; the write itself is launches.services.launch_t_zero_set."""

import dataclasses
import datetime as dt
from dataclasses import dataclass
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
from launches.schedule import launch_schedule_load, plan_day_check, status_date
from launches.selectors import conflict_payload
from launches.services import launch_t_zero_set
from launches.working_time import LaunchCalendar
from readiness.selectors import forecast_summary, non_working_warnings
from scheduling.engine import shift_conflicts


@dataclass(frozen=True)
class MovedItem:
    """One item of the plan and where it is before and after launch day moves."""

    kind: str  # "task", "milestone" or "gate"
    id: int
    name: str
    before: dt.date | dt.datetime
    after: dt.date | dt.datetime


@dataclass
class TZeroMove:
    """What moving T-0 changes: the anchored items that move, the fixed ones that stay, conflicts won and lost."""

    launch_id: int
    preview: bool
    t_zero_before: dt.datetime
    t_zero_after: dt.datetime
    shift_days: int
    moved: list[MovedItem] = dataclasses.field(default_factory=list)
    unchanged: list[MovedItem] = dataclasses.field(default_factory=list)
    new_conflicts: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    resolved_conflicts: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    # Items the move puts on a day the launch does not work (T-0 itself, milestones, gates, communications).
    warnings: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    # By how many days the forecast from today says work needed for launch finishes after T-0, before and after.
    t_zero_slip_days_before: int = 0
    t_zero_slip_days_after: int = 0


@transaction.atomic
def launch_move_t_zero(*, actor: User, launch: Launch, t_zero: dt.datetime, preview: bool = False) -> TZeroMove:
    """Rule 1: moving T-0 moves every anchored task, milestone and gate with it in one step; fixed items stay put
    and show as conflicts if they no longer fit. With preview, report exactly that and write nothing."""
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
    report = TZeroMove(
        launch_id=launch.pk,
        preview=preview,
        t_zero_before=launch.t_zero,
        t_zero_after=t_zero,
        shift_days=(new_date - old_date).days,
    )
    plan = launch_schedule_load([launch], task_fields=("title",))[launch.pk]
    titles = {row.id: row.title for row in plan.tasks}
    gate_rows = launch_gate_rows(launch)
    # Both schedules forecast from today, in the launch's working calendar counted from each T-0.
    today = status_date(launch)
    schedule_before = plan.compute(gate_rows=gate_rows, status_date=today)
    schedule_after = plan.compute(gate_rows=gate_rows, launch=moved_launch, status_date=today)
    fromordinal = dt.date.fromordinal
    for row in plan.tasks:
        # Work that started stays where it happened (issue 15), like a fixed date.
        if row.actual_start is not None or row.schedule_mode == ScheduleMode.FIXED:
            start = fromordinal(old_date.toordinal() + schedule_before.tasks[row.id].start)
            report.unchanged.append(MovedItem("task", row.id, titles[row.id], start, start))
        else:  # its anchor moves by the shift in the launch's calendar
            before = fromordinal(old_date.toordinal() + plan.planned_days(row)[0])
            after = fromordinal(new_date.toordinal() + plan.planned_days(row, moved_launch)[0])
            report.moved.append(MovedItem("task", row.id, titles[row.id], before, after))
    for milestone in Milestone.objects.filter(launch=launch):
        item = MovedItem(
            "milestone", milestone.pk, milestone.name, milestone.moment(launch), milestone.moment(moved_launch)
        )
        (report.unchanged if milestone.schedule_mode == ScheduleMode.FIXED else report.moved).append(item)
    gate_names = {}
    moved_gate_moments = {}
    for gate in Gate.objects.filter(launch=launch):
        gate_names[gate.pk] = gate.name
        moved_gate_moments[gate.pk] = gate.moment(moved_launch)
        item = MovedItem("gate", gate.pk, gate.name, gate.moment(launch), moved_gate_moments[gate.pk])
        (report.unchanged if gate.schedule_mode == ScheduleMode.FIXED else report.moved).append(item)
    _move_report_communications(report, launch, moved_launch, gate_rows, moved_gate_moments)
    new, resolved = shift_conflicts(schedule_before.conflicts, schedule_after.conflicts)
    report.t_zero_slip_days_before = forecast_summary(schedule_before, today, plan)["t_zero_slip_days"]
    report.t_zero_slip_days_after = forecast_summary(schedule_after, today, plan)["t_zero_slip_days"]
    report.warnings = non_working_warnings(
        moved_launch,
        LaunchCalendar.of(moved_launch),
        [
            ("t_zero", None, "T-0", new_date),
            *(
                (item.kind, item.id, item.name, item.after.astimezone(zone).date())
                for item in report.moved
                if item.kind != "task"
            ),
        ],
    )
    names = plan.node_names(titles)
    report.new_conflicts[:0] = [conflict_payload(conflict, names, gate_names) for conflict in new]
    report.resolved_conflicts[:0] = [conflict_payload(conflict, names, gate_names) for conflict in resolved]
    if not preview:
        launch_t_zero_set(
            actor=actor,
            launch=launch,
            t_zero=t_zero,
            message=f"Launch day moved by {report.shift_days} days; {len(report.moved)} anchored items moved.",
        )
    return report


def _move_report_communications(
    report: TZeroMove,
    launch: Launch,
    moved_launch: Launch,
    gate_rows: list[dict[str, Any]],
    moved_gate_moments: dict[int, dt.datetime],
) -> None:
    """Communications still planned (not published or withdrawn) move with T-0 when anchored; embargo conflicts
    (planned before T-0 or before the gate's moment) won and lost join the report's conflicts (two queries)."""
    moved_gates = [{**row, "moment": moved_gate_moments.get(row["id"], row["moment"])} for row in gate_rows]
    before_rows, before_conflicts = launch_communication_rows(launch, gate_rows)
    after_rows, after_conflicts = launch_communication_rows(moved_launch, moved_gates)
    for row, after in zip(before_rows, after_rows, strict=True):
        if row["status"] in SETTLED_STATUSES:
            continue
        item = MovedItem("communication", row["id"], row["title"], row["moment"], after["moment"])
        (report.unchanged if row["schedule_mode"] == ScheduleMode.FIXED else report.moved).append(item)
    before_ids = {conflict["communication"] for conflict in before_conflicts}
    after_ids = {conflict["communication"] for conflict in after_conflicts}
    report.new_conflicts += [conflict for conflict in after_conflicts if conflict["communication"] not in before_ids]
    report.resolved_conflicts += [
        conflict for conflict in before_conflicts if conflict["communication"] not in after_ids
    ]

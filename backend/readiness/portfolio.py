"""The office's portfolio: every launch not closed or cancelled at a glance (days to T-0, readiness, gates due and
at risk, open conflicts, the forecast slip of T-0) and its row of the launches' timeline (gates and milestones),
in a fixed number of queries whatever the number of launches and tasks."""

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.core.cache import cache
from django.db.models import Exists, OuterRef, QuerySet

from accounts.models import Department
from gates.models import Gate, GateStatus
from launches.models import (
    ACTIVE_LAUNCH_STATUSES,
    OPEN_TASK_STATUSES,
    Launch,
    LaunchStatus,
    Milestone,
    TaskStatus,
    Workstream,
)
from launches.schedule import LaunchSchedule, gate_inputs, launch_schedule_load
from readiness.selectors import _milestone_moment, forecast_summary

# Gates due and at risk look this many calendar days ahead (the office's two weeks).
PORTFOLIO_GATE_DAYS = 14
# A launch's summary is kept per plan version and day (see _summary_key); the hour bounds what a missed key costs.
PORTFOLIO_CACHE_SECONDS = 60 * 60
# Closed and cancelled launches are history: the portfolio shows the rest.
PORTFOLIO_STATUSES = tuple(
    status for status in LaunchStatus if status not in (LaunchStatus.CLOSED, LaunchStatus.CANCELLED)
)


def portfolio_launch_list() -> QuerySet[Launch]:
    """The portfolio's launches in T-0 order: those not closed or cancelled (one query)."""
    return Launch.objects.filter(status__in=PORTFOLIO_STATUSES).order_by("t_zero", "id")


def launches_of_department(launches: QuerySet[Launch], department: Department) -> QuerySet[Launch]:
    """The launches with a workstream of `department` (a subquery: no duplicate rows, no extra query)."""
    return launches.filter(Exists(Workstream.objects.filter(launch=OuterRef("pk"), department=department)))


def schedule_status_date(launch: Launch, now: dt.datetime) -> dt.date | None:
    """The day open work is forecast from at `now` (launches.schedule.status_date, for a given moment): the
    launch's today while it is ahead of launch, None (the plan as it stands) once it launched. The portfolio and
    the workload (readiness/workload.py) forecast as the timeline does."""
    return now.astimezone(launch.zone).date() if launch.status in ACTIVE_LAUNCH_STATUSES else None


def portfolio(*, launches: Sequence[Launch], now: dt.datetime) -> list[dict[str, Any]]:
    """Each launch's summary on `now` (every figure counted in the launch's own calendar days):

    - days_to_t_zero: from today in the launch's zone to T-0's date (negative after);
    - readiness: tasks not cancelled, done, their percent, and late ones (open past the day the plan has them
      due, as launch_readiness counts them);
    - gates_due: not approved, planned within PORTFOLIO_GATE_DAYS from today; gates_at_risk: not approved,
      criteria not all done, and planned within PORTFOLIO_GATE_DAYS, already past, or forecast to finish a
      criterion after the gate (launch_readiness's late criterion);
    - open_conflicts: the schedule's conflicts (links, work after launch, late criteria), forecast from today;
    - forecast_slip_days: the days the forecast finishes the work needed for launch after T-0 (forecast_summary);
    - gates and milestones for the launch's row of the timeline, by moment.

    Five queries whatever the size for the launches whose summary is not kept already (tasks and dependencies,
    gates and their criteria, milestones), none when every one is: a summary is kept per plan version and day.
    """
    launches = list(launches)
    if not launches:
        return []
    keys = {launch.pk: _summary_key(launch, now) for launch in launches}
    found = cache.get_many(list(keys.values()))
    summaries = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [launch for launch in launches if launch.pk not in summaries]
    if missing:
        ids = [launch.pk for launch in missing]
        plans = launch_schedule_load(missing)
        gates_of = _gate_rows(missing)
        milestones_of: dict[int, list[Milestone]] = {pk: [] for pk in ids}
        for milestone in Milestone.objects.filter(launch_id__in=ids).order_by("offset_days", "at", "id"):
            milestones_of[milestone.launch_id].append(milestone)
        fresh = {
            launch.pk: _launch_summary(launch, plans[launch.pk], gates_of[launch.pk], milestones_of[launch.pk], now)
            for launch in missing
        }
        cache.set_many({keys[pk]: summary for pk, summary in fresh.items()}, PORTFOLIO_CACHE_SECONDS)
        summaries.update(fresh)
    return [summaries[launch.pk] for launch in launches]


def _summary_key(launch: Launch, now: dt.datetime) -> str:
    """A launch's summary holds for its plan version (every change to its plan, gates included, raises it), its
    row as saved (name, status) and its today (days to T-0, gates due and the forecast move with the day)."""
    today = now.astimezone(launch.zone).date()
    return f"portfolio:v1:{launch.pk}:{launch.plan_version}:{launch.updated_at.timestamp()}:{today.isoformat()}"


def _gate_rows(launches: Sequence[Launch]) -> dict[int, list[dict[str, Any]]]:
    """Each launch's gates as gates.selectors.launch_gate_rows has them (without approvers), in two queries."""
    by_launch = {launch.pk: launch for launch in launches}
    gates = list(Gate.objects.filter(launch_id__in=by_launch).order_by("offset_days", "at", "id"))
    criteria: dict[int, list[int]] = {gate.pk: [] for gate in gates}
    for gate_id, task_id in Gate.criteria.through.objects.filter(gate__launch_id__in=by_launch).values_list(
        "gate_id", "task_id"
    ):
        criteria[gate_id].append(task_id)
    rows: dict[int, list[dict[str, Any]]] = {pk: [] for pk in by_launch}
    for gate in gates:
        rows[gate.launch_id].append(
            {
                "id": gate.pk,
                "name": gate.name,
                "kind": "gate",
                "status": gate.status,
                "schedule_mode": gate.schedule_mode,
                "offset_days": gate.offset_days,
                "moment": gate.moment(by_launch[gate.launch_id]),
                "criteria": sorted(criteria[gate.pk]),
            }
        )
    return rows


def _launch_summary(
    launch: Launch,
    plan: LaunchSchedule,
    gates: list[dict[str, Any]],
    milestones: list[Milestone],
    now: dt.datetime,
) -> dict[str, Any]:
    today = now.astimezone(launch.zone).date()
    today_day = (today - launch.t_zero_date).days
    # Open work is forecast from today while the launch is ahead (launches.schedule.status_date).
    forecast_from = schedule_status_date(launch, now)
    schedule = plan.compute(gate_rows=gates, status_date=forecast_from)
    # Late means open past the day the plan has it due: the plan without the forecast (which moves it to today).
    planned = plan.compute() if forecast_from is not None else schedule
    total = done = late = 0
    status_of: dict[int, str] = {}
    for row in plan.tasks:
        status_of[row.id] = row.status
        if row.status == TaskStatus.CANCELLED:
            continue
        total += 1
        if row.status == TaskStatus.DONE:
            done += 1
        elif row.status in OPEN_TASK_STATUSES and planned.tasks[row.id].due < today_day:
            late += 1
    late_criteria = {
        conflict.gate_id
        for conflict in schedule.conflicts
        if conflict.kind == "criterion_late" and conflict.gate_id is not None
    }
    gates_due, gates_at_risk, gate_markers = [], [], []
    for gate, gate_input in zip(gates, gate_inputs(gates, launch), strict=True):
        marker = {"id": gate["id"], "name": gate["name"], "moment": gate["moment"], "status": gate["status"]}
        gate_markers.append(marker)
        if gate["status"] == GateStatus.APPROVED:
            continue
        days_left = gate_input.day - today_day
        criteria_done = sum(1 for task_id in gate["criteria"] if status_of.get(task_id) == TaskStatus.DONE)
        item = {
            **marker,
            "days_left": days_left,
            "criteria_total": len(gate["criteria"]),
            "criteria_done": criteria_done,
        }
        if 0 <= days_left <= PORTFOLIO_GATE_DAYS:
            gates_due.append(item)
        if criteria_done < len(gate["criteria"]) and (days_left <= PORTFOLIO_GATE_DAYS or gate["id"] in late_criteria):
            gates_at_risk.append(item)
    return {
        "id": launch.pk,
        "name": launch.name,
        "status": launch.status,
        "t_zero": launch.t_zero,
        "time_zone": str(launch.time_zone),
        "days_to_t_zero": -today_day,
        "readiness": {
            "total": total,
            "done": done,
            "percent": 100 * done // total if total else 0,  # 100 only when all is done
            "late": late,
        },
        "gates_due": sorted(gates_due, key=_by_moment),
        "gates_at_risk": sorted(gates_at_risk, key=_by_moment),
        "open_conflicts": len(schedule.conflicts),
        "forecast_slip_days": forecast_summary(schedule, forecast_from, plan)["t_zero_slip_days"],
        "milestones": sorted(
            ({"id": m.pk, "name": m.name, "moment": _milestone_moment(m, launch, schedule)} for m in milestones),
            key=_by_moment,
        ),
        "gates": sorted(gate_markers, key=_by_moment),
    }


def _by_moment(item: dict[str, Any]) -> tuple[dt.datetime, int]:
    return item["moment"], item["id"]

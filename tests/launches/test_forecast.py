"""The forecast from the status date (issue 15, rule 8): while a launch is ahead of launch (draft, planning,
ready) its open work is forecast from the launch's today. What should have started starts today at the earliest,
what should have finished finishes today at the earliest, and that pushes what depends on it, up to its gates and
T-0; done work keeps its actual days; a launched or closed launch is the plan as it stands. Through the API, with
"today" pinned by patching django.utils.timezone.now (as tests/calendars' clock does).

The shared world's launch works every day; T-0 is Tuesday 16 March 2027 (Berlin), so T-n is n calendar days
before it."""

import datetime as dt

import pytest
from django.utils import timezone

from gates.models import Gate
from launches.models import Launch, LaunchStatus, TaskStatus
from tests.factories import DependencyFactory, LaunchFactory, TaskFactory, WorkstreamFactory
from tests.launches.plan_api import days as _days
from tests.launches.plan_api import readiness as _readiness
from tests.launches.plan_api import tasks_by_id as _tasks
from tests.launches.plan_api import timeline as _timeline
from tests.launches.plan_api import timeline_response as _timeline_response

pytestmark = pytest.mark.django_db

T_ZERO = dt.date(2027, 3, 16)


def _t(offset: int) -> dt.date:
    return T_ZERO + dt.timedelta(days=offset)


def _iso(offset: int) -> str:
    return _t(offset).isoformat()


class Clock:
    """A controllable timezone.now(): `today(day)` makes it 10:00 UTC (11:00 in Berlin) on that day."""

    def __init__(self) -> None:
        self.now = dt.datetime.combine(_t(-15), dt.time(10), tzinfo=dt.UTC)

    def today(self, day: dt.date) -> None:
        self.now = dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    current = Clock()
    monkeypatch.setattr(timezone, "now", lambda: current.now)
    return current


def _gate(readiness, gate):
    return {row["id"]: row for row in readiness["gates"]}[gate.pk]


@pytest.mark.parametrize("status", [LaunchStatus.DRAFT, LaunchStatus.PLANNING, LaunchStatus.READY])
def test_work_that_should_have_started_is_forecast_to_start_today_and_pushes_its_successor(
    world, client_for, clock, status
):
    clock.today(_t(-15))
    Launch.objects.filter(pk=world.launch.pk).update(status=status)
    late = TaskFactory(workstream=world.pr_ws, offset_days=-20, duration_days=3)  # planned T-20..T-18
    successor = TaskFactory(workstream=world.marketing_ws, offset_days=-17, duration_days=2)  # planned T-17..T-16
    DependencyFactory(predecessor=late, successor=successor)
    on_plan = TaskFactory(workstream=world.pr_ws, offset_days=-5, duration_days=2)
    body = _timeline(client_for(world.office), world.launch)
    tasks = _tasks(body)

    assert _days(tasks[late.pk]) == (_iso(-15), _iso(-13))
    assert tasks[late.pk]["forecast"] is True
    # What was planned stays what was planned.
    assert (tasks[late.pk]["planned_start"], tasks[late.pk]["planned_due"]) == (_iso(-20), _iso(-18))
    assert _days(tasks[successor.pk]) == (_iso(-12), _iso(-11))
    assert _days(tasks[on_plan.pk]) == (_iso(-5), _iso(-4))
    assert tasks[on_plan.pk]["forecast"] is False
    assert body["forecast"]["status_date"] == _iso(-15)
    assert body["forecast"]["forecast_tasks"] == sum(row["forecast"] for row in body["tasks"]) >= 1
    assert body["forecast"]["t_zero_slip_days"] == 0
    assert _readiness(client_for(world.office), world.launch)["forecast"]["status_date"] == _iso(-15)


def test_in_a_working_calendar_late_work_is_forecast_from_the_first_working_day(world, client_for, clock):
    launch = LaunchFactory(owner=world.office, working_weekdays=[1, 2, 3, 4, 5])
    workstream = WorkstreamFactory(launch=launch, department=world.pr)
    clock.today(dt.date(2027, 3, 6))  # a Saturday
    to_do = TaskFactory(workstream=workstream, offset_days=-20, duration_days=2)  # planned Wednesday 24 February
    elapsed = TaskFactory(workstream=workstream, offset_days=-20, duration_days=2, duration_count="calendar")
    in_progress = TaskFactory(
        workstream=workstream,
        offset_days=-20,
        duration_days=3,
        status=TaskStatus.IN_PROGRESS,
        actual_start=dt.date(2027, 3, 1),  # Monday: due Wednesday 3 March by plan
    )
    successor = TaskFactory(workstream=workstream, offset_days=-20, duration_days=1)
    DependencyFactory(predecessor=in_progress, successor=successor)
    tasks = _tasks(_timeline(client_for(world.office), launch))

    assert _days(tasks[to_do.pk]) == ("2027-03-08", "2027-03-09")  # Monday and Tuesday
    assert _days(tasks[elapsed.pk]) == ("2027-03-06", "2027-03-07")  # elapsed work starts on the Saturday itself
    assert _days(tasks[in_progress.pk]) == ("2027-03-01", "2027-03-08")  # finishes on Monday at the earliest
    assert tasks[in_progress.pk]["forecast"] is True
    assert _days(tasks[successor.pk]) == ("2027-03-09", "2027-03-09")


def test_a_predecessor_left_open_past_its_due_pushes_its_successor_past_the_gate(world, client_for, clock):
    """The issue's example: a predecessor left open six days past its due date left its successor on its planned
    dates and its gate "not at risk", where by hand the successor runs six days past the gate."""
    clock.today(_t(-36))
    predecessor = TaskFactory(
        workstream=world.pr_ws,
        offset_days=-45,
        duration_days=4,  # planned T-45..T-42
        status=TaskStatus.IN_PROGRESS,
        actual_start=_t(-45),
    )
    successor = TaskFactory(workstream=world.marketing_ws, offset_days=-41, duration_days=15)  # T-41..T-27
    DependencyFactory(predecessor=predecessor, successor=successor)
    gate = Gate.objects.create(launch=world.launch, name="Readiness review", offset_days=-26)
    gate.criteria.add(successor)  # due by T-27: in time, as planned
    office = client_for(world.office)
    body = _timeline(office, world.launch)
    tasks = _tasks(body)

    # Six days past its due (T-42) today: it finishes today at the earliest.
    assert _days(tasks[predecessor.pk]) == (_iso(-45), _iso(-36))
    assert tasks[predecessor.pk]["forecast"] is True
    # The successor starts tomorrow and runs six days past the day before its gate.
    assert _days(tasks[successor.pk]) == (_iso(-35), _iso(-21))
    late = [c for c in body["conflicts"] if c["kind"] == "criterion_late" and c["task"] == successor.pk]
    assert [c["days"] for c in late] == [6]
    assert tasks[successor.pk]["slack"] == -6

    readiness = _readiness(office, world.launch)
    row = _gate(readiness, gate)
    assert row["days_left"] == 10  # further off than the at-risk horizon: the forecast alone puts it at risk
    assert (row["at_risk"], row["late_days"]) == (True, 6)


def test_a_gate_whose_criterion_is_forecast_in_time_is_not_at_risk(world, client_for, clock):
    clock.today(_t(-36))
    late = TaskFactory(workstream=world.pr_ws, offset_days=-40, duration_days=2)  # should have started at T-40
    gate = Gate.objects.create(launch=world.launch, name="Readiness review", offset_days=-26)
    gate.criteria.add(late)  # forecast T-36..T-35: in time for T-27
    readiness = _readiness(client_for(world.office), world.launch)
    assert (_gate(readiness, gate)["at_risk"], _gate(readiness, gate)["late_days"]) == (False, 0)


def test_work_in_progress_past_its_due_is_forecast_to_finish_today_and_pushes_its_successors(world, client_for, clock):
    clock.today(_t(-15))
    overdue = TaskFactory(
        workstream=world.pr_ws, offset_days=-20, duration_days=3, status=TaskStatus.IN_PROGRESS, actual_start=_t(-20)
    )  # due T-18 by plan
    on_time = TaskFactory(
        workstream=world.pr_ws, offset_days=-16, duration_days=5, status=TaskStatus.IN_PROGRESS, actual_start=_t(-16)
    )  # due T-12: still in time
    successor = TaskFactory(workstream=world.marketing_ws, offset_days=-17, duration_days=2)
    after_successor = TaskFactory(workstream=world.marketing_ws, offset_days=-15, duration_days=1)
    DependencyFactory(predecessor=overdue, successor=successor)
    DependencyFactory(predecessor=successor, successor=after_successor)
    tasks = _tasks(_timeline(client_for(world.office), world.launch))

    assert _days(tasks[overdue.pk]) == (_iso(-20), _iso(-15))
    assert tasks[overdue.pk]["forecast"] is True
    assert _days(tasks[on_time.pk]) == (_iso(-16), _iso(-12))
    assert tasks[on_time.pk]["forecast"] is False
    assert _days(tasks[successor.pk]) == (_iso(-14), _iso(-13))
    assert _days(tasks[after_successor.pk]) == (_iso(-12), _iso(-12))


def test_work_needed_for_launch_pushed_past_t_zero_is_a_forecast_slip(world, client_for, clock):
    clock.today(_t(-3))
    needed = TaskFactory(workstream=world.pr_ws, offset_days=-10, duration_days=5, needed_for_launch=True)
    office = client_for(world.office)
    body = _timeline(office, world.launch)

    assert _days(_tasks(body)[needed.pk]) == (_iso(-3), _iso(1))
    assert body["forecast"]["t_zero_slip_days"] == 1
    assert [c["days"] for c in body["conflicts"] if c["kind"] == "after_launch" and c["task"] == needed.pk] == [1]
    assert needed.pk in body["critical_path"]
    assert _readiness(office, world.launch)["forecast"]["t_zero_slip_days"] == 1

    # Moving T-0 five days later would absorb it: the preview says so, from the same today.
    report = office.post(
        f"/api/v1/launches/{world.launch.pk}/move-t-zero/",
        {"t_zero": "2027-03-21T08:00:00Z", "preview": True},
        format="json",
    ).json()
    assert (report["t_zero_slip_days_before"], report["t_zero_slip_days_after"]) == (1, 0)


def test_done_work_keeps_its_actual_days_and_its_successor_follows_them(world, client_for, clock):
    clock.today(_t(-15))
    done = TaskFactory(
        workstream=world.pr_ws,
        offset_days=-5,  # planned after today, done early
        duration_days=2,
        status=TaskStatus.DONE,
        actual_start=_t(-25),
        actual_finish=_t(-22),
    )
    done_late = TaskFactory(
        workstream=world.pr_ws,
        offset_days=-40,
        duration_days=2,
        status=TaskStatus.DONE,
        actual_start=_t(-30),
        actual_finish=_t(-16),
    )
    successor = TaskFactory(workstream=world.marketing_ws, offset_days=-13, duration_days=1)
    DependencyFactory(predecessor=done_late, successor=successor)
    tasks = _tasks(_timeline(client_for(world.office), world.launch))

    assert _days(tasks[done.pk]) == (_iso(-25), _iso(-22))
    assert _days(tasks[done_late.pk]) == (_iso(-30), _iso(-16))
    assert (tasks[done.pk]["forecast"], tasks[done_late.pk]["forecast"]) == (False, False)
    assert _days(tasks[successor.pk]) == (_iso(-13), _iso(-13))


@pytest.mark.parametrize("status", [LaunchStatus.LAUNCHED, LaunchStatus.CLOSED, LaunchStatus.CANCELLED])
def test_a_launch_past_its_planning_has_no_forecast(world, client_for, clock, status):
    clock.today(_t(-15))
    Launch.objects.filter(pk=world.launch.pk).update(status=status)
    late = TaskFactory(workstream=world.pr_ws, offset_days=-20, duration_days=3, needed_for_launch=True)
    overdue = TaskFactory(
        workstream=world.pr_ws, offset_days=-20, duration_days=3, status=TaskStatus.IN_PROGRESS, actual_start=_t(-20)
    )
    office = client_for(world.office)
    first = _timeline_response(office, world.launch)
    body = first.json()
    tasks = _tasks(body)

    assert _days(tasks[late.pk]) == (_iso(-20), _iso(-18))  # the plan as it stands
    assert _days(tasks[overdue.pk]) == (_iso(-20), _iso(-18))
    assert not any(row["forecast"] for row in body["tasks"])
    assert body["forecast"] == {"status_date": None, "forecast_tasks": 0, "t_zero_slip_days": 0}
    assert _readiness(office, world.launch)["forecast"]["status_date"] is None
    # Nothing moves with the day: tomorrow's timeline is the same one.
    clock.today(_t(-14))
    again = _timeline_response(office, world.launch, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_the_timeline_version_includes_the_day(world, client_for, clock):
    clock.today(_t(-15))
    late = TaskFactory(workstream=world.pr_ws, offset_days=-20, duration_days=3)
    office = client_for(world.office)
    first = _timeline_response(office, world.launch)
    # The same day again: not modified.
    assert _timeline_response(office, world.launch, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    version = Launch.objects.get(pk=world.launch.pk).plan_version

    clock.today(_t(-14))
    second = _timeline_response(office, world.launch, HTTP_IF_NONE_MATCH=first["ETag"])
    assert Launch.objects.get(pk=world.launch.pk).plan_version == version  # the plan did not change, the day did
    assert second.status_code == 200
    assert second["ETag"] != first["ETag"]
    assert first.json()["forecast"]["status_date"] == _iso(-15)
    assert second.json()["forecast"]["status_date"] == _iso(-14)
    assert _days(_tasks(first.json())[late.pk]) == (_iso(-15), _iso(-13))
    assert _days(_tasks(second.json())[late.pk]) == (_iso(-14), _iso(-12))  # not yesterday's cached body
    assert _timeline_response(office, world.launch, HTTP_IF_NONE_MATCH=second["ETag"]).status_code == 304


def test_a_reader_holding_only_last_modified_gets_the_new_days_forecast(world, client_for, clock):
    clock.today(_t(-15))
    TaskFactory(workstream=world.pr_ws, offset_days=-20, duration_days=3)
    office = client_for(world.office)
    first = _timeline_response(office, world.launch)
    assert _timeline_response(office, world.launch, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    clock.today(_t(-14))
    second = _timeline_response(office, world.launch, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert second.status_code == 200
    assert second.json()["forecast"]["status_date"] == _iso(-14)


def test_the_status_date_is_the_launchs_own_today(world, client_for, clock):
    # 23:30 UTC on T-16 is already T-15 in Berlin.
    clock.now = dt.datetime.combine(_t(-16), dt.time(23, 30), tzinfo=dt.UTC)
    late = TaskFactory(workstream=world.pr_ws, offset_days=-20, duration_days=1)
    body = _timeline(client_for(world.office), world.launch)
    assert body["forecast"]["status_date"] == _iso(-15)
    assert _tasks(body)[late.pk]["start"] == _iso(-15)


def test_open_work_past_its_planned_due_still_counts_late_in_readiness(world, client_for, clock):
    """The forecast moves late work to today, but it is still late: readiness counts it so."""
    clock.today(_t(-15))
    TaskFactory(workstream=world.pr_ws, offset_days=-20, duration_days=3)  # to do, due T-18 by plan
    TaskFactory(
        workstream=world.pr_ws, offset_days=-20, duration_days=3, status=TaskStatus.IN_PROGRESS, actual_start=_t(-20)
    )
    TaskFactory(workstream=world.pr_ws, offset_days=-5, duration_days=2)  # ahead of plan: not late
    departments = {
        row["department"]["slug"]: row for row in _readiness(client_for(world.office), world.launch)["departments"]
    }
    assert departments["pr"]["late"] == 2
    assert departments["marketing"]["late"] == 0

"""The burn-down (issue 16): per day, the tasks open at the end of it by the plan as it stands, by the current
baseline, and in fact up to today; cancelled work left out; a fixed number of queries whatever the size.

The shared world's launch works every day; T-0 is Tuesday 16 March 2027 (Berlin), so T-n is n calendar days
before it. "Today" is pinned by patching django.utils.timezone.now, as tests/launches/test_forecast.py does."""

import datetime as dt

import pytest
from django.utils import timezone

from launches.models import Task, TaskStatus
from tests.factories import TaskFactory

pytestmark = pytest.mark.django_db

T_ZERO = dt.date(2027, 3, 16)


def _t(offset: int) -> dt.date:
    return T_ZERO + dt.timedelta(days=offset)


@pytest.fixture
def today(monkeypatch):
    """Pins the launch's today to a day (10:00 UTC, 11:00 in Berlin)."""

    def pin(day: dt.date) -> None:
        moment = dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC)
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return pin


def _burndown(client, launch) -> dict:
    response = client.get(f"/api/v1/launches/{launch.pk}/burndown/")
    assert response.status_code == 200, response.content[:300]
    return response.json()


def _by_offset(body: dict) -> dict[int, dict]:
    return {(dt.date.fromisoformat(day["date"]) - T_ZERO).days: day for day in body["days"]}


def test_burndown_counts_open_tasks_by_plan_baseline_and_actual_finish(world, client_for, today):
    ws = world.marketing_ws
    # The world's two tasks run T-10..T-9. Planned: A T-20..T-18, B T-15, D T-5..T-4, E T-8; C is cancelled.
    a = TaskFactory(workstream=ws, title="A", offset_days=-20, duration_days=3)
    b = TaskFactory(workstream=ws, title="B", offset_days=-15, duration_days=1)
    d = TaskFactory(workstream=world.pr_ws, title="D", offset_days=-5, duration_days=2)
    e = TaskFactory(workstream=world.pr_ws, title="E", offset_days=-8, duration_days=1)
    TaskFactory(workstream=ws, title="C", offset_days=-30, status=TaskStatus.CANCELLED)
    today(_t(-25))
    saved = client_for(world.office).post(
        "/api/v1/baselines/", {"launch": world.launch.pk, "name": "Kickoff"}, format="json"
    )
    assert saved.status_code == 201, saved.json()

    # Since the baseline: A was done a day early (started a day early too), B started, E is done with no
    # actual finish recorded, D slipped three days, and F was added.
    Task.objects.filter(pk=a.pk).update(status=TaskStatus.DONE, actual_start=_t(-21), actual_finish=_t(-19))
    Task.objects.filter(pk=b.pk).update(status=TaskStatus.IN_PROGRESS, actual_start=_t(-15))
    Task.objects.filter(pk=e.pk).update(status=TaskStatus.DONE)
    Task.objects.filter(pk=d.pk).update(offset_days=-2)
    TaskFactory(workstream=ws, title="F", offset_days=-3, duration_days=1)
    today(_t(-12))

    body = _burndown(client_for(world.viewer), world.launch)

    assert body["today"] == _t(-12).isoformat()
    assert body["t_zero_date"] == T_ZERO.isoformat()
    assert body["baseline"]["name"] == "Kickoff"
    # Seven tasks not cancelled; the baseline holds six of them (not F).
    assert (body["tasks"], body["baseline_tasks"]) == (7, 6)
    # From the plan's first day (A's actual start, T-21) to a week after T-0, every day once.
    assert [day["date"] for day in body["days"]] == [_t(n).isoformat() for n in range(-21, 8)]
    days = _by_offset(body)
    # The plan: due days A T-19, B T-15, the world's two T-9, E T-8, F T-3, D T-1 (open until the end of its due day).
    assert {n: days[n]["plan"] for n in (-21, -20, -19, -16, -15, -10, -9, -8, -4, -3, -2, -1, 0, 7)} == {
        -21: 7, -20: 7, -19: 6, -16: 6, -15: 5, -10: 5, -9: 3, -8: 2, -4: 2, -3: 1, -2: 1, -1: 0, 0: 0, 7: 0,
    }  # fmt: skip
    # The baseline: A T-18, B T-15, the world's two T-9, E T-8, D T-4.
    assert {n: days[n]["baseline"] for n in (-21, -19, -18, -15, -9, -8, -5, -4, 0)} == {
        -21: 6, -19: 6, -18: 5, -15: 4, -9: 2, -8: 1, -5: 1, -4: 0, 0: 0,
    }  # fmt: skip
    # In fact: A done on T-19; E done with no recorded finish counts from its due day, at the latest today (T-12).
    assert {n: days[n]["actual"] for n in (-21, -20, -19, -13, -12)} == {-21: 7, -20: 7, -19: 6, -13: 6, -12: 5}
    assert all(days[n]["actual"] is None for n in range(-11, 8))


def test_without_a_baseline_the_baseline_line_is_null(world, client_for, today):
    today(_t(-30))
    body = _burndown(client_for(world.marketing_member), world.launch)
    assert body["baseline"] is None and body["baseline_tasks"] is None
    assert {day["baseline"] for day in body["days"]} == {None}
    # Today is before the plan's first day: nothing has happened yet, no actual line.
    assert {day["actual"] for day in body["days"]} == {None}
    # The world's two tasks, due T-9.
    assert _by_offset(body)[-10]["plan"] == 2 and _by_offset(body)[-9]["plan"] == 0


def test_a_plan_without_tasks_runs_from_t_zero_to_a_week_after(world, client_for, today):
    Task.objects.all().delete()
    today(_t(3))
    body = _burndown(client_for(world.office), world.launch)
    assert body["tasks"] == 0
    assert [day["date"] for day in body["days"]] == [_t(n).isoformat() for n in range(0, 8)]
    assert [day["actual"] for day in body["days"]] == [0, 0, 0, 0, None, None, None, None]


def test_a_stray_date_years_away_keeps_the_series_to_two_years(world, client_for, today):
    today(_t(-12))
    TaskFactory(workstream=world.pr_ws, schedule_mode="fixed", start_date=_t(-3000), offset_days=None)
    body = _burndown(client_for(world.office), world.launch)
    assert len(body["days"]) == 731
    assert body["days"][-1]["date"] == _t(7).isoformat()
    # The stray task was due long before the series starts: it is not open on its first day.
    assert body["days"][0]["plan"] == 2


def test_burndown_is_refused_anonymously_and_answers_404_for_an_unknown_launch(world, client_for):
    assert client_for(None).get(f"/api/v1/launches/{world.launch.pk}/burndown/").status_code == 401
    response = client_for(world.viewer).get("/api/v1/launches/999999/burndown/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_burndown_runs_a_fixed_number_of_queries_whatever_the_size(world, client_for, today, django_assert_num_queries):
    today(_t(-12))
    client = client_for(world.viewer)
    client_for(world.office).post("/api/v1/baselines/", {"launch": world.launch.pk, "name": "Kickoff"}, format="json")
    url = f"/api/v1/launches/{world.launch.pk}/burndown/"

    def grow(n: int) -> None:
        for index in range(n):
            TaskFactory(workstream=world.pr_ws, offset_days=-index - 1, status=TaskStatus.values[index % 5])

    grow(2)
    # session, user, launch, tasks, dependencies, the current baseline's dates
    with django_assert_num_queries(6):
        assert client.get(url).status_code == 200
    grow(40)
    with django_assert_num_queries(6):
        body = client.get(url).json()
    # The world's two and 42 more, of which every fifth (8) is cancelled.
    assert body["tasks"] == 36

"""The office's portfolio (issue 21): every launch not closed or cancelled at a glance, through the API, with
today pinned twelve days before the shared world's T-0 (2027-03-16, Europe/Berlin, every day worked)."""

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from accounts.models import Department
from gates.models import Gate, GateStatus
from launches.models import LaunchStatus, TaskStatus
from tests.factories import DependencyFactory, LaunchFactory, MilestoneFactory, TaskFactory, WorkstreamFactory
from tests.schema_world import api_token, wsgi_keeps_test_connection

pytestmark = pytest.mark.django_db

URL = "/api/v1/portfolio/"
NOW = dt.datetime(2027, 3, 4, 10, 0, tzinfo=dt.UTC)  # T-12 of the world's launch


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)


def _rows(client, query: str = "") -> dict[str, dict]:
    response = client.get(URL + query)
    assert response.status_code == 200, response.content
    return {row["name"]: row for row in response.json()}


def test_portfolio_figures_of_a_known_plan(world, client_for):
    launch = world.launch
    launch.name = "Aurora"
    launch.status = LaunchStatus.PLANNING
    launch.save()
    ws = world.marketing_ws
    # Planned T-20..T-16, still to do on T-12: late. The forecast starts it today (T-12..T-8), which pushes its
    # successor, needed for launch, from T-10..T-1 to T-7..T+2: T-0 slips two days, and that is a conflict.
    late = TaskFactory(workstream=ws, title="Late", offset_days=-20, duration_days=5)
    final = TaskFactory(workstream=ws, title="Final", offset_days=-10, duration_days=10, needed_for_launch=True)
    DependencyFactory(predecessor=late, successor=final)
    TaskFactory(workstream=ws, title="Done", offset_days=-30, status=TaskStatus.DONE)
    TaskFactory(workstream=ws, title="Dropped", offset_days=-30, status=TaskStatus.CANCELLED)
    # T-7, five days ahead, its criterion (the world's campaign brief) still to do: due and at risk.
    review = Gate.objects.create(launch=launch, name="Readiness review", offset_days=-7)
    review.criteria.add(world.marketing_task)
    # T-14, two days past, not approved, criterion open: at risk, no longer due.
    overdue = Gate.objects.create(launch=launch, name="Brief review", offset_days=-14)
    overdue.criteria.add(world.pr_task)
    # Approved ones are neither due nor at risk, however near.
    Gate.objects.create(launch=launch, name="Legal", offset_days=-8, status=GateStatus.APPROVED)
    # T+5, 17 days ahead, criteria done: neither.
    after = Gate.objects.create(launch=launch, name="Retro", offset_days=5)
    done_task = TaskFactory(workstream=ws, title="Retro prep", offset_days=-30, status=TaskStatus.DONE)
    after.criteria.add(done_task)
    MilestoneFactory(launch=launch, name="Embargo lift", offset_days=-3)

    row = _rows(client_for(world.office))["Aurora"]

    assert row["id"] == launch.pk
    assert row["status"] == "planning"
    assert row["time_zone"] == "Europe/Berlin"
    assert row["t_zero"] == "2027-03-16T08:00:00Z"
    assert row["days_to_t_zero"] == 12
    # Not cancelled: the two world tasks, Late, Final, Done, Retro prep; done: Done and Retro prep.
    assert row["readiness"] == {"total": 6, "done": 2, "percent": 33, "late": 1}
    assert [(gate["name"], gate["days_left"]) for gate in row["gates_due"]] == [("Readiness review", 5)]
    assert row["gates_due"][0] == {
        "id": review.pk,
        "name": "Readiness review",
        "moment": "2027-03-09T08:00:00Z",
        "status": "pending",
        "days_left": 5,
        "criteria_total": 1,
        "criteria_done": 0,
    }
    assert [(gate["name"], gate["days_left"]) for gate in row["gates_at_risk"]] == [
        ("Brief review", -2),
        ("Readiness review", 5),
    ]
    assert row["forecast_slip_days"] == 2
    # Final now starts before Late ends, and ends after launch; the press release is due after its gate (T-14).
    assert row["open_conflicts"] == 3
    assert row["milestones"] == [
        {"id": launch.milestones.get().pk, "name": "Embargo lift", "moment": "2027-03-13T08:00:00Z"}
    ]
    assert [(gate["name"], gate["status"]) for gate in row["gates"]] == [
        ("Brief review", "pending"),
        ("Legal", "approved"),
        ("Readiness review", "pending"),
        ("Retro", "pending"),
    ]


def test_portfolio_agrees_with_the_launchs_readiness_and_timeline(world, client_for):
    ws = world.marketing_ws
    late = TaskFactory(workstream=ws, offset_days=-25, duration_days=6)
    final = TaskFactory(workstream=ws, offset_days=-12, duration_days=11, needed_for_launch=True)
    DependencyFactory(predecessor=late, successor=final)
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    gate.criteria.add(final)
    client = client_for(world.viewer)

    row = _rows(client)[world.launch.name]
    readiness = client.get(f"/api/v1/launches/{world.launch.pk}/readiness/").json()
    timeline = client.get(f"/api/v1/launches/{world.launch.pk}/timeline/").json()

    assert row["forecast_slip_days"] == readiness["forecast"]["t_zero_slip_days"] > 0
    assert row["readiness"]["late"] == sum(department["late"] for department in readiness["departments"]) == 1
    # The timeline's conflicts are the schedule's, and the communications' embargoes (none here).
    assert row["open_conflicts"] == len(timeline["conflicts"]) > 0
    assert [g["id"] for g in row["gates_at_risk"]] == [g["id"] for g in readiness["gates"] if g["at_risk"]]


def test_a_gate_far_ahead_is_at_risk_when_a_criterion_is_forecast_late(world, client_for):
    world.launch.t_zero = dt.datetime(2027, 4, 16, 8, 0, tzinfo=dt.UTC)  # today is T-43
    world.launch.save()
    # Planned T-60..T-41 and not started on T-43: the forecast starts it today and finishes it on T-24, a day
    # after its gate at T-25, 18 days ahead: beyond the two weeks, at risk all the same.
    criterion = TaskFactory(workstream=world.marketing_ws, offset_days=-60, duration_days=20)
    gate = Gate.objects.create(launch=world.launch, name="Content freeze", offset_days=-25)  # 18 days ahead
    gate.criteria.add(criterion)

    row = _rows(client_for(world.office))[world.launch.name]

    assert row["gates_due"] == []
    assert [(g["name"], g["days_left"]) for g in row["gates_at_risk"]] == [("Content freeze", 18)]


def test_closed_and_cancelled_launches_are_left_out_and_the_rest_come_by_t_zero(world, client_for):
    LaunchFactory(name="Closed", status=LaunchStatus.CLOSED)
    LaunchFactory(name="Cancelled", status=LaunchStatus.CANCELLED)
    LaunchFactory(name="Later", status=LaunchStatus.READY, t_zero=dt.datetime(2027, 5, 1, 8, tzinfo=dt.UTC))
    LaunchFactory(name="Launched", status=LaunchStatus.LAUNCHED, t_zero=dt.datetime(2027, 3, 1, 8, tzinfo=dt.UTC))

    response = client_for(world.office).get(URL)

    assert response.status_code == 200
    assert [row["name"] for row in response.json()] == ["Launched", world.launch.name, "Later"]
    by_name = {row["name"]: row for row in response.json()}
    assert by_name["Launched"]["days_to_t_zero"] == -3
    assert by_name["Launched"]["readiness"] == {"total": 0, "done": 0, "percent": 0, "late": 0}


def test_days_to_t_zero_count_the_launchs_own_calendar_days(world, client_for):
    # 23:30 UTC on 16 March is 12:30 on 17 March in Auckland, where 10:00 UTC on 4 March is already 23:00.
    LaunchFactory(
        name="Auckland", t_zero=dt.datetime(2027, 3, 16, 23, 30, tzinfo=dt.UTC), time_zone=ZoneInfo("Pacific/Auckland")
    )
    # 02:00 UTC on 16 March is still 15 March in Los Angeles; 10:00 UTC on 4 March is 02:00 there.
    LaunchFactory(
        name="Los Angeles",
        t_zero=dt.datetime(2027, 3, 16, 2, 0, tzinfo=dt.UTC),
        time_zone=ZoneInfo("America/Los_Angeles"),
    )

    rows = _rows(client_for(world.office))

    assert rows["Auckland"]["days_to_t_zero"] == 13
    assert rows["Los Angeles"]["days_to_t_zero"] == 11
    assert rows[world.launch.name]["days_to_t_zero"] == 12


def test_filters_by_status_and_by_department(world, client_for):
    hr = Department.objects.get(slug="hr")
    other = LaunchFactory(name="HR only", status=LaunchStatus.READY)
    WorkstreamFactory(launch=other, department=hr)
    # Two workstreams of Marketing in one launch would still list it once.
    both = LaunchFactory(name="Both", status=LaunchStatus.LAUNCHED)
    WorkstreamFactory(launch=both, department=hr)
    WorkstreamFactory(launch=both, department=world.marketing)
    client = client_for(world.viewer)

    assert sorted(_rows(client, f"?department={world.marketing.pk}")) == ["Both", world.launch.name]
    assert sorted(_rows(client, f"?department={hr.pk}")) == ["Both", "HR only"]
    assert sorted(_rows(client, "?status=ready&status=launched")) == ["Both", "HR only"]
    assert sorted(_rows(client, f"?status=draft&department={hr.pk}")) == []
    assert sorted(_rows(client, f"?status=launched&department={world.marketing.pk}")) == ["Both"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("?status=closed", "status"),
        ("?status=nonsense", "status"),
        ("?department=abc", "department"),
        ("?department=999999", "department"),
        ("?department=99999999999999999999999", "department"),
    ],
)
def test_a_bad_filter_value_answers_400_naming_the_field(world, client_for, query, field):
    response = client_for(world.office).get(URL + query)

    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == "invalid"
    assert list(body["extra"]["fields"]) == [field]
    assert body["message"].startswith(f"{field}:")


def test_a_viewer_reads_the_portfolio_and_anonymous_gets_401(world, client_for):
    assert client_for(world.viewer).get(URL).status_code == 200
    assert client_for(world.marketing_member).get(URL).status_code == 200
    assert client_for(None).get(URL).status_code == 401


def _grow(world, launches: int, tasks: int) -> None:
    """`launches` launches of `tasks` tasks each, over two workstreams, with links, a gate with criteria, a
    milestone, some late and some done work."""
    for number in range(launches):
        launch = LaunchFactory(status=LaunchStatus.PLANNING, t_zero=NOW + dt.timedelta(days=10 + number))
        lanes = [
            WorkstreamFactory(launch=launch, department=world.marketing),
            WorkstreamFactory(launch=launch, department=world.pr),
        ]
        made = [
            TaskFactory(
                workstream=lanes[index % 2],
                offset_days=-15 + index % 10,
                status=TaskStatus.DONE if index % 3 == 0 else TaskStatus.TODO,
                needed_for_launch=index % 2 == 0,
            )
            for index in range(tasks)
        ]
        for predecessor, successor in itertools.pairwise(made):
            DependencyFactory(predecessor=predecessor, successor=successor)
        gate = Gate.objects.create(launch=launch, name="Go/No-Go", offset_days=-3)
        gate.criteria.add(*made[:3])
        Gate.objects.create(launch=launch, name="Review", offset_days=-8, status=GateStatus.APPROVED)
        MilestoneFactory(launch=launch, offset_days=-5)
        MilestoneFactory(launch=launch, offset_days=2)


def test_portfolio_runs_a_fixed_number_of_queries_whatever_the_size(world, client_for):
    client = client_for(world.viewer)

    def queries(expected_launches: int) -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(URL)
        assert response.status_code == 200
        body = response.json()
        assert len(body) == expected_launches
        grown = [row for row in body if row["id"] != world.launch.pk]
        assert all(row["gates"] and row["milestones"] and row["readiness"]["total"] for row in grown)
        return len(ctx.captured_queries)

    _grow(world, 2, 3)
    small = queries(3)
    _grow(world, 4, 20)
    # session, user, launches, tasks, dependencies, gates, their criteria, milestones
    assert queries(7) == small == 8


def test_a_launchs_summary_is_kept_until_its_plan_changes_or_the_day_turns(world, client_for, monkeypatch):
    office = client_for(world.office)
    first = _rows(office)[world.launch.name]
    with CaptureQueriesContext(connection) as ctx:
        assert _rows(office)[world.launch.name] == first
    # session, user, launches: every summary was kept
    assert len(ctx.captured_queries) == 3
    # A change through the API raises the plan version: the summary is computed again and shows it.
    task = world.marketing_task
    response = office.patch(
        f"/api/v1/tasks/{task.pk}/", {"status": "done"}, content_type="application/json", HTTP_IF_MATCH="*"
    )
    assert response.status_code == 200, response.content
    after = _rows(office)[world.launch.name]
    assert after["readiness"]["done"] == first["readiness"]["done"] + 1
    # So does the next day: T-0 is one day nearer.
    monkeypatch.setattr(timezone, "now", lambda: NOW + dt.timedelta(days=1))
    assert _rows(office)[world.launch.name]["days_to_t_zero"] == first["days_to_t_zero"] - 1


SCHEMA = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())
SCHEMA_CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


@pytest.mark.parametrize(("query", "status"), [({}, 200), ({"status": ["planning"]}, 200), ({"department": 0}, 400)])
def test_the_portfolio_answers_as_the_published_schema_says(world, query, status):
    _grow(world, 1, 4)
    TaskFactory(workstream=world.marketing_ws, offset_days=-20)  # late
    gate = Gate.objects.create(launch=world.launch, name="Readiness review", offset_days=-7)
    gate.criteria.add(world.marketing_task)
    case = SCHEMA["/api/v1/portfolio/"]["GET"].Case(query=query)
    with wsgi_keeps_test_connection():
        # The WSGI client does not decompress: ask for the plain body.
        headers = {"Authorization": f"Token {api_token(world.office)}", "Accept-Encoding": "identity"}
        response = case.call(headers=headers)
        case.validate_response(response, checks=SCHEMA_CHECKS)
    assert response.status_code == status
    if status == 200:
        assert response.json() and all(row["gates"] for row in response.json())

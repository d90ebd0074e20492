"""Baselines (issue 15): the office saves the plan's dates by name, one is the current comparison, a launch that
becomes ready gets one by itself; the timeline gives each task its baseline dates and variance, readiness lists
what slipped per department."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from gates.models import Gate, GateStatus
from launches.models import Baseline, BaselineTask, Launch
from tests.factories import TaskFactory

pytestmark = pytest.mark.django_db


def _save(client, launch, name):
    return client.post("/api/v1/baselines/", {"launch": launch.pk, "name": name}, format="json")


def _timeline(client, launch):
    return client.get(f"/api/v1/launches/{launch.pk}/timeline/").json()


def test_a_saved_baseline_gives_each_task_its_dates_and_the_variance_once_it_slips(world, client_for):
    office = client_for(world.office)
    task = TaskFactory(workstream=world.pr_ws, title="Press kit", offset_days=-10, duration_days=3)
    before = _timeline(office, world.launch)
    assert before["baseline"] is None
    assert {t["id"]: t["variance_days"] for t in before["tasks"]}[task.pk] is None

    response = _save(office, world.launch, "Kickoff")
    assert response.status_code == 201, response.json()
    assert response.json()["is_current"] is True
    assert BaselineTask.objects.filter(baseline_id=response.json()["id"]).count() == 3  # every task of the plan
    assert AuditEvent.objects.filter(entity="baseline", action="create").count() == 1

    # The task slips four days.
    assert office.patch(f"/api/v1/tasks/{task.pk}/", {"offset_days": -6}, format="json").status_code == 200
    body = _timeline(office, world.launch)
    assert body["baseline"]["name"] == "Kickoff"
    row = {t["id"]: t for t in body["tasks"]}[task.pk]
    t_zero = world.launch.t_zero_date
    assert (row["baseline_start"], row["baseline_due"]) == (
        (t_zero + dt.timedelta(days=-10)).isoformat(),
        (t_zero + dt.timedelta(days=-8)).isoformat(),
    )
    assert row["variance_days"] == 4

    readiness = office.get(f"/api/v1/launches/{world.launch.pk}/readiness/").json()
    assert readiness["slipped"] == [
        {"task": task.pk, "title": "Press kit", "workstream": world.pr_ws.pk, "variance_days": 4}
    ]
    assert {d["department"]["slug"]: d["slipped"] for d in readiness["departments"]} == {"marketing": 0, "pr": 1}


def test_several_baselines_one_current_and_the_office_picks_it(world, client_for):
    office = client_for(world.office)
    first = _save(office, world.launch, "Kickoff").json()
    second = _save(office, world.launch, "After review").json()
    assert [b.is_current for b in Baseline.objects.order_by("id")] == [False, True]

    response = office.patch(f"/api/v1/baselines/{first['id']}/", {"is_current": True}, format="json")
    assert response.status_code == 200, response.json()
    assert dict(Baseline.objects.values_list("id", "is_current")) == {first["id"]: True, second["id"]: False}
    assert _timeline(office, world.launch)["baseline"]["name"] == "Kickoff"

    refused = office.patch(f"/api/v1/baselines/{first['id']}/", {"is_current": False}, format="json")
    assert refused.status_code == 400 and "is_current" in refused.json()["extra"]["fields"]
    assert Baseline.objects.get(pk=first["id"]).is_current


def test_only_the_office_saves_a_baseline_and_a_refusal_saves_nothing(world, client_for):
    response = _save(client_for(world.marketing_lead), world.launch, "Mine")
    assert response.status_code == 403
    assert not Baseline.objects.exists() and not BaselineTask.objects.exists()
    blank = _save(client_for(world.office), world.launch, "  ")
    assert blank.status_code == 400 and "name" in blank.json()["extra"]["fields"]
    assert not Baseline.objects.exists()


def test_a_launch_that_becomes_ready_gets_a_baseline_by_itself(world, client_for):
    office = client_for(world.office)
    Launch.objects.filter(pk=world.launch.pk).update(status="planning")
    Gate.objects.filter(launch=world.launch).update(status=GateStatus.APPROVED)
    response = office.post(f"/api/v1/launches/{world.launch.pk}/transition/", {"status": "ready"}, format="json")
    assert response.status_code == 200, response.json()
    baseline = Baseline.objects.get(launch=world.launch)
    assert baseline.is_current and baseline.name.startswith("Ready on ")
    assert baseline.created_by == world.office
    assert BaselineTask.objects.filter(baseline=baseline).count() == 2


def test_the_baseline_list_runs_a_fixed_number_of_queries(world, client_for):
    office = client_for(world.office)
    _save(office, world.launch, "One")
    with CaptureQueriesContext(connection) as small:
        assert office.get(f"/api/v1/baselines/?launch={world.launch.pk}").status_code == 200
    for i in range(5):
        _save(office, world.launch, f"More {i}")
    with CaptureQueriesContext(connection) as large:
        body = office.get(f"/api/v1/baselines/?launch={world.launch.pk}").json()
    assert body["count"] == 6
    assert len(small.captured_queries) == len(large.captured_queries)

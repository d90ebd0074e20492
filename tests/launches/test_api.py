"""The launch model through the API as the office: launches, workstreams, tasks, dependencies, milestones,
comments; bad input answered 400 naming the field (never a 500); filtering, ordering and pagination."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from accounts.models import Department, DepartmentMembership
from audit.models import AuditEvent
from launches.models import Dependency, Launch, LaunchStatus, Milestone, Task, TaskComment, Workstream
from tests.factories import DependencyFactory, LaunchFactory, MilestoneFactory, TaskFactory, WorkstreamFactory

pytestmark = pytest.mark.django_db

STATE_MODELS = (
    Launch,
    Workstream,
    Task,
    Dependency,
    Milestone,
    TaskComment,
    Department,
    DepartmentMembership,
    AuditEvent,
)


def db_state() -> dict[str, list[dict]]:
    """Every row a refused write must leave alone (audit events included: a refusal records nothing)."""
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in STATE_MODELS}


def assert_invalid(response, *fields: str, code: str = "invalid") -> dict:
    """A 400 in the error contract with `code` (a product rule's own, or plain `invalid`) whose extra.fields
    names one of `fields`."""
    assert response.status_code == 400, (response.status_code, response.content)
    body = response.json()
    assert set(body) == {"code", "message", "extra"}, body
    assert body["code"] == code, body
    assert isinstance(body["message"], str) and body["message"], body
    named = set(body["extra"]["fields"])
    assert named & set(fields), f"expected one of {fields} in extra.fields, got {sorted(named)}"
    for messages in body["extra"]["fields"].values():
        assert messages and all(isinstance(message, str) for message in messages)
    return body


@pytest.fixture
def office(world, client_for):
    """The office's client; a server error is answered as a 500 response instead of raised into the test."""
    client = client_for(world.office)
    client.raise_request_exception = False
    return client


def _results(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["results"]


# Launches


def test_office_creates_a_launch_with_one_workstream_per_department_by_default(world, office):
    response = office.post(
        "/api/v1/launches/",
        {"name": "Aurora", "t_zero": "2027-05-04T07:00:00Z", "time_zone": "Europe/Berlin", "description": "Big one"},
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["name"], body["status"], body["owner"]) == ("Aurora", "draft", world.office.pk)
    launch = Launch.objects.get(pk=body["id"])
    assert launch.description == "Big one"
    workstreams = Workstream.objects.filter(launch=launch)
    assert sorted(workstreams.values_list("department__slug", flat=True)) == sorted(
        Department.objects.values_list("slug", flat=True)
    )
    assert workstreams.count() == Department.objects.count() == 5
    # Each workstream's lead defaults to its department's lead.
    assert workstreams.get(department=world.marketing).lead == world.marketing_lead
    assert workstreams.get(department__slug="hr").lead is None


def test_launch_created_with_departments_gets_a_workstream_for_those_only(world, office):
    response = office.post(
        "/api/v1/launches/",
        {
            "name": "Aurora",
            "t_zero": "2027-05-04T07:00:00Z",
            "time_zone": "Europe/Berlin",
            "departments": [world.marketing.pk, world.pr.pk],
        },
    )
    assert response.status_code == 201, response.content
    launch = Launch.objects.get(pk=response.json()["id"])
    assert set(launch.workstreams.values_list("department_id", flat=True)) == {world.marketing.pk, world.pr.pk}


def test_launch_created_with_no_departments_has_no_workstream(world, office):
    response = office.post(
        "/api/v1/launches/",
        {"name": "Solo", "t_zero": "2027-05-04T07:00:00Z", "time_zone": "UTC", "departments": []},
    )
    assert response.status_code == 201, response.content
    assert not Workstream.objects.filter(launch_id=response.json()["id"]).exists()


def test_new_launch_starts_as_a_draft_owned_by_its_creator_whatever_the_body_says(world, office):
    response = office.post(
        "/api/v1/launches/",
        {
            "name": "Aurora",
            "t_zero": "2027-05-04T07:00:00Z",
            "time_zone": "UTC",
            "status": "launched",
            "owner": world.viewer.pk,
        },
    )
    assert response.status_code == 201, response.content
    launch = Launch.objects.get(pk=response.json()["id"])
    assert (launch.status, launch.owner) == (LaunchStatus.DRAFT, world.office)


def test_t_zero_is_stored_in_utc_and_t_zero_date_is_the_day_in_the_launch_zone(world, office):
    # 01:30 on March 30th in Berlin (CEST, +02:00) is 23:30 UTC on March 29th.
    response = office.post(
        "/api/v1/launches/",
        {"name": "Night launch", "t_zero": "2027-03-30T01:30:00+02:00", "time_zone": "Europe/Berlin"},
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["t_zero"] == "2027-03-29T23:30:00Z"
    assert body["t_zero_date"] == "2027-03-30"
    assert body["time_zone"] == "Europe/Berlin"
    stored = Launch.objects.get(pk=body["id"]).t_zero
    assert stored == dt.datetime(2027, 3, 29, 23, 30, tzinfo=dt.UTC)
    assert stored.utcoffset() == dt.timedelta(0)

    # The same moment is still March 29th in New York.
    response = office.post(
        "/api/v1/launches/",
        {"name": "Night launch US", "t_zero": "2027-03-29T23:30:00Z", "time_zone": "America/New_York"},
    )
    assert response.json()["t_zero_date"] == "2027-03-29"


def test_office_reads_lists_updates_and_deletes_launches(world, office):
    url = f"/api/v1/launches/{world.launch.pk}/"
    detail = office.get(url)
    assert detail.status_code == 200
    assert detail.json()["t_zero"] == "2027-03-16T08:00:00Z"
    assert detail.json()["task_count"] == 2
    assert [launch["id"] for launch in _results(office.get("/api/v1/launches/"))] == [world.launch.pk]

    response = office.patch(url, {"name": "Renamed", "description": "New words", "time_zone": "Asia/Tokyo"})
    assert response.status_code == 200, response.content
    world.launch.refresh_from_db()
    assert (world.launch.name, world.launch.description) == ("Renamed", "New words")
    assert world.launch.time_zone == ZoneInfo("Asia/Tokyo")

    response = office.put(url, {"name": "Put name", "t_zero": "2027-03-16T08:00:00Z", "time_zone": "Europe/Berlin"})
    assert response.status_code == 200, response.content
    world.launch.refresh_from_db()
    assert world.launch.name == "Put name"

    assert office.delete(url).status_code == 204
    assert not Launch.objects.filter(pk=world.launch.pk).exists()
    # Its plan goes with it.
    assert not Workstream.objects.filter(launch_id=world.launch.pk).exists()
    assert not Task.objects.filter(pk__in=[world.marketing_task.pk, world.pr_task.pk]).exists()


def test_missing_launch_is_404_not_found(world, office):
    response = office.get("/api/v1/launches/999999/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_patching_t_zero_moves_anchored_tasks_with_it(world, office):
    response = office.patch(f"/api/v1/launches/{world.launch.pk}/", {"t_zero": "2027-03-20T08:00:00Z"})
    assert response.status_code == 200, response.content
    task = office.get(f"/api/v1/tasks/{world.marketing_task.pk}/").json()
    # T-10 of March 20th.
    assert task["planned_start"] == "2027-03-10"


@pytest.mark.parametrize(
    ("method", "action", "body"),
    [
        pytest.param("patch", "", {"t_zero": "9999-12-30T00:00:00Z"}, id="patch"),
        pytest.param("post", "move-t-zero/", {"t_zero": "9999-12-30T00:00:00Z", "preview": True}, id="move-preview"),
        pytest.param("post", "move-t-zero/", {"t_zero": "9999-12-30T00:00:00Z"}, id="move"),
    ],
)
def test_moving_t_zero_so_far_that_anchored_tasks_leave_the_calendar_is_refused_naming_t_zero(
    world, office, method, action, body
):
    # T+5 of December 30th, 9999 is past the last representable day.
    TaskFactory(workstream=world.marketing_ws, title="After launch", offset_days=5)
    before = db_state()
    response = getattr(office, method)(f"/api/v1/launches/{world.launch.pk}/{action}", body)
    assert_invalid(response, "t_zero")
    assert db_state() == before


def test_launch_status_goes_from_draft_to_planning(world, office):
    response = office.patch(f"/api/v1/launches/{world.launch.pk}/", {"status": "planning"})
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "planning"
    world.launch.refresh_from_db()
    assert world.launch.status == LaunchStatus.PLANNING


def test_launch_status_transition_action_follows_the_lifecycle(world, office):
    url = f"/api/v1/launches/{world.launch.pk}/transition/"
    for status in ("planning", "ready", "launched", "closed"):
        response = office.post(url, {"status": status})
        assert response.status_code == 200, (status, response.content)
        assert response.json()["status"] == status
    before = db_state()
    assert_invalid(office.post(url, {"status": "draft"}), "status", code="transition_not_allowed")
    assert db_state() == before


def test_launch_cannot_jump_from_draft_to_launched(world, office):
    before = db_state()
    response = office.patch(f"/api/v1/launches/{world.launch.pk}/", {"status": "launched"})
    body = assert_invalid(response, "status", code="transition_not_allowed")
    assert "launched" in body["message"]
    assert db_state() == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"t_zero": "yesterday"}, "t_zero", id="malformed-t_zero"),
        pytest.param({"time_zone": "Mars/Olympus"}, "time_zone", id="unknown-time-zone"),
        pytest.param({"name": ""}, "name", id="blank-name"),
        pytest.param({"status": "finished"}, "status", id="unknown-status"),
        pytest.param({"departments": [999999]}, "departments", id="unknown-department"),
        # T-0 itself is valid, but its day in Berlin is past the last representable date.
        pytest.param({"t_zero": "9999-12-31T23:30:00Z"}, "t_zero", id="t_zero-day-beyond-year-9999"),
        pytest.param(
            {"t_zero": "0001-01-01T00:00:00Z", "time_zone": "America/New_York"},
            "t_zero",
            id="t_zero-day-before-year-1",
        ),
    ],
)
def test_bad_launch_is_refused_naming_the_field(world, office, body, field):
    valid = {"name": "Aurora", "t_zero": "2027-05-04T07:00:00Z", "time_zone": "Europe/Berlin"}
    before = db_state()
    assert_invalid(office.post("/api/v1/launches/", {**valid, **body}), field)
    assert db_state() == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"t_zero": "yesterday"}, "t_zero", id="malformed-t_zero"),
        pytest.param({"time_zone": "Mars/Olympus"}, "time_zone", id="unknown-time-zone"),
        pytest.param({"owner": 999999}, "owner", id="unknown-owner"),
    ],
)
def test_bad_launch_change_is_refused_naming_the_field(world, office, body, field):
    before = db_state()
    assert_invalid(office.patch(f"/api/v1/launches/{world.launch.pk}/", body), field)
    assert db_state() == before


# Workstreams


def test_office_adds_a_workstream_whose_lead_defaults_to_the_department_lead(world, office):
    engineering = Department.objects.get(slug="engineering")
    response = office.post(
        "/api/v1/workstreams/", {"launch": world.launch.pk, "department": engineering.pk, "notes": "Beta"}
    )
    assert response.status_code == 201, response.content
    workstream = Workstream.objects.get(pk=response.json()["id"])
    assert (workstream.launch, workstream.department, workstream.notes) == (world.launch, engineering, "Beta")
    assert workstream.lead is None

    launch = LaunchFactory(owner=world.office)
    response = office.post("/api/v1/workstreams/", {"launch": launch.pk, "department": world.marketing.pk})
    assert response.status_code == 201, response.content
    assert response.json()["lead"] == world.marketing_lead.pk


def test_launch_has_one_workstream_per_department(world, office):
    before = db_state()
    assert_invalid(
        office.post("/api/v1/workstreams/", {"launch": world.launch.pk, "department": world.marketing.pk}),
        "department",
        code="workstream_exists",
    )
    assert db_state() == before


def test_workstream_for_an_unknown_department_is_refused_naming_department(world, office):
    before = db_state()
    assert_invalid(office.post("/api/v1/workstreams/", {"launch": world.launch.pk, "department": 999999}), "department")
    assert db_state() == before


def test_workstream_for_an_unknown_launch_is_refused_naming_launch(world, office):
    engineering = Department.objects.get(slug="engineering")
    before = db_state()
    assert_invalid(office.post("/api/v1/workstreams/", {"launch": 999999, "department": engineering.pk}), "launch")
    assert db_state() == before


def test_office_changes_a_workstreams_notes_and_lead_and_removes_it(world, office):
    url = f"/api/v1/workstreams/{world.marketing_ws.pk}/"
    response = office.patch(url, {"notes": "Focus on video", "lead": world.marketing_member.pk})
    assert response.status_code == 200, response.content
    world.marketing_ws.refresh_from_db()
    assert (world.marketing_ws.notes, world.marketing_ws.lead) == ("Focus on video", world.marketing_member)
    # Launch and department of a workstream do not change.
    office.patch(url, {"department": world.pr.pk, "launch": LaunchFactory(owner=world.office).pk})
    world.marketing_ws.refresh_from_db()
    assert (world.marketing_ws.launch_id, world.marketing_ws.department_id) == (world.launch.pk, world.marketing.pk)

    assert office.delete(url).status_code == 204
    assert not Workstream.objects.filter(pk=world.marketing_ws.pk).exists()
    assert not Task.objects.filter(pk=world.marketing_task.pk).exists()


# Tasks


def test_anchored_task_planned_dates_are_days_from_t_zero_in_the_launch_zone(world, office):
    # T-0 is 23:30 UTC on March 29th: March 30th in Berlin, so T-1 is March 29th (not the 28th).
    launch = LaunchFactory(owner=world.office, t_zero=dt.datetime(2027, 3, 29, 23, 30, tzinfo=dt.UTC))
    workstream = WorkstreamFactory(launch=launch, department=world.marketing)
    response = office.post(
        "/api/v1/tasks/",
        {"workstream": workstream.pk, "title": "Teaser", "offset_days": -1, "duration_days": 3},
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["schedule_mode"], body["offset_days"], body["start_date"]) == ("anchored", -1, None)
    assert (body["planned_start"], body["planned_due"]) == ("2027-03-29", "2027-03-31")
    assert (body["launch"], body["department"], body["department_name"]) == (launch.pk, world.marketing.pk, "Marketing")
    task = Task.objects.get(pk=body["id"])
    assert (task.workstream, task.offset_days, task.duration_days) == (workstream, -1, 3)


def test_fixed_task_starts_on_its_start_date(world, office):
    response = office.post(
        "/api/v1/tasks/",
        {
            "workstream": world.pr_ws.pk,
            "title": "Trade fair",
            "schedule_mode": "fixed",
            "start_date": "2027-02-01",
            "offset_days": -30,
            "duration_days": 2,
            "assignee": world.pr_member.pk,
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["planned_start"], body["planned_due"]) == ("2027-02-01", "2027-02-02")
    assert body["assignee_detail"]["username"] == "pr.member"
    task = Task.objects.get(pk=body["id"])
    # A fixed task has no anchor.
    assert (task.schedule_mode, task.start_date, task.offset_days) == ("fixed", dt.date(2027, 2, 1), None)
    assert task.assignee == world.pr_member


def test_due_date_sets_the_duration(world, office):
    # T-0 is March 16th in Berlin: T-10 is March 6th; due on the 10th is five days, inclusive.
    response = office.post(
        "/api/v1/tasks/",
        {"workstream": world.marketing_ws.pk, "title": "Shoot", "offset_days": -10, "due_date": "2027-03-10"},
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["duration_days"], body["planned_start"], body["planned_due"]) == (5, "2027-03-06", "2027-03-10")
    assert "due_date" not in body
    assert Task.objects.get(pk=body["id"]).duration_days == 5

    response = office.patch(f"/api/v1/tasks/{body['id']}/", {"due_date": "2027-03-06"})
    assert response.status_code == 200, response.content
    assert response.json()["duration_days"] == 1
    assert Task.objects.get(pk=body["id"]).duration_days == 1


def test_office_updates_and_deletes_a_task(world, office):
    url = f"/api/v1/tasks/{world.marketing_task.pk}/"
    response = office.patch(url, {"title": "Brief v2", "status": "in_progress", "needed_for_launch": True})
    assert response.status_code == 200, response.content
    world.marketing_task.refresh_from_db()
    assert (world.marketing_task.title, world.marketing_task.status) == ("Brief v2", "in_progress")
    assert world.marketing_task.needed_for_launch is True

    response = office.patch(url, {"schedule_mode": "fixed", "start_date": "2027-01-10"})
    assert response.status_code == 200, response.content
    world.marketing_task.refresh_from_db()
    assert (world.marketing_task.start_date, world.marketing_task.offset_days) == (dt.date(2027, 1, 10), None)

    # A task moves to another workstream of its launch.
    response = office.patch(url, {"workstream": world.pr_ws.pk})
    assert response.status_code == 200, response.content
    assert response.json()["department"] == world.pr.pk

    assert office.delete(url).status_code == 204
    assert not Task.objects.filter(pk=world.marketing_task.pk).exists()


def test_task_cannot_move_to_another_launchs_workstream(world, office):
    other = WorkstreamFactory(launch=LaunchFactory(owner=world.office), department=world.marketing)
    before = db_state()
    response = office.patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"workstream": other.pk})
    assert_invalid(response, "workstream", code="other_launch")
    assert db_state() == before


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        pytest.param({"offset_days": -3, "due_date": "2027-03-01"}, ["due_date"], id="due-before-start-anchored"),
        pytest.param(
            {"schedule_mode": "fixed", "start_date": "2027-03-10", "due_date": "2027-03-09"},
            ["due_date"],
            id="due-before-start-fixed",
        ),
        pytest.param({"schedule_mode": "fixed", "start_date": "2027-13-45"}, ["start_date"], id="malformed-start"),
        pytest.param({"offset_days": 1, "due_date": "soon"}, ["due_date"], id="malformed-due"),
        pytest.param({"schedule_mode": "anchored"}, ["offset_days"], id="anchored-without-offset"),
        pytest.param({"schedule_mode": "fixed", "offset_days": -3}, ["start_date"], id="fixed-without-start"),
        pytest.param({"offset_days": -3, "duration_days": 0}, ["duration_days"], id="zero-duration"),
        pytest.param({"offset_days": -3, "duration_days": -2}, ["duration_days"], id="negative-duration"),
        pytest.param({"offset_days": -3, "workstream": 999999}, ["workstream"], id="unknown-workstream"),
        pytest.param({"offset_days": -3, "assignee": 999999}, ["assignee"], id="unknown-assignee"),
        pytest.param({"offset_days": -3, "status": "finished"}, ["status"], id="unknown-status"),
        pytest.param({"offset_days": -3, "schedule_mode": "floating"}, ["schedule_mode"], id="unknown-mode"),
        pytest.param({"offset_days": -3, "title": ""}, ["title"], id="blank-title"),
        # duration_days is at most 3650; a due date must not smuggle in a longer one.
        pytest.param({"offset_days": -3, "due_date": "9999-12-31"}, ["due_date"], id="due-date-beyond-max-duration"),
        # The task would end after the last representable day.
        pytest.param(
            {"schedule_mode": "fixed", "start_date": "9999-12-31", "duration_days": 3},
            ["start_date", "duration_days"],
            id="ends-beyond-year-9999",
        ),
    ],
)
def test_bad_task_is_refused_naming_the_field(world, office, body, fields):
    before = db_state()
    response = office.post("/api/v1/tasks/", {"workstream": world.marketing_ws.pk, "title": "New", **body})
    assert_invalid(response, *fields)
    assert db_state() == before
    # Nothing half-written breaks the list either.
    assert office.get("/api/v1/tasks/").status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"due_date": "2027-03-01"}, "due_date", id="due-before-start"),
        pytest.param({"schedule_mode": "fixed"}, "start_date", id="fixed-without-start"),
        pytest.param({"offset_days": None}, "offset_days", id="anchored-without-offset"),
        pytest.param({"duration_days": 0}, "duration_days", id="zero-duration"),
        pytest.param({"start_date": "2027-13-45"}, "start_date", id="malformed-start"),
    ],
)
def test_bad_task_change_is_refused_naming_the_field(world, office, body, field):
    before = db_state()
    assert_invalid(office.patch(f"/api/v1/tasks/{world.marketing_task.pk}/", body), field)
    assert db_state() == before


# Dependencies


def test_office_links_tasks_across_workstreams_changes_the_lag_and_unlinks_them(world, office):
    response = office.post(
        "/api/v1/dependencies/",
        {"predecessor": world.marketing_task.pk, "successor": world.pr_task.pk, "lag_days": 2},
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["predecessor"], body["successor"], body["lag_days"], body["launch"]) == (
        world.marketing_task.pk,
        world.pr_task.pk,
        2,
        world.launch.pk,
    )
    url = f"/api/v1/dependencies/{body['id']}/"
    # The linked tasks do not change after creation: a patch naming one is refused, not half-applied.
    before = db_state()
    assert_invalid(office.patch(url, {"lag_days": 5, "predecessor": world.pr_task.pk}), "predecessor")
    assert db_state() == before
    response = office.patch(url, {"lag_days": 5})
    assert response.status_code == 200, response.content
    dependency = Dependency.objects.get(pk=body["id"])
    assert (dependency.lag_days, dependency.predecessor_id) == (5, world.marketing_task.pk)
    assert office.delete(url).status_code == 204
    assert not Dependency.objects.exists()


def test_dependency_between_tasks_of_two_launches_is_refused_naming_successor(world, office):
    other = TaskFactory(workstream=WorkstreamFactory(launch=LaunchFactory(owner=world.office), department=world.pr))
    before = db_state()
    assert_invalid(
        office.post("/api/v1/dependencies/", {"predecessor": other.pk, "successor": world.marketing_task.pk}),
        "successor",
        code="other_launch",
    )
    assert db_state() == before


def test_task_cannot_depend_on_itself(world, office):
    before = db_state()
    body = {"predecessor": world.marketing_task.pk, "successor": world.marketing_task.pk}
    assert_invalid(office.post("/api/v1/dependencies/", body), "successor", code="self_dependency")
    assert db_state() == before


def test_duplicate_dependency_is_refused(world, office):
    DependencyFactory(predecessor=world.marketing_task, successor=world.pr_task)
    before = db_state()
    body = {"predecessor": world.marketing_task.pk, "successor": world.pr_task.pk, "lag_days": 3}
    assert_invalid(office.post("/api/v1/dependencies/", body), "predecessor", "successor", code="dependency_exists")
    assert db_state() == before


def test_dependency_closing_a_cycle_is_refused(world, office):
    DependencyFactory(predecessor=world.marketing_task, successor=world.pr_task)
    before = db_state()
    response = office.post(
        "/api/v1/dependencies/", {"predecessor": world.pr_task.pk, "successor": world.marketing_task.pk}
    )
    assert response.status_code == 400
    assert response.json()["code"] == "dependency_cycle"
    assert db_state() == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"predecessor": 999999}, "predecessor", id="unknown-predecessor"),
        pytest.param({"successor": 999999}, "successor", id="unknown-successor"),
        pytest.param({"lag_days": 1000}, "lag_days", id="lag-out-of-range"),
        pytest.param({"lag_days": "soon"}, "lag_days", id="lag-not-a-number"),
    ],
)
def test_bad_dependency_is_refused_naming_the_field(world, office, body, field):
    before = db_state()
    valid = {"predecessor": world.marketing_task.pk, "successor": world.pr_task.pk}
    assert_invalid(office.post("/api/v1/dependencies/", {**valid, **body}), field)
    assert db_state() == before


# Milestones


def test_anchored_milestone_keeps_t_zeros_local_wall_time_across_a_dst_change(world, office):
    # T-0: 07:00 UTC on March 30th 2027 = 09:00 CEST in Berlin. Seven days earlier Berlin is on CET (+01:00),
    # so 09:00 local is 08:00 UTC.
    launch = LaunchFactory(owner=world.office, t_zero=dt.datetime(2027, 3, 30, 7, 0, tzinfo=dt.UTC))
    response = office.post("/api/v1/milestones/", {"launch": launch.pk, "name": "Announcement", "offset_days": -7})
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["moment"] == "2027-03-23T08:00:00Z"
    assert (body["schedule_mode"], body["offset_days"], body["at"]) == ("anchored", -7, None)
    assert office.get(f"/api/v1/milestones/{body['id']}/").json()["moment"] == "2027-03-23T08:00:00Z"


def test_fixed_milestone_is_at_its_moment_and_office_updates_and_deletes_it(world, office):
    response = office.post(
        "/api/v1/milestones/",
        {
            "launch": world.launch.pk,
            "name": "Embargo",
            "schedule_mode": "fixed",
            "at": "2027-03-10T10:00:00+01:00",
            "offset_days": -3,
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["moment"], body["offset_days"]) == ("2027-03-10T09:00:00Z", None)
    milestone = Milestone.objects.get(pk=body["id"])
    assert milestone.at == dt.datetime(2027, 3, 10, 9, 0, tzinfo=dt.UTC)

    url = f"/api/v1/milestones/{body['id']}/"
    response = office.patch(url, {"name": "Embargo lifts", "schedule_mode": "anchored", "offset_days": 0})
    assert response.status_code == 200, response.content
    milestone.refresh_from_db()
    assert (milestone.name, milestone.schedule_mode, milestone.at) == ("Embargo lifts", "anchored", None)
    assert response.json()["moment"] == "2027-03-16T08:00:00Z"

    assert office.delete(url).status_code == 204
    assert not Milestone.objects.filter(pk=milestone.pk).exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"schedule_mode": "anchored"}, "offset_days", id="anchored-without-offset"),
        pytest.param({"schedule_mode": "fixed"}, "at", id="fixed-without-moment"),
        pytest.param({"schedule_mode": "fixed", "at": "yesterday"}, "at", id="malformed-moment"),
        pytest.param({"offset_days": 1, "launch": 999999}, "launch", id="unknown-launch"),
        pytest.param({"offset_days": 1, "name": ""}, "name", id="blank-name"),
    ],
)
def test_bad_milestone_is_refused_naming_the_field(world, office, body, field):
    before = db_state()
    assert_invalid(office.post("/api/v1/milestones/", {"launch": world.launch.pk, "name": "M", **body}), field)
    assert db_state() == before


# Task comments


def test_comment_is_recorded_under_its_authors_name(world, office):
    before = db_state()
    response = office.post(
        "/api/v1/task-comments/",
        {"task": world.marketing_task.pk, "body": "Looks good", "author": world.viewer.pk},
    )
    assert_invalid(response, "author")  # the author is whoever writes: naming another is refused
    assert db_state() == before
    response = office.post("/api/v1/task-comments/", {"task": world.marketing_task.pk, "body": "Looks good"})
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["task"], body["body"], body["author"]["id"]) == (
        world.marketing_task.pk,
        "Looks good",
        world.office.pk,
    )
    comment = TaskComment.objects.get(pk=body["id"])
    assert comment.author == world.office

    TaskComment.objects.create(task=world.pr_task, author=world.office, body="Elsewhere")
    listed = _results(office.get(f"/api/v1/task-comments/?task={world.marketing_task.pk}"))
    assert [c["id"] for c in listed] == [comment.pk]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"body": ""}, "body", id="blank"),
        pytest.param({"body": "   "}, "body", id="whitespace"),
        pytest.param({"body": "Hi", "task": 999999}, "task", id="unknown-task"),
    ],
)
def test_bad_comment_is_refused_naming_the_field(world, office, body, field):
    before = db_state()
    assert_invalid(office.post("/api/v1/task-comments/", {"task": world.marketing_task.pk, **body}), field)
    assert db_state() == before


# Bodies that are not JSON objects


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/launches/",
        "/api/v1/workstreams/",
        "/api/v1/tasks/",
        "/api/v1/dependencies/",
        "/api/v1/milestones/",
        "/api/v1/task-comments/",
    ],
)
def test_non_json_body_is_a_parse_error(world, office, url):
    before = db_state()
    response = office.post(url, data='{"title": "unterminated', content_type="application/json")
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == "parse_error" and body["message"]
    assert db_state() == before


def test_non_json_patch_is_a_parse_error(world, office):
    before = db_state()
    response = office.patch(
        f"/api/v1/tasks/{world.marketing_task.pk}/", data="title=x", content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"
    assert db_state() == before


@pytest.mark.parametrize("payload", ["[]", '"task"', "42", "null"], ids=["list", "string", "number", "null"])
def test_json_that_is_not_an_object_is_invalid_not_a_server_error(world, office, payload):
    before = db_state()
    response = office.post("/api/v1/tasks/", data=payload, content_type="application/json")
    assert response.status_code == 400, response.content
    assert response.json()["code"] == "invalid"
    assert db_state() == before


# Filtering, ordering, pagination


@pytest.fixture
def plan(world):
    """A second launch, and tasks of several statuses and assignees in both."""
    other_launch = LaunchFactory(owner=world.office)
    other_ws = WorkstreamFactory(launch=other_launch, department=world.marketing)
    return {
        "other_launch": other_launch,
        "blocked": TaskFactory(workstream=world.marketing_ws, title="Banner", status="blocked"),
        "done": TaskFactory(workstream=world.pr_ws, title="Quotes", status="done", assignee=world.marketing_member),
        "other": TaskFactory(workstream=other_ws, title="Other launch", assignee=world.marketing_member),
    }


def _ids(response) -> set[int]:
    return {task["id"] for task in _results(response)}


def test_tasks_filter_by_launch(world, office, plan):
    assert _ids(office.get(f"/api/v1/tasks/?launch={world.launch.pk}")) == {
        world.marketing_task.pk,
        world.pr_task.pk,
        plan["blocked"].pk,
        plan["done"].pk,
    }
    assert _ids(office.get(f"/api/v1/tasks/?launch={plan['other_launch'].pk}")) == {plan["other"].pk}


def test_tasks_filter_by_department(world, office, plan):
    assert _ids(office.get(f"/api/v1/tasks/?launch={world.launch.pk}&department={world.pr.pk}")) == {
        world.pr_task.pk,
        plan["done"].pk,
    }
    assert _ids(office.get(f"/api/v1/tasks/?department={world.marketing.pk}")) == {
        world.marketing_task.pk,
        plan["blocked"].pk,
        plan["other"].pk,
    }


def test_tasks_filter_by_several_statuses(world, office, plan):
    assert _ids(office.get("/api/v1/tasks/?status=done&status=blocked")) == {plan["done"].pk, plan["blocked"].pk}
    assert _ids(office.get("/api/v1/tasks/?status=done")) == {plan["done"].pk}


def test_tasks_filter_by_assignee(world, office, plan):
    assert _ids(office.get(f"/api/v1/tasks/?assignee={world.marketing_member.pk}")) == {
        world.marketing_task.pk,
        plan["done"].pk,
        plan["other"].pk,
    }
    assert _ids(office.get(f"/api/v1/tasks/?assignee={world.marketing_member.pk}&launch={world.launch.pk}")) == {
        world.marketing_task.pk,
        plan["done"].pk,
    }


def test_tasks_are_ordered_by_the_requested_field(world, office, plan):
    titles = [task["title"] for task in _results(office.get(f"/api/v1/tasks/?launch={world.launch.pk}&ordering=title"))]
    assert titles == ["Banner", "Campaign brief", "Press release", "Quotes"]
    titles = [
        task["title"] for task in _results(office.get(f"/api/v1/tasks/?launch={world.launch.pk}&ordering=-title"))
    ]
    assert titles == ["Quotes", "Press release", "Campaign brief", "Banner"]


def test_tasks_are_paginated_with_a_client_chosen_page_size(world, office, plan):
    first = office.get("/api/v1/tasks/?ordering=title&page_size=2")
    assert first.status_code == 200
    body = first.json()
    assert body["count"] == 5
    assert [task["title"] for task in body["results"]] == ["Banner", "Campaign brief"]
    assert body["previous"] is None
    assert "page=2" in body["next"] and "page_size=2" in body["next"]

    second = office.get(body["next"]).json()
    assert [task["title"] for task in second["results"]] == ["Other launch", "Press release"]
    last = office.get(second["next"]).json()
    assert [task["title"] for task in last["results"]] == ["Quotes"]
    assert last["next"] is None


def test_page_past_the_end_is_404(world, office):
    response = office.get("/api/v1/tasks/?page=99")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("launch=999999", "launch"),
        ("department=999999", "department"),
        ("assignee=999999", "assignee"),
        ("workstream=999999", "workstream"),
        ("launch=abc", "launch"),
        ("status=finished", "status"),
    ],
)
def test_unknown_task_filter_value_is_400_naming_the_filter(world, office, query, field):
    assert_invalid(office.get(f"/api/v1/tasks/?{query}"), field)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/workstreams/?launch=999999",
        "/api/v1/dependencies/?launch=999999",
        "/api/v1/milestones/?launch=999999",
        "/api/v1/task-comments/?task=999999",
    ],
)
def test_unknown_filter_id_on_other_lists_is_400(world, office, url):
    response = office.get(url)
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"


def test_workstreams_dependencies_and_milestones_filter_by_launch(world, office, plan):
    other_launch = plan["other_launch"]
    other_task = plan["other"]
    DependencyFactory(predecessor=world.marketing_task, successor=world.pr_task)
    DependencyFactory(predecessor=other_task, successor=TaskFactory(workstream=other_task.workstream))
    MilestoneFactory(launch=world.launch)
    MilestoneFactory(launch=other_launch)
    for url in ("/api/v1/workstreams/", "/api/v1/dependencies/", "/api/v1/milestones/"):
        results = _results(office.get(f"{url}?launch={world.launch.pk}"))
        assert results and {row["launch"] for row in results} == {world.launch.pk}, url


# Departments in use


def test_deleting_a_department_that_has_workstreams_is_409_protected(world, office):
    before = db_state()
    response = office.delete(f"/api/v1/departments/{world.marketing.pk}/")
    assert response.status_code == 409, response.content
    body = response.json()
    assert body["code"] == "protected" and body["message"]
    assert db_state() == before

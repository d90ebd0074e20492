"""Playbooks through the API: save a launch as a playbook, create launches from one, the default playbook."""

import datetime as dt
import itertools

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Department
from audit.models import AuditEvent
from gates.models import Gate
from gates.selectors import launch_gate_rows
from launches.models import Dependency, Launch, Milestone, ScheduleMode, Task
from launches.schedule import launch_schedule_load
from playbooks.defaults import DEFAULT_PLAYBOOK
from playbooks.models import Playbook, PlaybookTask
from tests.factories import DependencyFactory, MilestoneFactory, TaskFactory
from tests.playbooks.factories import PlaybookFactory, PlaybookTaskFactory

pytestmark = pytest.mark.django_db


def _plan(world) -> dict:
    """Adds to the world's launch: a fixed-date task, a dependency across departments, a fixed milestone and a
    gate with a criterion, an approver and a task after it."""
    launch = world.launch  # T-0 2027-03-16 08:00 UTC, Europe/Berlin: launch day 2027-03-16
    fixed = TaskFactory(
        workstream=world.pr_ws,
        title="Print brochures",
        schedule_mode=ScheduleMode.FIXED,
        offset_days=None,
        start_date=dt.date(2027, 3, 6),
        duration_days=3,
        needed_for_launch=True,
    )
    DependencyFactory(predecessor=world.marketing_task, successor=fixed, lag_days=2)
    MilestoneFactory(launch=launch, name="Announcement", offset_days=-3)
    Milestone.objects.create(
        launch=launch, name="Embargo", schedule_mode=ScheduleMode.FIXED, at=dt.datetime(2027, 3, 18, 7, tzinfo=dt.UTC)
    )
    gate = Gate.objects.create(launch=launch, name="Go/No-Go", offset_days=-1)
    gate.criteria.add(world.marketing_task)
    gate.approver_departments.add(world.pr)
    after = TaskFactory(workstream=world.marketing_ws, title="Go live", offset_days=0)
    Dependency.objects.create(launch=launch, predecessor_gate=gate, successor=after)  # work after the gate
    return {"fixed": fixed, "gate": gate, "after": after}


def _save(client, world, name="Standard") -> dict:
    response = client.post(
        "/api/v1/playbooks/", {"name": name, "description": "Our way", "from_launch": world.launch.pk}, format="json"
    )
    assert response.status_code == 201, response.content
    return response.json()


def test_office_saves_a_launch_as_a_playbook_with_fixed_dates_as_offsets(world, client_for):
    _plan(world)
    body = _save(client_for(world.office), world)
    assert sorted(body["departments"]) == sorted([world.marketing.pk, world.pr.pk])
    tasks = {task["title"]: task for task in body["tasks"]}
    assert tasks["Print brochures"]["offset_days"] == -10
    assert tasks["Print brochures"]["duration_days"] == 3
    assert tasks["Print brochures"]["needed_for_launch"] is True
    assert tasks["Campaign brief"]["offset_days"] == -10
    [gate] = body["gates"]
    assert gate["offset_days"] == -1
    assert gate["criteria"] == [tasks["Campaign brief"]["id"]]
    assert gate["approver_departments"] == [world.pr.pk]
    assert "after_gate" not in tasks["Go live"]
    # Every link, whatever its ends: going live waits for the gate as a link from it.
    links = {
        (
            d["predecessor"],
            d["predecessor_milestone"],
            d["predecessor_gate"],
            d["successor"],
            d["successor_milestone"],
        ): d["lag_days"]
        for d in body["dependencies"]
    }
    assert links == {
        (tasks["Campaign brief"]["id"], None, None, tasks["Print brochures"]["id"], None): 2,
        (None, None, gate["id"], tasks["Go live"]["id"], None): 0,
    }
    assert {m["name"]: m["offset_days"] for m in body["milestones"]} == {"Announcement": -3, "Embargo": 2}
    # Fixed items stay fixed: the brochures on their day, the embargo at its time in the launch's zone (Berlin).
    assert tasks["Print brochures"]["schedule_mode"] == "fixed"
    assert {m["name"]: (m["schedule_mode"], m["at_time"]) for m in body["milestones"]} == {
        "Announcement": ("anchored", None),
        "Embargo": ("fixed", "08:00:00"),
    }
    assert body["time_zone"] == "Europe/Berlin"
    assert AuditEvent.objects.filter(entity="playbook", entity_id=body["id"], action="create").exists()


def test_instantiated_launch_lands_every_item_on_its_offset_with_dependencies_and_gates(world, client_for):
    _plan(world)
    client = client_for(world.office)
    playbook = _save(client, world)
    response = client.post(
        f"/api/v1/playbooks/{playbook['id']}/instantiate/",
        {"name": "Nova", "t_zero": "2028-06-01T07:00:00Z", "time_zone": "Europe/Paris"},
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["name"] == "Nova" and body["time_zone"] == "Europe/Paris" and body["task_count"] == 4
    launch = Launch.objects.get(pk=body["id"])
    assert launch.plan_version > 1
    assert set(launch.workstreams.values_list("department_id", flat=True)) == {world.marketing.pk, world.pr.pk}
    tasks = {task.title: task for task in Task.objects.filter(workstream__launch=launch)}
    brochures = tasks["Print brochures"]
    # A fixed-date item stays fixed, on its day from the new T-0.
    assert brochures.schedule_mode == ScheduleMode.FIXED
    assert brochures.planned_days(launch)[0] == dt.date(2028, 5, 22)
    assert brochures.workstream.department == world.pr
    dependency = Dependency.objects.get(launch=launch, predecessor__isnull=False)
    assert (dependency.predecessor, dependency.successor, dependency.lag_days) == (
        tasks["Campaign brief"],
        brochures,
        2,
    )
    gate = Gate.objects.get(launch=launch)
    assert gate.offset_days == -1
    assert list(gate.criteria.all()) == [tasks["Campaign brief"]]
    assert list(gate.approver_departments.all()) == [world.pr]
    assert Dependency.objects.filter(launch=launch, predecessor_gate=gate, successor=tasks["Go live"]).exists()
    milestones = {m.name: m for m in launch.milestones.all()}
    assert milestones["Announcement"].offset_days == -3
    # Saved at 08:00 in Berlin (07:00 UTC in March) two days after T-0: 08:00 in Berlin two days after the new
    # T-0 (06:00 UTC in June).
    assert milestones["Embargo"].schedule_mode == ScheduleMode.FIXED
    assert milestones["Embargo"].at == dt.datetime(2028, 6, 3, 6, tzinfo=dt.UTC)
    assert AuditEvent.objects.filter(launch_id=launch.pk, entity="task").count() == 4
    # The source launch is untouched.
    assert Task.objects.filter(workstream__launch=world.launch).count() == 4


def test_instantiate_with_some_departments_leaves_the_others_out(world, client_for):
    _plan(world)
    client = client_for(world.office)
    playbook = _save(client, world)
    response = client.post(
        f"/api/v1/playbooks/{playbook['id']}/instantiate/",
        {"name": "Nova", "t_zero": "2028-06-01T07:00:00Z", "time_zone": "UTC", "departments": [world.marketing.pk]},
        format="json",
    )
    assert response.status_code == 201, response.content
    launch = Launch.objects.get(pk=response.json()["id"])
    assert list(launch.workstreams.values_list("department__slug", flat=True)) == ["marketing"]
    assert sorted(Task.objects.filter(workstream__launch=launch).values_list("title", flat=True)) == [
        "Campaign brief",
        "Go live",
    ]
    # The link between the two departments went with PR; going live still waits for the gate.
    assert not Dependency.objects.filter(launch=launch, predecessor__isnull=False).exists()
    assert Dependency.objects.filter(launch=launch, predecessor_gate__isnull=False).count() == 1
    assert not Gate.objects.get(launch=launch).approver_departments.exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"t_zero": "next tuesday"}, "t_zero"),
        ({"t_zero": "0001-01-01T00:00:00Z"}, "t_zero"),
        ({"name": ""}, "name"),
        ({"departments": [999999]}, "departments"),
        ({"departments": "legal"}, "departments"),
    ],
)
def test_instantiate_refuses_bad_input_naming_the_field(world, client_for, change, field):
    client = client_for(world.office)
    playbook = _save(client, world)
    data = {"name": "Nova", "t_zero": "2028-06-01T07:00:00Z", "time_zone": "UTC", **change}
    response = client.post(f"/api/v1/playbooks/{playbook['id']}/instantiate/", data, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["extra"]["fields"]
    assert Launch.objects.count() == 1


def test_instantiate_refuses_a_department_not_in_the_playbook(world, client_for):
    client = client_for(world.office)
    playbook = _save(client, world)
    legal = Department.objects.create(name="Legal", slug="legal")
    response = client.post(
        f"/api/v1/playbooks/{playbook['id']}/instantiate/",
        {"name": "Nova", "t_zero": "2028-06-01T07:00:00Z", "time_zone": "UTC", "departments": [legal.pk]},
        format="json",
    )
    assert response.status_code == 400
    assert "Legal" in response.json()["extra"]["fields"]["departments"][0]
    assert Launch.objects.count() == 1


def test_saving_refuses_an_unknown_launch_or_a_taken_name(world, client_for):
    client = client_for(world.office)
    response = client.post("/api/v1/playbooks/", {"name": "X", "from_launch": 999999}, format="json")
    assert response.status_code == 400
    assert "from_launch" in response.json()["extra"]["fields"]
    _save(client, world, name="Taken")
    response = client.post("/api/v1/playbooks/", {"name": "Taken", "from_launch": world.launch.pk}, format="json")
    assert response.status_code == 400
    assert "name" in response.json()["extra"]["fields"]


@pytest.mark.parametrize("role", ["marketing_lead", "marketing_member", "viewer"])
def test_only_the_office_saves_instantiates_and_deletes_playbooks(world, client_for, role):
    playbook = PlaybookFactory()
    client = client_for(getattr(world, role))
    assert client.get(f"/api/v1/playbooks/{playbook.pk}/").status_code == 200
    assert client.post("/api/v1/playbooks/", {"name": "X", "from_launch": world.launch.pk}).status_code == 403
    instantiate = {"name": "Nova", "t_zero": "2028-06-01T07:00:00Z", "time_zone": "UTC"}
    assert client.post(f"/api/v1/playbooks/{playbook.pk}/instantiate/", instantiate).status_code == 403
    assert client.delete(f"/api/v1/playbooks/{playbook.pk}/").status_code == 403
    assert Playbook.objects.filter(pk=playbook.pk).exists()


def test_office_deletes_a_playbook_and_its_launches_stay(world, client_for):
    client = client_for(world.office)
    playbook = _save(client, world)
    assert client.delete(f"/api/v1/playbooks/{playbook['id']}/").status_code == 204
    assert not Playbook.objects.exists()
    assert not PlaybookTask.objects.exists()
    assert Task.objects.filter(workstream__launch=world.launch).count() == 2


def _instantiate_queries(client, playbook: Playbook) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.post(
            f"/api/v1/playbooks/{playbook.pk}/instantiate/",
            {"name": f"From {playbook.name}", "t_zero": "2028-06-01T07:00:00Z", "time_zone": "UTC"},
            format="json",
        )
    assert response.status_code == 201, response.content
    return len(ctx.captured_queries)


def test_instantiating_a_large_playbook_is_a_handful_of_queries(world, client_for):
    client = client_for(world.office)
    sizes = {}
    for size in (5, 500):
        playbook = PlaybookFactory(name=f"Size {size}")
        playbook.departments.set([world.marketing, world.pr])
        tasks = PlaybookTaskFactory.create_batch(size, playbook=playbook, department=world.marketing)
        for a, b in itertools.pairwise(tasks):
            playbook.dependencies.create(predecessor=a, successor=b)
        gate = playbook.gates.create(name="Go/No-Go", offset_days=-1)
        gate.criteria.set(tasks[:3])
        # Links to and from moments: every task but the last before a milestone, the last after it and the gate.
        milestone = playbook.milestones.create(name="Ready", offset_days=20)
        for task in tasks[:-1]:
            playbook.dependencies.create(predecessor=task, successor_milestone=milestone)
        playbook.dependencies.create(predecessor_milestone=milestone, successor=tasks[-1])
        playbook.dependencies.create(predecessor_gate=gate, successor=tasks[-1])
        sizes[size] = _instantiate_queries(client, playbook)
        assert Task.objects.filter(workstream__launch__name=f"From Size {size}").count() == size
        assert Dependency.objects.filter(launch__name=f"From Size {size}").count() == 2 * size
    # Bulk inserts: on PostgreSQL one per table; SQLite caps a statement at 999 parameters, so 500 tasks (and
    # their audit events and calendar entries) take a few statements each, never one per row.
    assert sizes[500] - sizes[5] <= (0 if connection.vendor == "postgresql" else 40)
    assert sizes[500] < 100


def test_default_playbook_loads_once_and_covers_the_five_departments(world, client_for):
    call_command("load_default_playbook")
    call_command("load_default_playbook")
    playbook = Playbook.objects.get(name=DEFAULT_PLAYBOOK.name)
    slugs = set(playbook.departments.values_list("slug", flat=True))
    assert slugs == {"hr", "pr", "customer-care", "marketing", "engineering"}
    assert {g.name: g.offset_days for g in playbook.gates.all()} == {"Readiness review": -7, "Go/No-Go": -1}
    assert all(g.criteria.exists() and g.approver_departments.exists() for g in playbook.gates.all())
    cross = [
        d
        for d in playbook.dependencies.select_related("predecessor", "successor")
        if d.predecessor.department_id != d.successor.department_id
    ]
    assert len(cross) >= 5


def test_a_launch_from_the_default_playbook_has_no_dependency_violation_and_gates_after_criteria(world, client_for):
    call_command("load_default_playbook")
    playbook = Playbook.objects.get(name=DEFAULT_PLAYBOOK.name)
    _instantiate_queries(client_for(world.office), playbook)
    launch = Launch.objects.get(name=f"From {playbook.name}")
    assert launch.workstreams.count() == 5
    assert launch.gates.count() == 2
    # The plan as written, in its working calendar: no link pushes a task, no criterion ends after its gate.
    schedule = launch_schedule_load([launch])[launch.pk].compute(gate_rows=launch_gate_rows(launch))
    assert schedule.conflicts == []
    for gate in launch.gates.all():
        assert gate.criteria.count() >= 4


def test_seed_demo_loads_the_default_playbook(db):
    call_command("seed_demo")
    assert Playbook.objects.filter(name=DEFAULT_PLAYBOOK.name).count() == 1


def _list_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(ctx.captured_queries)


def _grow(world, size: int) -> None:
    for _ in range(size):
        playbook = PlaybookFactory(created_by=world.office)
        playbook.departments.set([world.marketing, world.pr])
        role = playbook.roles.create(department=world.pr, role="lead", label="PR lead")
        a, b = PlaybookTaskFactory.create_batch(2, playbook=playbook, department=world.pr, assignee_role=role)
        playbook.dependencies.create(predecessor=a, successor=b, lag_days=1)
        embargo = playbook.milestones.create(name="Embargo", offset_days=0)
        gate = playbook.gates.create(name="Go", offset_days=-1)
        # Links of every kind: to and from a milestone, from a gate.
        playbook.dependencies.create(predecessor=a, successor_milestone=embargo)
        playbook.dependencies.create(predecessor_milestone=embargo, successor=b)
        playbook.dependencies.create(predecessor_gate=gate, successor=b)
        gate.criteria.set([a])
        gate.approver_departments.set([world.pr])
        playbook.communications.create(
            kind="blog", title="Launch post", offset_days=0, embargo="gate", embargo_gate=gate
        )


def test_playbook_list_and_detail_run_a_fixed_number_of_queries(world, client_for):
    client = client_for(world.viewer)
    _grow(world, 2)
    first = f"/api/v1/playbooks/{Playbook.objects.first().pk}/"
    small = (_list_queries(client, "/api/v1/playbooks/"), _list_queries(client, first))
    _grow(world, 25)
    last = f"/api/v1/playbooks/{Playbook.objects.order_by('pk').last().pk}/"
    assert client.get("/api/v1/playbooks/").json()["count"] == 27
    # session + user, then the page count, the rows and the departments; a detail adds its seven item lists
    # (roles, tasks, dependencies, milestones, gates with criteria and approvers, communications).
    assert (_list_queries(client, "/api/v1/playbooks/"), _list_queries(client, last)) == small == (5, 12)

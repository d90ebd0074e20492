"""Links to and from moments (issue 15): a task may follow a milestone or a gate, and a milestone may follow a
task. Milestones and gates sit at the start of their day; a gate never moves, an anchored milestone follows the
tasks it depends on. The cycle check covers every kind of node."""

import datetime as dt

import pytest

from audit.models import AuditEvent
from gates.models import Gate
from launches.models import Dependency, Launch
from tests.factories import LaunchFactory, MilestoneFactory, TaskFactory

pytestmark = pytest.mark.django_db

T_ZERO = dt.date(2027, 3, 16)  # the shared world's launch day; it works every day


def _day(offset: int) -> str:
    return (T_ZERO + dt.timedelta(days=offset)).isoformat()


def _timeline(client, launch):
    response = client.get(f"/api/v1/launches/{launch.pk}/timeline/")
    assert response.status_code == 200
    return response.json()


def _task(body, task_id):
    return next(task for task in body["tasks"] if task["id"] == task_id)


def _gate(world, offset_days=-12):
    return Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=offset_days)


def test_a_task_after_a_gate_starts_no_earlier_than_the_gates_day_and_the_conflict_names_the_gate(world, client_for):
    gate = _gate(world, offset_days=-8)  # the task is planned at T-10, two days before the gate
    lead = client_for(world.marketing_lead)
    response = lead.post(
        "/api/v1/dependencies/", {"predecessor_gate": gate.pk, "successor": world.marketing_task.pk}, format="json"
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["predecessor"], body["predecessor_gate"], body["successor"]) == (
        None,
        gate.pk,
        world.marketing_task.pk,
    )
    assert body["launch"] == world.launch.pk
    audit = AuditEvent.objects.get(entity="dependency", action="create")
    assert audit.changes["predecessor_gate"] == {"from": None, "to": gate.pk}

    timeline = _timeline(lead, world.launch)
    task = _task(timeline, world.marketing_task.pk)
    assert (task["start"], task["due"]) == (_day(-8), _day(-7))
    (conflict,) = [c for c in timeline["conflicts"] if c["kind"] == "dependency"]
    assert conflict["task"] == world.marketing_task.pk and conflict["predecessor"] is None
    assert conflict["predecessor_gate"] == gate.pk and conflict["days"] == 2
    assert "gate “Go/No-Go”" in conflict["message"]
    link = next(d for d in timeline["dependencies"] if d["id"] == body["id"])
    assert (link["predecessor"], link["predecessor_gate"], link["successor"]) == (
        None,
        gate.pk,
        world.marketing_task.pk,
    )


def test_a_milestone_after_a_task_moves_with_it_and_a_task_after_the_milestone_follows(world, client_for):
    office = client_for(world.office)
    milestone = MilestoneFactory(launch=world.launch, name="Assets final", offset_days=-9)
    later = TaskFactory(workstream=world.pr_ws, title="Send assets", offset_days=-9, duration_days=1)
    # Campaign brief runs T-10..T-9: the milestone (start of T-9) must wait until T-8, and so must its follower.
    first = office.post(
        "/api/v1/dependencies/",
        {"predecessor": world.marketing_task.pk, "successor_milestone": milestone.pk},
        format="json",
    )
    assert first.status_code == 201, first.json()
    second = office.post(
        "/api/v1/dependencies/", {"predecessor_milestone": milestone.pk, "successor": later.pk}, format="json"
    )
    assert second.status_code == 201, second.json()
    timeline = _timeline(office, world.launch)
    marker = next(m for m in timeline["milestones"] if m["id"] == milestone.pk)
    moment = dt.datetime.fromisoformat(marker["moment"])
    assert moment.astimezone(world.launch.zone).date() == T_ZERO - dt.timedelta(days=8)
    assert _task(timeline, later.pk)["start"] == _day(-8)
    kinds = {(c["kind"], c.get("milestone"), c["task"]) for c in timeline["conflicts"]}
    assert ("dependency", milestone.pk, None) in kinds  # the milestone is pushed past its planned day
    assert ("dependency", None, later.pk) in kinds


def test_a_cycle_through_a_milestone_is_refused_naming_it_and_nothing_is_written(world, client_for):
    office = client_for(world.office)
    milestone = MilestoneFactory(launch=world.launch, name="Assets final", offset_days=-5)
    a, b = world.marketing_task, world.pr_task
    for data in (
        {"predecessor": a.pk, "successor_milestone": milestone.pk},
        {"predecessor_milestone": milestone.pk, "successor": b.pk},
    ):
        assert office.post("/api/v1/dependencies/", data, format="json").status_code == 201
    count = Dependency.objects.count()
    response = office.post("/api/v1/dependencies/", {"predecessor": b.pk, "successor": a.pk}, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "dependency_cycle"
    assert body["extra"]["cycle_titles"] == [b.title, a.title, "Assets final", b.title]
    assert body["extra"]["cycle"] == [b.pk, a.pk, f"milestone {milestone.pk}", b.pk]
    assert Dependency.objects.count() == count


@pytest.mark.parametrize(
    ("data", "field"),
    [
        pytest.param(lambda w, m, g: {"successor": w.marketing_task.pk}, "predecessor", id="no-predecessor"),
        pytest.param(
            lambda w, m, g: {"predecessor": w.pr_task.pk, "predecessor_gate": g.pk, "successor": w.marketing_task.pk},
            "predecessor",
            id="two-predecessors",
        ),
        pytest.param(lambda w, m, g: {"predecessor": w.pr_task.pk}, "successor", id="no-successor"),
        pytest.param(
            lambda w, m, g: {
                "predecessor": w.pr_task.pk,
                "successor": w.marketing_task.pk,
                "successor_milestone": m.pk,
            },
            "successor",
            id="two-successors",
        ),
        pytest.param(
            lambda w, m, g: {"predecessor_gate": g.pk, "successor_milestone": m.pk},
            "predecessor_gate",
            id="gate-before-milestone",
        ),
    ],
)
def test_a_link_needs_one_predecessor_and_one_successor_of_the_right_kinds(world, client_for, data, field):
    milestone = MilestoneFactory(launch=world.launch)
    gate = _gate(world)
    response = client_for(world.office).post("/api/v1/dependencies/", data(world, milestone, gate), format="json")
    assert response.status_code == 400, response.json()
    assert field in response.json()["extra"]["fields"]
    assert not Dependency.objects.exists()


def test_links_to_another_launchs_moments_are_refused(world, client_for):
    other = LaunchFactory(owner=world.office)
    other_gate = Gate.objects.create(launch=other, name="Other gate", offset_days=-3)
    other_milestone = MilestoneFactory(launch=other)
    office = client_for(world.office)
    for data in (
        {"predecessor_gate": other_gate.pk, "successor": world.marketing_task.pk},
        {"predecessor": world.marketing_task.pk, "successor_milestone": other_milestone.pk},
    ):
        response = office.post("/api/v1/dependencies/", data, format="json")
        assert response.status_code == 400, response.json()
        assert response.json()["code"] == "other_launch"
    assert not Dependency.objects.exists()


def test_only_the_office_links_a_milestone_and_a_lead_links_a_gate_to_their_own_tasks(world, client_for):
    milestone = MilestoneFactory(launch=world.launch)
    gate = _gate(world)
    lead = client_for(world.marketing_lead)
    refused = lead.post(
        "/api/v1/dependencies/", {"predecessor": world.marketing_task.pk, "successor_milestone": milestone.pk}
    )
    assert refused.status_code == 403
    other_department = lead.post("/api/v1/dependencies/", {"predecessor_gate": gate.pk, "successor": world.pr_task.pk})
    assert other_department.status_code == 403
    assert not Dependency.objects.exists()
    own = lead.post("/api/v1/dependencies/", {"predecessor_gate": gate.pk, "successor": world.marketing_task.pk})
    assert own.status_code == 201
    again = lead.post("/api/v1/dependencies/", {"predecessor_gate": gate.pk, "successor": world.marketing_task.pk})
    assert again.status_code == 400 and again.json()["code"] == "dependency_exists"
    assert Dependency.objects.count() == 1


def test_the_critical_path_to_launch_runs_through_a_milestone(world, client_for):
    office = client_for(world.office)
    milestone = MilestoneFactory(launch=world.launch, name="Content freeze", offset_days=-3)
    before = TaskFactory(workstream=world.pr_ws, title="Write content", offset_days=-6, duration_days=3)
    after = TaskFactory(
        workstream=world.marketing_ws, title="Publish", offset_days=-3, duration_days=4, needed_for_launch=True
    )
    for data in (
        {"predecessor": before.pk, "successor_milestone": milestone.pk},
        {"predecessor_milestone": milestone.pk, "successor": after.pk},
    ):
        assert office.post("/api/v1/dependencies/", data, format="json").status_code == 201
    timeline = _timeline(office, world.launch)
    assert timeline["critical_path"] == [before.pk, after.pk]
    assert _task(timeline, after.pk)["due"] == T_ZERO.isoformat()
    readiness = office.get(f"/api/v1/launches/{world.launch.pk}/readiness/").json()
    assert readiness["critical_path"] == [before.pk, after.pk]


def test_deleting_a_milestone_or_gate_removes_its_links_and_the_plan_moves_back(world, client_for):
    office = client_for(world.office)
    gate = _gate(world, offset_days=-8)
    assert (
        office.post(
            "/api/v1/dependencies/", {"predecessor_gate": gate.pk, "successor": world.marketing_task.pk}
        ).status_code
        == 201
    )
    assert _task(_timeline(office, world.launch), world.marketing_task.pk)["start"] == _day(-8)
    version = Launch.objects.get(pk=world.launch.pk).plan_version
    assert office.delete(f"/api/v1/gates/{gate.pk}/").status_code == 204
    assert not Dependency.objects.exists()
    assert Launch.objects.get(pk=world.launch.pk).plan_version > version
    assert _task(_timeline(office, world.launch), world.marketing_task.pk)["start"] == _day(-10)

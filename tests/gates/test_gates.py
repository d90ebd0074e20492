"""Rule 4 and 5 for gates: approval by every required approver, criteria, enforcement, reopening, history."""

import pytest

from audit.models import AuditEvent
from gates.models import DecisionKind, Gate, GateDecision, GateStatus
from launches.models import Launch, LaunchStatus, TaskStatus
from tests.factories import TaskFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def gate(world, client_for) -> Gate:
    response = client_for(world.office).post(
        "/api/v1/gates/",
        {
            "launch": world.launch.pk,
            "name": "Go/No-Go",
            "offset_days": -1,
            "criteria": [world.marketing_task.pk],
            "approver_departments": [world.marketing.pk],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    return Gate.objects.get(pk=response.json()["id"])


def _decide(client, gate, decision, **extra):
    return client.post(f"/api/v1/gates/{gate.pk}/decide/", {"decision": decision, **extra}, format="json")


def _state(gate: Gate) -> dict:
    """What a refused decision must leave as it was: the gate's status and round, its decisions, its audit."""
    fresh = Gate.objects.get(pk=gate.pk)
    return {
        "gate": (fresh.status, fresh.round, fresh.approved_at),
        "decisions": list(GateDecision.objects.filter(gate=gate).values_list("pk", flat=True)),
        "audit": AuditEvent.objects.count(),
    }


def _done(world, client_for, task):
    return client_for(world.office).patch(f"/api/v1/tasks/{task.pk}/", {"status": "done"}, format="json")


def test_gate_is_approved_only_when_every_approver_approved_and_every_criterion_is_done(world, client_for, gate):
    assert _decide(client_for(world.office), gate, "approve").json()["status"] == "pending"
    body = _decide(client_for(world.marketing_lead), gate, "approve", department=world.marketing.pk).json()
    assert body["status"] == "pending"  # the criterion is not done yet
    assert [a["decision"] for a in body["approvers"]] == ["approve", "approve"]
    _done(world, client_for, world.marketing_task)
    gate.refresh_from_db()
    assert gate.status == GateStatus.APPROVED and gate.approved_at is not None


def test_decisions_are_recorded_under_the_approvers_own_name(world, client_for, gate):
    _decide(client_for(world.marketing_lead), gate, "approve", department=world.marketing.pk)
    decision = GateDecision.objects.get(gate=gate)
    assert decision.actor == world.marketing_lead and decision.department == world.marketing
    assert decision.kind == DecisionKind.APPROVE


def test_lead_cannot_approve_a_gate_that_does_not_name_their_department(world, client_for, gate):
    before = _state(gate)
    response = _decide(client_for(world.pr_lead), gate, "approve", department=world.pr.pk)
    assert response.status_code == 403
    assert _state(gate) == before and not GateDecision.objects.exists()


def test_lead_cannot_decide_for_a_department_they_do_not_lead(world, client_for, gate):
    before = _state(gate)
    response = _decide(client_for(world.pr_lead), gate, "approve", department=world.marketing.pk)
    assert response.status_code == 403
    assert _state(gate) == before and not GateDecision.objects.exists()


@pytest.mark.parametrize("who", ["marketing_lead", "marketing_member"])
def test_only_the_office_decides_for_the_office(world, client_for, gate, who):
    before = _state(gate)
    assert _decide(client_for(getattr(world, who)), gate, "approve").status_code == 403
    assert _state(gate) == before


def test_viewer_cannot_decide(world, client_for, gate):
    before = _state(gate)
    assert _decide(client_for(world.viewer), gate, "approve").status_code == 403
    assert _state(gate) == before


def test_rejection_needs_a_comment(world, client_for, gate):
    before = _state(gate)
    response = _decide(client_for(world.office), gate, "reject")
    assert response.status_code == 400 and "comment" in response.json()["extra"]["fields"]
    assert _state(gate) == before
    response = _decide(client_for(world.office), gate, "reject", comment="Press kit not ready")
    assert response.status_code == 200 and response.json()["status"] == "rejected"


def test_a_later_approval_supersedes_a_rejection_without_editing_it(world, client_for, gate):
    office = client_for(world.office)
    _decide(office, gate, "reject", comment="Not yet")
    _decide(office, gate, "approve")
    kinds = list(GateDecision.objects.filter(gate=gate).order_by("id").values_list("kind", flat=True))
    assert kinds == ["reject", "approve"]
    gate.refresh_from_db()
    assert gate.status == GateStatus.PENDING  # marketing has not approved yet


def test_approving_twice_records_one_decision(world, client_for, gate):
    office = client_for(world.office)
    _decide(office, gate, "approve")
    _decide(office, gate, "approve")
    assert GateDecision.objects.filter(gate=gate).count() == 1


def _approve_fully(world, client_for, gate):
    _done(world, client_for, world.marketing_task)
    _decide(client_for(world.office), gate, "approve")
    _decide(client_for(world.marketing_lead), gate, "approve", department=world.marketing.pk)
    gate.refresh_from_db()
    assert gate.status == GateStatus.APPROVED


def test_task_after_a_gate_cannot_start_until_the_gate_is_approved(world, client_for, gate):
    gated = TaskFactory(workstream=world.marketing_ws, title="Launch ads", assignee=world.marketing_member)
    # Work after a gate is a link from the gate (rule 4).
    link = client_for(world.marketing_lead).post(
        "/api/v1/dependencies/", {"predecessor_gate": gate.pk, "successor": gated.pk}, format="json"
    )
    assert link.status_code == 201, link.json()
    response = client_for(world.marketing_member).patch(
        f"/api/v1/tasks/{gated.pk}/", {"status": "in_progress"}, format="json"
    )
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "gate_not_approved" and "Go/No-Go" in body["message"]
    gated.refresh_from_db()
    assert gated.status == TaskStatus.TODO
    _approve_fully(world, client_for, gate)
    response = client_for(world.marketing_member).patch(
        f"/api/v1/tasks/{gated.pk}/", {"status": "in_progress"}, format="json"
    )
    assert response.status_code == 200


def test_launch_cannot_be_marked_launched_until_every_gate_is_approved(world, client_for, gate):
    Launch.objects.filter(pk=world.launch.pk).update(status=LaunchStatus.READY)
    office = client_for(world.office)
    response = office.post(f"/api/v1/launches/{world.launch.pk}/transition/", {"status": "launched"}, format="json")
    assert response.status_code == 409 and "Go/No-Go" in response.json()["message"]
    assert Launch.objects.get(pk=world.launch.pk).status == LaunchStatus.READY
    _approve_fully(world, client_for, gate)
    response = office.post(f"/api/v1/launches/{world.launch.pk}/transition/", {"status": "launched"}, format="json")
    assert response.status_code == 200 and response.json()["status"] == "launched"


def test_reopening_a_criterion_puts_the_approved_gate_back_to_pending_and_records_why(world, client_for, gate):
    _approve_fully(world, client_for, gate)
    response = client_for(world.marketing_member).patch(
        f"/api/v1/tasks/{world.marketing_task.pk}/", {"status": "in_progress"}, format="json"
    )
    assert response.status_code == 200
    gate.refresh_from_db()
    assert gate.status == GateStatus.PENDING and gate.round == 2
    reopen = GateDecision.objects.get(gate=gate, kind=DecisionKind.REOPEN)
    assert reopen.actor == world.marketing_member and "Campaign brief" in reopen.comment
    # Earlier approvals are kept, superseded by the new round: the approvers must approve again.
    assert GateDecision.objects.filter(gate=gate, kind=DecisionKind.APPROVE, round=1).count() == 2
    activity = client_for(world.office).get(f"/api/v1/launches/{world.launch.pk}/activity/?action=reopen").json()
    assert activity["count"] == 1 and "Campaign brief" in activity["results"][0]["message"]


def test_criteria_must_belong_to_the_launch(world, client_for):
    other = TaskFactory()
    response = client_for(world.office).post(
        "/api/v1/gates/",
        {"launch": world.launch.pk, "name": "Review", "offset_days": -7, "criteria": [other.pk]},
        format="json",
    )
    assert response.status_code == 400 and "criteria" in response.json()["extra"]["fields"]
    assert not Gate.objects.exists()


@pytest.mark.parametrize("who", ["marketing_lead", "marketing_member", "viewer"])
def test_only_the_office_defines_gates(world, client_for, who):
    response = client_for(getattr(world, who)).post(
        "/api/v1/gates/", {"launch": world.launch.pk, "name": "Review", "offset_days": -7}, format="json"
    )
    assert response.status_code == 403 and not Gate.objects.exists()


def test_gate_appears_on_the_timeline_with_a_late_criterion_conflict(world, client_for, gate):
    world.marketing_task.offset_days = -1  # due T-1 .. T+0: on the gate's day (T-1) or later
    world.marketing_task.save()
    body = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/timeline/").json()
    (timeline_gate,) = body["gates"]
    assert timeline_gate["name"] == "Go/No-Go" and timeline_gate["criteria"] == [world.marketing_task.pk]
    late = [c for c in body["conflicts"] if c["kind"] == "criterion_late"]
    assert late == [
        {
            "kind": "criterion_late",
            "task": world.marketing_task.pk,
            "predecessor": None,
            "gate": gate.pk,
            "days": 2,
            "message": late[0]["message"],
        }
    ]
    assert "Go/No-Go" in late[0]["message"]


def test_anchored_gate_moves_with_t_zero(world, client_for, gate):
    body = (
        client_for(world.office)
        .post(f"/api/v1/launches/{world.launch.pk}/move-t-zero/", {"t_zero": "2027-03-23T08:00:00Z"}, format="json")
        .json()
    )
    moved = {(item["kind"], item["name"]): item for item in body["moved"]}
    assert moved[("gate", "Go/No-Go")]["before"] == "2027-03-15T08:00:00Z"
    assert moved[("gate", "Go/No-Go")]["after"] == "2027-03-22T08:00:00Z"


def test_gate_list_runs_a_fixed_number_of_queries(world, client_for, gate, django_assert_num_queries):
    client = client_for(world.viewer)
    # session, user, count, gates, criteria, departments, named approvers, decisions+actors
    with django_assert_num_queries(8):
        assert client.get("/api/v1/gates/").status_code == 200
    for index in range(5):
        extra = Gate.objects.create(launch=world.launch, name=f"Extra {index}", offset_days=-index)
        extra.criteria.add(TaskFactory(workstream=world.pr_ws))
        extra.approver_departments.add(world.pr)
        _decide(client_for(world.office), extra, "approve")
    with django_assert_num_queries(8):
        assert client.get("/api/v1/gates/").json()["count"] == 6


def test_deleting_the_last_open_criterion_approves_an_otherwise_approved_gate_and_records_why(world, client_for, gate):
    done = TaskFactory(workstream=world.marketing_ws, title="Assets ready", status=TaskStatus.DONE)
    gate.criteria.add(done)
    _decide(client_for(world.office), gate, "approve")
    _decide(client_for(world.marketing_lead), gate, "approve", department=world.marketing.pk)
    gate.refresh_from_db()
    assert gate.status == GateStatus.PENDING  # "Campaign brief" is not done
    response = client_for(world.office).delete(f"/api/v1/tasks/{world.marketing_task.pk}/")
    assert response.status_code == 204
    gate.refresh_from_db()
    assert gate.status == GateStatus.APPROVED
    assert list(gate.criteria.values_list("pk", flat=True)) == [done.pk]
    event = AuditEvent.objects.get(entity="gate", entity_id=gate.pk, action="update")
    assert event.changes == {"criteria": {"from": sorted([world.marketing_task.pk, done.pk]), "to": [done.pk]}}
    assert "Campaign brief" in event.message

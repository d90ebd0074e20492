"""Rule 5 for gates: the office reopens a decided gate, saying why; a new round starts and earlier decisions are
kept, superseded, never edited (POST /api/v1/gates/{id}/reopen/)."""

import pytest

from audit.models import AuditEvent
from gates.models import DecisionKind, Gate, GateDecision, GateStatus
from launches.models import Launch, LaunchStatus, TaskStatus
from notifications.models import LaunchEvent, Notification, NotificationKind
from tests.factories import TaskFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def gate(world) -> Gate:
    """Go/No-Go at T-1: Marketing's brief is its criterion; the office and Marketing's lead approve it."""
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    gate.criteria.add(world.marketing_task)
    gate.approver_departments.add(world.marketing)
    return gate


def _decide(client, gate, decision, **extra):
    return client.post(f"/api/v1/gates/{gate.pk}/decide/", {"decision": decision, **extra}, format="json")


def _reopen(client, gate, body=None, *, if_match: str | None = None):
    body = {"reason": "The press kit changed after approval."} if body is None else body
    headers = {"If-Match": if_match} if if_match else {}
    return client.post(f"/api/v1/gates/{gate.pk}/reopen/", body, format="json", headers=headers)


def _approve(world, client_for, gate) -> None:
    client_for(world.office).patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"status": "done"}, format="json")
    _decide(client_for(world.office), gate, "approve")
    _decide(client_for(world.marketing_lead), gate, "approve", department=world.marketing.pk)
    gate.refresh_from_db()
    assert gate.status == GateStatus.APPROVED


def _reject(world, client_for, gate) -> None:
    _decide(client_for(world.marketing_lead), gate, "reject", department=world.marketing.pk, comment="Brief is late")
    gate.refresh_from_db()
    assert gate.status == GateStatus.REJECTED


def _decisions(gate: Gate) -> list[tuple]:
    return list(
        GateDecision.objects.filter(gate=gate)
        .order_by("id")
        .values_list("id", "round", "kind", "actor_id", "department_id", "comment", "created_at")
    )


def _state(gate: Gate) -> dict:
    """What a refused reopening must leave as it was: the gate, its decisions, the audit, the plan version, the
    outbox."""
    fresh = Gate.objects.get(pk=gate.pk)
    return {
        "gate": (fresh.status, fresh.round, fresh.approved_at, fresh.updated_at),
        "decisions": _decisions(gate),
        "audit": AuditEvent.objects.count(),
        "plan_version": Launch.objects.values_list("plan_version", flat=True).get(pk=gate.launch_id),
        "events": LaunchEvent.objects.count(),
    }


def test_office_reopens_an_approved_gate_in_a_new_round_and_keeps_the_earlier_decisions(world, client_for, gate):
    _approve(world, client_for, gate)
    earlier = _decisions(gate)
    version = Launch.objects.values_list("plan_version", flat=True).get(pk=world.launch.pk)

    response = _reopen(client_for(world.office), gate, {"reason": "  The press kit changed after approval.  "})

    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["id"] == gate.pk and body["status"] == "pending" and body["round"] == 2
    assert body["approved_at"] is None
    assert [(a["department"], a["decision"]) for a in body["approvers"]] == [(None, None), (world.marketing.pk, None)]
    assert response["ETag"]
    # Round 1's approvals are kept exactly as they were; the reopening is one more record, under the office's name.
    assert _decisions(gate)[: len(earlier)] == earlier
    reopen = GateDecision.objects.get(gate=gate, kind=DecisionKind.REOPEN)
    assert (reopen.round, reopen.actor, reopen.department) == (2, world.office, None)
    assert reopen.comment == "The press kit changed after approval."
    audit = AuditEvent.objects.get(entity="gate", entity_id=gate.pk, action="reopen")
    assert audit.actor == world.office
    assert audit.changes == {"status": {"from": "approved", "to": "pending"}, "round": {"from": 1, "to": 2}}
    assert "The press kit changed after approval." in audit.message
    assert Launch.objects.values_list("plan_version", flat=True).get(pk=world.launch.pk) > version


def test_the_approvers_must_approve_the_new_round_before_the_gate_is_approved_again(world, client_for, gate):
    _approve(world, client_for, gate)
    _reopen(client_for(world.office), gate)
    body = _decide(client_for(world.office), gate, "approve").json()
    assert body["status"] == "pending" and body["round"] == 2  # Marketing's round-1 approval no longer counts
    body = _decide(client_for(world.marketing_lead), gate, "approve", department=world.marketing.pk).json()
    assert body["status"] == "approved"
    rounds = (
        GateDecision.objects.filter(gate=gate, kind=DecisionKind.APPROVE).order_by("id").values_list("round", flat=True)
    )
    assert list(rounds) == [1, 1, 2, 2]


def test_office_reopens_a_rejected_gate_and_the_rejection_is_kept(world, client_for, gate):
    _reject(world, client_for, gate)
    rejection = _decisions(gate)
    response = _reopen(client_for(world.office), gate, {"reason": "Brief delivered; decide again."})
    assert response.status_code == 200, response.json()
    assert (response.json()["status"], response.json()["round"]) == ("pending", 2)
    assert _decisions(gate)[:1] == rejection
    audit = AuditEvent.objects.get(entity="gate", entity_id=gate.pk, action="reopen")
    assert audit.changes["status"] == {"from": "rejected", "to": "pending"}


def test_reopening_tells_the_office_why_and_the_approvers_that_the_gate_awaits_them(
    world, client_for, gate, django_capture_on_commit_callbacks
):
    other_office = UserFactory(username="office.two", is_office=True)
    _approve(world, client_for, gate)
    Notification.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        assert _reopen(client_for(world.office), gate).status_code == 200
    event = LaunchEvent.objects.get(kind="gate.reopened")
    assert event.gate_id == gate.pk and event.actor == world.office
    assert "The press kit changed after approval." in event.data["why"]
    notice = Notification.objects.get(recipient=other_office, kind=NotificationKind.GATE_REOPENED)
    assert "The press kit changed after approval." in notice.body and notice.gate_id == gate.pk
    assert Notification.objects.filter(
        recipient=world.marketing_lead, kind=NotificationKind.GATE_AWAITING_APPROVAL, gate=gate
    ).exists()
    assert not Notification.objects.filter(recipient=world.pr_lead).exists()


def test_the_launch_activity_shows_who_reopened_the_gate_and_why(world, client_for, gate):
    _approve(world, client_for, gate)
    _reopen(client_for(world.office), gate)
    activity = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/activity/?action=reopen").json()
    assert activity["count"] == 1
    assert "The press kit changed after approval." in activity["results"][0]["message"]
    history = client_for(world.viewer).get(f"/api/v1/gate-decisions/?gate={gate.pk}&kind=reopen").json()
    assert [(d["round"], d["actor"]["id"], d["comment"]) for d in history["results"]] == [
        (2, world.office.pk, "The press kit changed after approval.")
    ]


def test_work_after_a_reopened_gate_cannot_start_until_it_is_approved_again(world, client_for, gate):
    gated = TaskFactory(workstream=world.marketing_ws, title="Launch ads", assignee=world.marketing_member)
    link = client_for(world.office).post(
        "/api/v1/dependencies/", {"predecessor_gate": gate.pk, "successor": gated.pk}, format="json"
    )
    assert link.status_code == 201, link.json()
    _approve(world, client_for, gate)
    _reopen(client_for(world.office), gate)
    response = client_for(world.marketing_member).patch(
        f"/api/v1/tasks/{gated.pk}/", {"status": "in_progress"}, format="json"
    )
    assert response.status_code == 409 and response.json()["code"] == "gate_not_approved"
    gated.refresh_from_db()
    assert gated.status == TaskStatus.TODO


def test_reopen_with_the_current_etag_succeeds_and_with_a_stale_one_changes_nothing(world, client_for, gate):
    _approve(world, client_for, gate)
    office = client_for(world.office)
    stale = office.get(f"/api/v1/gates/{gate.pk}/")["ETag"]
    _decide(client_for(world.office), gate, "reject", comment="Hold on")  # someone decided in between
    before = _state(gate)
    response = _reopen(office, gate, if_match=stale)
    assert response.status_code == 412 and response.json()["code"] == "precondition_failed"
    assert _state(gate) == before
    current = office.get(f"/api/v1/gates/{gate.pk}/")["ETag"]
    response = _reopen(office, gate, if_match=current)
    assert response.status_code == 200 and response.json()["round"] == 2


def test_a_pending_gate_has_nothing_to_reopen(world, client_for, gate):
    _decide(client_for(world.office), gate, "approve")  # one approval of two: still pending
    before = _state(gate)
    response = _reopen(client_for(world.office), gate)
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "gate_not_decided" and "Go/No-Go" in body["message"] and "pending" in body["message"]
    assert _state(gate) == before


@pytest.mark.parametrize("status", [LaunchStatus.LAUNCHED, LaunchStatus.CLOSED])
def test_a_gate_of_a_launch_that_went_out_cannot_reopen(world, client_for, gate, status):
    _approve(world, client_for, gate)
    Launch.objects.filter(pk=world.launch.pk).update(status=status)
    before = _state(gate)
    response = _reopen(client_for(world.office), gate)
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "launch_already_launched" and status in body["message"]
    assert _state(gate) == before


@pytest.mark.parametrize("who", ["marketing_lead", "pr_lead", "marketing_member", "viewer"])
def test_only_the_office_reopens_a_gate(world, client_for, gate, who):
    _approve(world, client_for, gate)
    before = _state(gate)
    response = _reopen(client_for(getattr(world, who)), gate)
    assert response.status_code == 403 and response.json()["code"] == "permission_denied"
    assert _state(gate) == before


def test_anonymous_cannot_reopen_a_gate(world, client_for, gate):
    _approve(world, client_for, gate)
    before = _state(gate)
    assert _reopen(client_for(None), gate).status_code == 401
    assert _state(gate) == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "reason"),
        ({"reason": ""}, "reason"),
        ({"reason": "   "}, "reason"),
        ({"reason": None}, "reason"),
        ({"reason": ["why"]}, "reason"),
        ({"reason": "x" * 5001}, "reason"),
        ({"reason": "Changed", "status": "pending"}, "status"),
        ({"reason": "Changed", "round": 1}, "round"),
    ],
)
def test_a_reopening_needs_a_reason_and_refuses_other_fields(world, client_for, gate, body, field):
    _approve(world, client_for, gate)
    before = _state(gate)
    response = _reopen(client_for(world.office), gate, body)
    assert response.status_code == 400
    assert field in response.json()["extra"]["fields"]
    assert _state(gate) == before


def test_a_reason_of_the_longest_length_is_kept_whole(world, client_for, gate):
    _approve(world, client_for, gate)
    assert _reopen(client_for(world.office), gate, {"reason": "x" * 5000}).status_code == 200
    assert GateDecision.objects.get(gate=gate, kind=DecisionKind.REOPEN).comment == "x" * 5000


def test_an_unknown_gate_is_a_404(world, client_for):
    assert _reopen(client_for(world.office), Gate(pk=999_999)).status_code == 404

"""Named approvers of a gate (an executive, the reviewer who did the work): each decides under their own name,
with the office and the approver departments' leads (PRODUCT.md rule 5); any role may be one."""

import pytest

from audit.models import AuditEvent
from gates.models import DecisionKind, Gate, GateDecision, GateStatus
from notifications.models import LaunchEvent, Notification
from tests.factories import TaskFactory, UserFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/gates/"


@pytest.fixture
def ceo(db):
    """An executive with no department: a viewer everywhere else."""
    return UserFactory(username="ceo", first_name="Grace", last_name="Hopper")


@pytest.fixture
def gate(world, client_for, ceo, django_capture_on_commit_callbacks) -> Gate:
    with django_capture_on_commit_callbacks(execute=True):  # its approvers are told after commit
        response = client_for(world.office).post(
            URL,
            {
                "launch": world.launch.pk,
                "name": "Go/No-Go",
                "offset_days": -1,
                "approver_departments": [world.marketing.pk],
                "approver_users": [ceo.pk, world.marketing_member.pk],
            },
            format="json",
        )
    assert response.status_code == 201, response.json()
    return Gate.objects.get(pk=response.json()["id"])


def _decide(client, gate, decision="approve", **extra):
    return client.post(f"{URL}{gate.pk}/decide/", {"decision": decision, **extra}, format="json")


def _state(gate: Gate) -> dict:
    fresh = Gate.objects.get(pk=gate.pk)
    return {
        "gate": (fresh.status, fresh.round, fresh.approved_at),
        "approver_users": sorted(fresh.approver_users.values_list("pk", flat=True)),
        "decisions": list(GateDecision.objects.filter(gate=gate).values_list("pk", flat=True)),
        "audit": AuditEvent.objects.count(),
    }


def _slot_of(body: dict, user) -> dict:
    return next(a for a in body["approvers"] if a["user"] and a["user"]["id"] == user.pk)


def _slots(body: dict) -> list[tuple]:
    return [
        (a["kind"], a["department"], a["user"]["id"] if a["user"] else None, a["decision"]) for a in body["approvers"]
    ]


def test_the_gate_shows_its_named_approvers_with_names_and_their_slots(world, client_for, gate, ceo):
    body = client_for(world.viewer).get(f"{URL}{gate.pk}/").json()
    assert body["approver_users"] == [world.marketing_member.pk, ceo.pk]
    assert [(u["id"], u["full_name"]) for u in body["approver_users_detail"]] == [
        (world.marketing_member.pk, world.marketing_member.full_name),
        (ceo.pk, "Grace Hopper"),
    ]
    assert _slots(body) == [
        ("office", None, None, None),
        ("department", world.marketing.pk, None, None),
        ("named", None, world.marketing_member.pk, None),
        ("named", None, ceo.pk, None),
    ]


def test_gate_is_approved_only_when_office_departments_and_every_named_approver_approved(world, client_for, gate, ceo):
    assert _decide(client_for(world.office), gate).json()["status"] == "pending"
    assert _decide(client_for(world.marketing_lead), gate, department=world.marketing.pk).json()["status"] == "pending"
    body = _decide(client_for(ceo), gate).json()  # implied: the CEO is named, not the office, names no department
    assert body["status"] == "pending"
    ceo_slot = _slot_of(body, ceo)
    assert ceo_slot["decision"] == "approve" and ceo_slot["actor"]["full_name"] == "Grace Hopper"
    assert ceo_slot["decided_at"] is not None
    body = _decide(client_for(world.marketing_member), gate, as_named=True).json()
    assert body["status"] == "approved"
    decision = GateDecision.objects.get(gate=gate, actor=ceo)
    assert decision.named is True and decision.department is None and decision.kind == DecisionKind.APPROVE


def test_the_office_still_has_to_approve_after_every_named_approver(world, client_for, gate, ceo):
    _decide(client_for(world.marketing_lead), gate, department=world.marketing.pk)
    _decide(client_for(ceo), gate, as_named=True)
    _decide(client_for(world.marketing_member), gate)
    gate.refresh_from_db()
    assert gate.status == GateStatus.PENDING
    assert _decide(client_for(world.office), gate).json()["status"] == "approved"


def test_a_named_approvers_rejection_rejects_and_a_later_approval_supersedes_it(world, client_for, gate, ceo):
    body = _decide(client_for(ceo), gate, "reject", comment="Pricing is not signed off").json()
    assert body["status"] == "rejected"
    _decide(client_for(ceo), gate, "approve")
    kinds = list(GateDecision.objects.filter(gate=gate, actor=ceo).order_by("id").values_list("kind", flat=True))
    assert kinds == ["reject", "approve"]  # never edited, superseded
    gate.refresh_from_db()
    assert gate.status == GateStatus.PENDING


def test_a_named_approval_counts_for_the_round_it_was_given(world, client_for, gate, ceo):
    for client, extra in [
        (client_for(world.office), {}),
        (client_for(world.marketing_lead), {"department": world.marketing.pk}),
        (client_for(ceo), {}),
        (client_for(world.marketing_member), {}),
    ]:
        _decide(client, gate, **extra)
    gate.refresh_from_db()
    assert gate.status == GateStatus.APPROVED
    reopened = client_for(world.office).post(f"{URL}{gate.pk}/reopen/", {"reason": "Price changed"}, format="json")
    assert reopened.status_code == 200
    assert _slot_of(reopened.json(), ceo)["decision"] is None
    _decide(client_for(world.office), gate)
    _decide(client_for(world.marketing_lead), gate, department=world.marketing.pk)
    _decide(client_for(world.marketing_member), gate)
    gate.refresh_from_db()
    assert gate.status == GateStatus.PENDING  # the CEO has not decided in round 2
    assert _decide(client_for(ceo), gate).json()["status"] == "approved"


def test_approving_twice_as_a_named_approver_records_one_decision(world, client_for, gate, ceo):
    _decide(client_for(ceo), gate)
    _decide(client_for(ceo), gate)
    assert GateDecision.objects.filter(gate=gate, actor=ceo).count() == 1


def test_an_office_member_named_by_name_decides_each_slot_separately(world, client_for, gate):
    Gate.approver_users.through.objects.create(gate=gate, user=world.office)
    _decide(client_for(world.office), gate)  # for the office: as today
    _decide(client_for(world.office), gate, as_named=True)
    assert sorted(GateDecision.objects.filter(gate=gate).values_list("named", flat=True)) == [False, True]


@pytest.mark.parametrize("who", ["viewer", "pr_lead", "pr_member", "marketing_lead"])
def test_someone_the_gate_does_not_name_cannot_decide_as_a_named_approver(world, client_for, gate, who):
    before = _state(gate)
    response = _decide(client_for(getattr(world, who)), gate, as_named=True)
    assert response.status_code == 403 and response.json()["code"] == "permission_denied"
    assert _state(gate) == before


def test_a_viewer_who_is_not_named_cannot_decide(world, client_for, gate):
    before = _state(gate)
    assert _decide(client_for(world.viewer), gate).status_code == 403
    assert _state(gate) == before


def test_anonymous_cannot_decide(world, client_for, gate):
    before = _state(gate)
    assert _decide(client_for(None), gate, as_named=True).status_code == 401
    assert _state(gate) == before


def test_a_named_member_cannot_decide_for_the_office_or_a_department_they_do_not_lead(world, client_for, gate):
    before = _state(gate)
    assert _decide(client_for(world.marketing_member), gate, as_named=False).status_code == 403
    assert _decide(client_for(world.marketing_member), gate, department=world.marketing.pk).status_code == 403
    assert _state(gate) == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"as_named": True, "department": "marketing"}, "as_named"),
        ({"as_named": "perhaps"}, "as_named"),
        ({"decision": "reject", "comment": " "}, "comment"),
        ({"as_named": True, "on_behalf_of": 1}, "on_behalf_of"),
    ],
)
def test_an_ambiguous_or_invalid_decision_is_a_400_naming_the_field(world, client_for, gate, ceo, body, field):
    if body.get("department") == "marketing":
        body = {**body, "department": world.marketing.pk}
    before = _state(gate)
    response = client_for(ceo).post(f"{URL}{gate.pk}/decide/", {"decision": "approve", **body}, format="json")
    assert response.status_code == 400, response.json()
    assert field in response.json()["extra"]["fields"]
    assert _state(gate) == before


@pytest.mark.parametrize("who", ["marketing_lead", "marketing_member", "viewer"])
def test_only_the_office_sets_named_approvers(world, client_for, gate, ceo, who):
    before = _state(gate)
    response = client_for(getattr(world, who)).patch(f"{URL}{gate.pk}/", {"approver_users": []}, format="json")
    assert response.status_code == 403
    assert _state(gate) == before


def test_anonymous_cannot_set_named_approvers(world, client_for, gate):
    before = _state(gate)
    assert client_for(None).patch(f"{URL}{gate.pk}/", {"approver_users": []}, format="json").status_code == 401
    assert _state(gate) == before


@pytest.mark.parametrize("kind", ["unknown", "inactive", "not_an_id"])
def test_unknown_or_inactive_named_approvers_are_a_400_naming_the_field(world, client_for, gate, kind):
    value = {"unknown": 999999, "inactive": UserFactory(is_active=False).pk, "not_an_id": "ceo"}[kind]
    before = _state(gate)
    response = client_for(world.office).patch(f"{URL}{gate.pk}/", {"approver_users": [value]}, format="json")
    assert response.status_code == 400
    assert "approver_users" in response.json()["extra"]["fields"]
    assert _state(gate) == before
    created = client_for(world.office).post(
        URL, {"launch": world.launch.pk, "name": "Other", "offset_days": -3, "approver_users": [value]}, format="json"
    )
    assert created.status_code == 400 and "approver_users" in created.json()["extra"]["fields"]
    assert Gate.objects.count() == 1


def test_changing_named_approvers_is_audited_and_re_evaluates_the_gate(world, client_for, gate, ceo):
    for client, extra in [
        (client_for(world.office), {}),
        (client_for(world.marketing_lead), {"department": world.marketing.pk}),
        (client_for(ceo), {}),
    ]:
        _decide(client, gate, **extra)
    gate.refresh_from_db()
    assert gate.status == GateStatus.PENDING  # the member has not approved
    response = client_for(world.office).patch(f"{URL}{gate.pk}/", {"approver_users": [ceo.pk]}, format="json")
    assert response.status_code == 200 and response.json()["status"] == "approved"
    event = AuditEvent.objects.filter(entity="gate", entity_id=gate.pk, action="update").latest("id")
    assert event.changes["approver_users"] == {
        "from": sorted([ceo.pk, world.marketing_member.pk]),
        "to": [ceo.pk],
    }
    created = AuditEvent.objects.get(entity="gate", entity_id=gate.pk, action="create")
    assert created.changes["approver_users"] == {"from": None, "to": sorted([ceo.pk, world.marketing_member.pk])}


def test_setting_the_same_named_approvers_records_no_change(world, client_for, gate, ceo):
    before = AuditEvent.objects.filter(entity="gate", action="update").count()
    body = {"approver_users": [world.marketing_member.pk, ceo.pk]}
    assert client_for(world.office).patch(f"{URL}{gate.pk}/", body, format="json").status_code == 200
    assert AuditEvent.objects.filter(entity="gate", action="update").count() == before


def test_a_named_decision_is_audited_and_announced_with_who_decided_and_as_what(
    world, client_for, gate, ceo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _decide(client_for(ceo), gate, "reject", comment="Not yet")
    audit = AuditEvent.objects.get(entity="gate", entity_id=gate.pk, action="decide")
    assert audit.actor == ceo and audit.changes["as"] == {"from": None, "to": "named"}
    event = LaunchEvent.objects.get(kind="gate.decided", gate=gate)
    assert event.actor == ceo
    assert event.data["as"] == "named" and event.data["actor_name"] == "Grace Hopper"
    assert event.data["department"] is None and event.data["decision"] == "reject"
    told = Notification.objects.get(recipient=world.office, kind="gate_decided")
    assert "Grace Hopper (named approver)" in told.body


def test_named_approvers_are_told_when_the_gate_awaits_them_and_when_it_reopens(
    world, client_for, gate, ceo, django_capture_on_commit_callbacks
):
    awaiting = Notification.objects.filter(kind="gate_awaiting_approval")
    assert set(awaiting.values_list("recipient", flat=True)) >= {ceo.pk, world.marketing_member.pk}
    assert not awaiting.filter(recipient=world.viewer).exists()
    _decide(client_for(ceo), gate, "reject", comment="Not yet")
    count = awaiting.filter(recipient=ceo).count()
    with django_capture_on_commit_callbacks(execute=True):
        client_for(world.office).post(f"{URL}{gate.pk}/reopen/", {"reason": "Fixed the price"}, format="json")
    assert awaiting.filter(recipient=ceo).count() == count + 1


def test_a_deactivated_named_approver_is_not_told_when_the_gate_reopens(
    world, client_for, gate, ceo, django_capture_on_commit_callbacks
):
    _decide(client_for(world.office), gate, "reject", comment="Not yet")
    ceo.is_active = False
    ceo.save(update_fields=["is_active"])
    awaiting = Notification.objects.filter(kind="gate_awaiting_approval", recipient=ceo)
    count = awaiting.count()
    with django_capture_on_commit_callbacks(execute=True):
        client_for(world.office).post(f"{URL}{gate.pk}/reopen/", {"reason": "Fixed the price"}, format="json")
    assert awaiting.count() == count
    assert Notification.objects.filter(kind="gate_awaiting_approval", recipient=world.marketing_member).count() == 2


def test_the_admin_shows_named_approvers_and_named_decisions(world, client_for, gate, ceo):
    admin = UserFactory(is_office=True, is_staff=True, is_superuser=True)
    _decide(client_for(ceo), gate)
    client = client_for(admin)
    assert "approver_users" in client.get(f"/admin/gates/gate/{gate.pk}/change/").content.decode()
    assert client.get("/admin/gates/gatedecision/?named__exact=1").status_code == 200


def test_gate_list_with_named_approvers_runs_a_fixed_number_of_queries(
    world, client_for, gate, ceo, django_assert_num_queries
):
    client = client_for(world.viewer)
    # session, user, count, gates, criteria, departments, named approvers, decisions with their deciders
    with django_assert_num_queries(8):
        assert client.get(URL).status_code == 200
    for index in range(5):
        extra = Gate.objects.create(launch=world.launch, name=f"Extra {index}", offset_days=-index)
        extra.criteria.add(TaskFactory(workstream=world.pr_ws))
        extra.approver_users.add(ceo, UserFactory())
        _decide(client_for(ceo), extra)
    with django_assert_num_queries(8):
        body = client.get(URL).json()
    assert body["count"] == 6
    assert all(row["approvers"][1]["decision"] == "approve" for row in body["results"] if row["name"] != "Go/No-Go")


def test_a_named_approver_taken_off_after_rejecting_no_longer_holds_the_gate_rejected(world, client_for, gate, ceo):
    """Found in review: the rejection of someone no longer required kept the gate rejected."""
    assert _decide(client_for(ceo), gate, "reject", comment="Price too high").status_code == 200
    gate.refresh_from_db()
    assert gate.status == GateStatus.REJECTED
    office = client_for(world.office)
    response = office.patch(f"{URL}{gate.pk}/", {"approver_users": [world.marketing_member.pk]}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == GateStatus.PENDING
    for client, extra in (
        (office, {}),
        (client_for(world.marketing_lead), {"department": world.marketing.pk}),
        (client_for(world.marketing_member), {"as_named": True}),
    ):
        assert _decide(client, gate, **extra).status_code == 200
    gate.refresh_from_db()
    assert gate.status == GateStatus.APPROVED


def test_a_deactivated_named_approver_is_no_longer_waited_for_and_the_list_can_be_sent_back(
    world, client_for, gate, ceo
):
    """Found in review: a deactivated person blocked the gate for good, and the editor's list came back 400."""
    ceo.is_active = False
    ceo.save(update_fields=["is_active"])
    office = client_for(world.office)
    # The gate editor sends the whole list back, the deactivated person in it: accepted, nothing changes.
    before = office.get(f"{URL}{gate.pk}/").json()
    response = office.patch(
        f"{URL}{gate.pk}/", {"name": "Go / No-Go", "approver_users": before["approver_users"]}, format="json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["approver_users"] == before["approver_users"]
    # Adding a deactivated person is still refused.
    other = UserFactory(is_active=False)
    refused = office.patch(f"{URL}{gate.pk}/", {"approver_users": [*before["approver_users"], other.pk]}, format="json")
    assert refused.status_code == 400 and "approver_users" in refused.json()["extra"]["fields"]
    for client, extra in (
        (office, {}),
        (client_for(world.marketing_lead), {"department": world.marketing.pk}),
        (client_for(world.marketing_member), {"as_named": True}),
    ):
        assert _decide(client, gate, **extra).status_code == 200
    gate.refresh_from_db()
    assert gate.status == GateStatus.APPROVED

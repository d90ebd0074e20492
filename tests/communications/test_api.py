"""Communications through the API: drafting, the office's approval, publishing after the embargo (rule 4), the
embargo conflicts on the timeline (rule 3), moving with T-0 (rule 1), audit and notifications."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Department
from audit.models import AuditEvent
from communications.models import Communication, CommunicationDecision
from gates.models import Gate, GateStatus
from launches.models import Launch
from notifications.models import Notification
from tests.communications.factories import CommunicationFactory
from tests.factories import LaunchFactory, MembershipFactory, UserFactory, WorkstreamFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/communications/"


def _draft(client, launch, **fields):
    body = {"launch": launch.pk, "kind": "social_post", "channel": "LinkedIn", "title": "Teaser", "offset_days": -1}
    return client.post(URL, {**body, **fields}, format="json")


def _item(world, **fields) -> Communication:
    defaults = {"launch": world.launch, "author": world.marketing_member, "department": world.marketing}
    return CommunicationFactory(**{**defaults, **fields})


def test_member_drafts_in_their_department_and_is_the_author(world, client_for):
    response = _draft(client_for(world.marketing_member), world.launch, audience="Developers", body="Soon.")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["author"] == world.marketing_member.pk
    assert body["department"] == world.marketing.pk
    assert body["status"] == "draft"
    expected = world.launch.t_zero - dt.timedelta(days=1)
    assert dt.datetime.fromisoformat(body["moment"].replace("Z", "+00:00")) == expected
    assert AuditEvent.objects.filter(entity="communication", entity_id=body["id"], action="create").exists()


def test_someone_outside_the_launch_departments_cannot_draft(world, client_for):
    outsider = UserFactory()
    MembershipFactory(department=Department.objects.get(slug="hr"), user=outsider)
    response = _draft(client_for(outsider), world.launch)
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_office_drafts_for_the_whole_launch_or_one_department(world, client_for):
    client = client_for(world.office)
    assert _draft(client, world.launch).json()["department"] is None
    assert _draft(client, world.launch, department=world.pr.pk).json()["department"] == world.pr.pk


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"embargo": "gate"}, "embargo_gate"),
        ({"schedule_mode": "fixed"}, "at"),
        ({"schedule_mode": "anchored", "offset_days": None}, "offset_days"),
        ({"kind": "billboard"}, "kind"),
        ({"embargo": "someday"}, "embargo"),
        ({"title": "  "}, "title"),
        ({"department": "pr"}, "department"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(world, client_for, fields, field):
    if fields.get("department") == "pr":
        fields = {"department": world.pr.pk}  # the member is in Marketing, not PR
    response = _draft(client_for(world.marketing_member), world.launch, **fields)
    assert response.status_code == 400, response.content
    assert field in response.json()["extra"]["fields"]


def test_gate_embargo_names_a_gate_of_the_same_launch(world, client_for):
    other_gate = Gate.objects.create(launch=LaunchFactory(owner=world.office), name="Elsewhere", offset_days=-1)
    response = _draft(client_for(world.marketing_member), world.launch, embargo="gate", embargo_gate=other_gate.pk)
    assert response.status_code == 400
    assert "another launch" in response.json()["extra"]["fields"]["embargo_gate"][0]


def test_lead_cannot_edit_a_members_draft_but_the_author_can(world, client_for):
    item = _item(world)
    url = f"{URL}{item.pk}/"
    assert client_for(world.marketing_lead).patch(url, {"title": "Mine"}, format="json").status_code == 403
    response = client_for(world.marketing_member).patch(url, {"title": "Better"}, format="json")
    assert response.status_code == 200
    assert response.json()["title"] == "Better"
    event = AuditEvent.objects.get(entity="communication", entity_id=item.pk, action="update")
    assert event.changes["title"]["to"] == "Better"


def test_the_office_approves_after_a_rejection_with_a_comment_and_decisions_are_kept(
    world, client_for, django_capture_on_commit_callbacks
):
    item = _item(world)
    member, office = client_for(world.marketing_member), client_for(world.office)
    with django_capture_on_commit_callbacks(execute=True):
        response = member.post(f"{URL}{item.pk}/submit/")
    assert response.status_code == 200 and response.json()["status"] == "submitted"
    assert Notification.objects.filter(recipient=world.office, kind="communication_awaiting_approval").exists()

    response = office.post(f"{URL}{item.pk}/decide/", {"decision": "reject"}, format="json")
    assert response.status_code == 400
    assert "comment" in response.json()["extra"]["fields"]
    with django_capture_on_commit_callbacks(execute=True):
        response = office.post(f"{URL}{item.pk}/decide/", {"decision": "reject", "comment": "Tone"}, format="json")
    assert response.json()["status"] == "rejected"
    assert Notification.objects.filter(recipient=world.marketing_member, kind="communication_decided").exists()

    assert member.patch(f"{URL}{item.pk}/", {"body": "Softer"}, format="json").json()["status"] == "draft"
    member.post(f"{URL}{item.pk}/submit/")
    body = office.post(f"{URL}{item.pk}/decide/", {"decision": "approve"}, format="json").json()
    assert body["status"] == "approved"
    assert [(d["decision"], d["actor"], d["comment"]) for d in body["decisions"]] == [
        ("reject", world.office.pk, "Tone"),
        ("approve", world.office.pk, ""),
    ]
    assert CommunicationDecision.objects.filter(communication=item).count() == 2


def test_a_lead_cannot_approve_and_a_draft_is_not_decided(world, client_for):
    item = _item(world, status="submitted")
    response = client_for(world.marketing_lead).post(f"{URL}{item.pk}/decide/", {"decision": "approve"}, format="json")
    assert response.status_code == 403
    draft = _item(world)
    response = client_for(world.office).post(f"{URL}{draft.pk}/decide/", {"decision": "approve"}, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "communication_state"


def test_publishing_an_unapproved_item_is_a_409(world, client_for):
    item = _item(world, status="submitted")
    response = client_for(world.marketing_member).post(f"{URL}{item.pk}/publish/")
    assert response.status_code == 409
    assert response.json()["code"] == "communication_state"


def test_t_zero_embargo_blocks_publishing_until_t_zero(world, client_for):
    item = _item(world, status="approved", embargo="t_zero")
    client = client_for(world.marketing_member)
    response = client.post(f"{URL}{item.pk}/publish/")
    assert response.status_code == 409
    assert response.json()["code"] == "embargo_not_lifted"
    assert "T-0" in response.json()["message"]
    assert "T-0 (Tue 16 Mar 2027, 09:00 Europe/Berlin)" in response.json()["message"]  # in the launch's zone
    Launch.objects.filter(pk=world.launch.pk).update(t_zero=timezone.now() - dt.timedelta(minutes=1))
    response = client.post(f"{URL}{item.pk}/publish/")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "published"
    assert response.json()["published_at"] is not None


def test_gate_embargo_blocks_publishing_until_the_gate_is_approved(world, client_for):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    item = _item(world, status="approved", embargo="gate", embargo_gate=gate)
    client = client_for(world.office)
    response = client.post(f"{URL}{item.pk}/publish/")
    assert response.status_code == 409
    assert response.json()["code"] == "embargo_not_lifted"
    assert "Go/No-Go" in response.json()["message"]
    Gate.objects.filter(pk=gate.pk).update(status=GateStatus.APPROVED)
    assert client.post(f"{URL}{item.pk}/publish/").json()["status"] == "published"


def test_published_items_are_not_withdrawn_and_decided_ones_not_deleted(world, client_for):
    client = client_for(world.marketing_member)
    published = _item(world, status="published")
    assert client.post(f"{URL}{published.pk}/withdraw/").status_code == 409
    decided = _item(world)
    CommunicationDecision.objects.create(communication=decided, decision="reject", actor=world.office, comment="No")
    assert client.delete(f"{URL}{decided.pk}/").status_code == 409
    assert client.post(f"{URL}{decided.pk}/withdraw/").json()["status"] == "withdrawn"
    draft = _item(world)
    assert client.delete(f"{URL}{draft.pk}/").status_code == 204
    assert AuditEvent.objects.filter(entity="communication", entity_id=draft.pk, action="delete").exists()


def test_list_filters_by_launch_status_kind_and_department(world, client_for):
    _item(world, kind="blog")
    _item(world, kind="newsletter", status="approved")
    _item(world, launch=LaunchFactory(owner=world.office))
    client = client_for(world.viewer)
    assert client.get(URL, {"launch": world.launch.pk}).json()["count"] == 2
    assert [r["kind"] for r in client.get(URL, {"status": "approved"}).json()["results"]] == ["newsletter"]
    assert client.get(URL, {"kind": "blog", "department": world.marketing.pk}).json()["count"] == 1
    ordered = client.get(URL, {"ordering": "-kind", "launch": world.launch.pk}).json()["results"]
    assert [r["kind"] for r in ordered] == ["newsletter", "blog"]


def _timeline(client, launch):
    return client.get(f"/api/v1/launches/{launch.pk}/timeline/").json()


def test_timeline_shows_communications_and_embargo_conflicts(world, client_for):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-3)
    client = client_for(world.marketing_member)
    early = _draft(client, world.launch, title="Too early", offset_days=-2, embargo="t_zero").json()
    _draft(client, world.launch, title="On time", offset_days=0, embargo="t_zero")
    gated = {"embargo": "gate", "embargo_gate": gate.pk}
    before_gate = _draft(client, world.launch, title="Before gate", offset_days=-4, **gated).json()
    _draft(client, world.launch, title="After gate", offset_days=-3, **gated)
    body = _timeline(client, world.launch)
    assert [c["title"] for c in body["communications"]] == ["Before gate", "After gate", "Too early", "On time"]
    row = next(c for c in body["communications"] if c["id"] == early["id"])
    assert row["department"] == world.marketing.pk and row["embargo"] == "t_zero" and row["status"] == "draft"
    embargo = {c["communication"]: c for c in body["conflicts"] if c["kind"] == "embargo"}
    assert set(embargo) == {early["id"], before_gate["id"]}
    assert embargo[early["id"]]["days"] == 2 and "T-0" in embargo[early["id"]]["message"]
    assert embargo[before_gate["id"]]["gate"] == gate.pk and "Go/No-Go" in embargo[before_gate["id"]]["message"]


def test_withdrawn_and_published_items_are_not_embargo_conflicts(world, client_for):
    early = _item(world, embargo="t_zero", offset_days=-3)
    _item(world, embargo="t_zero", offset_days=-3, status="withdrawn")
    _item(world, embargo="t_zero", offset_days=-3, status="published")
    Launch.objects.filter(pk=world.launch.pk).plan_changed()
    conflicts = [c for c in _timeline(client_for(world.viewer), world.launch)["conflicts"] if c["kind"] == "embargo"]
    assert [c["communication"] for c in conflicts] == [early.pk]


def test_fixed_communication_before_t_zero_conflicts_and_anchored_ones_move_with_t_zero(world, client_for):
    client = client_for(world.office)
    fixed = _draft(
        client, world.launch, title="Fixed", schedule_mode="fixed", at="2027-03-16T09:00:00Z", embargo="t_zero"
    ).json()
    anchored = _draft(client, world.launch, title="Anchored", offset_days=0, embargo="t_zero").json()
    assert not [c for c in _timeline(client, world.launch)["conflicts"] if c["kind"] == "embargo"]
    response = client.post(
        f"/api/v1/launches/{world.launch.pk}/move-t-zero/", {"t_zero": "2027-03-20T08:00:00Z"}, format="json"
    )
    report = response.json()
    assert response.status_code == 200, report
    moved = {(m["kind"], m["id"]): m for m in report["moved"]}
    unchanged = {(m["kind"], m["id"]): m for m in report["unchanged"]}
    assert moved[("communication", anchored["id"])]["after"].startswith("2027-03-20T08:00")
    assert ("communication", fixed["id"]) in unchanged
    assert [c["communication"] for c in report["new_conflicts"] if c["kind"] == "embargo"] == [fixed["id"]]
    conflicts = [c for c in _timeline(client, world.launch)["conflicts"] if c["kind"] == "embargo"]
    assert [(c["communication"], c["days"]) for c in conflicts] == [(fixed["id"], 4)]
    row = next(c for c in _timeline(client, world.launch)["communications"] if c["id"] == anchored["id"])
    assert row["moment"].startswith("2027-03-20T08:00")


def test_readiness_counts_communications_by_status(world, client_for):
    _item(world)
    _item(world, status="approved")
    _item(world, status="approved")
    body = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/readiness/").json()
    assert body["communications"]["draft"] == 1
    assert body["communications"]["approved"] == 2
    assert body["communications"]["total"] == 3


def _grow(world, size: int) -> None:
    for _ in range(size):
        launch = LaunchFactory(owner=world.office)
        WorkstreamFactory(launch=launch, department=world.marketing)
        gate = Gate.objects.create(launch=launch, name="Gate", offset_days=-1)
        item = CommunicationFactory(
            launch=launch, author=world.marketing_member, department=world.marketing, embargo="gate", embargo_gate=gate
        )
        CommunicationDecision.objects.create(communication=item, decision="reject", actor=world.office, comment="No")
        CommunicationDecision.objects.create(communication=item, decision="approve", actor=world.office)


def test_list_runs_a_fixed_number_of_queries_whatever_the_size(world, client_for):
    client = client_for(world.viewer)

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(URL)
        assert response.status_code == 200 and response.json()["count"] > 0
        return len(ctx.captured_queries)

    _grow(world, 2)
    small = queries()
    _grow(world, 25)
    # session, user, count, rows (with launch, author, department, gate, task), decisions (with their deciders),
    # named approvers, publications, the approval policies
    assert queries() == small == 8

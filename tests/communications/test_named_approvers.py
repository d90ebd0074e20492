"""Named approvers of a communication: approved only when its kind's approver (the office, or the lead) and each
named approver approved since its last submission; each decides under their own name, whatever their role."""

import datetime as dt

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from communications.models import Communication, CommunicationDecision, CommunicationPolicy, Publication
from notifications.models import LaunchEvent, Notification
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/communications/"


@pytest.fixture
def ceo(db):
    return UserFactory(username="ceo", first_name="Grace", last_name="Hopper")


@pytest.fixture
def draft(world, client_for, ceo) -> Communication:
    response = client_for(world.marketing_member).post(
        URL,
        {
            "launch": world.launch.pk,
            "kind": "social_post",
            "title": "Teaser",
            "offset_days": -1,
            "approvers": [ceo.pk],
            "destinations": ["newsroom"],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    return Communication.objects.get(pk=response.json()["id"])


@pytest.fixture
def submitted(world, client_for, draft, django_capture_on_commit_callbacks) -> Communication:
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world.marketing_member).post(f"{URL}{draft.pk}/submit/")
    assert response.status_code == 200 and response.json()["status"] == "submitted"
    draft.refresh_from_db()
    return draft


def _decide(client, item, decision="approve", **extra):
    return client.post(f"{URL}{item.pk}/decide/", {"decision": decision, **extra}, format="json")


def _state(item: Communication) -> dict:
    fresh = Communication.objects.get(pk=item.pk)
    return {
        "item": (fresh.status, fresh.submission, fresh.updated_at),
        "approvers": sorted(fresh.approvers.values_list("pk", flat=True)),
        "decisions": list(CommunicationDecision.objects.filter(communication=item).values_list("pk", flat=True)),
        "audit": AuditEvent.objects.count(),
    }


def test_the_item_shows_its_named_approvers_and_each_approval_it_needs(world, client_for, submitted, ceo):
    body = client_for(world.viewer).get(f"{URL}{submitted.pk}/").json()
    assert body["approvers"] == [ceo.pk]
    assert body["approvers_detail"] == [{"id": ceo.pk, "username": "ceo", "full_name": "Grace Hopper"}]
    assert [(a["kind"], a["user"]["id"] if a["user"] else None, a["decision"]) for a in body["approvals"]] == [
        ("approver", None, None),
        ("named", ceo.pk, None),
    ]


def test_approved_only_when_the_office_and_every_named_approver_approved(world, client_for, submitted, ceo):
    body = _decide(client_for(world.office), submitted).json()
    assert body["status"] == "submitted"  # the CEO has not approved yet
    assert not Publication.objects.exists()
    body = _decide(client_for(ceo), submitted).json()
    assert body["status"] == "approved"
    named = body["approvals"][1]
    assert named["decision"] == "approve" and named["actor"]["full_name"] == "Grace Hopper"
    decision = CommunicationDecision.objects.get(communication=submitted, actor=ceo)
    assert decision.named is True and decision.submission == 1


def test_the_named_approver_first_then_the_office(world, client_for, submitted, ceo):
    assert _decide(client_for(ceo), submitted).json()["status"] == "submitted"
    assert _decide(client_for(world.office), submitted).json()["status"] == "approved"


def test_the_lead_decides_for_a_lead_policy_kind_with_the_named_approver(world, client_for, submitted, ceo):
    CommunicationPolicy.objects.create(kind="social_post", approval="lead")
    assert _decide(client_for(world.marketing_lead), submitted).json()["status"] == "submitted"
    assert _decide(client_for(ceo), submitted).json()["status"] == "approved"
    audit = AuditEvent.objects.filter(entity="communication", entity_id=submitted.pk, action="transition")
    assert {event.changes["as"]["to"] for event in audit if "as" in event.changes} == {"lead", "named"}


def test_a_named_approvers_rejection_rejects_and_resubmission_starts_afresh(world, client_for, submitted, ceo):
    office, member = client_for(world.office), client_for(world.marketing_member)
    _decide(office, submitted)
    assert _decide(client_for(ceo), submitted, "reject", comment="Wrong tone").json()["status"] == "rejected"
    assert member.patch(f"{URL}{submitted.pk}/", {"body": "Softer"}, format="json").json()["status"] == "draft"
    assert member.post(f"{URL}{submitted.pk}/submit/").json()["status"] == "submitted"
    body = _decide(client_for(ceo), submitted).json()
    assert body["status"] == "submitted"  # the office's approval of the first submission no longer counts
    assert body["approvals"][0]["decision"] is None
    assert _decide(office, submitted).json()["status"] == "approved"
    kinds = list(
        CommunicationDecision.objects.filter(communication=submitted)
        .order_by("id")
        .values_list("submission", "named", "decision")
    )
    assert kinds == [(1, False, "approve"), (1, True, "reject"), (2, True, "approve"), (2, False, "approve")]


def test_approving_twice_records_one_decision(world, client_for, submitted, ceo):
    _decide(client_for(ceo), submitted)
    assert _decide(client_for(ceo), submitted).status_code == 200
    assert CommunicationDecision.objects.filter(communication=submitted, actor=ceo).count() == 1


def test_an_approval_policy_of_none_still_waits_for_the_named_approvers(world, client_for, draft, ceo):
    CommunicationPolicy.objects.create(kind="social_post", approval="none")
    body = client_for(world.marketing_member).post(f"{URL}{draft.pk}/submit/").json()
    assert body["status"] == "submitted"
    assert [a["kind"] for a in body["approvals"]] == ["named"]
    assert _decide(client_for(world.marketing_lead), draft).status_code == 403
    assert _decide(client_for(ceo), draft).json()["status"] == "approved"


@pytest.mark.parametrize("who", ["marketing_member", "viewer"])
def test_a_member_or_viewer_named_as_approver_decides(world, client_for, draft, who):
    user = getattr(world, who)
    client_for(world.marketing_member).patch(f"{URL}{draft.pk}/", {"approvers": [user.pk]}, format="json")
    client_for(world.marketing_member).post(f"{URL}{draft.pk}/submit/")
    response = _decide(client_for(user), draft, "reject", comment="No")
    assert response.status_code == 200 and response.json()["status"] == "rejected"
    assert CommunicationDecision.objects.get(communication=draft).actor == user


@pytest.mark.parametrize("who", ["marketing_lead", "marketing_member", "pr_lead", "viewer"])
def test_someone_not_named_cannot_decide(world, client_for, submitted, who):
    before = _state(submitted)
    for extra in ({}, {"as_named": True}):
        response = _decide(client_for(getattr(world, who)), submitted, **extra)
        assert response.status_code == 403 and response.json()["code"] == "permission_denied"
    assert _state(submitted) == before


def test_anonymous_cannot_decide(world, client_for, submitted):
    before = _state(submitted)
    assert _decide(client_for(None), submitted).status_code == 401
    assert _state(submitted) == before


def test_a_named_approver_cannot_decide_as_the_kinds_approver(world, client_for, submitted, ceo):
    before = _state(submitted)
    assert _decide(client_for(ceo), submitted, as_named=False).status_code == 403
    assert _state(submitted) == before


def test_a_named_approver_cannot_decide_a_draft(world, client_for, draft, ceo):
    before = _state(draft)
    assert _decide(client_for(ceo), draft).status_code == 409
    assert _state(draft) == before


@pytest.mark.parametrize(
    ("body", "field"),
    [({"decision": "reject"}, "comment"), ({"as_named": "maybe"}, "as_named"), ({"approvers": []}, "approvers")],
)
def test_invalid_decisions_are_a_400_naming_the_field(world, client_for, submitted, ceo, body, field):
    before = _state(submitted)
    response = client_for(ceo).post(f"{URL}{submitted.pk}/decide/", {"decision": "approve", **body}, format="json")
    assert response.status_code == 400 and field in response.json()["extra"]["fields"]
    assert _state(submitted) == before


@pytest.mark.parametrize("kind", ["unknown", "inactive"])
def test_unknown_or_inactive_approvers_are_a_400_naming_the_field(world, client_for, draft, kind):
    value = 999999 if kind == "unknown" else UserFactory(is_active=False).pk
    before = _state(draft)
    response = client_for(world.marketing_member).patch(f"{URL}{draft.pk}/", {"approvers": [value]}, format="json")
    assert response.status_code == 400 and "approvers" in response.json()["extra"]["fields"]
    assert _state(draft) == before


@pytest.mark.parametrize("who", ["marketing_lead", "pr_member", "viewer"])
def test_only_the_author_or_the_office_sets_approvers(world, client_for, draft, who):
    before = _state(draft)
    response = client_for(getattr(world, who)).patch(f"{URL}{draft.pk}/", {"approvers": []}, format="json")
    assert response.status_code == 403
    assert _state(draft) == before


def test_approvers_of_a_submitted_item_cannot_change(world, client_for, submitted):
    before = _state(submitted)
    response = client_for(world.office).patch(f"{URL}{submitted.pk}/", {"approvers": []}, format="json")
    assert response.status_code == 409
    assert _state(submitted) == before


def test_changing_approvers_is_audited(world, client_for, draft, ceo):
    created = AuditEvent.objects.get(entity="communication", entity_id=draft.pk, action="create")
    assert created.changes["approvers"] == {"from": None, "to": [ceo.pk]}
    response = client_for(world.office).patch(f"{URL}{draft.pk}/", {"approvers": [world.viewer.pk]}, format="json")
    assert response.status_code == 200 and response.json()["approvers"] == [world.viewer.pk]
    event = AuditEvent.objects.filter(entity="communication", entity_id=draft.pk, action="update").latest("id")
    assert event.changes == {"approvers": {"from": [ceo.pk], "to": [world.viewer.pk]}}


def test_named_approvers_are_told_on_submission_and_the_author_of_each_decision(
    world, client_for, submitted, ceo, django_capture_on_commit_callbacks
):
    assert Notification.objects.filter(recipient=ceo, kind="communication_awaiting_approval").exists()
    assert not Notification.objects.filter(recipient=world.viewer).exists()
    with django_capture_on_commit_callbacks(execute=True):
        _decide(client_for(ceo), submitted)
    told = Notification.objects.get(recipient=world.marketing_member, kind="communication_decided")
    assert "Grace Hopper approved" in told.body and "still awaits" in told.body
    event = LaunchEvent.objects.get(kind="communication.decided")
    assert (event.data["as"], event.data["actor_name"], event.data["status"]) == ("named", "Grace Hopper", "submitted")


def test_only_the_final_approval_publishes(world, client_for, draft, ceo, django_capture_on_commit_callbacks):
    member = client_for(world.marketing_member)
    due = (timezone.now() - dt.timedelta(hours=1)).isoformat()
    assert member.patch(f"{URL}{draft.pk}/", {"schedule_mode": "fixed", "at": due}, format="json").status_code == 200
    member.post(f"{URL}{draft.pk}/submit/")
    with django_capture_on_commit_callbacks(execute=True):
        _decide(client_for(world.office), draft)
    draft.refresh_from_db()
    assert draft.status == "submitted" and not Publication.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        _decide(client_for(ceo), draft)
    draft.refresh_from_db()
    assert draft.status == "published"  # its moment has come: it went out once approved by all
    assert list(Publication.objects.values_list("channel", flat=True)) == ["newsroom"]


def test_the_admin_shows_approvers_and_named_decisions(world, client_for, submitted, ceo):
    _decide(client_for(ceo), submitted)
    admin = client_for(UserFactory(is_office=True, is_staff=True, is_superuser=True))
    assert "approvers" in admin.get(f"/admin/communications/communication/{submitted.pk}/change/").content.decode()
    assert admin.get("/admin/communications/communicationdecision/?named__exact=1").status_code == 200


def test_a_deactivated_named_approver_is_no_longer_waited_for_and_the_list_can_be_sent_back(
    world, client_for, draft, ceo, django_capture_on_commit_callbacks
):
    """As for gates: a deactivated person can no longer sign in, so the item does not wait for them, and the draft
    form's list (with them in it) is accepted back; adding a deactivated person is still refused."""
    ceo.is_active = False
    ceo.save(update_fields=["is_active"])
    author = client_for(world.marketing_member)
    response = author.patch(f"{URL}{draft.pk}/", {"title": "Teaser, final", "approvers": [ceo.pk]}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["approvers"] == [ceo.pk]
    other = UserFactory(is_active=False)
    before = _state(draft)
    refused = author.patch(f"{URL}{draft.pk}/", {"approvers": [ceo.pk, other.pk]}, format="json")
    assert refused.status_code == 400 and "approvers" in refused.json()["extra"]["fields"]
    assert _state(draft) == before
    with django_capture_on_commit_callbacks(execute=True):
        assert author.post(f"{URL}{draft.pk}/submit/").status_code == 200
    assert _decide(client_for(world.office), draft).json()["status"] == "approved"

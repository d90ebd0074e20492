"""People through the API: the office adds (invites), changes and deactivates them; the invited set their password
through a one-time link; everyone signed in reads them."""

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from knox.models import AuthToken
from rest_framework.test import APIClient

from accounts.models import DepartmentMembership, MembershipRole, User
from audit.models import AuditEvent
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

USERS = "/api/v1/users/"
PASSWORD = "/api/v1/auth/password/"
NEW_PASSWORD = "a-Long-new-pass-42"


def person_url(user: User) -> str:
    return f"{USERS}{user.pk}/"


def people_rows() -> dict[str, list[dict]]:
    """People and memberships as rows: what a refused change must leave alone."""
    return {
        "users": list(User.objects.order_by("pk").values()),
        "memberships": list(DepartmentMembership.objects.order_by("pk").values()),
    }


@pytest.fixture
def office(world, client_for) -> APIClient:
    return client_for(world.office)


def _link(path: str) -> dict[str, str]:
    query = parse_qs(urlsplit(path).query)
    return {"uid": query["uid"][0], "token": query["token"][0]}


def _new_person(office, **more) -> dict:
    body = {
        "username": "nia.new",
        "first_name": "Nia",
        "last_name": "Neu",
        "email": "nia@example.com",
        "time_zone": "Europe/Berlin",
        **more,
    }
    response = office.post(USERS, body, format="json")
    assert response.status_code == 201, response.content
    return response.json()


# Adding a person


def test_office_adds_a_person_invited_in_their_departments(world, office):
    body = _new_person(
        office,
        is_office=False,
        departments=[
            {"department": world.pr.pk, "role": "member"},
            {"department": world.marketing.pk},
        ],
    )
    nia = User.objects.get(username="nia.new")
    assert (nia.first_name, nia.email, str(nia.time_zone), nia.is_office) == (
        "Nia",
        "nia@example.com",
        "Europe/Berlin",
        False,
    )
    assert not nia.has_usable_password()
    assert body["invitation_pending"] is True and body["is_active"] is True
    assert sorted((d["department_slug"], d["role"]) for d in body["departments"]) == [
        ("marketing", "member"),
        ("pr", "member"),
    ]
    assert body["set_password_path"].startswith("/set-password?uid=")
    assert mail.outbox == []  # no invitation email asked for


def test_the_set_password_link_works_once_and_then_the_person_signs_in(world, office):
    body = _new_person(office)
    response = APIClient().post(PASSWORD, {**_link(body["set_password_path"]), "new_password": NEW_PASSWORD})
    assert response.status_code == 204, response.content
    nia = User.objects.get(username="nia.new")
    assert nia.check_password(NEW_PASSWORD)
    signed_in = APIClient().post("/api/v1/auth/token/", {"username": "nia.new", "password": NEW_PASSWORD})
    assert signed_in.status_code == 200
    again = APIClient().post(PASSWORD, {**_link(body["set_password_path"]), "new_password": "another-Pass-77"})
    assert again.status_code == 400
    assert again.json()["code"] == "password_link_invalid" and "token" in again.json()["extra"]["fields"]
    nia.refresh_from_db()
    assert nia.check_password(NEW_PASSWORD)
    assert office.get(person_url(nia)).json()["invitation_pending"] is False


def test_a_weak_password_is_refused_by_djangos_validators_and_the_link_still_works(world, office):
    body = _new_person(office)
    response = APIClient().post(PASSWORD, {**_link(body["set_password_path"]), "new_password": "password"})
    assert response.status_code == 400
    error = response.json()
    assert error["code"] == "invalid" and error["extra"]["fields"]["new_password"]
    assert not User.objects.get(username="nia.new").has_usable_password()
    ok = APIClient().post(PASSWORD, {**_link(body["set_password_path"]), "new_password": NEW_PASSWORD})
    assert ok.status_code == 204


@pytest.mark.parametrize("uid", ["", "not-base64!", "OTk5OTk5", "MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0"])
def test_a_made_up_link_is_a_400_naming_the_token(world, uid):
    response = APIClient().post(PASSWORD, {"uid": uid or "MQ", "token": "abc-def", "new_password": NEW_PASSWORD})
    assert response.status_code == 400
    assert response.json()["code"] == "password_link_invalid"


def test_a_deactivated_persons_link_no_longer_works(world, office):
    body = _new_person(office)
    nia = User.objects.get(username="nia.new")
    assert office.patch(person_url(nia), {"is_active": False}, format="json").status_code == 200
    response = APIClient().post(PASSWORD, {**_link(body["set_password_path"]), "new_password": NEW_PASSWORD})
    assert response.status_code == 400
    nia.refresh_from_db()
    assert not nia.has_usable_password()


def test_the_invitation_email_carries_a_working_link(world, office, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _new_person(office, send_invitation=True)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nia@example.com"] and "nia.new" in message.body
    url = next(line for line in message.body.splitlines() if "/set-password?" in line)
    response = APIClient().post(PASSWORD, {**_link(url), "new_password": NEW_PASSWORD})
    assert response.status_code == 204
    assert User.objects.get(username="nia.new").check_password(NEW_PASSWORD)


def test_an_invitation_needs_an_email(world, office):
    before = people_rows()
    response = office.post(USERS, {"username": "no.mail", "send_invitation": True}, format="json")
    assert response.status_code == 400
    assert "email" in response.json()["extra"]["fields"]
    assert people_rows() == before


def test_one_lead_per_department_names_the_departments_field(world, office):
    before = people_rows()
    response = office.post(
        USERS, {"username": "second.lead", "departments": [{"department": world.marketing.pk, "role": "lead"}]}
    )
    assert response.status_code == 400, response.content
    error = response.json()
    assert error["code"] == "department_has_lead" and "marketing.lead" in error["message"]
    assert "departments" in error["extra"]["fields"]
    assert people_rows() == before


def test_a_new_department_lead_is_made(world, office):
    legal = world.marketing.__class__.objects.create(name="Legal", slug="legal")
    _new_person(office, departments=[{"department": legal.pk, "role": "lead"}])
    assert DepartmentMembership.objects.get(department=legal).role == MembershipRole.LEAD


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"username": "MARKETING.LEAD"}, "username"),  # taken, whatever the case
        ({"username": "has space"}, "username"),
        ({"username": ""}, "username"),
        ({"username": "ok", "email": "not-an-email"}, "email"),
        ({"username": "ok", "time_zone": "Mars/Olympus"}, "time_zone"),
        ({"username": "ok", "password": "set-by-office"}, "password"),  # unknown field: nobody sets it for them
        ({"username": "ok", "is_superuser": True}, "is_superuser"),
        ({"username": "ok", "is_active": False}, "is_active"),  # a new person is active
        ({"username": "ok", "departments": [{"department": 99999}]}, "departments"),
        ({"username": "ok", "departments": [{"department": 1, "role": "boss"}]}, "departments"),
    ],
)
def test_bad_input_is_a_400_naming_the_field_and_adds_nobody(world, office, body, field):
    before = people_rows()
    response = office.post(USERS, json.dumps(body), content_type="application/json")
    assert response.status_code == 400, response.content
    assert field in response.json()["extra"]["fields"], response.json()
    assert people_rows() == before


def test_the_same_department_twice_is_refused(world, office):
    response = office.post(
        USERS,
        {"username": "twice", "departments": [{"department": world.pr.pk}, {"department": world.pr.pk}]},
        format="json",
    )
    assert response.status_code == 400
    assert "departments" in response.json()["extra"]["fields"]
    assert not User.objects.filter(username="twice").exists()


@pytest.mark.parametrize("who", ["marketing_lead", "pr_lead", "marketing_member", "viewer", None])
def test_only_the_office_adds_people(world, client_for, who):
    client = client_for(getattr(world, who) if who else None)
    before = people_rows()
    response = client.post(USERS, {"username": "sneaky"}, format="json")
    assert response.status_code == (401 if who is None else 403)
    assert people_rows() == before


def test_the_audit_trail_records_who_added_whom_without_secrets(world, office, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        body = _new_person(office, send_invitation=True, departments=[{"department": world.pr.pk}])
    token = _link(body["set_password_path"])["token"]
    APIClient().post(PASSWORD, {**_link(body["set_password_path"]), "new_password": NEW_PASSWORD})
    nia = User.objects.get(username="nia.new")
    created = AuditEvent.objects.get(entity="user", entity_id=nia.pk, action="create")
    assert created.actor == world.office
    assert set(created.changes) == {
        "username",
        "first_name",
        "last_name",
        "email",
        "time_zone",
        "is_office",
        "is_active",
    }
    assert AuditEvent.objects.filter(entity="departmentmembership", action="create", actor=world.office).count() == 1
    password_set = AuditEvent.objects.get(entity="user", entity_id=nia.pk, action="update")
    assert (password_set.actor, password_set.changes) == (nia, {"has_password": {"from": False, "to": True}})
    everything = json.dumps(list(AuditEvent.objects.values("changes", "message", "entity_label")))
    assert NEW_PASSWORD not in everything and token not in everything and nia.password not in everything


# Reading people


def test_everyone_signed_in_lists_active_people_with_departments_and_roles(world, client_for):
    UserFactory(username="gone", is_active=False)
    response = client_for(world.viewer).get(USERS)
    assert response.status_code == 200
    people = {person["username"]: person for person in response.json()["results"]}
    assert "gone" not in people
    lead = people["marketing.lead"]
    assert [(d["department_slug"], d["role"]) for d in lead["departments"]] == [("marketing", "lead")]
    assert lead["is_active"] is True and lead["is_office"] is False
    assert people["office"]["is_office"] is True
    assert client_for(None).get(USERS).status_code == 401


def test_only_the_office_lists_deactivated_people(world, client_for):
    UserFactory(username="gone", is_active=False)
    office = client_for(world.office).get(USERS, {"include_inactive": "true"})
    assert "gone" in {person["username"] for person in office.json()["results"]}
    refused = client_for(world.marketing_lead).get(USERS, {"include_inactive": "true"})
    assert refused.status_code == 403


def test_the_department_filter_still_narrows_the_list(world, client_for):
    body = client_for(world.viewer).get(USERS, {"department": world.pr.pk}).json()
    assert sorted(person["username"] for person in body["results"]) == ["pr.lead", "pr.member"]


def test_a_deactivated_person_is_found_by_the_office_only(world, client_for):
    gone = UserFactory(username="gone", is_active=False)
    assert client_for(world.office).get(person_url(gone)).status_code == 200
    assert client_for(world.viewer).get(person_url(gone)).status_code == 404
    assert client_for(world.viewer).get(person_url(world.pr_lead)).json()["username"] == "pr.lead"


def _list_queries(client) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(USERS, {"include_inactive": "true"})
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_the_people_list_runs_a_fixed_number_of_queries_whatever_the_size(world, client_for):
    client = client_for(world.office)
    small = _list_queries(client)
    for n in range(30):
        person = UserFactory(username=f"extra{n}", is_active=n % 3 != 0)
        MembershipFactory(department=world.pr if n % 2 else world.marketing, user=person)
    large = _list_queries(client)
    # session, user, the office check, the count, the page, the departments.
    assert small == large == 6


# Changing and deactivating


def test_office_changes_names_email_zone_and_office_flag(world, office):
    response = office.patch(
        person_url(world.viewer),
        {"first_name": "Vera", "email": "vera@example.com", "time_zone": "Asia/Tokyo", "is_office": True},
        format="json",
    )
    assert response.status_code == 200, response.content
    viewer = User.objects.get(pk=world.viewer.pk)
    assert (viewer.first_name, viewer.email, str(viewer.time_zone), viewer.is_office) == (
        "Vera",
        "vera@example.com",
        "Asia/Tokyo",
        True,
    )
    event = AuditEvent.objects.get(entity="user", entity_id=viewer.pk, action="update")
    assert set(event.changes) == {"first_name", "email", "time_zone", "is_office"}


def test_the_username_cannot_change(world, office):
    response = office.patch(person_url(world.viewer), {"username": "renamed"}, format="json")
    assert response.status_code == 400 and "username" in response.json()["extra"]["fields"]
    assert User.objects.get(pk=world.viewer.pk).username == "viewer"


def test_deactivating_revokes_tokens_and_ends_sessions(world, office, client_for):
    _, key = AuthToken.objects.create(user=world.marketing_member)
    session = client_for(world.marketing_member)
    assert session.get("/api/v1/me/").status_code == 200
    response = office.patch(person_url(world.marketing_member), {"is_active": False}, format="json")
    assert response.status_code == 200 and response.json()["is_active"] is False
    assert not AuthToken.objects.filter(user=world.marketing_member).exists()
    assert APIClient(HTTP_AUTHORIZATION=f"Token {key}").get("/api/v1/me/").status_code == 401
    assert session.get("/api/v1/me/").status_code == 401
    assert "marketing.member" not in {p["username"] for p in office.get(USERS).json()["results"]}
    # And back.
    assert office.patch(person_url(world.marketing_member), {"is_active": True}, format="json").status_code == 200
    assert User.objects.get(pk=world.marketing_member.pk).is_active


@pytest.mark.parametrize(
    ("change", "field"), [({"is_active": False}, "is_active"), ({"is_office": False}, "is_office")]
)
def test_an_office_member_cannot_lock_themselves_out(world, office, change, field):
    before = people_rows()
    response = office.patch(person_url(world.office), change, format="json")
    assert response.status_code == 400
    error = response.json()
    assert error["code"] == "own_office_access" and field in error["extra"]["fields"]
    assert people_rows() == before


def test_another_office_member_may_remove_an_office_flag(world, office):
    colleague = UserFactory(username="colleague", is_office=True)
    assert office.patch(person_url(colleague), {"is_office": False}, format="json").status_code == 200
    assert not User.objects.get(pk=colleague.pk).is_office


def test_a_superusers_user_is_not_the_offices_to_change(world, office):
    root = UserFactory(username="root", is_superuser=True, is_staff=True)
    before = people_rows()
    response = office.patch(person_url(root), {"is_active": False}, format="json")
    assert response.status_code == 403
    assert people_rows() == before


@pytest.mark.parametrize("who", ["marketing_lead", "pr_lead", "marketing_member", "viewer"])
def test_only_the_office_changes_people(world, client_for, who):
    client = client_for(getattr(world, who))
    before = people_rows()
    response = client.patch(person_url(world.pr_member), {"is_active": False}, format="json")
    assert response.status_code == 403
    assert people_rows() == before


def test_people_are_not_deleted_or_replaced(world, office):
    assert office.delete(person_url(world.viewer)).status_code == 405
    assert office.put(person_url(world.viewer), {"first_name": "X"}, format="json").status_code == 405
    assert User.objects.filter(pk=world.viewer.pk).exists()


def test_a_stale_edit_is_refused_with_412(world, office):
    etag = office.get(person_url(world.viewer))["ETag"]
    office.patch(person_url(world.viewer), {"first_name": "First"}, format="json")
    response = office.patch(person_url(world.viewer), {"first_name": "Second"}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 412
    assert User.objects.get(pk=world.viewer.pk).first_name == "First"


# Renewing an invitation


def test_office_renews_an_invitation_and_setting_the_password_spends_every_link(
    world, office, django_capture_on_commit_callbacks
):
    first = _new_person(office)
    nia = User.objects.get(username="nia.new")
    with django_capture_on_commit_callbacks(execute=True):
        response = office.post(f"{person_url(nia)}invitation/", {}, format="json")
    assert response.status_code == 200
    assert response.json()["emailed"] is True and len(mail.outbox) == 1
    link = _link(response.json()["set_password_path"])
    assert APIClient().post(PASSWORD, {**link, "new_password": NEW_PASSWORD}).status_code == 204
    # Setting the password spends every link made before.
    spent = APIClient().post(PASSWORD, {**_link(first["set_password_path"]), "new_password": "x-Other-99"})
    assert spent.status_code == 400
    assert User.objects.get(pk=nia.pk).check_password(NEW_PASSWORD)


def test_no_invitation_for_someone_with_a_password(world, office):
    response = office.post(f"{person_url(world.viewer)}invitation/", {"send_email": False}, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "invitation_not_pending"


def test_only_the_office_renews_invitations(world, client_for):
    invited = UserFactory(username="invited", password=None)
    response = client_for(world.marketing_lead).post(f"{person_url(invited)}invitation/", {}, format="json")
    assert response.status_code == 403


def test_the_set_password_endpoint_is_throttled_per_client(world):
    client = APIClient()
    body = {"uid": "MQ", "token": "wrong", "new_password": NEW_PASSWORD}
    answers = [client.post(PASSWORD, body).status_code for _ in range(21)]
    assert answers[:20] == [400] * 20 and answers[20] == 429

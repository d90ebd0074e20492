"""Accounts through the API: who am I, signing in (session with CSRF, or token), departments and memberships."""

import pytest
from rest_framework.test import APIClient

from accounts.models import Department, DepartmentMembership, MembershipRole
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

SESSION_URL = "/api/v1/auth/session/"
TOKEN_URL = "/api/v1/auth/token/"


def org_chart() -> dict[str, list[dict]]:
    """Departments and memberships as rows: what a refused change must leave alone."""
    return {
        "departments": list(Department.objects.order_by("pk").values()),
        "memberships": list(DepartmentMembership.objects.order_by("pk").values()),
    }


def assert_invalid(response, field: str, code: str = "invalid") -> dict:
    """A 400 in the error contract with `code` (a product rule's own, or plain `invalid`) naming `field`."""
    assert response.status_code == 400, (response.status_code, response.content)
    body = response.json()
    assert set(body) == {"code", "message", "extra"}, body
    assert body["code"] == code and body["message"], body
    assert field in body["extra"]["fields"], body
    return body


@pytest.fixture
def office(world, client_for):
    client = client_for(world.office)
    client.raise_request_exception = False
    return client


# Who am I


def _department(department: Department, role: str) -> dict:
    return {"id": department.pk, "name": department.name, "slug": department.slug, "role": role}


@pytest.mark.parametrize(
    ("who", "roles", "departments"),
    [
        ("office", ["office"], []),
        ("marketing_lead", ["lead"], [("marketing", "lead")]),
        ("marketing_member", ["member"], [("marketing", "member")]),
        ("pr_lead", ["lead"], [("pr", "lead")]),
        ("viewer", ["viewer"], []),
    ],
)
def test_me_tells_each_role_who_they_are(world, client_for, who, roles, departments):
    user = getattr(world, who)
    response = client_for(user).get("/api/v1/me/")
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["username"], body["email"]) == (user.pk, user.username, user.email)
    assert body["full_name"] == f"{user.first_name} {user.last_name}"
    assert body["time_zone"] == "UTC"
    assert body["is_office"] is (who == "office")
    assert body["roles"] == roles
    assert body["departments"] == [_department(getattr(world, slug), role) for slug, role in departments]


def test_me_lists_every_department_with_the_role_held_in_it(world, client_for):
    legal = Department.objects.create(name="Legal", slug="legal")
    MembershipFactory(department=legal, user=world.marketing_lead)
    body = client_for(world.marketing_lead).get("/api/v1/me/").json()
    assert body["roles"] == ["lead", "member"]
    assert sorted(body["departments"], key=lambda d: d["slug"]) == [
        _department(legal, "member"),
        _department(world.marketing, "lead"),
    ]


def test_superuser_counts_as_office(db, client_for):
    admin = UserFactory(is_superuser=True)
    body = client_for(admin).get("/api/v1/me/").json()
    assert (body["is_office"], body["roles"]) == (True, ["office"])


def test_me_needs_authentication(db, client_for):
    response = client_for(None).get("/api/v1/me/")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


# Session sign-in (browsers) with CSRF enforced


def _csrf_client() -> APIClient:
    client = APIClient(enforce_csrf_checks=True)
    client.raise_request_exception = False
    return client


def _signed_in_csrf_client(username: str) -> APIClient:
    """Signed in the way the browser does it: fetch the CSRF cookie, then send its token with the credentials."""
    client = _csrf_client()
    client.get(SESSION_URL)
    response = client.post(
        SESSION_URL, {"username": username, "password": "pw"}, HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value
    )
    assert response.status_code == 200, response.content
    return client


def test_session_sign_in_without_csrf_token_is_refused(world):
    client = _csrf_client()
    response = client.post(SESSION_URL, {"username": "office", "password": "pw"})
    assert response.status_code == 403, response.content
    assert response.json()["code"] == "permission_denied"
    assert client.get("/api/v1/me/").status_code == 401


def test_session_sign_in_with_csrf_token_then_me_works(world):
    client = _csrf_client()
    response = client.get(SESSION_URL)
    assert response.status_code == 200
    token = client.cookies["csrftoken"].value
    assert token

    response = client.post(SESSION_URL, {"username": "marketing.lead", "password": "pw"}, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200, response.content
    assert (response.json()["username"], response.json()["roles"]) == ("marketing.lead", ["lead"])
    assert "sessionid" in client.cookies

    me = client.get("/api/v1/me/")
    assert me.status_code == 200
    assert me.json()["username"] == "marketing.lead"


def test_signed_in_session_write_without_csrf_token_is_refused(world):
    client = _signed_in_csrf_client("office")
    before = org_chart()
    response = client.post("/api/v1/departments/", {"name": "Sales", "slug": "sales"})
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert org_chart() == before


def test_session_sign_in_with_a_wrong_password_is_400_naming_password(world):
    client = _csrf_client()
    client.get(SESSION_URL)
    token = client.cookies["csrftoken"].value
    response = client.post(SESSION_URL, {"username": "office", "password": "wrong"}, HTTP_X_CSRFTOKEN=token)
    assert_invalid(response, "password")
    assert client.get("/api/v1/me/").status_code == 401


def test_session_sign_in_with_an_unknown_user_is_400_naming_password(world):
    client = _csrf_client()
    client.get(SESSION_URL)
    token = client.cookies["csrftoken"].value
    response = client.post(SESSION_URL, {"username": "nobody", "password": "pw"}, HTTP_X_CSRFTOKEN=token)
    assert_invalid(response, "password")


def test_session_sign_in_without_credentials_names_the_missing_fields(world):
    client = _csrf_client()
    client.get(SESSION_URL)
    response = client.post(SESSION_URL, {}, HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value)
    body = assert_invalid(response, "username")
    assert "password" in body["extra"]["fields"]


def test_session_get_answers_nobody_with_200_and_the_csrf_cookie(world):
    # The sign-in page asks this first: nobody signed in is an answer, not a 401 (no console error).
    client = _csrf_client()
    response = client.get(SESSION_URL)
    assert response.status_code == 200, response.content
    assert response.json() == {"user": None}
    assert client.cookies["csrftoken"].value


def test_session_get_tells_the_signed_in_user_as_me_does(world):
    client = _signed_in_csrf_client("marketing.lead")
    response = client.get(SESSION_URL)
    assert response.status_code == 200
    assert response.json() == {"user": client.get("/api/v1/me/").json()}
    assert response.json()["user"]["roles"] == ["lead"]

    client.delete(SESSION_URL, HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value)
    assert client.get(SESSION_URL).json() == {"user": None}


def test_session_get_with_a_token_tells_the_token_user(world):
    token = APIClient().post(TOKEN_URL, {"username": "pr.lead", "password": "pw"}).json()["token"]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert client.get(SESSION_URL).json()["user"]["username"] == "pr.lead"


def test_session_delete_signs_out(world):
    client = _signed_in_csrf_client("viewer")
    assert client.get("/api/v1/me/").status_code == 200

    # Signing in rotates the CSRF token: the new one is in the cookie.
    response = client.delete(SESSION_URL, HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value)
    assert response.status_code == 204
    assert client.get("/api/v1/me/").status_code == 401


def test_session_delete_without_csrf_token_keeps_the_user_signed_in(world):
    client = _signed_in_csrf_client("viewer")
    assert client.delete(SESSION_URL).status_code == 403
    assert client.get("/api/v1/me/").status_code == 200


# Token sign-in (scripts)


def test_token_obtained_with_username_and_password_authenticates_requests(world):
    client = APIClient()
    response = client.post(TOKEN_URL, {"username": "pr.lead", "password": "pw"})
    assert response.status_code == 200, response.content
    assert set(response.json()) == {"token", "expiry"}
    token = response.json()["token"]
    assert token

    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    me = client.get("/api/v1/me/")
    assert me.status_code == 200
    assert (me.json()["username"], me.json()["roles"]) == ("pr.lead", ["lead"])
    # Token requests need no CSRF token.
    csrf_client = APIClient(enforce_csrf_checks=True)
    csrf_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    response = csrf_client.post(
        "/api/v1/tasks/", {"workstream": world.pr_ws.pk, "title": "Embargo list", "offset_days": -4}
    )
    assert response.status_code == 201, response.content


def test_token_with_a_wrong_password_is_refused(world):
    response = APIClient().post(TOKEN_URL, {"username": "pr.lead", "password": "wrong"})
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and body["extra"]["fields"]
    assert "token" not in body


def test_unknown_token_is_401(world):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token 0123456789abcdef0123456789abcdef01234567")
    response = client.get("/api/v1/me/")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


# Departments: data, not code


def test_the_five_default_departments_exist(db):
    assert sorted(Department.objects.values_list("slug", "name")) == [
        ("customer-care", "Customer Care"),
        ("engineering", "Engineering"),
        ("hr", "HR"),
        ("marketing", "Marketing"),
        ("pr", "PR"),
    ]
    assert all(Department.objects.values_list("description", flat=True))


def test_departments_list_shows_each_lead_and_member(world, office):
    response = office.get("/api/v1/departments/?slug=marketing")
    assert response.status_code == 200
    (marketing,) = response.json()["results"]
    assert marketing["lead"]["username"] == "marketing.lead"
    assert sorted((m["user"]["username"], m["role"]) for m in marketing["members"]) == [
        ("marketing.lead", "lead"),
        ("marketing.member", "member"),
    ]
    names = [d["name"] for d in office.get("/api/v1/departments/").json()["results"]]
    assert names == ["Customer Care", "Engineering", "HR", "Marketing", "PR"]


def test_office_creates_updates_and_deletes_a_department(world, office):
    response = office.post("/api/v1/departments/", {"name": "Legal", "slug": "legal", "description": "Contracts"})
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["name"], body["slug"], body["lead"], body["members"]) == ("Legal", "legal", None, [])
    url = f"/api/v1/departments/{body['id']}/"

    response = office.patch(url, {"description": "Contracts and claims"})
    assert response.status_code == 200
    assert Department.objects.get(pk=body["id"]).description == "Contracts and claims"

    response = office.put(url, {"name": "Legal & Compliance", "slug": "legal-compliance"})
    assert response.status_code == 200, response.content
    department = Department.objects.get(pk=body["id"])
    assert (department.name, department.slug) == ("Legal & Compliance", "legal-compliance")

    # Keeping its own name and slug is no duplicate.
    assert office.put(url, {"name": "Legal & Compliance", "slug": "legal-compliance"}).status_code == 200

    assert office.delete(url).status_code == 204
    assert not Department.objects.filter(pk=body["id"]).exists()


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        pytest.param({"name": "Marketing", "slug": "marketing-2"}, "name", "department_exists", id="same-name"),
        pytest.param(
            {"name": "marketing", "slug": "marketing-2"}, "name", "department_exists", id="same-name-other-case"
        ),
        pytest.param({"name": "Marketing Two", "slug": "marketing"}, "slug", "department_exists", id="same-slug"),
        pytest.param({"name": "Sales", "slug": "not a slug"}, "slug", "invalid", id="malformed-slug"),
        pytest.param({"name": "", "slug": "sales"}, "name", "invalid", id="blank-name"),
        pytest.param({"name": "Sales"}, "slug", "invalid", id="missing-slug"),
    ],
)
def test_bad_department_is_refused_naming_the_field(world, office, body, field, code):
    before = org_chart()
    assert_invalid(office.post("/api/v1/departments/", body), field, code)
    assert org_chart() == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"name": "PR"}, "name", id="other-departments-name"),
        pytest.param({"name": "pr"}, "name", id="other-departments-name-other-case"),
        pytest.param({"slug": "pr"}, "slug", id="other-departments-slug"),
    ],
)
def test_renaming_a_department_to_anothers_name_or_slug_is_refused(world, office, body, field):
    before = org_chart()
    assert_invalid(office.patch(f"/api/v1/departments/{world.marketing.pk}/", body), field, "department_exists")
    assert org_chart() == before


def test_deleting_a_department_in_use_by_a_launch_is_409_and_keeps_its_members(world, office):
    before = org_chart()
    response = office.delete(f"/api/v1/departments/{world.pr.pk}/")
    assert response.status_code == 409
    assert response.json()["code"] == "protected"
    assert org_chart() == before


# Memberships: one lead per department at most


def test_office_adds_a_member_promotes_and_removes_them(world, office):
    response = office.post(
        "/api/v1/department-memberships/", {"department": world.pr.pk, "user": world.viewer.pk, "role": "member"}
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["department_name"], body["user_detail"]["username"], body["role"]) == ("PR", "viewer", "member")
    assert body["department"] == world.pr.pk and body["user"] == world.viewer.pk
    url = f"/api/v1/department-memberships/{body['id']}/"

    # The viewer is now a member.
    assert APIClient().get("/api/v1/me/").status_code == 401
    viewer = APIClient()
    viewer.force_login(world.viewer)
    assert viewer.get("/api/v1/me/").json()["roles"] == ["member"]

    # Demote PR's lead, then promote the new member.
    lead_membership = DepartmentMembership.objects.get(department=world.pr, role=MembershipRole.LEAD)
    response = office.patch(f"/api/v1/department-memberships/{lead_membership.pk}/", {"role": "member"})
    assert response.status_code == 200, response.content
    response = office.patch(url, {"role": "lead"})
    assert response.status_code == 200, response.content
    assert DepartmentMembership.objects.get(department=world.pr, role=MembershipRole.LEAD).user == world.viewer

    # Department and user of a membership do not change.
    office.patch(url, {"department": world.marketing.pk, "user": world.office.pk})
    membership = DepartmentMembership.objects.get(pk=body["id"])
    assert (membership.department, membership.user) == (world.pr, world.viewer)

    assert office.delete(url).status_code == 204
    assert not DepartmentMembership.objects.filter(pk=body["id"]).exists()


def test_a_department_gets_no_second_lead(world, office):
    before = org_chart()
    response = office.post(
        "/api/v1/department-memberships/", {"department": world.marketing.pk, "user": world.viewer.pk, "role": "lead"}
    )
    body = assert_invalid(response, "role", "department_has_lead")
    assert "marketing.lead" in body["message"]
    assert org_chart() == before


def test_promoting_a_member_where_a_lead_exists_is_refused_naming_role(world, office):
    membership = DepartmentMembership.objects.get(department=world.marketing, user=world.marketing_member)
    before = org_chart()
    response = office.patch(f"/api/v1/department-memberships/{membership.pk}/", {"role": "lead"})
    assert_invalid(response, "role", "department_has_lead")
    assert org_chart() == before


def test_lead_may_be_saved_again_as_lead(world, office):
    membership = DepartmentMembership.objects.get(department=world.marketing, user=world.marketing_lead)
    response = office.put(f"/api/v1/department-memberships/{membership.pk}/", {"role": "lead"})
    assert response.status_code == 200, response.content


@pytest.mark.parametrize(
    ("body", "field", "code"),
    [
        pytest.param(
            {"user": "marketing_member", "role": "member"}, "user", "already_member", id="already-in-department"
        ),
        pytest.param({"user": 999999, "role": "member"}, "user", "invalid", id="unknown-user"),
        pytest.param({"department": 999999, "role": "member"}, "department", "invalid", id="unknown-department"),
        pytest.param({"role": "boss"}, "role", "invalid", id="unknown-role"),
    ],
)
def test_bad_membership_is_refused_naming_the_field(world, office, body, field, code):
    data = {"department": world.marketing.pk, "user": world.viewer.pk, **body}
    if data["user"] == "marketing_member":
        data["user"] = world.marketing_member.pk
    before = org_chart()
    assert_invalid(office.post("/api/v1/department-memberships/", data), field, code)
    assert org_chart() == before


def test_memberships_filter_by_department_and_role(world, office):
    response = office.get(f"/api/v1/department-memberships/?department={world.marketing.pk}&role=lead")
    assert response.status_code == 200
    (row,) = response.json()["results"]
    assert (row["user"], row["department_name"], row["role"]) == (world.marketing_lead.pk, "Marketing", "lead")


def test_users_list_shows_active_users_for_choosing_assignees(world, office):
    UserFactory(username="gone", is_active=False)
    response = office.get(f"/api/v1/users/?department={world.marketing.pk}")
    assert response.status_code == 200
    assert [u["username"] for u in response.json()["results"]] == ["marketing.lead", "marketing.member"]
    usernames = [u["username"] for u in office.get("/api/v1/users/").json()["results"]]
    assert "gone" not in usernames and "viewer" in usernames


def test_renaming_a_department_reaches_the_calendar_entries_of_its_launches_at_once(
    world, office, django_capture_on_commit_callbacks
):
    from calendars.models import CalendarEntry
    from calendars.services import calendar_entries_sync

    calendar_entries_sync(launch_ids=[world.launch.pk])
    entry = CalendarEntry.objects.get(kind="task", object_id=world.marketing_task.pk)
    assert entry.summary.startswith("[Marketing] ")
    with django_capture_on_commit_callbacks(execute=True):  # the entries follow once the rename commits
        response = office.patch(f"/api/v1/departments/{world.marketing.pk}/", {"name": "Growth"})
    assert response.status_code == 200, response.json()
    entry.refresh_from_db()
    assert entry.summary.startswith("[Growth] ")

"""The office's CSV import of people: all rows or none, each bad row named (row, field, message), a dry run."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts import people_import
from accounts.models import DepartmentMembership, MembershipRole, User
from audit.models import AuditEvent
from tests.accounts.test_people import people_rows

pytestmark = pytest.mark.django_db

IMPORT = "/api/v1/users/import/"
HEADER = "username,first_name,last_name,email,department,role,is_office,time_zone\n"


@pytest.fixture
def office(world, client_for):
    return client_for(world.office)


def _post(client, text: str | bytes, **fields):
    data = text.encode() if isinstance(text, str) else text
    return client.post(
        IMPORT, {"file": SimpleUploadedFile("people.csv", data, content_type="text/csv"), **fields}, format="multipart"
    )


def test_office_imports_people_with_their_departments(world, office):
    world.marketing.memberships.filter(role=MembershipRole.LEAD).delete()
    response = _post(
        office,
        HEADER
        + "ana,Ana,Alves,ana@example.com,marketing,lead,no,Europe/Lisbon\n"
        + "ben,Ben,Berg,ben@example.com,pr,,yes,\n"
        + "ben,,,,hr,member,,\n"  # Ben's second department
        + "cy,Cy,,,,,,\n",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["created"], body["dry_run"]) == (3, False)
    assert [(p["row"], p["username"]) for p in body["people"]] == [(2, "ana"), (3, "ben"), (5, "cy")]
    ana, ben, cy = (User.objects.get(username=name) for name in ("ana", "ben", "cy"))
    assert (ana.first_name, ana.email, str(ana.time_zone), ana.is_office) == (
        "Ana",
        "ana@example.com",
        "Europe/Lisbon",
        False,
    )
    assert (ben.is_office, str(ben.time_zone), cy.email) == (True, "UTC", "")
    assert not any(user.has_usable_password() for user in (ana, ben, cy))
    assert DepartmentMembership.objects.get(user=ana).role == MembershipRole.LEAD
    assert sorted(DepartmentMembership.objects.filter(user=ben).values_list("department__slug", "role")) == [
        ("hr", "member"),
        ("pr", "member"),
    ]
    assert AuditEvent.objects.filter(entity="user", action="create", actor=world.office).count() == 3
    assert AuditEvent.objects.filter(entity="departmentmembership", action="create").count() == 3
    summary = AuditEvent.objects.get(entity="userimport")
    assert summary.changes == {"imported": {"from": None, "to": 3}}


def test_any_bad_row_refuses_the_whole_file_naming_each_problem(world, office):
    before = people_rows()
    response = _post(
        office,
        HEADER
        + "fine,Fine,Person,fine@example.com,pr,member,no,UTC\n"  # row 2: good, yet not created
        + "Marketing.Lead,,,,,,,\n"  # row 3: taken (case-insensitive)
        + "bad name,,,,,,,\n"  # row 4
        + "dee,,,not-an-email,legal,,maybe,Mars/Base\n"  # row 5: four problems
        + "eve,,,,marketing,lead,,\n"  # row 6: Marketing has a lead
        + "fay,,,,,lead,,\n"  # row 7: a role without a department
        + "fine,Other,,,hr,,,\n",  # row 8: differs from row 2
    )
    assert response.status_code == 400, response.content
    error = response.json()
    assert error["code"] == "people_rows_invalid"
    problems = {(row["row"], row["field"]) for row in error["extra"]["rows"]}
    assert problems == {
        (3, "username"),
        (4, "username"),
        (5, "email"),
        (5, "department"),
        (5, "is_office"),
        (5, "time_zone"),
        (6, "role"),
        (7, "role"),
        (8, "first_name"),
    }
    assert error["extra"]["error_count"] == 9
    assert all(row["message"] for row in error["extra"]["rows"])
    assert "file" in error["extra"]["fields"]
    assert people_rows() == before


def test_two_leads_of_one_department_in_a_file_are_refused(world, office):
    before = people_rows()
    response = _post(office, "username,department,role\nlegal1,hr,lead\nlegal2,hr,lead\n")
    assert response.status_code == 400
    assert [(row["row"], row["field"]) for row in response.json()["extra"]["rows"]] == [(3, "role")]
    assert people_rows() == before


def test_a_person_named_twice_in_one_department_is_refused(world, office):
    response = _post(office, "username,department\nann,pr\nann,pr\n")
    assert response.status_code == 400
    assert [(row["row"], row["field"]) for row in response.json()["extra"]["rows"]] == [(3, "department")]


def test_a_dry_run_reports_who_would_be_added_and_adds_nobody(world, office):
    before = people_rows()
    response = _post(office, "username,first_name,department\nann,Ann,pr\nbo,,\n", dry_run="true")
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["dry_run"], body["created"]) == (True, 0)
    assert [(p["username"], p["full_name"], p["departments"]) for p in body["people"]] == [
        ("ann", "Ann", [{"department": "pr", "role": "member"}]),
        ("bo", "bo", []),
    ]
    assert people_rows() == before


def test_a_dry_run_reports_row_errors_too(world, office):
    response = _post(office, "username\nbad name\n", dry_run="true")
    assert response.status_code == 400
    assert response.json()["extra"]["rows"][0]["row"] == 2


def test_imported_people_are_emailed_their_invitations(world, office, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(office, "username,email\nann,ann@example.com\nbo,bo@example.com\n", send_invitations="true")
    assert response.status_code == 201
    assert sorted(message.to[0] for message in mail.outbox) == ["ann@example.com", "bo@example.com"]
    assert all("/set-password?uid=" in message.body for message in mail.outbox)


def test_invitations_need_every_email(world, office):
    response = _post(office, "username,email\nann,ann@example.com\nbo,\n", send_invitations="true")
    assert response.status_code == 400
    assert [(row["row"], row["field"]) for row in response.json()["extra"]["rows"]] == [(3, "email")]
    assert not User.objects.filter(username="ann").exists()


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("", "empty"),
        ("first_name\nAnn\n", "username"),
        ("username,nickname\nann,A\n", "nickname"),
        ("username,username\nann,ann\n", "username"),
        ("username\n", "no rows"),
        ('username,first_name\nann,"open\n', "quote"),
        (b"username\n\xff\xfe\n", "UTF-8"),
    ],
)
def test_a_file_that_is_not_a_people_csv_is_a_400_naming_the_file(world, office, text, snippet):
    before = people_rows()
    response = _post(office, text)
    assert response.status_code == 400, response.content
    error = response.json()
    assert "file" in error["extra"]["fields"] and snippet in error["message"], error
    assert people_rows() == before


def test_too_many_cells_in_a_row_is_a_row_error(world, office):
    response = _post(office, "username\nann,extra\n")
    assert response.status_code == 400
    assert response.json()["extra"]["rows"] == [{"row": 2, "field": None, "message": "2 cells for 1 columns."}]


def test_the_file_size_and_row_count_are_limited(world, office, monkeypatch):
    monkeypatch.setattr(people_import, "MAX_IMPORT_ROWS", 2)
    response = _post(office, "username\na\nb\nc\n")
    assert response.status_code == 400 and "at most 2 rows" in response.json()["message"]
    monkeypatch.setattr(people_import, "MAX_IMPORT_BYTES", 10)
    response = _post(office, "username\nabcdefghijk\n")
    assert response.status_code == 400 and "larger than" in response.json()["message"]
    assert not User.objects.filter(username__in=["a", "abcdefghijk"]).exists()


def test_a_file_field_is_required_and_unknown_fields_are_refused(world, office):
    assert "file" in office.post(IMPORT, {}, format="multipart").json()["extra"]["fields"]
    response = _post(office, "username\nann\n", launch="1")
    assert response.status_code == 400 and "launch" in response.json()["extra"]["fields"]


@pytest.mark.parametrize("who", ["marketing_lead", "pr_lead", "marketing_member", "viewer", None])
def test_only_the_office_imports_people(world, client_for, who):
    client = client_for(getattr(world, who) if who else None)
    before = people_rows()
    response = _post(client, "username\nsneaky\n")
    assert response.status_code == (401 if who is None else 403)
    assert people_rows() == before

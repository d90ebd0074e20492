"""A person's weekly capacity for the workload (issue 21): the office sets it through the people API, in tasks or
hours per week; null clears it; bad values are 400s naming the field; the audit trail records the change."""

import pytest

from accounts.models import User
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db

USERS = "/api/v1/users/"


def _url(user: User) -> str:
    return f"{USERS}{user.pk}/"


def test_the_office_sets_and_clears_a_persons_capacity(world, client_for):
    office = client_for(world.office)
    person = world.marketing_member

    response = office.patch(_url(person), {"capacity_tasks_per_week": 3, "capacity_hours_per_week": 32})

    assert response.status_code == 200, response.content
    assert (response.json()["capacity_tasks_per_week"], response.json()["capacity_hours_per_week"]) == (3, 32)
    person.refresh_from_db()
    assert (person.capacity_tasks_per_week, person.capacity_hours_per_week) == (3, 32)
    assert office.get(_url(person)).json()["capacity_hours_per_week"] == 32
    listed = {row["username"]: row for row in office.get(USERS).json()["results"]}
    assert listed[person.username]["capacity_tasks_per_week"] == 3

    response = office.patch(_url(person), {"capacity_tasks_per_week": None})

    assert response.status_code == 200, response.content
    person.refresh_from_db()
    assert (person.capacity_tasks_per_week, person.capacity_hours_per_week) == (None, 32)


def test_the_audit_trail_records_a_capacity_change(world, client_for):
    client_for(world.office).patch(_url(world.pr_member), {"capacity_hours_per_week": 20})

    event = AuditEvent.objects.get(entity="user", entity_id=world.pr_member.pk, action="update")
    assert event.actor == world.office
    assert event.changes == {"capacity_hours_per_week": {"from": None, "to": 20}}


def test_an_unchanged_capacity_records_nothing(world, client_for):
    User.objects.filter(pk=world.pr_member.pk).update(capacity_tasks_per_week=4)

    response = client_for(world.office).patch(_url(world.pr_member), {"capacity_tasks_per_week": 4})

    assert response.status_code == 200
    assert not AuditEvent.objects.filter(entity="user", entity_id=world.pr_member.pk, action="update").exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"capacity_tasks_per_week": 101}, "capacity_tasks_per_week"),
        ({"capacity_tasks_per_week": -1}, "capacity_tasks_per_week"),
        ({"capacity_tasks_per_week": "many"}, "capacity_tasks_per_week"),
        ({"capacity_hours_per_week": 169}, "capacity_hours_per_week"),
        ({"capacity_hours_per_week": 2.5}, "capacity_hours_per_week"),
        ({"capacity_hours_per_week": -3}, "capacity_hours_per_week"),
    ],
)
def test_a_bad_capacity_is_a_400_naming_the_field_and_changes_nothing(world, client_for, body, field):
    office = client_for(world.office)  # signing in sets last_login: before the snapshot
    before = list(User.objects.order_by("pk").values())

    response = office.patch(_url(world.pr_member), {**body, "first_name": "Changed"})

    assert response.status_code == 400, response.content
    assert field in response.json()["extra"]["fields"]
    assert list(User.objects.order_by("pk").values()) == before


def test_the_bounds_are_accepted(world, client_for):
    response = client_for(world.office).patch(
        _url(world.pr_member), {"capacity_tasks_per_week": 100, "capacity_hours_per_week": 0}
    )

    assert response.status_code == 200, response.content
    world.pr_member.refresh_from_db()
    assert (world.pr_member.capacity_tasks_per_week, world.pr_member.capacity_hours_per_week) == (100, 0)


@pytest.mark.parametrize("who", ["marketing_lead", "marketing_member", "viewer", None])
def test_only_the_office_sets_capacity(world, client_for, who):
    client = client_for(getattr(world, who) if who else None)
    before = list(User.objects.order_by("pk").values())

    response = client.patch(_url(world.marketing_member), {"capacity_tasks_per_week": 5})

    assert response.status_code == (401 if who is None else 403)
    assert list(User.objects.order_by("pk").values()) == before


def test_a_new_person_gets_their_capacity_afterwards(world, client_for):
    response = client_for(world.office).post(USERS, {"username": "nia.new", "capacity_tasks_per_week": 3})

    assert response.status_code == 400
    assert list(response.json()["extra"]["fields"]) == ["capacity_tasks_per_week"]
    assert not User.objects.filter(username="nia.new").exists()


def test_capacity_is_shown_to_the_office_and_leads_and_to_the_person_only(world, client_for):
    """Found in review: the people list showed everyone's capacity to members and viewers, which the workload
    refuses them."""
    lead = world.marketing_lead
    User.objects.filter(pk=lead.pk).update(capacity_tasks_per_week=3, capacity_hours_per_week=20)

    def capacity(reader):
        rows = client_for(reader).get("/api/v1/users/?page_size=100").json()["results"]
        row = next(row for row in rows if row["id"] == lead.pk)
        return row["capacity_tasks_per_week"], row["capacity_hours_per_week"]

    assert capacity(world.office) == capacity(world.pr_lead) == capacity(lead) == (3, 20)
    assert capacity(world.marketing_member) == capacity(world.viewer) == (None, None)

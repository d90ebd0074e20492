"""The notifications API: your own notices only, unread filter and count, mark read, email preferences."""

import pytest

from notifications.models import Notification, NotificationPreference
from tests.notifications.factories import NotificationFactory

pytestmark = pytest.mark.django_db
ROLES = ["office", "marketing_lead", "marketing_member", "viewer"]


def test_you_see_your_own_notifications_newest_first_with_the_contract_fields(world, client_for):
    older = NotificationFactory(recipient=world.marketing_member, launch=world.launch, url="/launches/1?task=2")
    newer = NotificationFactory(recipient=world.marketing_member, task=world.marketing_task)
    NotificationFactory(recipient=world.pr_member)
    body = client_for(world.marketing_member).get("/api/v1/notifications/").json()
    assert body["count"] == 2 and {"next", "previous"} <= set(body)
    assert [item["id"] for item in body["results"]] == [newer.pk, older.pk]
    assert body["results"][1] == {
        "id": older.pk,
        "kind": "task_assigned",
        "title": older.title,
        "body": "",
        "launch": world.launch.pk,
        "task": None,
        "gate": None,
        "url": "/launches/1?task=2",
        "created_at": body["results"][1]["created_at"],
        "read_at": None,
    }
    assert body["results"][0]["url"] is None


def test_unread_filter_count_mark_read_and_read_all(world, client_for):
    client = client_for(world.marketing_member)
    first, second, third = (NotificationFactory(recipient=world.marketing_member) for _ in range(3))
    assert client.get("/api/v1/notifications/unread-count/").json() == {"count": 3}
    response = client.post(f"/api/v1/notifications/{first.pk}/read/")
    assert response.status_code == 200 and response.json()["read_at"] is not None
    read_at = response.json()["read_at"]
    assert client.post(f"/api/v1/notifications/{first.pk}/read/").json()["read_at"] == read_at
    unread = client.get("/api/v1/notifications/?unread=true").json()["results"]
    assert [item["id"] for item in unread] == [third.pk, second.pk]
    assert client.post("/api/v1/notifications/read-all/").json() == {"count": 2}
    assert client.get("/api/v1/notifications/unread-count/").json() == {"count": 0}
    assert client.get("/api/v1/notifications/?unread=false").json()["count"] == 3


def test_nobody_reads_or_marks_anyone_elses_notifications(world, client_for):
    notice = NotificationFactory(recipient=world.marketing_member)
    response = client_for(world.office).post(f"/api/v1/notifications/{notice.pk}/read/")
    assert response.status_code == 404 and response.json()["code"] == "not_found"
    assert client_for(world.office).post("/api/v1/notifications/read-all/").json() == {"count": 0}
    notice.refresh_from_db()
    assert notice.read_at is None


def test_a_bad_unread_filter_is_a_400_naming_the_field(world, client_for):
    response = client_for(world.viewer).get("/api/v1/notifications/?unread=perhaps")
    assert response.status_code == 400
    assert "unread" in response.json()["extra"]["fields"]


@pytest.mark.parametrize("role", ROLES)
def test_every_signed_in_role_has_its_own_notifications_and_preferences(world, client_for, role):
    user = getattr(world, role)
    notice = NotificationFactory(recipient=user)
    client = client_for(user)
    assert client.get("/api/v1/notifications/").status_code == 200
    assert client.get("/api/v1/notifications/unread-count/").status_code == 200
    assert client.post(f"/api/v1/notifications/{notice.pk}/read/").status_code == 200
    assert client.post("/api/v1/notifications/read-all/").status_code == 200
    assert client.get("/api/v1/notification-preferences/").status_code == 200
    assert client.patch("/api/v1/notification-preferences/", {"email_mode": "digest"}).status_code == 200


def test_anonymous_gets_401_everywhere(world, client_for):
    notice = NotificationFactory(recipient=world.viewer)
    client = client_for(None)
    for method, url in [
        ("get", "/api/v1/notifications/"),
        ("get", "/api/v1/notifications/unread-count/"),
        ("post", f"/api/v1/notifications/{notice.pk}/read/"),
        ("post", "/api/v1/notifications/read-all/"),
        ("get", "/api/v1/notification-preferences/"),
        ("patch", "/api/v1/notification-preferences/"),
    ]:
        assert getattr(client, method)(url).status_code == 401, url


def test_the_list_runs_a_fixed_number_of_queries(world, client_for, django_assert_num_queries):
    client = client_for(world.marketing_member)
    NotificationFactory.create_batch(2, recipient=world.marketing_member)
    # session, user, count, page
    with django_assert_num_queries(4):
        assert client.get("/api/v1/notifications/").json()["count"] == 2
    NotificationFactory.create_batch(40, recipient=world.marketing_member, launch=world.launch, gate=None)
    with django_assert_num_queries(4):
        assert client.get("/api/v1/notifications/?unread=true").json()["count"] == 42


def test_preferences_default_then_change_and_bad_values_name_the_field(world, client_for):
    client = client_for(world.marketing_member)
    assert client.get("/api/v1/notification-preferences/").json() == {
        "email_events": [],
        "reminder_days_ahead": 2,
        "email_mode": "immediate",
    }
    assert not NotificationPreference.objects.exists()
    response = client.patch(
        "/api/v1/notification-preferences/",
        {"email_events": ["task_due_soon", "daily_digest", "task_due_soon"], "reminder_days_ahead": 5},
    )
    assert response.json() == {
        "email_events": ["daily_digest", "task_due_soon"],
        "reminder_days_ahead": 5,
        "email_mode": "immediate",
    }
    for body, field in [
        ({"email_events": ["bogus"]}, "email_events"),
        ({"reminder_days_ahead": 400}, "reminder_days_ahead"),
        ({"reminder_days_ahead": -1}, "reminder_days_ahead"),
        ({"email_mode": "hourly"}, "email_mode"),
    ]:
        response = client.patch("/api/v1/notification-preferences/", body)
        assert response.status_code == 400, body
        assert field in response.json()["extra"]["fields"], body
    assert client.put("/api/v1/notification-preferences/", {}).status_code == 405
    assert Notification.objects.count() == 0

"""The calendar-feeds API: list, create, rotate and revoke your feeds; who may subscribe to what."""

import pytest
from django.test import Client

from audit.models import AuditEvent
from calendars.models import CalendarFeed
from tests.factories import LaunchFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/calendar-feeds/"
ROLES = ["office", "marketing_lead", "pr_lead", "marketing_member", "viewer"]


def _user(world, role):
    return getattr(world, role) if role else None


def test_list_shows_only_my_feeds_with_both_url_forms(world, client_for, make_feed):
    mine, _path = make_feed(world.marketing_member)
    make_feed(world.pr_member)
    body = client_for(world.marketing_member).get(URL).json()
    assert set(body) == {"count", "next", "previous", "results"} and body["count"] == 1
    (item,) = body["results"]
    assert set(item) == {
        "id",
        "kind",
        "name",
        "launch",
        "department",
        "url",
        "webcal_url",
        "reminder_minutes",
        "items_shown",
        "items_left_out",
        "left_out_note",
        "created_at",
        "last_fetched_at",
    }
    assert item == mine
    assert item["url"].startswith("http://testserver/calendars/") and item["url"].endswith(".ics")
    assert item["webcal_url"] is None  # a calendar app turns webcal:// into https://, which this server is not
    secure = client_for(world.marketing_member).get(URL, secure=True).json()["results"][0]
    assert secure["webcal_url"] == "webcal://" + secure["url"].removeprefix("https://")
    assert item["reminder_minutes"] is None and item["items_shown"] is None and item["left_out_note"] == ""
    assert item["kind"] == "user" and item["launch"] is None and item["department"] is None
    assert item["name"] == f"T-Minus: {world.marketing_member.full_name}"


def test_a_feed_url_has_the_scheme_the_server_is_reached_by(world, client_for):
    """Issue 16: a plain-http server (make run) offered an https:// URL that no client could fetch."""
    client = client_for(world.marketing_member)
    plain = client.post(URL, {"kind": "user"}, format="json")
    assert plain.status_code == 201, plain.json()
    assert plain.json()["url"].startswith("http://testserver/calendars/")
    assert client_for(None).get(plain.json()["url"].removeprefix("http://testserver")).status_code == 200
    # Over TLS (deployments behind a proxy trust its X-Forwarded-Proto: SECURE_PROXY_SSL_HEADER), https://.
    listed = client.get(URL, secure=True).json()["results"][0]
    assert listed["url"].startswith("https://testserver/calendars/")
    assert listed["webcal_url"] == "webcal://" + listed["url"].removeprefix("https://")


def test_last_fetched_at_is_recorded(world, client_for, make_feed):
    item, path = make_feed(world.marketing_member)
    assert item["last_fetched_at"] is None
    client_for(None).get(path)
    (listed,) = client_for(world.marketing_member).get(URL).json()["results"]
    assert listed["last_fetched_at"] is not None


@pytest.mark.parametrize("role", ROLES)
def test_anyone_signed_in_has_their_own_feed_and_any_launchs_feed(world, client_for, role):
    client = client_for(_user(world, role))
    assert client.post(URL, {"kind": "user"}).status_code == 201
    response = client.post(URL, {"kind": "launch", "launch": world.launch.pk, "department": world.pr.pk})
    assert response.status_code == 201
    assert response.json()["name"] == f"T-Minus: {world.launch.name} · PR"


@pytest.mark.parametrize(
    ("role", "status"),
    [("office", 201), ("marketing_lead", 201), ("marketing_member", 201), ("pr_lead", 403), ("viewer", 403)],
)
def test_a_department_feed_is_for_its_lead_members_and_the_office(world, client_for, role, status):
    response = client_for(_user(world, role)).post(URL, {"kind": "department", "department": world.marketing.pk})
    assert response.status_code == status, response.json()
    if status == 403:
        assert response.json()["code"] == "permission_denied"
        assert not CalendarFeed.objects.exists()


def test_anonymous_cannot_use_the_api(world, client_for):
    client = client_for(None)
    assert client.get(URL).status_code == 401
    assert client.post(URL, {"kind": "user"}).status_code == 401
    feed = CalendarFeed.objects.create(owner=world.viewer, kind="user", token_salt="a", token_digest="b")
    assert client.post(f"{URL}{feed.pk}/rotate/").status_code == 401
    assert client.delete(f"{URL}{feed.pk}/").status_code == 401


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "kind"),
        ({"kind": "calendar"}, "kind"),
        ({"kind": "launch"}, "launch"),
        ({"kind": "launch", "launch": 999_999}, "launch"),
        ({"kind": "launch", "launch": "x"}, "launch"),
        ({"kind": "department"}, "department"),
        ({"kind": "department", "department": 999_999}, "department"),
        ({"kind": "user", "launch": 1}, "launch"),
        ({"kind": "user", "department": 1}, "department"),
        ({"kind": "department", "department": 1, "launch": 1}, "launch"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(world, client_for, body, field):
    body = {key: (world.launch.pk if key == "launch" and value == 1 else value) for key, value in body.items()}
    if body.get("department") == 1:
        body["department"] = world.marketing.pk
    response = client_for(world.office).post(URL, body, format="json")
    assert response.status_code == 400, response.json()
    assert response.json()["code"] == "invalid" and field in response.json()["extra"]["fields"]


@pytest.mark.parametrize("role", ["office", "marketing_lead", "pr_lead", "viewer"])
def test_only_the_owner_rotates_or_revokes_a_feed(world, client_for, make_feed, role):
    item, path = make_feed(world.marketing_member)
    client = client_for(_user(world, role))
    assert client.post(f"{URL}{item['id']}/rotate/").status_code == 404
    assert client.delete(f"{URL}{item['id']}/").status_code == 404
    assert client_for(None).get(path).status_code == 200


def test_rotate_answers_the_feed_with_new_urls(world, client_for, make_feed):
    item, _path = make_feed(world.marketing_member)
    client = client_for(world.marketing_member)
    before = client.get(URL, secure=True).json()["results"][0]
    response = client.post(f"{URL}{item['id']}/rotate/", secure=True)
    assert response.status_code == 200
    rotated = response.json()
    assert rotated["id"] == item["id"] and rotated["url"] != before["url"]
    assert rotated["webcal_url"] != before["webcal_url"]


def test_revoke_deletes_the_feed(world, client_for, make_feed):
    item, _path = make_feed(world.marketing_member)
    assert client_for(world.marketing_member).delete(f"{URL}{item['id']}/").status_code == 204
    assert client_for(world.marketing_member).get(URL).json()["count"] == 0


def test_feed_changes_are_audited(world, client_for, make_feed):
    from audit.models import AuditEvent

    item, _path = make_feed(world.marketing_member)
    client = client_for(world.marketing_member)
    client.post(f"{URL}{item['id']}/rotate/")
    client.delete(f"{URL}{item['id']}/")
    events = list(AuditEvent.objects.filter(entity="calendarfeed").order_by("id"))
    assert [event.action for event in events] == ["create", "update", "delete"]
    assert events[0].changes["kind"] == {"from": None, "to": "user"}
    assert events[2].changes["owner"] == {"from": world.marketing_member.pk, "to": None}
    # The history names the feed, never the secrets behind its URL.
    assert all("token_salt" not in event.changes and "token_digest" not in event.changes for event in events)


def test_list_runs_a_fixed_number_of_queries_whatever_the_size(world, client_for, django_assert_num_queries):
    client = client_for(world.marketing_lead)
    for size in (2, 30):
        for _ in range(size):
            client.post(URL, {"kind": "launch", "launch": LaunchFactory(owner=world.office).pk})
            client.post(URL, {"kind": "department", "department": world.marketing.pk})
        with django_assert_num_queries(4):  # session, user, count, the page with launches and departments
            response = client.get(URL)
        assert response.status_code == 200 and response.json()["count"] > 0


# The office revokes a leaked feed in the admin


def test_the_office_revokes_someones_feed_in_the_admin_and_its_url_answers_404_at_once(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_member)
    feed = CalendarFeed.objects.get(owner=world.marketing_member)
    assert client_for(None).get(path).status_code == 200
    staff = UserFactory(username="office.staff", is_office=True, is_staff=True)
    admin = Client()  # the admin's forms, not the API's JSON
    admin.force_login(staff)
    confirm = admin.get(f"/admin/calendars/calendarfeed/{feed.pk}/delete/")
    assert confirm.status_code == 200
    response = admin.post(f"/admin/calendars/calendarfeed/{feed.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not CalendarFeed.objects.filter(pk=feed.pk).exists()
    assert client_for(None).get(path).status_code == 404
    record = AuditEvent.objects.get(entity="calendarfeed", entity_id=feed.pk, action="delete")
    assert record.actor_id == staff.pk


def test_staff_outside_the_office_cannot_revoke_a_feed_in_the_admin(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_member)
    feed = CalendarFeed.objects.get(owner=world.marketing_member)
    admin = Client()
    admin.force_login(UserFactory(username="plain.staff", is_staff=True))
    response = admin.post(f"/admin/calendars/calendarfeed/{feed.pk}/delete/", {"post": "yes"})
    assert response.status_code in (302, 403)  # sent to the login page, or refused
    assert CalendarFeed.objects.filter(pk=feed.pk).exists()
    assert client_for(None).get(path).status_code == 200


def test_the_api_still_lists_and_revokes_only_ones_own_feeds_even_for_the_office(world, client_for, make_feed):
    item, path = make_feed(world.marketing_member)
    response = client_for(world.office).delete(f"/api/v1/calendar-feeds/{item['id']}/")
    assert response.status_code == 404
    assert client_for(None).get(path).status_code == 200

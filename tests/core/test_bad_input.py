"""Bad input is a 400 naming the field, never a 500: time zones are real IANA zones, datetimes carry real UTC
offsets (bodies and filters alike), and NUL bytes are refused in text."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.forms import modelform_factory

from accounts.models import User
from launches.models import Launch
from tests.factories import LaunchFactory
from tests.launches.test_api import assert_invalid, db_state

pytestmark = pytest.mark.django_db

NOT_ZONES = [
    pytest.param("../../etc/passwd", id="path-traversal"),
    pytest.param("/x", id="absolute-path"),
    pytest.param("/etc/localtime", id="absolute-localtime"),
    pytest.param("Europe/Pa\x00ris", id="nul-byte"),
    pytest.param("localtime", id="localtime"),
    pytest.param("posixrules", id="posixrules"),
    pytest.param("Factory", id="Factory"),
    pytest.param("posix/Europe/Paris", id="posix-dir"),
    pytest.param("right/UTC", id="right-dir"),
    pytest.param("Europe", id="a-directory"),
    pytest.param("Mars/Olympus", id="unknown"),
    pytest.param("x" * 300, id="very-long"),
]
VALID_LAUNCH = {"name": "Aurora", "t_zero": "2027-05-04T07:00:00Z", "time_zone": "Europe/Berlin"}


@pytest.fixture
def office(world, client_for):
    """The office's client; a server error is answered as a 500 response instead of raised into the test."""
    client = client_for(world.office)
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("zone", NOT_ZONES)
def test_launch_time_zone_must_be_a_real_iana_zone(world, office, zone):
    before = db_state()
    assert_invalid(office.post("/api/v1/launches/", {**VALID_LAUNCH, "time_zone": zone}), "time_zone")
    assert_invalid(office.patch(f"/api/v1/launches/{world.launch.pk}/", {"time_zone": zone}), "time_zone")
    assert db_state() == before


@pytest.mark.parametrize("zone", NOT_ZONES)
def test_launch_from_a_playbook_takes_only_a_real_iana_zone(world, office, zone):
    response = office.post("/api/v1/playbooks/", {"name": "Standard", "from_launch": world.launch.pk})
    assert response.status_code == 201, response.content
    data = {"name": "Nova", "t_zero": "2028-06-01T07:00:00Z", "time_zone": zone}
    assert_invalid(office.post(f"/api/v1/playbooks/{response.json()['id']}/instantiate/", data), "time_zone")
    assert Launch.objects.count() == 1


@pytest.mark.parametrize("zone", ["Europe/Paris", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT-14", "GMT"])
def test_real_zones_are_accepted(world, office, zone):
    response = office.post("/api/v1/launches/", {**VALID_LAUNCH, "time_zone": zone})
    assert response.status_code == 201, response.content
    assert Launch.objects.get(pk=response.json()["id"]).time_zone == ZoneInfo(zone)


@pytest.mark.parametrize("zone", ["localtime", "posixrules", "Factory"])
@pytest.mark.parametrize("model", [Launch, User])
def test_admin_forms_refuse_zones_that_are_not_places(model, zone):
    # The launch's and the user's zone (the one /me shows) are edited in the admin with the model's form.
    form = modelform_factory(model, fields=["time_zone"])(data={"time_zone": zone})
    assert not form.is_valid()
    assert "time_zone" in form.errors


IMPOSSIBLE_OFFSETS = [
    pytest.param("2027-01-01T00:00:00-16:22", id="minus-16:22"),
    pytest.param("2027-01-01T00:00:00+15:00", id="plus-15:00"),
    pytest.param("2027-01-01T00:00:00-23:59", id="minus-23:59"),
    pytest.param("2027-01-01T00:00:00+14:01", id="plus-14:01"),
]


@pytest.mark.parametrize("moment", IMPOSSIBLE_OFFSETS)
def test_launch_list_filter_refuses_impossible_offsets_naming_the_filter(world, office, moment):
    for name in ("t_zero_after", "t_zero_before"):
        assert_invalid(office.get("/api/v1/launches/", {name: moment}), name)


def test_launch_list_filter_compares_moments_with_real_offsets_in_utc(world, office):
    # The world's launch is at 2027-03-16 08:00 UTC.
    assert world.launch.t_zero == dt.datetime(2027, 3, 16, 8, tzinfo=dt.UTC)
    later = LaunchFactory(owner=world.office, t_zero=dt.datetime(2027, 3, 17, 8, tzinfo=dt.UTC))
    response = office.get("/api/v1/launches/", {"t_zero_after": "2027-03-16T22:00:00+14:00"})  # 08:00 UTC
    assert response.status_code == 200, response.content
    assert {launch["id"] for launch in response.json()["results"]} == {world.launch.pk, later.pk}
    response = office.get("/api/v1/launches/", {"t_zero_after": "2027-03-15T21:01:00-11:00"})  # 08:01 UTC on the 16th
    assert {launch["id"] for launch in response.json()["results"]} == {later.pk}


@pytest.mark.parametrize("moment", IMPOSSIBLE_OFFSETS)
def test_datetimes_in_bodies_refuse_impossible_offsets_naming_the_field(world, office, moment):
    before = db_state()
    assert_invalid(office.post("/api/v1/launches/", {**VALID_LAUNCH, "t_zero": moment}), "t_zero")
    assert_invalid(office.patch(f"/api/v1/launches/{world.launch.pk}/", {"t_zero": moment}), "t_zero")
    url = f"/api/v1/launches/{world.launch.pk}/move-t-zero/"
    assert_invalid(office.post(url, {"t_zero": moment, "preview": True}), "t_zero")
    assert db_state() == before


def test_datetimes_at_the_real_extreme_offsets_are_accepted_and_stored_in_utc(world, office):
    response = office.post("/api/v1/launches/", {**VALID_LAUNCH, "t_zero": "2027-05-04T21:00:00+14:00"})
    assert response.status_code == 201, response.content
    assert response.json()["t_zero"] == "2027-05-04T07:00:00Z"
    response = office.post("/api/v1/launches/", {**VALID_LAUNCH, "t_zero": "2027-05-03T20:00:00-11:00"})
    assert response.status_code == 201, response.content
    assert response.json()["t_zero"] == "2027-05-04T07:00:00Z"


@pytest.mark.parametrize(
    ("url", "body", "field"),
    [
        ("/api/v1/launches/", {**VALID_LAUNCH, "name": "Aur\x00ora"}, "name"),
        ("/api/v1/launches/", {**VALID_LAUNCH, "description": "one\x00two"}, "description"),
    ],
)
def test_nul_bytes_in_text_are_refused_naming_the_field(world, office, url, body, field):
    before = db_state()
    assert_invalid(office.post(url, body), field)
    assert db_state() == before


def test_nul_byte_in_a_filter_is_refused_not_a_server_error(world, office):
    response = office.get("/api/v1/departments/", {"slug": "pr\x00"})
    assert response.status_code == 400, response.content
    assert "slug" in response.json()["extra"]["fields"]


@pytest.mark.parametrize("path", ["/admin/launches/task/", "/admin/accounts/user/", "/admin/audit/auditevent/"])
def test_nul_byte_in_the_admin_search_is_a_400_not_a_database_error(world, path):
    from django.test import Client

    world.office.is_staff = True
    world.office.save(update_fields=["is_staff"])
    client = Client()
    client.force_login(world.office)
    response = client.get(path, {"q": "press\x00release"})
    assert response.status_code == 400
    assert b"NUL" in response.content
    assert client.get(path, {"q": "press release"}).status_code == 200

"""Approved communications appear in the launch's calendar feed as timed events, and leave it when withdrawn."""

import datetime as dt
import re

import icalendar
import pytest

from tests.communications.factories import CommunicationFactory

pytestmark = pytest.mark.django_db
TOKEN_IN_URL = re.compile(r"/calendars/([^/]+)\.ics")


def _launch_feed(client_for, world) -> str:
    response = client_for(world.viewer).post(
        "/api/v1/calendar-feeds/", {"kind": "launch", "launch": world.launch.pk}, format="json"
    )
    assert response.status_code == 201, response.content
    return f"/calendars/{TOKEN_IN_URL.search(response.json()['url'])[1]}.ics"


def _events(client_for, path: str) -> dict[str, icalendar.Event]:
    response = client_for(None).get(path)
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_approved_communication_is_a_timed_event_of_the_launch_feed(world, client_for):
    office = client_for(world.office)
    item = CommunicationFactory(
        launch=world.launch, author=world.marketing_member, department=world.marketing, title="Teaser", offset_days=-1
    )
    draft = CommunicationFactory(launch=world.launch, author=world.marketing_member, title="Unapproved idea")
    client_for(world.marketing_member).post(f"/api/v1/communications/{item.pk}/submit/")
    assert office.post(f"/api/v1/communications/{item.pk}/decide/", {"decision": "approve"}).status_code == 200
    path = _launch_feed(client_for, world)
    events = _events(client_for, path)
    summary = f"Social post: Teaser · {world.launch.name}"
    assert summary in events
    assert not any(draft.title in name for name in events)
    event = events[summary]
    assert event.decoded("DTSTART") == world.launch.t_zero - dt.timedelta(days=1)
    assert "LinkedIn" in str(event["DESCRIPTION"])

    assert office.post(f"/api/v1/communications/{item.pk}/withdraw/").status_code == 200
    withdrawn = _events(client_for, path)
    assert str(withdrawn[summary]["STATUS"]) == "CANCELLED"  # kept, cancelled, so calendar clients remove it

"""Calendar feeds as calendar clients see them: content in two parsers, UID and SEQUENCE, and the traps."""

import datetime as dt
import re

import pytest

from accounts.models import DepartmentMembership
from calendars.models import CalendarEntry
from launches.models import ScheduleMode, Task
from tests.factories import DepartmentFactory, TaskFactory, UserFactory, WorkstreamFactory

pytestmark = pytest.mark.django_db


def _get(client_for, path: str, **headers):
    response = client_for(None).get(path, **headers)
    assert response.status_code == 200, response.content[:300]
    return response


def _plan(world, client_for):
    """A milestone, a gate Marketing approves, and PR's task before Marketing's, all through the API."""
    office = client_for(world.office)
    assert (
        office.post(
            "/api/v1/milestones/", {"launch": world.launch.pk, "name": "Embargo lifts", "offset_days": -2}
        ).status_code
        == 201
    )
    gate = office.post(
        "/api/v1/gates/",
        {
            "launch": world.launch.pk,
            "name": "Go/No-Go",
            "offset_days": -1,
            "approver_departments": [world.marketing.pk],
        },
    )
    assert gate.status_code == 201, gate.json()
    dependency = office.post(
        "/api/v1/dependencies/", {"predecessor": world.pr_task.pk, "successor": world.marketing_task.pk}
    )
    assert dependency.status_code == 201, dependency.json()


def _summaries(parsed) -> set[str]:
    return {str(event["SUMMARY"]) for event in parsed.events}


def test_my_feed_holds_my_tasks_the_gates_i_approve_and_the_timeline_of_my_launches(
    world, client_for, make_feed, parse_feed
):
    _plan(world, client_for)
    name = world.launch.name
    _item, member_path = make_feed(world.marketing_member)
    member = parse_feed(_get(client_for, member_path).content)
    assert _summaries(member) == {
        f"T-0: {name}",
        f"Embargo lifts · {name}",
        f"[Marketing] Campaign brief · {world.launch.name}",
    }
    _item, lead_path = make_feed(world.marketing_lead)
    lead = parse_feed(_get(client_for, lead_path).content)
    assert _summaries(lead) == {f"T-0: {name}", f"Embargo lifts · {name}", f"Gate: Go/No-Go · {name}"}
    _item, pr_lead_path = make_feed(world.pr_lead)
    assert f"Gate: Go/No-Go · {name}" not in _summaries(parse_feed(_get(client_for, pr_lead_path).content))
    assert {event["summary"] for event in member.ical_js["events"]} == _summaries(member)


def test_department_and_launch_feeds(world, client_for, make_feed, parse_feed):
    _plan(world, client_for)
    name = world.launch.name
    _item, path = make_feed(world.marketing_member, kind="department", department=world.marketing.pk)
    department = parse_feed(_get(client_for, path).content)
    assert _summaries(department) == {
        f"T-0: {name}",
        f"Embargo lifts · {name}",
        f"Gate: Go/No-Go · {name}",
        f"[Marketing] Campaign brief · {world.launch.name}",
    }
    _item, path = make_feed(world.viewer, kind="launch", launch=world.launch.pk)
    launch = parse_feed(_get(client_for, path).content)
    pr_task, marketing_task = f"[PR] Press release · {name}", f"[Marketing] Campaign brief · {name}"
    assert pr_task in _summaries(launch) and marketing_task in _summaries(launch)
    assert launch.ical_js["name"] == f"T-Minus: {name}"
    _item, path = make_feed(world.viewer, kind="launch", launch=world.launch.pk, department=world.pr.pk)
    pr_only = parse_feed(_get(client_for, path).content)
    assert pr_task in _summaries(pr_only) and marketing_task not in _summaries(pr_only)
    assert f"Gate: Go/No-Go · {name}" in _summaries(pr_only)


def test_task_is_an_all_day_event_over_its_computed_dates_with_an_exclusive_end(
    world, client_for, make_feed, parse_feed
):
    _plan(world, client_for)
    _item, path = make_feed(world.marketing_member)
    parsed = parse_feed(_get(client_for, path).content)
    event = parsed.event("Campaign brief")
    # Planned at T-10 for two days, but PR's press release (T-10, two days) must end first: 8 to 9 March.
    assert event.decoded("DTSTART") == dt.date(2027, 3, 8)
    assert event.decoded("DTEND") == dt.date(2027, 3, 10)
    assert b"DTSTART;VALUE=DATE:20270308" in parsed.body and b"DTEND;VALUE=DATE:20270310" in parsed.body
    (js,) = [e for e in parsed.ical_js["events"] if "Campaign brief" in e["summary"]]
    assert js["all_day"] is True and js["start"] == "2027-03-08" and js["end"] == "2027-03-10"
    assert str(event["TRANSP"]) == "TRANSPARENT" and str(event["STATUS"]) == "CONFIRMED"
    description = str(event["DESCRIPTION"])
    assert "To do" in description and world.marketing_member.full_name in description
    assert "After: Press release" in description
    assert f"http://testserver/launches/{world.launch.pk}?task={world.marketing_task.pk}" in description


def test_events_carry_uid_dtstamp_last_modified_sequence_and_no_people_or_method(
    world, client_for, make_feed, parse_feed
):
    _plan(world, client_for)
    _item, path = make_feed(world.marketing_lead, kind="launch", launch=world.launch.pk)
    parsed = parse_feed(_get(client_for, path).content)
    assert "METHOD" not in parsed.calendar and not list(parsed.calendar.walk("VTODO"))
    assert len(parsed.events) == 5
    for event in parsed.events:
        for name in ("UID", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"):
            assert name in event, (name, event)
        assert "ORGANIZER" not in event and "ATTENDEE" not in event
        assert event.decoded("DTSTAMP").tzinfo is not None
    t_zero = parsed.event("T-0")
    assert t_zero.decoded("DTSTART") == dt.datetime(2027, 3, 16, 8, 0, tzinfo=dt.UTC)
    assert b"DTSTART:20270316T080000Z" in parsed.body
    body = parsed.body.decode()
    assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in body and "\r\nX-PUBLISHED-TTL:PT1H\r\n" in body
    assert f"\r\nX-WR-CALNAME:T-Minus: {world.launch.name}\r\n" in body
    assert parsed.ical_js["timezones"] == 0  # every moment is UTC, every task an all-day date: no VTIMEZONE


def test_moving_t_zero_changes_dtstart_raises_sequence_and_keeps_every_uid(
    world, client_for, make_feed, parse_feed, clock
):
    _plan(world, client_for)
    fixed = TaskFactory(
        workstream=world.pr_ws, title="Book venue", schedule_mode=ScheduleMode.FIXED, offset_days=None,
        start_date=dt.date(2027, 2, 1),
    )  # fmt: skip
    assert client_for(world.office).patch(f"/api/v1/tasks/{fixed.pk}/", {"duration_days": 3}).status_code == 200
    _item, path = make_feed(world.office, kind="launch", launch=world.launch.pk)
    first = _get(client_for, path)
    before = parse_feed(first.content).by_uid()
    clock.advance(hours=2)
    response = client_for(world.office).post(
        f"/api/v1/launches/{world.launch.pk}/move-t-zero/", {"t_zero": "2027-03-23T08:00:00Z"}
    )
    assert response.status_code == 200, response.json()
    second = _get(client_for, path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second["ETag"] != first["ETag"]
    after = parse_feed(second.content).by_uid()
    assert set(after) == set(before)
    for uid, old in before.items():
        new = after[uid]
        if "Book venue" in str(old["SUMMARY"]):
            assert new.decoded("DTSTART") == old.decoded("DTSTART")
            assert new.decoded("SEQUENCE") == old.decoded("SEQUENCE")
            continue
        assert new.decoded("DTSTART") - old.decoded("DTSTART") == dt.timedelta(days=7), str(old["SUMMARY"])
        assert new.decoded("SEQUENCE") == old.decoded("SEQUENCE") + 1
        assert new.decoded("LAST-MODIFIED") > old.decoded("LAST-MODIFIED")
        assert new.decoded("LAST-MODIFIED") == clock.now.replace(microsecond=0)


def test_cancelled_task_comes_out_as_status_cancelled_with_a_higher_sequence(world, client_for, make_feed, parse_feed):
    _item, path = make_feed(world.marketing_member)
    before = parse_feed(_get(client_for, path).content).event("Campaign brief")
    response = client_for(world.marketing_lead).patch(
        f"/api/v1/tasks/{world.marketing_task.pk}/", {"status": "cancelled"}
    )
    assert response.status_code == 200
    parsed = parse_feed(_get(client_for, path).content)
    after = parsed.event("Campaign brief")
    assert str(after["STATUS"]) == "CANCELLED" and after["UID"] == before["UID"]
    assert after.decoded("SEQUENCE") > before.decoded("SEQUENCE")
    (js,) = [event for event in parsed.ical_js["events"] if "Campaign brief" in event["summary"]]
    assert js["status"] == "CANCELLED"


def test_sequence_never_goes_down_and_is_a_small_counter(world, client_for, make_feed, parse_feed):
    _item, path = make_feed(world.marketing_member)
    seen = []
    for status in ("in_progress", "todo", "cancelled", "todo", "done"):
        client_for(world.marketing_lead).patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"status": status})
        seen.append(parse_feed(_get(client_for, path).content).event("Campaign brief").decoded("SEQUENCE"))
    assert seen == [1, 2, 3, 4, 5]


def test_a_deleted_task_stays_cancelled_for_30_days_then_leaves(world, client_for, make_feed, parse_feed, clock):
    _item, path = make_feed(world.marketing_member)
    uid = str(parse_feed(_get(client_for, path).content).event("Campaign brief")["UID"])
    assert client_for(world.marketing_lead).delete(f"/api/v1/tasks/{world.marketing_task.pk}/").status_code == 204
    event = parse_feed(_get(client_for, path).content).event("Campaign brief")
    assert str(event["STATUS"]) == "CANCELLED" and str(event["UID"]) == uid and event.decoded("SEQUENCE") == 1
    clock.advance(days=30)
    assert str(parse_feed(_get(client_for, path).content).event("Campaign brief")["STATUS"]) == "CANCELLED"
    clock.advance(days=2)
    assert "Campaign brief" not in _get(client_for, path).content.decode()


def test_a_cancelled_launch_cancels_every_item(world, client_for, make_feed, parse_feed):
    _item, path = make_feed(world.office, kind="launch", launch=world.launch.pk)
    assert client_for(world.office).post(
        f"/api/v1/launches/{world.launch.pk}/transition/", {"status": "cancelled"}
    ).status_code == 200  # fmt: skip
    parsed = parse_feed(_get(client_for, path).content)
    assert parsed.events and {str(event["STATUS"]) for event in parsed.events} == {"CANCELLED"}


def test_finished_items_leave_the_feed_a_few_weeks_after_they_end(world, client_for, make_feed, clock):
    _item, path = make_feed(world.marketing_member)
    clock.now = dt.datetime(2027, 3, 20, tzinfo=dt.UTC)
    assert "Campaign brief" in _get(client_for, path).content.decode()
    clock.now = dt.datetime(2027, 4, 30, tzinfo=dt.UTC)
    assert "Campaign brief" not in _get(client_for, path).content.decode()


HOSTILE = "Evil\r\nATTENDEE:mailto:boss@example.com\r\nEND:VEVENT;a,b\\c\x07\x0b\x1b 😀 日本語 عربى"


def test_hostile_text_cannot_inject_a_property_or_break_the_file(world, client_for, make_feed, parse_feed):
    Task.objects.filter(pk=world.marketing_task.pk).update(title=HOSTILE)
    long_text = (HOSTILE + " ; , \n") * 90  # over 5 KB
    response = client_for(world.office).post(
        "/api/v1/gates/",
        {"launch": world.launch.pk, "name": HOSTILE[:190], "offset_days": -1, "description": long_text},
    )
    assert response.status_code == 201, response.json()
    response = client_for(world.office).patch(f"/api/v1/launches/{world.launch.pk}/", {"name": HOSTILE[:190]})
    assert response.status_code == 200, response.json()
    _item, path = make_feed(world.marketing_lead, kind="launch", launch=world.launch.pk)
    parsed = parse_feed(_get(client_for, path).content)
    lines = parsed.body.split(b"\r\n")
    assert not [line for line in lines if line.startswith((b"ATTENDEE", b"ORGANIZER"))]
    assert lines.count(b"END:VEVENT") == len(parsed.events) == 4
    assert all(len(line) <= 75 for line in lines)
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", parsed.body)
    assert b"\n" not in parsed.body.replace(b"\r\n", b"")
    task = parsed.event("[Marketing] Evil")
    assert str(task["SUMMARY"]).startswith(
        "[Marketing] Evil ATTENDEE:mailto:boss@example.com END:VEVENT;a,b\\c 😀 日本語 عربى · "
    )
    (js,) = [event for event in parsed.ical_js["events"] if event["summary"].startswith("[Marketing] Evil")]
    assert js["summary"] == str(task["SUMMARY"]) and js["names"].count("summary") == 1
    gate = next(event for event in parsed.events if str(event["SUMMARY"]).startswith("Gate: "))
    assert len(str(gate["DESCRIPTION"])) < 600
    assert parsed.ical_js["name"].startswith("T-Minus: Evil ATTENDEE")


def test_an_empty_feed_is_still_a_valid_calendar(world, client_for, make_feed, parse_feed):
    _item, path = make_feed(world.viewer)
    parsed = parse_feed(_get(client_for, path).content)
    assert parsed.events == [] and parsed.ical_js["events"] == []
    assert list(parsed.calendar.walk("VTIMEZONE"))


def test_unchanged_data_gives_byte_identical_output(world, client_for, make_feed):
    from django.core.cache import cache

    _item, path = make_feed(world.marketing_lead, kind="launch", launch=world.launch.pk)
    first = _get(client_for, path).content
    cache.clear()
    assert _get(client_for, path).content == first
    assert b"\r\nUID:" in first and first.count(b"UID:") == 3  # T-0 and two tasks, none for the calendar


def test_uids_never_change_and_are_unique(world, client_for, make_feed, parse_feed):
    _item, path = make_feed(world.office, kind="launch", launch=world.launch.pk)
    uids = list(parse_feed(_get(client_for, path).content).by_uid())
    response = client_for(world.office).patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"title": "Renamed"})
    assert response.status_code == 200, response.json()
    assert sorted(parse_feed(_get(client_for, path).content).by_uid()) == sorted(uids)
    assert len(set(uids)) == 3 == CalendarEntry.objects.count()


# The revision (ETag, Last-Modified) changes when an item leaves a feed, not only when one in it changes.


def _status_in(response, summary_part: str) -> str:
    import icalendar

    calendar = icalendar.Calendar.from_ical(response.content)
    (event,) = [event for event in calendar.walk("VEVENT") if summary_part in str(event["SUMMARY"])]
    return str(event["STATUS"])


def _etag(client_for, path: str) -> str:
    return _get(client_for, path)["ETag"]


def test_reassigning_a_task_away_changes_the_former_assignees_feed(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_member)
    before = _etag(client_for, path)
    other = UserFactory()
    client_for(world.marketing_lead).patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"assignee": other.pk})
    response = client_for(None).get(path, HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200 and response["ETag"] != before
    assert _status_in(response, "Campaign brief") == "CANCELLED"  # it left the feed: cancelled for a while


def test_moving_a_task_to_another_department_changes_the_department_feed(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_lead, kind="department", department=world.marketing.pk)
    before = _etag(client_for, path)
    response = client_for(world.office).patch(
        f"/api/v1/tasks/{world.marketing_task.pk}/", {"workstream": world.pr_ws.pk}
    )
    assert response.status_code == 200, response.json()
    response = client_for(None).get(path, HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200 and _status_in(response, "Campaign brief") == "CANCELLED"


def test_deleting_a_workstream_changes_the_feed(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_lead, kind="department", department=world.marketing.pk)
    before = _etag(client_for, path)
    assert client_for(world.office).delete(f"/api/v1/workstreams/{world.marketing_ws.pk}/").status_code == 204
    response = client_for(None).get(path, HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200
    assert "STATUS:CANCELLED" in response.content.decode()


def test_losing_a_department_cancels_its_feed_and_changes_the_revision(world, client_for, make_feed, parse_feed):
    _item, path = make_feed(world.marketing_member, kind="department", department=world.marketing.pk)
    first = _get(client_for, path)
    assert b"Campaign brief" in first.content
    DepartmentMembership.objects.filter(user=world.marketing_member).delete()
    response = client_for(None).get(
        path, HTTP_IF_NONE_MATCH=first["ETag"], HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
    )
    assert response.status_code == 200 and response["ETag"] != first["ETag"]
    assert {str(event["STATUS"]) for event in parse_feed(response.content).events} == {"CANCELLED"}
    assert response["Last-Modified"] != first["Last-Modified"]


def test_a_lead_who_steps_down_no_longer_sees_the_gates_to_approve(world, client_for, make_feed):
    _plan(world, client_for)
    _item, path = make_feed(world.marketing_lead)
    first = _get(client_for, path)
    assert b"Go/No-Go" in first.content
    DepartmentMembership.objects.filter(user=world.marketing_lead).update(role="member")
    response = client_for(None).get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200 and _status_in(response, "Go/No-Go") == "CANCELLED"


def test_an_item_joining_and_one_leaving_in_one_change_changes_the_revision(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_lead, kind="department", department=world.marketing.pk)
    before = _etag(client_for, path)
    # Swap: Marketing's task goes to PR, PR's comes to Marketing, one request after the other.
    office = client_for(world.office)
    assert office.patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"workstream": world.pr_ws.pk}).status_code == 200
    assert office.patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"workstream": world.marketing_ws.pk}).status_code == 200
    assert _etag(client_for, path) != before


def test_another_departments_change_leaves_the_feed_unchanged(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_member)
    before = _etag(client_for, path)
    response = client_for(world.pr_lead).patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"title": "Press release v2"})
    assert response.status_code == 200, response.json()
    assert Task.objects.get(pk=world.pr_task.pk).title == "Press release v2"
    assert client_for(None).get(path, HTTP_IF_NONE_MATCH=before).status_code == 304


# HTTP


def test_feed_http_headers(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_member)
    response = client_for(None).get(path, HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["ETag"].startswith('"') and response["Last-Modified"].endswith("GMT")
    assert "private" in response["Cache-Control"]
    assert not response.has_header("Content-Encoding")
    assert not response.has_header("Set-Cookie")
    token = path.removeprefix("/calendars/").removesuffix(".ics")
    assert token.encode() not in response.content


def test_conditional_get_answers_304_with_etag_or_last_modified(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_member)
    first = _get(client_for, path)
    by_etag = client_for(None).get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert by_etag.status_code == 304 and by_etag.content == b"" and by_etag["ETag"] == first["ETag"]
    by_date = client_for(None).get(path, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_date.status_code == 304


def test_head_answers_the_headers_of_get_without_a_body(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_member)
    get = _get(client_for, path)
    head = client_for(None).head(path)
    assert head.status_code == 200 and head.content == b""
    assert head["ETag"] == get["ETag"] and head["Content-Type"] == get["Content-Type"]
    assert int(head["Content-Length"]) == len(get.content)
    assert client_for(None).head(path, HTTP_IF_NONE_MATCH=get["ETag"]).status_code == 304


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_a_feed_is_read_only(world, client_for, make_feed, method):
    _item, path = make_feed(world.marketing_member)
    assert getattr(client_for(None), method)(path).status_code == 405


@pytest.mark.parametrize(
    "path",
    [
        "/calendars/" + "0" * 64 + ".ics",
        "/calendars/not-a-token.ics",
        "/calendars/" + "A" * 64 + ".ics",
        "/calendars/x.ics",
    ],
)
def test_an_unknown_token_is_404_never_a_login_redirect_or_the_app(client_for, db, path):
    response = client_for(None).get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/plain")


def test_a_revoked_feed_answers_404_at_once(world, client_for, make_feed):
    item, path = make_feed(world.marketing_member)
    _get(client_for, path)
    assert client_for(world.marketing_member).delete(f"/api/v1/calendar-feeds/{item['id']}/").status_code == 204
    assert client_for(None).get(path).status_code == 404


def test_a_rotated_feed_answers_only_at_its_new_url(world, client_for, make_feed):
    item, path = make_feed(world.marketing_member)
    _get(client_for, path)
    response = client_for(world.marketing_member).post(f"/api/v1/calendar-feeds/{item['id']}/rotate/")
    assert response.status_code == 200
    new_path = response.json()["url"].removeprefix("http://testserver")
    assert new_path != path
    assert client_for(None).get(path).status_code == 404
    assert _get(client_for, new_path).content.startswith(b"BEGIN:VCALENDAR")


def test_a_deactivated_owners_feeds_answer_404(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_member)
    world.marketing_member.is_active = False
    world.marketing_member.save()
    assert client_for(None).get(path).status_code == 404


def test_the_token_has_256_bits_and_the_database_holds_only_its_salt_and_hash(world, client_for, make_feed):
    from calendars.models import CalendarFeed

    _item, path = make_feed(world.marketing_member)
    token = path.removeprefix("/calendars/").removesuffix(".ics")
    assert len(token) == 64
    feed = CalendarFeed.objects.get()
    stored = " ".join(str(value) for value in CalendarFeed.objects.values_list().get())
    assert token not in stored and feed.token_digest != token


def test_an_unchanged_feed_is_not_rendered_again(world, client_for, make_feed, monkeypatch):
    from calendars import rendering

    calls = []
    real = rendering.calendar_bytes
    monkeypatch.setattr(rendering, "calendar_bytes", lambda **kwargs: calls.append(1) or real(**kwargs))
    _item, path = make_feed(world.marketing_member)
    first = _get(client_for, path)
    second = _get(client_for, path)
    assert second.content == first.content and len(calls) == 1
    client_for(world.marketing_lead).patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"title": "New title"})
    assert b"New title" in _get(client_for, path).content and len(calls) == 2


@pytest.mark.parametrize("kind", ["user", "department", "launch"])
def test_conditional_get_runs_three_queries_whatever_the_size(
    world, client_for, make_feed, django_assert_num_queries, kind
):
    from calendars.services import calendar_entries_sync

    body = {"kind": kind, "department": world.marketing.pk} if kind == "department" else {"kind": kind}
    if kind == "launch":
        body["launch"] = world.launch.pk
    _item, path = make_feed(world.marketing_lead, **body)
    for size in (5, 120):
        for _ in range(size):
            TaskFactory(workstream=world.marketing_ws, assignee=world.marketing_lead)
        other = WorkstreamFactory(department=DepartmentFactory(), lead=world.marketing_lead)
        TaskFactory(workstream=other, assignee=world.marketing_lead)
        calendar_entries_sync(launch_ids=[world.launch.pk, other.launch_id])
        etag = _get(client_for, path)["ETag"]
        client = client_for(None)
        with django_assert_num_queries(3):
            assert client.get(path, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_feed_past_its_byte_budget_keeps_the_nearest_open_events_and_says_so(
    world, client_for, make_feed, parse_feed, monkeypatch
):
    from calendars import rendering
    from calendars.services import calendar_entries_sync

    for offset in range(-30, 0):
        TaskFactory(workstream=world.marketing_ws, title=f"Step {offset}", offset_days=offset, duration_days=1)
    calendar_entries_sync(launch_ids=[world.launch.pk])
    monkeypatch.setattr(rendering, "FEED_MAX_BYTES", rendering.HEADER_ALLOWANCE + 6000)
    _item, path = make_feed(world.office, kind="launch", launch=world.launch.pk)
    parsed = parse_feed(_get(client_for, path).content)
    steps = [event for event in parsed.events if "Step" in str(event["SUMMARY"])]
    assert 0 < len(steps) < 30
    assert len(parsed.body) < rendering.HEADER_ALLOWANCE + 6000 + 1000  # the notice event comes on top
    left_out = 32 - len(steps) - sum("Campaign brief" in s or "Press release" in s for s in _summaries(parsed))
    assert str(parsed.calendar["X-WR-CALDESC"]).startswith(f"{left_out} items are left out")
    starts = sorted(event.decoded("DTSTART") for event in steps)
    assert starts[0] == dt.date(2027, 2, 14)  # T-30, the earliest


def test_previewing_a_move_of_t_zero_changes_no_event(world, client_for, make_feed):
    _item, path = make_feed(world.office, kind="launch", launch=world.launch.pk)
    before = _get(client_for, path)
    response = client_for(world.office).post(
        f"/api/v1/launches/{world.launch.pk}/move-t-zero/", {"t_zero": "2027-03-23T08:00:00Z", "preview": True}
    )
    assert response.status_code == 200
    assert client_for(None).get(path, HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 304


def test_a_launch_deleted_behind_the_services_back_leaves_no_live_event(world, client_for, make_feed, parse_feed):
    from io import StringIO

    from django.core.management import call_command

    from calendars.models import CalendarEntry
    from launches.models import Launch

    _item, path = make_feed(world.marketing_member)
    assert b"Campaign brief" in _get(client_for, path).content
    Launch.objects.filter(pk=world.launch.pk).delete()  # a bulk delete: no service, no sync
    assert parse_feed(_get(client_for, path).content).events == []
    call_command("calendar_sync", stdout=StringIO())
    assert not CalendarEntry.objects.filter(cancelled_at__isnull=True).exists()
    statuses = {str(event["STATUS"]) for event in parse_feed(_get(client_for, path).content).events}
    assert statuses == {"CANCELLED"}


def test_the_calendar_feed_says_the_moment_a_task_is_due(world, client_for, make_feed, parse_feed):
    office = client_for(world.office)
    task = world.marketing_task
    assert office.patch(f"/api/v1/tasks/{task.pk}/", {"due_time": "02:00"}, format="json").status_code == 200
    _item, path = make_feed(world.marketing_member)
    event = parse_feed(_get(client_for, path).content).event(task.title)
    timeline = office.get(f"/api/v1/launches/{world.launch.pk}/timeline/").json()
    due = next(item["due"] for item in timeline["tasks"] if item["id"] == task.pk)
    assert f"Due {due} at 02:00 ({world.launch.time_zone})" in str(event["DESCRIPTION"])

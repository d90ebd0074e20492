"""Issue 19: feeds that never lose launch day and say what they hold. Capped feeds keep what matters and say what
they left out; items that leave a feed for any reason arrive as CANCELLED for a while; communications in
department and personal feeds; events that name their launch and open the item; no misleading VTIMEZONE; 405
and per-host ETags; no feed over plain http in production."""

import datetime as dt

import pytest
from django.test import Client, override_settings

from accounts.models import DepartmentMembership
from calendars.models import CalendarEntry
from launches.models import Launch, TaskStatus
from tests.communications.factories import CommunicationFactory
from tests.factories import TaskFactory, UserFactory

pytestmark = pytest.mark.django_db


def _get(client_for, path: str, **headers):
    response = client_for(None).get(path, **headers)
    assert response.status_code == 200, response.content[:300]
    return response


def _status_of(parsed, summary_part: str) -> str:
    return str(parsed.event(summary_part)["STATUS"])


def _sync(world) -> None:
    from calendars.services import calendar_entries_sync

    calendar_entries_sync(launch_ids=[world.launch.pk])


# 1. The size cap keeps what matters.


def _big_plan(world):
    """Thirty open tasks after T-0's neighbours, ten finished ones, a critical chain ending at T-0, a milestone
    and a gate far out."""
    for offset in range(1, 31):
        TaskFactory(workstream=world.marketing_ws, title=f"Later step {offset}", offset_days=offset, duration_days=1)
    for offset in range(-12, -2):
        TaskFactory(
            workstream=world.pr_ws,
            title=f"Finished step {offset}",
            offset_days=offset,
            duration_days=1,
            status=TaskStatus.DONE,
        )


def test_a_capped_feed_keeps_t_zero_gates_milestones_and_critical_work_and_says_what_it_left_out(
    world, client_for, make_feed, parse_feed, monkeypatch
):
    from calendars import rendering

    _big_plan(world)
    office = client_for(world.office)
    assert (
        office.post(
            "/api/v1/milestones/", {"launch": world.launch.pk, "name": "Far review", "offset_days": 40}
        ).status_code
        == 201
    )
    gate = office.post(
        "/api/v1/gates/",
        {"launch": world.launch.pk, "name": "Late gate", "offset_days": 45, "approver_departments": [world.pr.pk]},
    )
    assert gate.status_code == 201, gate.json()
    _sync(world)
    monkeypatch.setattr(rendering, "FEED_MAX_BYTES", rendering.HEADER_ALLOWANCE + 9000)
    item, path = make_feed(world.office, kind="launch", launch=world.launch.pk)
    parsed = parse_feed(_get(client_for, path).content)
    summaries = [str(event["SUMMARY"]) for event in parsed.events]
    # Launch day, the milestone and the gate are in whatever their distance.
    assert any(summary.startswith("T-0: ") for summary in summaries)
    assert any("Far review" in summary for summary in summaries)
    assert any("Late gate" in summary for summary in summaries)
    # Finished work goes first: none is left while open work is cut.
    later = [s for s in summaries if "Later step" in s]
    assert 0 < len(later) < 30
    assert not any("Finished step" in s for s in summaries)
    # What is cut of the open work is the farthest.
    kept = sorted(int(s.split("Later step ")[1].split(" ")[0]) for s in later)
    assert kept == list(range(1, len(kept) + 1))
    # A subscriber sees an event that says so, and the dialog says it too.
    notice = parsed.event("items are not in this calendar")
    assert str(notice["STATUS"]) == "CONFIRMED"
    left_out = 30 - len(kept) + 10
    assert str(notice["SUMMARY"]).startswith(f"T-Minus: {left_out} items")
    feeds = office.get("/api/v1/calendar-feeds/").json()["results"]
    listed = next(feed for feed in feeds if feed["id"] == item["id"])
    assert listed["items_left_out"] == left_out
    assert f"{left_out} items are left out" in listed["left_out_note"]


def test_open_critical_work_is_kept_even_when_far(world, client_for, make_feed, parse_feed, monkeypatch):
    from calendars import rendering

    for offset in range(-60, -30):
        TaskFactory(workstream=world.marketing_ws, title=f"Early step {offset}", offset_days=offset, duration_days=1)
    # The work due on launch day drives T-0: it is critical, and the farthest open work of all.
    last = TaskFactory(
        workstream=world.pr_ws, title="Critical final step", offset_days=0, duration_days=1, needed_for_launch=True
    )
    _sync(world)
    assert CalendarEntry.objects.get(kind="task", object_id=last.pk).critical
    monkeypatch.setattr(rendering, "FEED_MAX_BYTES", rendering.HEADER_ALLOWANCE + 6000)
    _item, path = make_feed(world.office, kind="launch", launch=world.launch.pk)
    parsed = parse_feed(_get(client_for, path).content)
    assert _status_of(parsed, "Critical final step") == "CONFIRMED"
    assert len([event for event in parsed.events if "Early step" in str(event["SUMMARY"])]) < 30


def test_an_event_the_cap_pushes_out_is_cancelled_not_dropped(world, client_for, make_feed, parse_feed, monkeypatch):
    from calendars import rendering

    for offset in range(1, 21):
        TaskFactory(workstream=world.marketing_ws, title=f"Step {offset:02d}", offset_days=offset, duration_days=1)
    _sync(world)
    monkeypatch.setattr(rendering, "FEED_MAX_BYTES", rendering.HEADER_ALLOWANCE + 9000)
    _item, path = make_feed(world.office, kind="launch", launch=world.launch.pk)
    first = parse_feed(_get(client_for, path).content)
    shown = {str(event["UID"]): event for event in first.events if "Step" in str(event["SUMMARY"])}
    farthest = max(shown.values(), key=lambda event: str(event["SUMMARY"]))
    # Twenty near-term tasks push the farthest ones out.
    for _ in range(20):
        TaskFactory(workstream=world.marketing_ws, title="Urgent", offset_days=-1, duration_days=1)
    _sync(world)
    second = parse_feed(_get(client_for, path).content).by_uid()
    pushed = second[str(farthest["UID"])]
    assert str(pushed["STATUS"]) == "CANCELLED"
    assert int(pushed["SEQUENCE"]) > int(farthest["SEQUENCE"])


# 2. Items that leave a feed arrive as CANCELLED.


def test_a_task_reassigned_away_is_cancelled_in_the_former_assignees_feed(world, client_for, make_feed, parse_feed):
    _item, path = make_feed(world.marketing_member)
    before = parse_feed(_get(client_for, path).content)
    task_event = before.event(world.marketing_task.title)
    response = client_for(world.marketing_lead).patch(
        f"/api/v1/tasks/{world.marketing_task.pk}/", {"assignee": UserFactory().pk}
    )
    assert response.status_code == 200
    after = parse_feed(_get(client_for, path).content).by_uid()
    gone = after[str(task_event["UID"])]
    assert str(gone["STATUS"]) == "CANCELLED"
    assert int(gone["SEQUENCE"]) > int(task_event["SEQUENCE"])
    # The member has no task left in the launch: its launch day leaves their feed, cancelled.
    t_zero = next(event for event in before.events if str(event["SUMMARY"]).startswith("T-0: "))
    assert str(after[str(t_zero["UID"])]["STATUS"]) == "CANCELLED"


def test_a_task_given_back_comes_back_confirmed_with_a_higher_sequence(world, client_for, make_feed, parse_feed):
    _item, path = make_feed(world.marketing_member)
    uid = str(parse_feed(_get(client_for, path).content).event(world.marketing_task.title)["UID"])
    lead = client_for(world.marketing_lead)
    lead.patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"assignee": UserFactory().pk})
    cancelled = parse_feed(_get(client_for, path).content).by_uid()[uid]
    lead.patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"assignee": world.marketing_member.pk})
    back = parse_feed(_get(client_for, path).content).by_uid()[uid]
    assert str(back["STATUS"]) == "CONFIRMED"
    assert int(back["SEQUENCE"]) > int(cancelled["SEQUENCE"])


def test_a_task_moved_to_another_department_is_cancelled_in_the_old_departments_feed(
    world, client_for, make_feed, parse_feed
):
    _item, path = make_feed(world.marketing_lead, kind="department", department=world.marketing.pk)
    uid = str(parse_feed(_get(client_for, path).content).event(world.marketing_task.title)["UID"])
    response = client_for(world.office).patch(
        f"/api/v1/tasks/{world.marketing_task.pk}/", {"workstream": world.pr_ws.pk}
    )
    assert response.status_code == 200
    assert str(parse_feed(_get(client_for, path).content).by_uid()[uid]["STATUS"]) == "CANCELLED"


def test_a_deleted_launch_cancels_its_days_in_department_feeds_and_its_own_feed_keeps_answering(
    world, client_for, make_feed, parse_feed
):
    _dept, department_path = make_feed(world.marketing_lead, kind="department", department=world.marketing.pk)
    _launch, launch_path = make_feed(world.viewer, kind="launch", launch=world.launch.pk)
    before = parse_feed(_get(client_for, department_path).content)
    t_zero_uid = str(next(e for e in before.events if str(e["SUMMARY"]).startswith("T-0: "))["UID"])
    launch_before = parse_feed(_get(client_for, launch_path).content)
    assert client_for(world.office).delete(f"/api/v1/launches/{world.launch.pk}/").status_code == 204
    assert not Launch.objects.filter(pk=world.launch.pk).exists()
    after = parse_feed(_get(client_for, department_path).content).by_uid()
    assert str(after[t_zero_uid]["STATUS"]) == "CANCELLED"
    launch_after = parse_feed(_get(client_for, launch_path).content)
    assert set(launch_after.by_uid()) == set(launch_before.by_uid())
    assert {str(event["STATUS"]) for event in launch_after.events} == {"CANCELLED"}
    assert world.launch.name in str(launch_after.calendar["X-WR-CALNAME"])


def test_losing_a_department_cancels_what_its_feed_held(world, client_for, make_feed, parse_feed):
    _item, path = make_feed(world.marketing_member, kind="department", department=world.marketing.pk)
    before = parse_feed(_get(client_for, path).content)
    assert before.events
    DepartmentMembership.objects.filter(user=world.marketing_member).delete()
    after = parse_feed(_get(client_for, path).content)
    assert set(after.by_uid()) == set(before.by_uid())
    assert {str(event["STATUS"]) for event in after.events} == {"CANCELLED"}


def test_what_left_a_feed_goes_after_the_cancelled_period(world, client_for, make_feed, parse_feed, clock):
    from calendars.selectors import FEED_CANCELLED_DAYS

    _item, path = make_feed(world.marketing_member)
    uid = str(parse_feed(_get(client_for, path).content).event(world.marketing_task.title)["UID"])
    client_for(world.marketing_lead).patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"assignee": None})
    assert uid in parse_feed(_get(client_for, path).content).by_uid()
    clock.advance(days=FEED_CANCELLED_DAYS - 1)
    assert uid in parse_feed(_get(client_for, path).content).by_uid()
    clock.advance(days=2)
    assert uid not in parse_feed(_get(client_for, path).content).by_uid()


def test_finished_work_that_ages_out_of_the_window_is_not_cancelled(world, client_for, make_feed, parse_feed, clock):
    _item, path = make_feed(world.marketing_member)
    uid = str(parse_feed(_get(client_for, path).content).event(world.marketing_task.title)["UID"])
    # Far past the task's end and T-0: the window drops them; they were never cancelled.
    clock.now = world.launch.t_zero + dt.timedelta(days=60)
    assert uid not in parse_feed(_get(client_for, path).content).by_uid()


# 3. Communications in department and personal feeds.


def _approved(world, client_for, **fields):
    item = CommunicationFactory(launch=world.launch, **fields)
    assert client_for(item.author).post(f"/api/v1/communications/{item.pk}/submit/").status_code == 200
    response = client_for(world.office).post(f"/api/v1/communications/{item.pk}/decide/", {"decision": "approve"})
    assert response.status_code == 200, response.content
    return item


def test_approved_communications_are_in_the_departments_and_the_authors_feeds_with_their_embargo(
    world, client_for, make_feed, parse_feed
):
    item = _approved(
        world,
        client_for,
        author=world.pr_member,
        department=world.pr,
        title="Embargoed announcement",
        kind="press_release",
        offset_days=0,
        embargo="t_zero",
    )
    _d, department_path = make_feed(world.pr_lead, kind="department", department=world.pr.pk)
    _m, author_path = make_feed(world.pr_member)
    _o, other_path = make_feed(world.marketing_member)
    for path in (department_path, author_path):
        event = parse_feed(_get(client_for, path).content).event(f"{item.title} · {world.launch.name}")
        assert "Embargo: not before T-0" in str(event["DESCRIPTION"])
    assert item.title.encode() not in _get(client_for, other_path).content


# 4. Events name their launch and describe their item.


def test_task_events_name_their_launch_and_describe_the_task(world, client_for, make_feed, parse_feed):
    task = world.marketing_task
    task.description = "First line of notes\nSecond line <b>bold</b>"
    task.save()
    _sync(world)
    _item, path = make_feed(world.marketing_member)
    event = parse_feed(_get(client_for, path).content).event(task.title)
    assert str(event["SUMMARY"]) == f"[{world.marketing.name}] {task.title} · {world.launch.name}"
    description = str(event["DESCRIPTION"])
    assert f"Department: {world.marketing.name}" in description
    assert "Status: To do" in description
    assert f"T-{-task.offset_days}" in description
    assert f"Assignee: {world.marketing_member.full_name}" in description
    assert "Critical: " in description
    assert "First line of notes\nSecond line <b>bold</b>" in description


def test_milestone_descriptions_keep_their_line_breaks(world, client_for, make_feed, parse_feed):
    office = client_for(world.office)
    response = office.post(
        "/api/v1/milestones/",
        {"launch": world.launch.pk, "name": "Embargo lifts", "offset_days": -2, "description": "One\nTwo\nThree"},
    )
    assert response.status_code == 201
    _item, path = make_feed(world.office, kind="launch", launch=world.launch.pk)
    event = parse_feed(_get(client_for, path).content).event("Embargo lifts")
    assert "One\nTwo\nThree" in str(event["DESCRIPTION"])


def test_each_event_has_a_url_of_its_item_categories_and_a_color(world, client_for, make_feed, parse_feed):
    _item, path = make_feed(world.marketing_member)
    parsed = parse_feed(_get(client_for, path).content)
    event = parsed.event(world.marketing_task.title)
    assert str(event["URL"]) == f"http://testserver/launches/{world.launch.pk}?task={world.marketing_task.pk}"
    categories = [str(value) for value in event["CATEGORIES"].cats]
    assert categories == ["Task", world.marketing.name]
    assert str(event["COLOR"])
    t_zero = next(e for e in parsed.events if str(e["SUMMARY"]).startswith("T-0: "))
    assert [str(value) for value in t_zero["CATEGORIES"].cats] == ["T-0"]
    assert str(t_zero["COLOR"]) != str(event["COLOR"])


def test_reminders_are_off_until_the_subscriber_switches_them_on(world, client_for, make_feed, parse_feed):
    item, path = make_feed(world.marketing_member)
    assert not list(parse_feed(_get(client_for, path).content).calendar.walk("VALARM"))
    client = client_for(world.marketing_member)
    response = client.patch(f"/api/v1/calendar-feeds/{item['id']}/", {"reminder_minutes": 60}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["reminder_minutes"] == 60
    parsed = parse_feed(_get(client_for, path).content)
    t_zero = next(e for e in parsed.events if str(e["SUMMARY"]).startswith("T-0: "))
    (alarm,) = t_zero.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -dt.timedelta(hours=1)
    assert str(alarm["ACTION"]) == "DISPLAY"
    refused = client.patch(f"/api/v1/calendar-feeds/{item['id']}/", {"reminder_minutes": 7}, format="json")
    assert refused.status_code == 400 and "reminder_minutes" in refused.json()["extra"]["fields"]
    unknown = client.patch(f"/api/v1/calendar-feeds/{item['id']}/", {"kind": "launch"}, format="json")
    assert unknown.status_code == 400
    other = client_for(world.marketing_lead).patch(
        f"/api/v1/calendar-feeds/{item['id']}/", {"reminder_minutes": None}, format="json"
    )
    assert other.status_code == 404
    assert client.get("/api/v1/calendar-feeds/").json()["results"][0]["reminder_minutes"] == 60


# 6. No misleading VTIMEZONE.


def test_a_feed_with_events_holds_no_vtimezone_since_no_event_uses_one(world, client_for, make_feed, parse_feed):
    world.marketing_member.time_zone = "America/New_York"
    world.marketing_member.save()
    _item, path = make_feed(world.marketing_member)
    parsed = parse_feed(_get(client_for, path).content)
    assert parsed.events
    assert not list(parsed.calendar.walk("VTIMEZONE"))
    assert b"TZID" not in parsed.body
    assert str(parsed.calendar["X-WR-TIMEZONE"]) == "America/New_York"


# 7. 405 and the ETag.


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_non_get_methods_answer_405_with_allow_even_with_csrf_checks(world, client_for, make_feed, method):
    _item, path = make_feed(world.marketing_member)
    response = getattr(Client(enforce_csrf_checks=True), method)(path)
    assert response.status_code == 405
    assert set(response["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD"}


def test_the_etag_differs_when_the_host_and_so_the_body_differs(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_member)
    with override_settings(ALLOWED_HOSTS=["a.example", "b.example"]):
        first = client_for(None).get(path, HTTP_HOST="a.example")
        second = client_for(None).get(path, HTTP_HOST="b.example")
    assert first.content != second.content
    assert first["ETag"] != second["ETag"]


# 8. No token over plain http in production.


def test_plain_http_feeds_are_refused_in_production_not_redirected(world, client_for, make_feed):
    _item, path = make_feed(world.marketing_member)
    with override_settings(CALENDAR_FEEDS_REQUIRE_HTTPS=True, SECURE_SSL_REDIRECT=True):
        plain = client_for(None).get(path)
        secure = client_for(None).get(path, secure=True)
    assert plain.status_code == 403
    assert "Location" not in plain
    assert b"HTTPS" in plain.content and b"BEGIN:VCALENDAR" not in plain.content
    assert secure.status_code == 200 and secure.content.startswith(b"BEGIN:VCALENDAR")


def test_the_webcal_url_is_offered_only_over_https(world, client_for):
    client = client_for(world.marketing_member)
    plain = client.post("/api/v1/calendar-feeds/", {"kind": "user"}, format="json").json()
    assert plain["url"].startswith("http://") and plain["webcal_url"] is None
    secure = client.get("/api/v1/calendar-feeds/", secure=True).json()["results"][0]
    assert secure["url"].startswith("https://") and secure["webcal_url"].startswith("webcal://")


def test_a_deleted_launchs_feed_answers_until_its_items_are_purged_then_goes(world, client_for, make_feed, clock):
    from calendars.models import CalendarFeed
    from calendars.services import ENTRY_PURGE_AFTER, calendar_entries_sweep

    _item, path = make_feed(world.viewer, kind="launch", launch=world.launch.pk)
    assert client_for(world.office).delete(f"/api/v1/launches/{world.launch.pk}/").status_code == 204
    assert _get(client_for, path).status_code == 200
    calendar_entries_sweep(now=clock.now)
    assert CalendarFeed.objects.filter(owner=world.viewer).exists()  # its cancelled items are still shown
    clock.advance(days=ENTRY_PURGE_AFTER.days + 1)
    calendar_entries_sweep(now=clock.now)
    assert not CalendarFeed.objects.filter(owner=world.viewer).exists()
    assert client_for(None).get(path).status_code == 404

"""Working time (issue 15, rule 7): each launch has a working calendar (weekdays, the public holidays of its
regions, its own closures) that only the office sets; durations and lags count working days unless elapsed,
offsets from T-0 count working days when the launch says so, and what is planned on a day off is a warning.
Through the API, as the timeline, readiness and the T-0 move read it. "Today" is pinned before every plan here, so
no forecast from today moves anything (tests/launches/test_forecast.py holds the forecast to account)."""

import datetime as dt
import random

import holidays
import pytest
from django.utils import timezone

from audit.models import AuditEvent
from gates.models import Gate
from launches.models import Launch, ScheduleMode, TaskStatus
from tests.communications.factories import CommunicationFactory
from tests.factories import DependencyFactory, MilestoneFactory, TaskFactory
from tests.launches.plan_api import days as _days
from tests.launches.plan_api import tasks_by_id as _tasks
from tests.launches.plan_api import timeline as _timeline
from tests.launches.plan_api import timeline_response as _timeline_response

pytestmark = pytest.mark.django_db

# A Tuesday, 09:00 in Berlin; a Wednesday 10:00 in New York (the week of US Thanksgiving before it); a Tuesday
# 10:00 in New York (Christmas and New Year before it).
BERLIN_T_ZERO = "2027-03-16T08:00:00Z"
THANKSGIVING_T_ZERO = "2027-12-01T15:00:00Z"
CHRISTMAS_T_ZERO = "2027-01-05T15:00:00Z"
CALENDAR_FIELDS = ("working_weekdays", "holiday_regions", "closures", "offset_count", "plan_version", "t_zero")


@pytest.fixture(autouse=True)
def _today_is_before_every_plan(monkeypatch):
    """Every plan here lies after today, so the forecast from today moves nothing."""
    now = dt.datetime(2026, 6, 1, 10, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(timezone, "now", lambda: now)


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _create_launch(world, client_for, *, t_zero=BERLIN_T_ZERO, time_zone="Europe/Berlin", **calendar):
    """A launch made as the office makes one (Monday to Friday unless `calendar` says otherwise), with a
    Marketing workstream; answers the launch and that workstream."""
    body = {"name": "Aurora", "t_zero": t_zero, "time_zone": time_zone, "departments": [world.marketing.pk]}
    response = client_for(world.office).post("/api/v1/launches/", {**body, **calendar}, format="json")
    assert response.status_code == 201, response.json()
    launch = Launch.objects.get(pk=response.json()["id"])
    return launch, launch.workstreams.get()


def _patch_launch(client, launch, body):
    return client.patch(f"/api/v1/launches/{launch.pk}/", body, format="json")


def _calendar_state(launch):
    return Launch.objects.values(*CALENDAR_FIELDS).get(pk=launch.pk)


def _assert_refused(response, field):
    """A 400 in the error contract whose extra.fields names `field` (or one of its items: closures[0])."""
    assert response.status_code == 400, (response.status_code, response.content)
    body = response.json()
    assert set(body) == {"code", "message", "extra"} and body["message"], body
    assert any(key == field or key.startswith(f"{field}[") for key in body["extra"]["fields"]), body


# The calendar's settings


def test_a_launch_created_through_the_api_works_monday_to_friday_without_holidays(world, client_for):
    launch, _workstream = _create_launch(world, client_for)
    body = client_for(world.viewer).get(f"/api/v1/launches/{launch.pk}/").json()
    assert (body["working_weekdays"], body["holiday_regions"], body["closures"], body["offset_count"]) == (
        [1, 2, 3, 4, 5],
        [],
        [],
        "calendar",
    )
    calendar = _timeline(client_for(world.office), launch)["calendar"]
    assert (calendar["working_weekdays"], calendar["holiday_regions"], calendar["offset_count"]) == (
        [1, 2, 3, 4, 5],
        [],
        "calendar",
    )
    assert calendar["closed_days"] == []


@pytest.mark.parametrize(
    ("field", "value", "stored"),
    [
        pytest.param("holiday_regions", ["US"], ["US"], id="us-holidays"),
        pytest.param("holiday_regions", ["DE-BY"], ["DE-BY"], id="bavarian-holidays"),
        pytest.param("holiday_regions", ["us", "FR"], ["US", "FR"], id="regions-normalised"),
        pytest.param("working_weekdays", [4, 1, 2, 3], [1, 2, 3, 4], id="four-day-week"),
        pytest.param("working_weekdays", [7], [7], id="sundays-only"),
        pytest.param(
            "closures",
            [{"name": "Winter shutdown", "start": "2027-03-01", "end": "2027-03-05"}],
            [{"name": "Winter shutdown", "start": "2027-03-01", "end": "2027-03-05"}],
            id="a-closure",
        ),
        pytest.param(
            "closures",
            [{"start": "2027-03-01", "end": "2027-03-01"}],
            [{"name": "Closed", "start": "2027-03-01", "end": "2027-03-01"}],
            id="an-unnamed-closure",
        ),
        pytest.param("offset_count", "working", "working", id="offsets-count-working-days"),
    ],
)
def test_the_office_sets_the_working_calendar_audited_and_raising_the_plan_version(
    world, client_for, field, value, stored
):
    launch, _workstream = _create_launch(world, client_for)
    office = client_for(world.office)
    etag = _timeline_response(office, launch)["ETag"]
    version = _calendar_state(launch)["plan_version"]
    before = client_for(world.office).get(f"/api/v1/launches/{launch.pk}/").json()[field]

    response = _patch_launch(office, launch, {field: value})
    assert response.status_code == 200, response.json()
    assert response.json()[field] == stored
    assert _calendar_state(launch)[field] == stored
    assert _calendar_state(launch)["plan_version"] > version
    audit = AuditEvent.objects.filter(entity="launch", entity_id=launch.pk, action="update").get()
    assert audit.actor == world.office
    assert audit.changes[field] == {"from": before, "to": stored}
    # The timeline is another one now: a reader holding the old ETag gets the new plan.
    after = _timeline_response(office, launch, HTTP_IF_NONE_MATCH=etag)
    assert after.status_code == 200
    assert after["ETag"] != etag
    if field != "closures":
        assert after.json()["calendar"][field] == stored


@pytest.mark.parametrize("who", ["marketing_lead", "marketing_member", "viewer"])
def test_only_the_office_changes_the_working_calendar(world, client_for, who):
    launch, _workstream = _create_launch(world, client_for)
    before = _calendar_state(launch)
    audits = AuditEvent.objects.count()
    client = client_for(getattr(world, who))
    for body in (
        {"holiday_regions": ["US"]},
        {"working_weekdays": [1, 2, 3]},
        {"closures": [{"name": "Ours", "start": "2027-03-01", "end": "2027-03-02"}]},
        {"offset_count": "working"},
    ):
        response = _patch_launch(client, launch, body)
        assert response.status_code == 403, (body, response.json())
    assert _calendar_state(launch) == before
    assert AuditEvent.objects.count() == audits


def _closure(start, end, **more):
    return [{"name": "Shutdown", "start": start, "end": end, **more}]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"holiday_regions": ["XX"]}, "holiday_regions", id="unknown-country"),
        pytest.param({"holiday_regions": ["US-ZZ"]}, "holiday_regions", id="unknown-region"),
        pytest.param({"holiday_regions": ["DE-BY", "de-by"]}, "holiday_regions", id="duplicate-region"),
        pytest.param({"holiday_regions": ["US", "US"]}, "holiday_regions", id="same-country-twice"),
        pytest.param({"holiday_regions": "US"}, "holiday_regions", id="regions-not-a-list"),
        pytest.param({"holiday_regions": [1]}, "holiday_regions", id="region-not-text"),
        pytest.param({"working_weekdays": [0, 1, 2]}, "working_weekdays", id="weekday-0"),
        pytest.param({"working_weekdays": [1, 8]}, "working_weekdays", id="weekday-8"),
        pytest.param({"working_weekdays": [1, 2, 2]}, "working_weekdays", id="duplicate-weekday"),
        pytest.param({"working_weekdays": []}, "working_weekdays", id="no-weekday"),
        pytest.param({"working_weekdays": "1,2,3"}, "working_weekdays", id="weekdays-not-a-list"),
        pytest.param({"working_weekdays": 1}, "working_weekdays", id="weekdays-a-number"),
        pytest.param({"closures": _closure("2027-03-10", "2027-03-09")}, "closures", id="closure-ends-first"),
        pytest.param({"closures": _closure("2027-03-10", "2027-03-11", why="x")}, "closures", id="closure-extra-key"),
        pytest.param({"closures": [{"name": "Half", "start": "2027-03-10"}]}, "closures", id="closure-no-end"),
        pytest.param({"closures": _closure("2027-02-30", "2027-03-11")}, "closures", id="closure-no-such-day"),
        pytest.param(
            {"closures": {"name": "Shutdown", "start": "2027-03-10", "end": "2027-03-11"}},
            "closures",
            id="closures-not-a-list",
        ),
        pytest.param({"closures": ["2027-03-10"]}, "closures", id="closure-not-an-object"),
        pytest.param({"closures": _closure("2027-01-01", "2028-06-30")}, "closures", id="closure-18-months"),
        # 367 days, inclusive: longer than any year (2028 is a leap year of 366).
        pytest.param({"closures": _closure("2027-01-01", "2028-01-02")}, "closures", id="closure-367-days"),
        pytest.param({"offset_count": "fortnights"}, "offset_count", id="unknown-offset-count"),
    ],
)
def test_a_bad_working_calendar_is_refused_naming_the_field_and_writes_nothing(world, client_for, body, field):
    launch, _workstream = _create_launch(world, client_for)
    before = _calendar_state(launch)
    audits = AuditEvent.objects.count()
    _assert_refused(_patch_launch(client_for(world.office), launch, body), field)
    assert _calendar_state(launch) == before
    assert AuditEvent.objects.count() == audits


def test_a_closure_of_a_whole_leap_year_is_taken(world, client_for):
    launch, _workstream = _create_launch(world, client_for)
    response = _patch_launch(client_for(world.office), launch, {"closures": _closure("2028-01-01", "2028-12-31")})
    assert response.status_code == 200, response.json()


def test_a_bad_calendar_among_good_changes_writes_none_of_them(world, client_for):
    launch, _workstream = _create_launch(world, client_for)
    before = _calendar_state(launch)
    body = {"t_zero": "2027-04-20T08:00:00Z", "holiday_regions": ["US"], "working_weekdays": [1, 9]}
    _assert_refused(_patch_launch(client_for(world.office), launch, body), "working_weekdays")
    assert _calendar_state(launch) == before


# Scheduling in working days


def test_working_durations_skip_the_weekend_and_anchors_on_a_day_off_start_on_the_next_working_day(world, client_for):
    launch, workstream = _create_launch(world, client_for)  # T-0 Tuesday 2027-03-16, Monday to Friday
    five_working = TaskFactory(workstream=workstream, offset_days=-13, duration_days=5)  # from Wednesday 3 March
    on_saturday = TaskFactory(workstream=workstream, offset_days=-10, duration_days=1)  # Saturday 6 March
    two_from_saturday = TaskFactory(workstream=workstream, offset_days=-10, duration_days=2)
    elapsed = TaskFactory(workstream=workstream, offset_days=-13, duration_days=5, duration_count="calendar")
    elapsed_from_saturday = TaskFactory(
        workstream=workstream, offset_days=-10, duration_days=2, duration_count="calendar"
    )
    tasks = _tasks(_timeline(client_for(world.office), launch))

    assert _days(tasks[five_working.pk]) == ("2027-03-03", "2027-03-09")  # Wednesday to the next Tuesday
    assert _days(tasks[on_saturday.pk]) == ("2027-03-08", "2027-03-08")  # Monday
    assert _days(tasks[two_from_saturday.pk]) == ("2027-03-08", "2027-03-09")
    assert _days(tasks[elapsed.pk]) == ("2027-03-03", "2027-03-07")  # Wednesday to Sunday
    assert _days(tasks[elapsed_from_saturday.pk]) == ("2027-03-06", "2027-03-07")  # elapsed work keeps its days
    # What the plan says before any link pushes it is the same here.
    row = tasks[five_working.pk]
    assert (row["planned_start"], row["planned_due"]) == ("2027-03-03", "2027-03-09")
    assert (tasks[on_saturday.pk]["planned_start"], tasks[elapsed.pk]["planned_due"]) == ("2027-03-08", "2027-03-07")
    # The task's own read says the same.
    read = client_for(world.office).get(f"/api/v1/tasks/{five_working.pk}/").json()
    assert (read["planned_start"], read["planned_due"], read["duration_count"]) == (
        "2027-03-03",
        "2027-03-09",
        "working",
    )


@pytest.mark.parametrize(
    ("lag", "lag_count", "duration_count", "start"),
    [
        pytest.param(0, "working", "working", "2027-03-08", id="lag-0-monday"),
        pytest.param(1, "working", "working", "2027-03-09", id="lag-1-tuesday"),
        pytest.param(3, "working", "working", "2027-03-11", id="lag-3-thursday"),
        pytest.param(-1, "working", "working", "2027-03-05", id="lead-1-friday"),
        pytest.param(-2, "working", "working", "2027-03-04", id="lead-2-thursday"),
        # Elapsed lags: Saturday and Sunday pass, then the successor waits for a working day.
        pytest.param(1, "calendar", "working", "2027-03-08", id="elapsed-lag-1-monday"),
        pytest.param(2, "calendar", "working", "2027-03-08", id="elapsed-lag-2-monday"),
        pytest.param(3, "calendar", "working", "2027-03-09", id="elapsed-lag-3-tuesday"),
        # An elapsed successor works any day: straight after the predecessor's Friday.
        pytest.param(0, "working", "calendar", "2027-03-06", id="elapsed-successor-saturday"),
        pytest.param(1, "working", "calendar", "2027-03-09", id="elapsed-successor-working-lag-1"),
        pytest.param(2, "calendar", "calendar", "2027-03-08", id="elapsed-successor-elapsed-lag-2"),
    ],
)
def test_finish_to_start_after_a_friday_finish(world, client_for, lag, lag_count, duration_count, start):
    launch, workstream = _create_launch(world, client_for)
    predecessor = TaskFactory(workstream=workstream, offset_days=-13, duration_days=3)  # Wednesday to Friday 5 March
    successor = TaskFactory(
        workstream=workstream, offset_days=-20, duration_days=1, duration_count=duration_count
    )  # planned long before: the link sets its start
    response = client_for(world.office).post(
        "/api/v1/dependencies/",
        {"predecessor": predecessor.pk, "successor": successor.pk, "lag_days": lag, "lag_count": lag_count},
        format="json",
    )
    assert response.status_code == 201, response.json()
    tasks = _tasks(_timeline(client_for(world.office), launch))
    assert _days(tasks[predecessor.pk]) == ("2027-03-03", "2027-03-05")
    assert tasks[successor.pk]["start"] == start


def test_a_holiday_or_a_closure_inside_a_task_pushes_its_due(world, client_for):
    launch, workstream = _create_launch(world, client_for, t_zero=THANKSGIVING_T_ZERO, time_zone="America/New_York")
    task = TaskFactory(workstream=workstream, offset_days=-9, duration_days=5)  # from Monday 22 November 2027
    elapsed = TaskFactory(workstream=workstream, offset_days=-9, duration_days=5, duration_count="calendar")
    office = client_for(world.office)
    assert _days(_tasks(_timeline(office, launch))[task.pk]) == ("2027-11-22", "2027-11-26")

    assert _patch_launch(office, launch, {"holiday_regions": ["US"]}).status_code == 200
    body = _timeline(office, launch)
    # Thanksgiving (Thursday 25) is off: the fifth working day is the next Monday.
    assert _days(_tasks(body)[task.pk]) == ("2027-11-22", "2027-11-29")
    assert _days(_tasks(body)[elapsed.pk]) == ("2027-11-22", "2027-11-26")
    assert {"date": "2027-11-25", "reason": "Thanksgiving Day (US)"} in body["calendar"]["closed_days"]

    closure = [{"name": "Offsite", "start": "2027-11-23", "end": "2027-11-23"}]
    assert _patch_launch(office, launch, {"closures": closure}).status_code == 200
    body = _timeline(office, launch)
    assert _days(_tasks(body)[task.pk]) == ("2027-11-22", "2027-11-30")
    assert _days(_tasks(body)[elapsed.pk]) == ("2027-11-22", "2027-11-26")
    assert {"date": "2027-11-23", "reason": "Offsite"} in body["calendar"]["closed_days"]


def test_a_bavarian_launch_does_not_work_good_friday_or_easter_monday(world, client_for):
    launch, workstream = _create_launch(world, client_for, holiday_regions=["DE-BY"])  # T-0 Tuesday 16 March 2027
    task = TaskFactory(workstream=workstream, offset_days=9, duration_days=3)  # from Thursday 25 March
    tasks = _tasks(_timeline(client_for(world.office), launch))
    # Thursday 25, then Good Friday, the weekend and Easter Monday are off: Tuesday 30 and Wednesday 31.
    assert _days(tasks[task.pk]) == ("2027-03-25", "2027-03-31")


def _day_off(day: dt.date, regions: list[str], closures: list[tuple[dt.date, dt.date]]) -> bool:
    """Whether a day is not worked, by the holidays library and the closures alone (not the app's calendar)."""
    if day.weekday() >= 5:
        return True
    for region in regions:
        country, _, subdivision = region.partition("-")
        if day in holidays.country_holidays(country, subdiv=subdivision or None, years=day.year):
            return True
    return any(first <= day <= last for first, last in closures)


def test_working_work_never_lands_on_a_day_off_in_a_random_plan(world, client_for):
    regions = ["US"]
    closures = [("Winter shutdown", "2027-12-20", "2027-12-31"), ("Offsite", "2027-11-03", "2027-11-04")]
    launch, workstream = _create_launch(
        world,
        client_for,
        t_zero=THANKSGIVING_T_ZERO,
        time_zone="America/New_York",
        holiday_regions=regions,
        closures=[{"name": name, "start": start, "end": end} for name, start, end in closures],
    )
    rng = random.Random(15)
    tasks = []
    for _ in range(40):
        elapsed = rng.random() < 0.25
        if rng.random() < 0.2:
            fixed = {
                "schedule_mode": ScheduleMode.FIXED,
                "start_date": _d("2027-11-01") + dt.timedelta(rng.randint(0, 50)),
            }
        else:
            fixed = {"offset_days": rng.randint(-45, 25)}
        tasks.append(
            TaskFactory(
                workstream=workstream,
                duration_days=rng.randint(1, 8),
                duration_count="calendar" if elapsed else "working",
                **fixed,
            )
        )
    links = set()
    while len(links) < 50:
        a, b = sorted(rng.sample(range(len(tasks)), 2))
        links.add((a, b))
    dependencies = [
        DependencyFactory(
            predecessor=tasks[a],
            successor=tasks[b],
            lag_days=rng.randint(-2, 4),
            lag_count="calendar" if rng.random() < 0.3 else "working",
        )
        for a, b in sorted(links)
    ]
    body = _timeline(client_for(world.office), launch)
    rows = _tasks(body)
    closed = [(_d(start), _d(end)) for _name, start, end in closures]
    for task in tasks:
        start, due = _d(rows[task.pk]["start"]), _d(rows[task.pk]["due"])
        assert due >= start
        if task.duration_count == "calendar":
            assert (due - start).days + 1 == task.duration_days, rows[task.pk]
            continue
        assert not _day_off(start, regions, closed), rows[task.pk]
        assert not _day_off(due, regions, closed), rows[task.pk]
        worked = sum(not _day_off(start + dt.timedelta(days=n), regions, closed) for n in range((due - start).days + 1))
        assert worked == task.duration_days, rows[task.pk]
    # Every link holds for the tasks that may move (fixed ones stay, in conflict).
    for dependency in dependencies:
        successor = dependency.successor
        if successor.schedule_mode == ScheduleMode.FIXED or dependency.lag_days < 0:
            continue
        if dependency.lag_count == "calendar":
            earliest = _d(rows[dependency.predecessor_id]["due"]) + dt.timedelta(days=1 + dependency.lag_days)
        else:
            earliest = _d(rows[dependency.predecessor_id]["due"]) + dt.timedelta(days=1)
        assert _d(rows[successor.pk]["start"]) >= earliest, (dependency.lag_days, dependency.lag_count)


# Offsets from T-0 in working days


def test_offsets_count_working_days_when_the_launch_says_so(world, client_for):
    launch, workstream = _create_launch(
        world, client_for, t_zero=THANKSGIVING_T_ZERO, time_zone="America/New_York", holiday_regions=["US"]
    )  # T-0 Wednesday 1 December 2027, 10:00 in New York
    t_minus_10 = TaskFactory(workstream=workstream, offset_days=-10, duration_days=1)
    t_minus_1 = TaskFactory(workstream=workstream, offset_days=-1, duration_days=1)
    t_zero = TaskFactory(workstream=workstream, offset_days=0, duration_days=1)
    t_plus_3 = TaskFactory(workstream=workstream, offset_days=3, duration_days=1)
    milestone = MilestoneFactory(launch=launch, name="Press preview", offset_days=-10)
    gate = Gate.objects.create(launch=launch, name="Readiness review", offset_days=-3)
    gate.criteria.add(t_minus_10)
    office = client_for(world.office)

    # Calendar offsets first: T-10 is Sunday 21 November, so the work starts on Monday.
    body = _timeline(office, launch)
    assert _tasks(body)[t_minus_10.pk]["start"] == "2027-11-22"
    assert {m["id"]: m["moment"] for m in body["milestones"]}[milestone.pk] == "2027-11-21T15:00:00Z"

    assert _patch_launch(office, launch, {"offset_count": "working"}).status_code == 200
    body = _timeline(office, launch)
    tasks = _tasks(body)
    # Ten working days back from Wednesday 1 December, skipping two weekends and Thanksgiving.
    assert _days(tasks[t_minus_10.pk]) == ("2027-11-16", "2027-11-16")
    assert tasks[t_minus_1.pk]["start"] == "2027-11-30"
    assert tasks[t_zero.pk]["start"] == "2027-12-01"
    assert tasks[t_plus_3.pk]["start"] == "2027-12-06"
    assert tasks[t_minus_10.pk]["planned_start"] == "2027-11-16"
    # Milestones and gates shift by working days too, at T-0's wall time.
    assert {m["id"]: m["moment"] for m in body["milestones"]}[milestone.pk] == "2027-11-16T15:00:00Z"
    assert {g["id"]: g["moment"] for g in body["gates"]}[gate.pk] == "2027-11-26T15:00:00Z"  # Friday after
    assert office.get(f"/api/v1/milestones/{milestone.pk}/").json()["moment"] == "2027-11-16T15:00:00Z"
    readiness = office.get(f"/api/v1/launches/{launch.pk}/readiness/").json()
    assert {g["id"]: g["date"] for g in readiness["gates"]}[gate.pk] == "2027-11-26"
    # The criterion's slack counts to the day before its gate (Thursday 25 is Thanksgiving: Wednesday 24).
    assert tasks[t_minus_10.pk]["slack"] == 6


def test_a_due_date_sets_the_duration_in_working_days(world, client_for):
    launch, workstream = _create_launch(world, client_for)
    task = TaskFactory(workstream=workstream, offset_days=-13, duration_days=1)  # Wednesday 3 March 2027
    elapsed = TaskFactory(workstream=workstream, offset_days=-13, duration_days=1, duration_count="calendar")
    office = client_for(world.office)

    def set_due(which, due):
        response = office.patch(f"/api/v1/tasks/{which.pk}/", {"due_date": due}, format="json")
        assert response.status_code == 200, response.json()
        return response.json()

    through_the_weekend = set_due(task, "2027-03-09")  # the next Tuesday
    assert (through_the_weekend["duration_days"], through_the_weekend["planned_due"]) == (5, "2027-03-09")
    on_sunday = set_due(task, "2027-03-07")  # a day off: the work ends on the Friday before
    assert (on_sunday["duration_days"], on_sunday["planned_due"]) == (3, "2027-03-05")
    assert set_due(elapsed, "2027-03-09")["duration_days"] == 7
    tasks = _tasks(_timeline(office, launch))
    assert _days(tasks[task.pk]) == ("2027-03-03", "2027-03-05")
    assert _days(tasks[elapsed.pk]) == ("2027-03-03", "2027-03-09")


# Warnings: planned on a day off


def test_items_planned_on_a_day_off_are_warnings_with_the_reason(world, client_for):
    launch, workstream = _create_launch(
        world,
        client_for,
        t_zero=CHRISTMAS_T_ZERO,  # Tuesday 5 January 2027, 10:00 in New York
        time_zone="America/New_York",
        holiday_regions=["US"],
        closures=[{"name": "Winter shutdown", "start": "2026-12-28", "end": "2026-12-31"}],
    )
    on_saturday = MilestoneFactory(launch=launch, name="Teaser", offset_days=-10)  # Saturday 26 December 2026
    on_monday = MilestoneFactory(launch=launch, name="Briefing", offset_days=-1)  # Monday 4 January: worked
    on_christmas = Gate.objects.create(launch=launch, name="Go/No-Go", offset_days=-11)  # Friday 25 December
    in_shutdown = CommunicationFactory(launch=launch, author=world.office, title="Hint", offset_days=-7)  # 29th
    fixed_on_sunday = TaskFactory(
        workstream=workstream, title="Stand", schedule_mode=ScheduleMode.FIXED, start_date=_d("2026-12-27")
    )
    anchored_on_saturday = TaskFactory(workstream=workstream, offset_days=-10, duration_days=1)  # just moves
    TaskFactory(workstream=workstream, offset_days=-20, duration_days=1)  # the plan starts 16 December
    body = _timeline(client_for(world.office), launch)

    warnings = {(w["item"], w["id"]): w for w in body["warnings"]}
    assert {key: (w["date"], w["reason"]) for key, w in warnings.items()} == {
        ("milestone", on_saturday.pk): ("2026-12-26", "Saturday"),
        ("gate", on_christmas.pk): ("2026-12-25", "Christmas Day (US)"),
        ("communication", in_shutdown.pk): ("2026-12-29", "Winter shutdown"),
        ("task", fixed_on_sunday.pk): ("2026-12-27", "Sunday"),
    }
    assert all(w["kind"] == "non_working_day" for w in body["warnings"])
    assert "Christmas Day (US)" in warnings[("gate", on_christmas.pk)]["message"]
    assert ("milestone", on_monday.pk) not in warnings and ("task", anchored_on_saturday.pk) not in warnings
    # Anchored work planned on a day off starts on the next working day: after the shutdown and New Year.
    tasks = _tasks(body)
    assert tasks[anchored_on_saturday.pk]["start"] == "2027-01-04"
    assert tasks[fixed_on_sunday.pk]["start"] == "2027-01-04"
    # The holidays and closures over the plan's days (16 December to 5 January) and 92 days either side, with why.
    closed = body["calendar"]["closed_days"]
    assert {"date": "2026-11-26", "reason": "Thanksgiving Day (US)"} in closed  # in the margin before the plan
    assert closed[0]["date"] >= "2026-09-15" and closed[-1]["date"] <= "2027-04-07"
    assert [day for day in closed if "2026-12-16" <= day["date"] <= "2027-01-05"] == [
        {"date": "2026-12-25", "reason": "Christmas Day (US)"},
        {"date": "2026-12-28", "reason": "Winter shutdown"},
        {"date": "2026-12-29", "reason": "Winter shutdown"},
        {"date": "2026-12-30", "reason": "Winter shutdown"},
        {"date": "2026-12-31", "reason": "Winter shutdown"},
        {"date": "2027-01-01", "reason": "New Year's Day (US)"},
    ]


@pytest.mark.parametrize(
    ("t_zero", "reason"),
    [
        pytest.param("2027-03-20T08:00:00Z", "Saturday", id="saturday"),
        pytest.param("2027-03-26T08:00:00Z", "Good Friday (DE-BY)", id="good-friday"),
    ],
)
def test_t_zero_on_a_day_off_is_a_warning(world, client_for, t_zero, reason):
    launch, _workstream = _create_launch(world, client_for, t_zero=t_zero, holiday_regions=["DE-BY"])
    warnings = _timeline(client_for(world.office), launch)["warnings"]
    assert [(w["item"], w["id"], w["name"], w["reason"]) for w in warnings] == [("t_zero", None, "T-0", reason)]


def test_a_launch_that_works_every_day_warns_about_nothing(world, client_for):
    MilestoneFactory(launch=world.launch, offset_days=-10)  # Saturday 6 March 2027
    Launch.objects.filter(pk=world.launch.pk).update(t_zero=dt.datetime(2027, 3, 20, 8, tzinfo=dt.UTC))  # Saturday
    assert _timeline(client_for(world.office), world.launch)["warnings"] == []


# Moving T-0 in the launch's calendar


def _move(client, launch, t_zero, preview=True):
    response = client.post(
        f"/api/v1/launches/{launch.pk}/move-t-zero/", {"t_zero": t_zero, "preview": preview}, format="json"
    )
    assert response.status_code == 200, response.json()
    return response.json()


def _items(report, which):
    return {(item["kind"], item["id"]): (item["before"], item["after"]) for item in report[which]}


def test_the_move_preview_warns_about_items_it_puts_on_a_day_off(world, client_for):
    launch, _workstream = _create_launch(world, client_for)  # T-0 Tuesday 16 March 2027
    to_sunday = MilestoneFactory(launch=launch, name="Embargo", offset_days=-6)  # Wednesday 10 -> Sunday 14
    to_friday = MilestoneFactory(launch=launch, name="Briefing", offset_days=-1)  # Monday 15 -> Friday 19
    gate_to_saturday = Gate.objects.create(launch=launch, name="Go/No-Go", offset_days=-7)  # Tuesday 9 -> Sat 13
    fixed = MilestoneFactory(
        launch=launch,
        name="Fair",
        schedule_mode=ScheduleMode.FIXED,
        offset_days=None,
        at=dt.datetime(2027, 3, 13, 9, tzinfo=dt.UTC),  # a Saturday: it stays, so the move does not warn of it
    )
    before = _calendar_state(launch)
    report = _move(client_for(world.office), launch, "2027-03-20T08:00:00Z")  # Saturday

    assert report["shift_days"] == 4
    warnings = {(w["item"], w["id"]): w["reason"] for w in report["warnings"]}
    assert warnings == {
        ("t_zero", None): "Saturday",
        ("milestone", to_sunday.pk): "Sunday",
        ("gate", gate_to_saturday.pk): "Saturday",
    }
    assert ("milestone", to_friday.pk) in _items(report, "moved")
    assert ("milestone", fixed.pk) in _items(report, "unchanged")
    assert _calendar_state(launch) == before  # a preview writes nothing

    # Onto Christmas in a US launch.
    us_launch, _workstream = _create_launch(
        world, client_for, t_zero=CHRISTMAS_T_ZERO, time_zone="America/New_York", holiday_regions=["US"]
    )
    report = _move(client_for(world.office), us_launch, "2026-12-25T15:00:00Z")
    assert [(w["item"], w["reason"]) for w in report["warnings"]] == [("t_zero", "Christmas Day (US)")]


def test_the_move_moves_anchored_open_work_in_the_launchs_calendar_and_leaves_started_work(world, client_for):
    launch, workstream = _create_launch(world, client_for, holiday_regions=["DE-BY"])  # T-0 Tuesday 16 March
    anchored = TaskFactory(workstream=workstream, title="Brief", offset_days=-10, duration_days=2)  # Sat 6 March
    started = TaskFactory(
        workstream=workstream,
        offset_days=-10,
        duration_days=300,
        status=TaskStatus.IN_PROGRESS,
        actual_start=_d("2026-05-20"),
    )
    done = TaskFactory(
        workstream=workstream,
        offset_days=-10,
        duration_days=2,
        status=TaskStatus.DONE,
        actual_start=_d("2026-05-18"),
        actual_finish=_d("2026-05-19"),
    )
    office = client_for(world.office)

    # Calendar offsets: the anchor moves 14 days, from Saturday 6 (worked from Monday 8) to Saturday 20 (Monday 22).
    report = _move(office, launch, "2027-03-30T07:00:00Z")  # Tuesday 30 March, after Easter
    assert report["shift_days"] == 14
    moved, unchanged = _items(report, "moved"), _items(report, "unchanged")
    assert moved[("task", anchored.pk)] == ("2027-03-08", "2027-03-22")
    assert unchanged[("task", started.pk)] == ("2026-05-20", "2026-05-20")
    assert unchanged[("task", done.pk)] == ("2026-05-18", "2026-05-18")

    # Working offsets: T-10 is the 10th working day before each T-0; Good Friday and Easter Monday are off.
    assert _patch_launch(office, launch, {"offset_count": "working"}).status_code == 200
    report = _move(office, launch, "2027-03-30T07:00:00Z")
    moved = _items(report, "moved")
    assert moved[("task", anchored.pk)] == ("2027-03-02", "2027-03-12")

    # Applied, the timeline agrees, and started and done work stayed where it happened.
    _move(office, launch, "2027-03-30T07:00:00Z", preview=False)
    tasks = _tasks(_timeline(office, launch))
    assert _days(tasks[anchored.pk]) == ("2027-03-12", "2027-03-15")
    assert tasks[started.pk]["start"] == "2026-05-20"
    assert _days(tasks[done.pk]) == ("2026-05-18", "2026-05-19")

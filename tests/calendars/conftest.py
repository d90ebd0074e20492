"""Helpers of the calendar feed tests: create feeds through the API, fetch them, parse them with three parsers."""

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import icalendar
import pytest

from tests.calendars.libical import Libical, LibicalCalendar, LibicalMissing, locate

NODE_DIR = Path(__file__).resolve().parent / "node"


@pytest.fixture(scope="session")
def ical_js() -> Path:
    """ical.js, installed from tests/calendars/node/package-lock.json (make test does it; this is the fallback)."""
    if not (NODE_DIR / "node_modules" / "ical.js" / "package.json").is_file():
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=NODE_DIR, check=True, timeout=300
        )
    return NODE_DIR / "check_ics.mjs"


@pytest.fixture(scope="session")
def libical() -> Libical:
    """libical 3 (Evolution's parser), Debian's libical3; make test-backend installs it. Never skipped: missing, it
    fails every feed test with how to install it."""
    try:
        return Libical(locate())
    except LibicalMissing as error:
        pytest.fail(str(error), pytrace=False)


@dataclass
class ParsedFeed:
    body: bytes
    calendar: icalendar.Calendar
    ical_js: dict
    libical: LibicalCalendar

    @property
    def events(self) -> list[icalendar.Event]:
        return list(self.calendar.walk("VEVENT"))

    def event(self, summary_part: str) -> icalendar.Event:
        found = [event for event in self.events if summary_part in str(event["SUMMARY"])]
        assert len(found) == 1, (summary_part, [str(event["SUMMARY"]) for event in self.events])
        return found[0]

    def by_uid(self) -> dict[str, icalendar.Event]:
        return {str(event["UID"]): event for event in self.events}


@pytest.fixture
def parse_feed(ical_js, libical, tmp_path):
    """Parses .ics bytes with Python's icalendar, with ical.js (through node) and with libical; any of them failing
    or reporting an error fails the test, and all three must find the same number of VEVENTs."""

    def parse(body: bytes) -> ParsedFeed:
        calendar = icalendar.Calendar.from_ical(body)
        path = tmp_path / "feed.ics"
        path.write_bytes(body)
        result = subprocess.run(["node", str(ical_js), str(path)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        (parsed,) = json.loads(result.stdout)
        events = len(list(calendar.walk("VEVENT")))
        assert len(parsed["events"]) == events
        by_libical = libical.parse(body, restrictions=True)
        assert not by_libical.errors, "libical reports:\n" + "\n".join(by_libical.errors)
        assert len(by_libical.events) == events, f"libical finds {len(by_libical.events)} VEVENTs, icalendar {events}"
        return ParsedFeed(body=body, calendar=calendar, ical_js=parsed, libical=by_libical)

    return parse


TOKEN_IN_URL = re.compile(r"/calendars/([0-9a-f]{64})\.ics$")


@pytest.fixture
def make_feed(client_for):
    """Creates a feed through the API as `user` and returns (its API item, its path /calendars/<token>.ics)."""

    def make(user, **body) -> tuple[dict, str]:
        response = client_for(user).post("/api/v1/calendar-feeds/", {"kind": "user", **body}, format="json")
        assert response.status_code == 201, response.json()
        item = response.json()
        match = TOKEN_IN_URL.search(item["url"])
        assert match, item["url"]
        return item, f"/calendars/{match[1]}.ics"

    return make


@pytest.fixture
def world(world):
    """The shared world, with its calendar entries built (factories bypass the services that keep them)."""
    from calendars.services import calendar_entries_sync

    calendar_entries_sync(launch_ids=[world.launch.pk])
    return world


class Clock:
    """A controllable timezone.now(), for LAST-MODIFIED and for the feed window."""

    def __init__(self, now):
        self.now = now

    def advance(self, **delta) -> None:
        import datetime as dt

        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock(monkeypatch):
    import datetime as dt

    from django.utils import timezone

    # Ahead of the real time at which `world` built its entries, whatever day the suite runs (a fixed start
    # failed once the real clock passed it): whole hours, so feed stamps compare exactly.
    start = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
    current = Clock(max(dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC), start))
    monkeypatch.setattr(timezone, "now", lambda: current.now)
    return current

"""Benchmark of calendar feeds (`make bench`): one launch of 5,000 tasks served as an iCalendar feed.

Measures, side by side, in one run:
1. the feed GET when it must be rendered (cache cleared; full request: token, roles, revision, one query for the
   entries, rendering) against bare `icalendar` serialization of the same events from memory (target <= 1.5x);
2. the feed GET served from the cache, and the conditional GET (304): queries, time, and renders (target: none);
3. keeping entries in step: building them, and moving T-0 (every anchored event re-dated, SEQUENCE raised);
4. the feed's size, and the size of one member's feed out of the same launch.

Runs on SQLite by default (a scratch file) and on PostgreSQL when DATABASE_URL is set.
"""

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO / "backend"), str(REPO)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(tempfile.gettempdir()) / 'tminus-bench.sqlite3'}")

import django  # noqa: E402

django.setup()

import datetime as dt  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from icalendar import Calendar, Event  # noqa: E402

from accounts.models import Department, User  # noqa: E402
from calendars import rendering, selectors  # noqa: E402
from calendars.models import CalendarEntry, CalendarFeed  # noqa: E402
from calendars.services import calendar_entries_sync, calendar_feed_create, feed_token  # noqa: E402
from launches.models import Dependency, Launch, Milestone, Task, Workstream  # noqa: E402
from readiness.t_zero import launch_move_t_zero  # noqa: E402

TASKS = int(os.environ.get("BENCH_TASKS", 5000))
RUNS = int(os.environ.get("BENCH_RUNS", 15))
BENCH_LAUNCH = "Benchmark feed launch"


def median_ms(fn, runs: int = RUNS) -> float:
    fn()  # warm up
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def paired_median_ms(first, second, runs: int = RUNS) -> tuple[float, float]:
    """Medians of two measures taken in alternation, so that a busy machine slows both alike."""
    first(), second()
    a, b = [], []
    for _ in range(runs):
        for fn, samples in ((first, a), (second, b)):
            start = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(a), statistics.median(b)


def build_launch() -> Launch:
    Launch.objects.filter(name=BENCH_LAUNCH).delete()
    # Entries of launches deleted behind the services' back (an interrupted run) would pad the feeds.
    CalendarEntry.objects.exclude(launch_id__in=Launch.objects.values("id")).delete()
    owner, _ = User.objects.get_or_create(username="bench.office", defaults={"is_office": True})
    users = [User.objects.get_or_create(username=f"bench.member{i}")[0] for i in range(20)]
    # Every task lies ahead, so the whole launch is inside the feed window.
    t_zero = dt.datetime.combine(timezone.now().date() + dt.timedelta(days=420), dt.time(7, 0), tzinfo=dt.UTC)
    launch = Launch.objects.create(
        name=BENCH_LAUNCH, t_zero=t_zero, time_zone=ZoneInfo("Europe/Berlin"), owner=owner, status="planning"
    )
    workstreams = [
        Workstream.objects.create(launch=launch, department=d, lead=users[i])
        for i, d in enumerate(Department.objects.order_by("id")[:5])
    ]
    rng = random.Random(42)
    Task.objects.bulk_create(
        [
            Task(
                workstream=workstreams[i % len(workstreams)],
                title=f"Task {i}: prepare the {rng.choice(['brief', 'kit', 'post', 'FAQ', 'build'])}",
                offset_days=-400 + i * 400 // TASKS,
                duration_days=rng.randint(1, 5),
                assignee=users[i % len(users)],
            )
            for i in range(TASKS)
        ],
        batch_size=1000,
    )
    ids = list(Task.objects.filter(workstream__launch=launch).order_by("id").values_list("id", flat=True))
    pairs = {(ids[rng.randrange(max(0, i - 200), max(1, i - 100))], ids[i]) for i in range(1, len(ids))}
    Dependency.objects.bulk_create(
        [Dependency(launch=launch, predecessor_id=a, successor_id=b) for a, b in pairs], batch_size=2000
    )
    Milestone.objects.bulk_create(Milestone(launch=launch, name=f"M{i}", offset_days=-i * 10) for i in range(10))
    return launch


def bare_icalendar(rows: list[tuple]) -> bytes:
    """The same events serialized with icalendar alone, from memory: no database, no HTTP, no cleaning."""
    calendar = Calendar()
    calendar.add("prodid", "-//bench//EN")
    calendar.add("version", "2.0")
    for row in rows:
        event = Event()
        event.add("uid", row.uid)
        event.add("dtstamp", row.last_modified)
        event.add("last-modified", row.last_modified)
        event.add("sequence", row.sequence)
        event.add("dtstart", row.start_date if row.all_day else row.start_at)
        event.add("dtend", row.end_date if row.all_day else row.end_at)
        event.add("summary", row.summary)
        link = "http://testserver" + row.link_path
        event.add("description", f"{row.description}\n{link}")
        event.add("url", link)
        event.add("status", "CANCELLED" if row.cancelled_at else "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


def main() -> None:
    call_command("migrate", verbosity=0)
    print(f"# Calendar feed benchmark: {TASKS} tasks on {connection.vendor}, median of {RUNS} runs\n")
    start = time.perf_counter()
    launch = build_launch()
    print(f"built {TASKS} tasks in {time.perf_counter() - start:.1f} s\n")

    reset_queries()  # a full query log (9,000 entries) would make the counts below wrong
    with CaptureQueriesContext(connection) as sync_ctx:
        start = time.perf_counter()
        calendar_entries_sync(launch_ids=[launch.pk])
        sync_ms = (time.perf_counter() - start) * 1000
    # What every write to the plan adds: recompute the launch's items, compare, write nothing.
    noop_sync_ms = median_ms(lambda: calendar_entries_sync(launch_ids=[launch.pk]), runs=5)
    office = User.objects.get(username="bench.office")
    feed = calendar_feed_create(actor=office, kind="launch", launch=launch)
    path = f"/calendars/{feed_token(feed)}.ics"
    client = Client()

    def fresh_get():
        cache.clear()
        return client.get(path)

    capped = fresh_get().content
    # The comparison renders all 5,000 events: lift the 800 KiB cap a real feed keeps.
    rendering.FEED_MAX_BYTES = 50 * 1024 * 1024
    response = fresh_get()
    assert response.status_code == 200, response.content[:300]
    body = response.content
    events = body.count(b"BEGIN:VEVENT")
    state = selectors.calendar_feed_state(feed=CalendarFeed.objects.get(pk=feed.pk), now=timezone.now())
    rows = selectors.calendar_feed_entries(state=state)
    rendered_ms, bare_ms = paired_median_ms(fresh_get, lambda: bare_icalendar(rows))

    renders = []
    real_render = rendering.calendar_bytes
    rendering.calendar_bytes = lambda **kwargs: renders.append(1) or real_render(**kwargs)
    client.get(path)
    reset_queries()  # a full query log (9,000 entries) would make the counts below wrong
    with CaptureQueriesContext(connection) as cached_ctx:
        client.get(path)
    cached_ms = median_ms(lambda: client.get(path))
    etag = response["ETag"]
    reset_queries()  # a full query log (9,000 entries) would make the counts below wrong
    with CaptureQueriesContext(connection) as conditional_ctx:
        assert client.get(path, HTTP_IF_NONE_MATCH=etag).status_code == 304
    conditional_ms = median_ms(lambda: client.get(path, HTTP_IF_NONE_MATCH=etag))
    rendering.calendar_bytes = real_render

    member = User.objects.get(username="bench.member3")
    member_feed = calendar_feed_create(actor=member, kind="user")
    member_body = client.get(f"/calendars/{feed_token(member_feed)}.ics").content

    reset_queries()  # a full query log (9,000 entries) would make the counts below wrong
    with CaptureQueriesContext(connection) as move_ctx:
        start = time.perf_counter()
        launch_move_t_zero(
            actor=office, launch=Launch.objects.get(pk=launch.pk), t_zero=launch.t_zero + dt.timedelta(days=7)
        )
        move_ms = (time.perf_counter() - start) * 1000
    raised = CalendarEntry.objects.filter(launch_id=launch.pk, sequence=1).count()

    rows_out = [
        ("feed GET, rendered (cache cleared)", f"{rendered_ms:.1f} ms", f"{events} events, {len(body) / 1024:.0f} KiB"),
        (
            "bare icalendar, same events from memory",
            f"{bare_ms:.1f} ms",
            f"ratio {rendered_ms / bare_ms:.2f}x (target <= 1.5x)",
        ),
        ("feed GET, unchanged (body from cache)", f"{cached_ms:.1f} ms", f"{len(cached_ctx.captured_queries)} queries"),
        (
            "conditional GET (304)",
            f"{conditional_ms:.1f} ms",
            f"{len(conditional_ctx.captured_queries)} queries, {len(renders)} renders after the first",
        ),
        ("entries built for the launch", f"{sync_ms:.0f} ms", f"{len(sync_ctx.captured_queries)} queries"),
        ("entries re-synced, nothing changed (every plan write)", f"{noop_sync_ms:.0f} ms", ""),
        (
            "move T-0, applied (timeline + calendar entries)",
            f"{move_ms:.0f} ms",
            f"{len(move_ctx.captured_queries)} queries, {raised} SEQUENCEs raised",
        ),
        ("the same feed as served (800 KiB cap)", "", f"{capped.count(b'BEGIN:VEVENT')} events kept, "
         f"{len(capped) / 1024:.0f} KiB"),
        ("one member's feed of the same launch", "", f"{member_body.count(b'BEGIN:VEVENT')} events, "
         f"{len(member_body) / 1024:.0f} KiB"),
    ]  # fmt: skip
    print("| measure | median | notes |\n|---|---|---|")
    for row in rows_out:
        print(f"| {' | '.join(row)} |")
    print(f"\nbytes per event: {len(body) / max(events, 1):.0f}")
    CalendarFeed.objects.filter(pk__in=[feed.pk, member_feed.pk]).delete()
    CalendarEntry.objects.filter(launch_id=launch.pk).delete()
    Launch.objects.filter(pk=launch.pk).delete()


if __name__ == "__main__":
    main()

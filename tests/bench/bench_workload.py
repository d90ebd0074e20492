"""Benchmark of the portfolio and the workload (`make bench`, issue 21): 50 launches of 1,000 tasks each (two links
per task to earlier work, 20% of the tasks with an effort), shared by 200 people as assignees and collaborators.

Measures, through the API (the whole request), the median of BENCH_RUNS requests and the queries of one:
GET /portfolio/, GET /workload/ (8 weeks), one person's view (4 weeks) and an assignment's preview, each cold (the
cache cleared first: every launch's schedule computed) and warm (the workload's computed days cached per plan
version). Runs on SQLite by default (a scratch file) and on PostgreSQL when DATABASE_URL is set; BENCH_LAUNCHES,
BENCH_LAUNCH_TASKS and BENCH_PEOPLE override the sizes.
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_plan  # sets Django up
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from accounts.models import Department, User
from launches.models import Dependency, Launch, Task, Workstream

LAUNCHES = int(os.environ.get("BENCH_LAUNCHES", 50))
LAUNCH_TASKS = int(os.environ.get("BENCH_LAUNCH_TASKS", 1000))
PEOPLE = int(os.environ.get("BENCH_PEOPLE", 200))
RUNS = int(os.environ.get("BENCH_RUNS", 7))
PREFIX = "Workload bench"
dt = bench_plan.dt


def build() -> list[User]:
    """The launches, their tasks and links, and the people on them (bulk inserts: a minute or so)."""
    Launch.objects.filter(name__startswith=PREFIX).delete()
    owner, _ = User.objects.get_or_create(username="bench.office", defaults={"is_office": True})
    people = [
        User.objects.get_or_create(
            username=f"bench.person{i}",
            defaults={"first_name": "Bench", "last_name": f"Person {i}", "capacity_tasks_per_week": 6},
        )[0]
        for i in range(PEOPLE)
    ]
    departments = list(Department.objects.order_by("id")[:5])
    rng = random.Random(21)
    today = dt.date.today()
    for number in range(LAUNCHES):
        launch = Launch.objects.create(
            name=f"{PREFIX} {number}",
            # T-0 spread over the next half year; the work runs from T-120 to T+20.
            t_zero=dt.datetime.combine(today + dt.timedelta(days=30 + number * 3), dt.time(7, 0), tzinfo=dt.UTC),
            time_zone=bench_plan.ZoneInfo("Europe/Berlin"),
            owner=owner,
            status="planning",
            holiday_regions=["US"],
        )
        lanes = [Workstream.objects.create(launch=launch, department=d) for d in departments]
        Task.objects.bulk_create(
            [
                Task(
                    workstream=lanes[i % len(lanes)],
                    title=f"Task {i}",
                    offset_days=-120 + i * 140 // LAUNCH_TASKS,
                    duration_days=rng.randint(1, 5),
                    assignee=people[rng.randrange(PEOPLE)],
                    effort_hours=rng.randint(2, 16) if rng.random() < 0.2 else None,
                    status="done" if rng.random() < 0.1 else "todo",
                )
                for i in range(LAUNCH_TASKS)
            ],
            batch_size=1000,
        )
        ids = list(Task.objects.filter(workstream__launch=launch).order_by("id").values_list("id", flat=True))
        pairs = {(ids[rng.randrange(max(0, i - 40), i - 5)], ids[i]) for i in range(10, len(ids)) for _ in range(2)}
        Dependency.objects.bulk_create(
            [Dependency(launch=launch, predecessor_id=a, successor_id=b) for a, b in sorted(pairs)], batch_size=2000
        )
        through = Task.collaborators.through
        through.objects.bulk_create(
            [
                through(task_id=task_id, user_id=people[rng.randrange(PEOPLE)].pk)
                for task_id in ids
                if rng.random() < 0.3
            ],
            batch_size=2000,
            ignore_conflicts=True,
        )
    return people


def timed(client: APIClient, url: str, *, cold: bool) -> tuple[float, int, int]:
    """Median ms over RUNS requests (the cache cleared before each, if cold), the queries and bytes of the last."""
    samples = []
    client.get(url)  # warms up (and, warm, fills the cache)
    for _ in range(RUNS):
        if cold:
            cache.clear()
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.content[:500]
    return statistics.median(samples), len(queries.captured_queries), len(response.content)


def main() -> None:
    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    people = build()
    built_s = time.perf_counter() - start
    tasks = LAUNCHES * LAUNCH_TASKS
    print(
        f"# Portfolio and workload benchmark on {connection.vendor}: {LAUNCHES} launches x {LAUNCH_TASKS:,} tasks "
        f"({tasks:,}), {PEOPLE} people, median of {RUNS} requests (built in {built_s:.0f} s)\n"
    )
    client = APIClient()
    client.force_login(User.objects.get(username="bench.office"))
    cache.clear()
    # A person with work, and a task they are not on, in the weeks ahead.
    person = people[0]
    task = (
        Task.objects.filter(workstream__launch__name__startswith=PREFIX, status="todo")
        .exclude(assignee=person)
        .order_by("id")[LAUNCH_TASKS // 2]
    )
    urls = {
        "GET /portfolio/": "/api/v1/portfolio/",
        "GET /workload/ (8 weeks)": "/api/v1/workload/",
        "GET /workload/{person}/ (4 weeks)": f"/api/v1/workload/{person.pk}/",
        "GET /workload/preview/": f"/api/v1/workload/preview/?person={person.pk}&task={task.pk}",
    }
    print("| request | cold | queries | warm | queries | body |")
    print("|---|---|---|---|---|---|")
    for name, url in urls.items():
        cold_ms, cold_queries, size = timed(client, url, cold=True)
        warm_ms, warm_queries, _size = timed(client, url, cold=False)
        cells = [f"{cold_ms:.0f} ms", str(cold_queries), f"{warm_ms:.0f} ms", str(warm_queries)]
        cells.append(f"{size / 1024:.0f} KiB")
        print(f"| {name} | " + " | ".join(cells) + " |")
    Launch.objects.filter(name__startswith=PREFIX).delete()


if __name__ == "__main__":
    main()

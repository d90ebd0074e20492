"""Benchmark of a launch as it grows (`make bench`): what a write costs at 1,000, 5,000, 20,000 and 50,000 tasks.

For each size, one launch of that many tasks (tests/bench/bench_plan.py's build_launch: 400 days of work, two
links per task to tasks 8 to 16 days earlier, so a bigger launch is more work in parallel, not a denser plan) with
its calendar entries built, then, side by side in one run:
1. a task PATCH through the API (the whole request), its queries, and the work it leaves for after the response
   (calendar entries, the live stream's timeline, notices: the in-process pool that stands in for the workers);
2. moving T-0 by a week: preview and applied (inside the request), their queries and the report's size, and the
   work left after the response;
3. the timeline, cold: its time, size plain and gzipped, and the peak memory of rendering it (tracemalloc).

Runs on SQLite by default (a scratch file) and on PostgreSQL when DATABASE_URL is set. BENCH_SIZES overrides the
sizes (comma-separated), BENCH_RUNS the PATCH samples per size.
"""

import gzip
import multiprocessing
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_plan
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections, reset_queries
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from accounts.models import User
from calendars.services import calendar_entries_sync
from core.tasks import embedded_tasks_wait
from launches.models import Launch, Task
from readiness.selectors import launch_timeline_json

SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "1000,5000,20000,50000").split(",")]
RUNS = int(os.environ.get("BENCH_RUNS", 9))
BACKGROUND_TIMEOUT = 600


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def counted() -> CaptureQueriesContext:
    """Counts the queries of one request: each request empties the connection's log as it starts (Django's
    request_started signal), so the count starts from an empty log (with DEBUG every query is logged)."""
    reset_queries()
    return CaptureQueriesContext(connection)


def build(size: int) -> int:
    """Builds a launch of `size` tasks with its calendar entries (a launch in use has them); answers its id."""
    launch = bench_plan.build_launch(size)
    calendar_entries_sync(launch_ids=[launch.pk])
    return launch.pk


def measure(size: int) -> dict[str, str]:
    started = time.perf_counter()
    # Built in a child process: the process that measures holds none of the hundreds of thousands of objects the
    # build made (a web process does not either), which the collector's full passes would walk during every
    # request measured.
    connections.close_all()
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        launch = Launch.objects.get(pk=pool.apply(build, (size,)))
    built_s = time.perf_counter() - started
    client = APIClient()
    client.force_login(User.objects.get(username="bench.office"))
    task_id = Task.objects.filter(workstream__launch=launch).order_by("id").values_list("id", flat=True)[size // 2]

    patch_ms, background_ms = [], []
    for run in range(RUNS + 1):  # the first one warms up
        with counted() as patch_queries:
            start = time.perf_counter()
            response = client.patch(f"/api/v1/tasks/{task_id}/", {"title": f"Renamed {run}"}, format="json")
            patch_ms.append(ms_since(start))
        assert response.status_code == 200, response.content[:500]
        start = time.perf_counter()
        assert embedded_tasks_wait(BACKGROUND_TIMEOUT)
        background_ms.append(ms_since(start))

    url = f"/api/v1/launches/{launch.pk}/move-t-zero/"
    new_t_zero = (launch.t_zero + bench_plan.dt.timedelta(days=7)).isoformat()
    preview_ms = []
    for _ in range(4):
        with counted() as preview_queries:
            start = time.perf_counter()
            response = client.post(url, {"t_zero": new_t_zero, "preview": True}, format="json")
            preview_ms.append(ms_since(start))
        assert response.status_code == 200, response.content[:500]
    report_kib = len(response.content) / 1024
    with counted() as move_queries:
        start = time.perf_counter()
        response = client.post(url, {"t_zero": new_t_zero, "preview": False}, format="json")
        move_ms = ms_since(start)
    assert response.status_code == 200, response.content[:500]
    start = time.perf_counter()
    assert embedded_tasks_wait(BACKGROUND_TIMEOUT)
    move_background_ms = ms_since(start)

    launch = Launch.objects.get(pk=launch.pk)
    cache.clear()
    timeline_url = f"/api/v1/launches/{launch.pk}/timeline/"
    start = time.perf_counter()
    body = client.get(timeline_url).content
    cold_ms = ms_since(start)
    cache.clear()
    tracemalloc.start()
    launch_timeline_json(launch=launch)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    gzipped = len(gzip.compress(body, compresslevel=6))
    Launch.objects.filter(pk=launch.pk).delete()
    return {
        "tasks": f"{size:,}",
        "built (s)": f"{built_s:.0f}",
        "PATCH": f"{statistics.median(patch_ms[1:]):.1f} ms",
        "PATCH p90": f"{statistics.quantiles(patch_ms[1:], n=10)[-1]:.1f} ms",
        "PATCH queries": str(len(patch_queries.captured_queries)),
        "after the PATCH": f"{statistics.median(background_ms[1:]):.0f} ms",
        "T-0 preview": f"{statistics.median(preview_ms[1:]):.0f} ms",
        "preview queries": str(len(preview_queries.captured_queries)),
        "report": f"{report_kib:.0f} KiB",
        "T-0 applied": f"{move_ms:.0f} ms",
        "applied queries": str(len(move_queries.captured_queries)),
        "after the move": f"{move_background_ms:.0f} ms",
        "timeline cold": f"{cold_ms:.0f} ms",
        "timeline size": f"{len(body) / 2**20:.1f} MiB ({gzipped / 2**10:.0f} KiB gzip)",
        "timeline peak memory": f"{peak / 2**20:.0f} MiB",
    }


def main() -> None:
    call_command("migrate", verbosity=0)
    print(f"# Launch growth benchmark on {connection.vendor}: PATCH median of {RUNS} runs\n")
    rows = [measure(size) for size in SIZES]
    keys = list(rows[0])
    print("| measure | " + " | ".join(row["tasks"] + " tasks" for row in rows) + " |")
    print("|---|" + "---|" * len(rows))
    for key in keys[1:]:
        print(f"| {key} | " + " | ".join(row[key] for row in rows) + " |")


if __name__ == "__main__":
    main()

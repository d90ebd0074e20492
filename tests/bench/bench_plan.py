"""Benchmark of the plan at scale (`make bench`): 5,000 tasks and ~10,000 dependencies in one launch.

Measures, side by side, in one run:
1. the timeline endpoint (Django test client, full request) against the bare lower bound: the same rows fetched
   with one raw SQL query each and dumped with orjson;
2. the schedule engine (forward/backward pass, slack, critical path) against a straightforward networkx version;
3. a task update (full request) and moving launch day (preview and applied): queries and time inside the
   request, and the calendar entries' catch-up after commit (on the in-process pool), measured apart.

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

import networkx as nx  # noqa: E402
import orjson  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

from accounts.models import Department, User  # noqa: E402
from calendars.services import calendar_entries_sync  # noqa: E402
from core.tasks import embedded_tasks_wait  # noqa: E402
from launches.models import Dependency, Launch, Milestone, Task, Workstream  # noqa: E402
from launches.working_time import LaunchCalendar  # noqa: E402
from readiness.t_zero import launch_move_t_zero  # noqa: E402
from scheduling.calendar import WorkCalendar  # noqa: E402
from scheduling.engine import LINK_TYPES, DependencyInput, TaskInput, compute_schedule  # noqa: E402

TASKS = int(os.environ.get("BENCH_TASKS", 5000))
DEPENDENCIES_PER_TASK = 2
RUNS = int(os.environ.get("BENCH_RUNS", 15))
BENCH_LAUNCH = "Benchmark launch"


def median_ms(fn, runs: int = RUNS) -> float:
    fn()  # warm up
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def build_launch() -> Launch:
    Launch.objects.filter(name=BENCH_LAUNCH).delete()
    owner, _ = User.objects.get_or_create(username="bench.office", defaults={"is_office": True})
    users = [User.objects.get_or_create(username=f"bench.member{i}")[0] for i in range(20)]
    launch = Launch.objects.create(
        name=BENCH_LAUNCH,
        # The whole plan (T-400 on) is ahead of today: no work is late, so no forecast moves it.
        t_zero=dt.datetime.combine(dt.date.today() + dt.timedelta(days=420), dt.time(7, 0), tzinfo=dt.UTC),
        time_zone=ZoneInfo("Europe/Berlin"),
        owner=owner,
        status="planning",
        # A working calendar: Monday to Friday and one country's public holidays.
        holiday_regions=["US"],
    )
    workstreams = [
        Workstream.objects.create(launch=launch, department=d, lead=users[i])
        for i, d in enumerate(Department.objects.order_by("id")[:5])
    ]
    rng = random.Random(42)
    tasks = [
        Task(
            workstream=workstreams[i % len(workstreams)],
            title=f"Task {i}",
            offset_days=-400 + i * 400 // TASKS,
            duration_days=rng.randint(1, 5),
            assignee=users[i % len(users)],
            needed_for_launch=rng.random() < 0.02,
        )
        for i in range(TASKS)
    ]
    Task.objects.bulk_create(tasks, batch_size=1000)
    ids = list(Task.objects.filter(workstream__launch=launch).order_by("id").values_list("id", flat=True))
    # Predecessors are mostly 8 to 16 days earlier, so the plan is mostly consistent; the first tasks of the
    # launch, and any pair drawn closer, give a realistic sprinkling of conflicts.
    pairs = set()
    for index in range(1, len(ids)):
        for _ in range(DEPENDENCIES_PER_TASK):
            low, high = max(0, index - 200), max(1, index - 100)
            pairs.add((ids[rng.randrange(low, min(high, index))], ids[index]))
    Dependency.objects.bulk_create(
        [
            Dependency(
                launch=launch,
                predecessor_id=a,
                successor_id=b,
                lag_days=rng.randint(-1, 2),
                type=rng.choice(LINK_TYPES),
            )
            for a, b in sorted(pairs)
        ],
        batch_size=2000,
    )
    Milestone.objects.bulk_create(Milestone(launch=launch, name=f"M{i}", offset_days=-i * 10) for i in range(10))
    return launch


def lower_bound(launch: Launch) -> bytes:
    """The rows the timeline reads, with one raw query each, dumped with orjson: what no API can beat."""
    with connection.cursor() as cursor:
        out = {}
        for name, sql in (
            ("lanes", "SELECT id, department_id, lead_id, notes FROM launches_workstream WHERE launch_id = %s"),
            (
                "tasks",
                "SELECT t.id, t.workstream_id, t.title, t.status, t.schedule_mode, t.offset_days, t.start_date, "
                "t.duration_days, t.duration_count, t.due_time, t.needed_for_launch, t.assignee_id, t.actual_start, "
                "t.actual_finish FROM launches_task t "
                "JOIN launches_workstream w ON w.id = t.workstream_id WHERE w.launch_id = %s",
            ),
            (
                "dependencies",
                "SELECT id, predecessor_id, predecessor_milestone_id, predecessor_gate_id, successor_id, "
                "successor_milestone_id, type, lag_days, lag_count FROM launches_dependency WHERE launch_id = %s",
            ),
            (
                "milestones",
                "SELECT id, name, schedule_mode, offset_days, at FROM launches_milestone WHERE launch_id = %s",
            ),
            ("gates", "SELECT id, name, status, schedule_mode, offset_days, at FROM gates_gate WHERE launch_id = %s"),
            (
                "baseline",
                "SELECT bt.task_id, bt.start, bt.due FROM launches_baselinetask bt "
                "JOIN launches_baseline b ON b.id = bt.baseline_id WHERE b.launch_id = %s AND b.is_current",
            ),
        ):
            cursor.execute(sql, [launch.pk])
            out[name] = cursor.fetchall()
    return orjson.dumps(out)


_ENDS = {
    "finish_to_start": (True, False),
    "start_to_start": (False, False),
    "finish_to_finish": (True, True),
    "start_to_finish": (False, True),
}


def networkx_schedule(tasks: list[TaskInput], deps: list[DependencyInput]) -> dict:
    """The same computation written plainly with networkx, as a reference: every link type, each task's own
    deadline (launch day for work needed for launch, otherwise the end of the plan)."""
    graph = nx.DiGraph()
    for task in tasks:
        graph.add_node(task.id, task=task)
    for dep in deps:
        graph.add_edge(dep.predecessor, dep.successor, lag=dep.lag, ends=_ENDS[dep.type])
    order = list(nx.topological_sort(graph))
    start, due = {}, {}
    for node in order:
        task = graph.nodes[node]["task"]
        allowed = task.start
        for p in graph.predecessors(node):
            edge = graph.edges[p, node]
            pred_finish, succ_finish = edge["ends"]
            anchor = due[p] + 1 if pred_finish else start[p]
            allowed = max(allowed, anchor + edge["lag"] - (task.duration if succ_finish else 0))
        start[node] = task.start if task.fixed else allowed
        due[node] = start[node] + task.duration - 1
    end = max(due.values())
    latest_due, latest_start = {}, {}
    for node in reversed(order):
        task = graph.nodes[node]["task"]
        limit = 0 if task.needed_for_launch else end
        for succ in graph.successors(node):
            edge = graph.edges[node, succ]
            pred_finish, succ_finish = edge["ends"]
            moment = (latest_due[succ] + 1 if succ_finish else latest_start[succ]) - edge["lag"]
            limit = min(limit, moment - 1 if pred_finish else moment + task.duration - 1)
        latest_due[node] = limit
        latest_start[node] = limit - task.duration + 1
    slack = {node: latest_due[node] - due[node] for node in order}
    return {"start": start, "slack": slack}


def engine_scaling(
    sizes: tuple[int, ...] = (1_000, 5_000, 20_000),
) -> list[tuple[int, int, float, float]]:
    """The engine alone on synthetic plans of each size (two links per task, all four types, leads and lags):
    (tasks, links, median ms every day working, median ms in a Monday-to-Friday calendar with US holidays).
    Linear in tasks plus links means the ms per 1,000 stays flat."""
    out = []
    for size in sizes:
        rng = random.Random(size)
        tasks = [
            # Two tasks a day at every size, so each size is the same kind of plan (a denser one would be
            # pushed everywhere and answer a conflict per link: another workload, not a bigger one).
            TaskInput(i, -(size // 2) + i // 2, rng.randint(1, 5), needed_for_launch=rng.random() < 0.02)
            for i in range(size)
        ]
        deps = list(
            {
                (rng.randrange(max(0, i - 200), max(1, i - 100)), i): DependencyInput(
                    0, 0, rng.randint(-2, 2), rng.choice(LINK_TYPES)
                )
                for i in range(1, size)
                for _ in range(DEPENDENCIES_PER_TASK)
            }.items()
        )
        links = [DependencyInput(a, b, dep.lag, dep.type) for (a, b), dep in deps]
        plain = median_ms(lambda tasks=tasks, links=links: compute_schedule(tasks, links), 5)
        working = median_ms(
            lambda tasks=tasks, links=links: compute_schedule(tasks, links, calendar=bench_calendar()), 5
        )
        out.append((size, len(links), plain, working))
    return out


def bench_calendar(origin: dt.date = dt.date(2027, 6, 1)) -> WorkCalendar:
    """The benchmark's working calendar, built afresh (as each request does): Monday to Friday, US holidays."""
    return LaunchCalendar([1, 2, 3, 4, 5], ["US"], []).work_calendar(origin)


def main() -> None:
    call_command("migrate", verbosity=0)
    print(f"# Plan benchmark: {TASKS} tasks on {connection.vendor}, median of {RUNS} runs\n")
    build_start = time.perf_counter()
    launch = build_launch()
    dep_count = Dependency.objects.filter(successor__workstream__launch=launch).count()
    print(f"built {TASKS} tasks, {dep_count} dependencies in {time.perf_counter() - build_start:.1f} s\n")

    client = APIClient()
    client.force_login(User.objects.get(username="bench.office"))
    url = f"/api/v1/launches/{launch.pk}/timeline/"
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    size_kb = len(response.content) / 1024

    def cold_get():
        cache.clear()  # no cached body: query, compute the schedule, render, as after every plan change
        return client.get(url)

    with CaptureQueriesContext(connection) as ctx:
        cold_get()
    timeline_ms = median_ms(cold_get)
    warm_ms = median_ms(lambda: client.get(url))
    etag = response["ETag"]
    not_modified_ms = median_ms(lambda: client.get(url, HTTP_IF_NONE_MATCH=etag))
    bound_ms = median_ms(lambda: lower_bound(launch))

    task_rows = list(
        Task.objects.filter(workstream__launch=launch).values_list(
            "id", "offset_days", "duration_days", "needed_for_launch"
        )
    )
    tasks = [TaskInput(pk, offset, duration, needed_for_launch=needed) for pk, offset, duration, needed in task_rows]
    deps = [
        DependencyInput(*row)
        for row in Dependency.objects.filter(successor__workstream__launch=launch).values_list(
            "predecessor_id", "successor_id", "lag_days", "type"
        )
    ]
    engine = compute_schedule(tasks, deps)
    reference = networkx_schedule(tasks, deps)
    assert {k: v.start for k, v in engine.tasks.items()} == reference["start"]
    assert {k: v.slack for k, v in engine.tasks.items()} == reference["slack"]
    engine_ms = median_ms(lambda: compute_schedule(tasks, deps))
    networkx_ms = median_ms(lambda: networkx_schedule(tasks, deps))
    # The same in working time: the networkx reference runs on working moments (the engine's own arithmetic with
    # a calendar), and both agree on every start.
    calendar = bench_calendar(launch.t_zero_date)
    working = compute_schedule(tasks, deps, calendar=calendar)
    moment_tasks = [task._replace(start=calendar.moment(task.start)) for task in tasks]
    working_reference = networkx_schedule(moment_tasks, deps)
    assert {k: calendar.moment(v.start) for k, v in working.tasks.items()} == working_reference["start"]
    working_ms = median_ms(lambda: compute_schedule(tasks, deps, calendar=bench_calendar(launch.t_zero_date)))
    working_networkx_ms = median_ms(
        lambda: networkx_schedule([task._replace(start=calendar.moment(task.start)) for task in tasks], deps)
    )

    office = User.objects.get(username="bench.office")
    # A launch in use has its calendar entries: the writes below bring them up to date, not build them.
    calendar_entries_sync(launch_ids=[launch.pk])
    task_url = f"/api/v1/tasks/{task_rows[TASKS // 2][0]}/"
    update_samples, catch_up_samples, update_queries = [], [], []
    for run in range(RUNS + 1):
        with CaptureQueriesContext(connection) as update_ctx:
            start = time.perf_counter()
            response = client.patch(task_url, {"title": f"Task renamed {run}"}, format="json")
            update_samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.content[:500]
        start = time.perf_counter()
        assert embedded_tasks_wait(60)
        catch_up_samples.append((time.perf_counter() - start) * 1000)
        update_queries.append(update_ctx.captured_queries)
    update_ms, catch_up_ms = statistics.median(update_samples[1:]), statistics.median(catch_up_samples[1:])
    calendar_writes = [
        q for q in update_queries[-1] if "calendars_calendarentry" in q["sql"] and not q["sql"].startswith("SELECT")
    ]
    new_t_zero = launch.t_zero + dt.timedelta(days=7)
    with CaptureQueriesContext(connection) as preview_ctx:
        launch_move_t_zero(actor=office, launch=launch, t_zero=new_t_zero, preview=True)
    preview_ms = median_ms(
        lambda: launch_move_t_zero(actor=office, launch=launch, t_zero=new_t_zero, preview=True), runs=5
    )
    with CaptureQueriesContext(connection) as move_ctx:
        start = time.perf_counter()
        launch_move_t_zero(actor=office, launch=Launch.objects.get(pk=launch.pk), t_zero=new_t_zero)
        move_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    assert embedded_tasks_wait(120)
    move_catch_up_ms = (time.perf_counter() - start) * 1000
    writes = [q for q in move_ctx.captured_queries if q["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")]

    rows = [
        (
            "timeline GET, cold (full request, 200, computed)",
            f"{timeline_ms:.1f} ms",
            f"{len(ctx.captured_queries)} queries, {size_kb:.0f} KiB",
        ),
        ("lower bound: raw SQL + orjson", f"{bound_ms:.1f} ms", f"cold ratio {timeline_ms / bound_ms:.2f}x"),
        (
            "timeline GET, warm (200, body cached for this plan version)",
            f"{warm_ms:.1f} ms",
            f"ratio {warm_ms / bound_ms:.2f}x (target <= 3x)",
        ),
        ("timeline GET with If-None-Match (304)", f"{not_modified_ms:.1f} ms", ""),
        (
            "schedule engine (CPM, slack, critical path)",
            f"{engine_ms:.1f} ms",
            f"critical path {len(engine.critical_path)} tasks",
        ),
        (
            "networkx reference",
            f"{networkx_ms:.1f} ms",
            f"engine is {networkx_ms / engine_ms:.1f}x faster (target > 1x)",
        ),
        (
            "schedule engine in working days (Mon-Fri, US holidays)",
            f"{working_ms:.1f} ms",
            f"{working_ms / engine_ms:.2f}x the engine in plain days",
        ),
        (
            "networkx reference in working moments",
            f"{working_networkx_ms:.1f} ms",
            f"engine is {working_networkx_ms / working_ms:.1f}x faster (target > 1x)",
        ),
        (
            "task update, PATCH (full request)",
            f"{update_ms:.1f} ms",
            f"{len(update_queries[-1])} queries, {len(calendar_writes)} calendar-entry writes",
        ),
        ("task update: calendar entries brought up to date after commit", f"{catch_up_ms:.1f} ms", "background"),
        ("move T-0, preview", f"{preview_ms:.1f} ms", f"{len(preview_ctx.captured_queries)} queries, 0 writes"),
        ("move T-0, applied", f"{move_ms:.1f} ms", f"{len(move_ctx.captured_queries)} queries, {len(writes)} writes"),
        ("move T-0: calendar entries brought up to date after commit", f"{move_catch_up_ms:.1f} ms", "background"),
    ]
    print("| measure | median | notes |\n|---|---|---|")
    for row in rows:
        print(f"| {' | '.join(row)} |")
    print(
        "\n| engine alone (all four link types) | links | every day works | per 1,000 | working calendar | per 1,000 |"
        "\n|---|---|---|---|---|---|"
    )
    for size, links, ms, working_ms in engine_scaling():
        print(
            f"| {size:,} tasks | {links:,} | {ms:.1f} ms | {ms * 1000 / size:.2f} ms "
            f"| {working_ms:.1f} ms | {working_ms * 1000 / size:.2f} ms |"
        )
    Launch.objects.filter(pk=launch.pk).delete()


if __name__ == "__main__":
    main()

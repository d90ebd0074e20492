"""Benchmark of the plan at scale (`make bench`): 5,000 tasks and ~10,000 dependencies in one launch.

Measures, side by side, in one run:
1. the timeline endpoint (Django test client, full request) against the bare lower bound: the same rows fetched
   with one raw SQL query each and dumped with orjson;
2. the schedule engine (forward/backward pass, slack, critical path) against a straightforward networkx version,
   and the engine alone from 1,000 to 50,000 tasks against a pure-Python floor of the same passes, networkx and
   rustworkx with numpy (`BENCH_ENGINE_SIZES`, default 1000,5000,20000,50000), with its peak memory at the largest;
3. a task update (full request) and moving launch day (preview and applied): queries and time inside the
   request, and the calendar entries' catch-up after commit (on the in-process pool), measured apart.

Runs on SQLite by default (a scratch file) and on PostgreSQL when DATABASE_URL is set.
"""

import gc
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
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
import numpy as np  # noqa: E402
import orjson  # noqa: E402
import rustworkx as rx  # noqa: E402
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
from scheduling import engine as schedule_engine  # noqa: E402
from scheduling.calendar import WorkCalendar  # noqa: E402
from scheduling.engine import LINK_TYPES, DependencyInput, Schedule, TaskInput, compute_schedule  # noqa: E402

TASKS = int(os.environ.get("BENCH_TASKS", 5000))
DEPENDENCIES_PER_TASK = 2
RUNS = int(os.environ.get("BENCH_RUNS", 15))
ENGINE_SIZES = tuple(int(size) for size in os.environ.get("BENCH_ENGINE_SIZES", "1000,5000,20000,50000").split(","))
BENCH_LAUNCH = "Benchmark launch"


def median_ms(fn, runs: int = RUNS) -> float:
    fn()  # warm up
    samples = []
    gc.collect()  # the samples do not pay for garbage left by what ran before
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def build_launch(tasks: int = TASKS) -> Launch:
    """One launch of `tasks` tasks over 400 days before T-0, two links each to tasks 8 to 16 days earlier: a bigger
    plan is more work in parallel, the same kind of plan (each link reaches as many days back at every size)."""
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
    rows = [
        Task(
            workstream=workstreams[i % len(workstreams)],
            title=f"Task {i}",
            offset_days=-400 + i * 400 // tasks,
            duration_days=rng.randint(1, 5),
            assignee=users[i % len(users)],
            needed_for_launch=rng.random() < 0.02,
        )
        for i in range(tasks)
    ]
    Task.objects.bulk_create(rows, batch_size=1000)
    ids = list(Task.objects.filter(workstream__launch=launch).order_by("id").values_list("id", flat=True))
    # Predecessors are mostly 8 to 16 days earlier, so the plan is mostly consistent; the first tasks of the
    # launch, and any pair drawn closer, give a realistic sprinkling of conflicts.
    pairs = set()
    reach = max(1, 100 * tasks // 5000)  # 100 places is 8 days at 5,000 tasks
    for index in range(1, len(ids)):
        for _ in range(DEPENDENCIES_PER_TASK):
            low, high = max(0, index - reach * 2), max(1, index - reach)
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


def floor_schedule(tasks: list[TaskInput], deps: list[DependencyInput]) -> tuple[list[int], list[int]]:
    """The pure-Python floor: the least code that computes the engine's starts and slack for the same inputs,
    every link type with its lag, each task's deadline (launch day or the end of the plan) and fixed tasks.
    It leaves out what the engine adds on top: working calendars (moments), cancelled work, a status day, gates,
    conflicts, the critical path, cycle reporting and the per-task result objects (it returns two lists in the
    order of `tasks`)."""
    count = len(tasks)
    index = {task.id: i for i, task in enumerate(tasks)}
    duration = [task.duration for task in tasks]
    into: list[list[tuple[int, int, bool, bool]]] = [[] for _ in range(count)]
    out: list[list[tuple[int, int, bool, bool]]] = [[] for _ in range(count)]
    indegree = [0] * count
    for dep in deps:
        a, b = index[dep.predecessor], index[dep.successor]
        pred_finish, succ_finish = _ENDS[dep.type]
        into[b].append((a, dep.lag, pred_finish, succ_finish))
        out[a].append((b, dep.lag, pred_finish, succ_finish))
        indegree[b] += 1
    order = [i for i in range(count) if not indegree[i]]
    for i in order:
        for b, *_link in out[i]:
            indegree[b] -= 1
            if not indegree[b]:
                order.append(b)
    start, due = [0] * count, [0] * count
    for i in order:
        task = tasks[i]
        begin = task.start
        if not task.fixed:
            for a, lag, pred_finish, succ_finish in into[i]:
                allowed = (due[a] + 1 if pred_finish else start[a]) + lag - (duration[i] if succ_finish else 0)
                if allowed > begin:
                    begin = allowed
        start[i] = begin
        due[i] = begin + duration[i] - 1
    end = max(due)
    latest_due, latest_start = [0] * count, [0] * count
    for i in reversed(order):
        limit = 0 if tasks[i].needed_for_launch else end
        for b, lag, pred_finish, succ_finish in out[i]:
            tied = (latest_due[b] + 1 if succ_finish else latest_start[b]) - lag
            allowed = tied - 1 if pred_finish else tied + duration[i] - 1
            if allowed < limit:
                limit = allowed
        latest_due[i] = limit
        latest_start[i] = limit - duration[i] + 1
    return start, [latest_due[i] - due[i] for i in range(count)]


def rustworkx_schedule(tasks: list[TaskInput], deps: list[DependencyInput]) -> tuple[np.ndarray, np.ndarray]:
    """The same passes with rustworkx for the graph and numpy for the arithmetic: links are relaxed a whole
    topological generation at a time (np.maximum.at / np.minimum.at). Leaves out what floor_schedule leaves out;
    returns starts and slack in the order of `tasks`."""
    count = len(tasks)
    index = {task.id: i for i, task in enumerate(tasks)}
    pred = np.fromiter((index[dep.predecessor] for dep in deps), np.int64, len(deps))
    succ = np.fromiter((index[dep.successor] for dep in deps), np.int64, len(deps))
    lag = np.fromiter((dep.lag for dep in deps), np.int64, len(deps))
    ends = np.array([_ENDS[dep.type] for dep in deps], dtype=bool).reshape(-1, 2)
    pred_finish, succ_finish = ends[:, 0], ends[:, 1]
    planned = np.fromiter((task.start for task in tasks), np.int64, count)
    duration = np.fromiter((task.duration for task in tasks), np.int64, count)
    fixed = np.fromiter((task.fixed for task in tasks), bool, count)
    needed = np.fromiter((task.needed_for_launch for task in tasks), bool, count)
    graph = rx.PyDiGraph()
    graph.add_nodes_from(range(count))
    graph.add_edges_from_no_data(list(zip(pred.tolist(), succ.tolist(), strict=True)))
    generations = [np.asarray(nodes, dtype=np.int64) for nodes in rx.topological_generations(graph)]
    level = np.empty(count, np.int64)
    for number, nodes in enumerate(generations):
        level[nodes] = number
    # Links grouped by their successor's generation (forward) and by their predecessor's (backward).
    by_succ = np.argsort(level[succ], kind="stable")
    forward = np.split(by_succ, np.searchsorted(level[succ][by_succ], np.arange(1, len(generations))))
    by_pred = np.argsort(level[pred], kind="stable")
    backward = np.split(by_pred, np.searchsorted(level[pred][by_pred], np.arange(1, len(generations))))
    start = planned.copy()
    due = start + duration - 1
    for nodes, links in zip(generations, forward, strict=True):
        if len(links):
            a, b = pred[links], succ[links]
            allowed = np.where(pred_finish[links], due[a] + 1, start[a]) + lag[links]
            allowed -= np.where(succ_finish[links], duration[b], 0)
            np.maximum.at(start, b[~fixed[b]], allowed[~fixed[b]])
        due[nodes] = start[nodes] + duration[nodes] - 1
    limit = np.where(needed, 0, due.max())
    latest_start = np.zeros(count, np.int64)
    for nodes, links in zip(reversed(generations), reversed(backward), strict=True):
        if len(links):
            a, b = pred[links], succ[links]
            tied = np.where(succ_finish[links], limit[b] + 1, latest_start[b]) - lag[links]
            np.minimum.at(limit, a, np.where(pred_finish[links], tied - 1, tied + duration[a] - 1))
        latest_start[nodes] = limit[nodes] - duration[nodes] + 1
    return start, limit - due


def scaling_plan(size: int) -> tuple[list[TaskInput], list[DependencyInput]]:
    """A synthetic plan of `size` tasks: two links per task (all four types, leads and lags) to tasks 100 to 200
    before it, 2% of tasks needed for launch, and two tasks a day at every size, so each size is the same kind of
    plan (a denser one would be pushed everywhere and answer a conflict per link: another workload, not a bigger
    one)."""
    rng = random.Random(size)
    tasks = [
        TaskInput(i, -(size // 2) + i // 2, rng.randint(1, 5), needed_for_launch=rng.random() < 0.02)
        for i in range(size)
    ]
    deps = {
        (rng.randrange(max(0, i - 200), max(1, i - 100)), i): (rng.randint(-2, 2), rng.choice(LINK_TYPES))
        for i in range(1, size)
        for _ in range(DEPENDENCIES_PER_TASK)
    }
    return tasks, [DependencyInput(a, b, lag, kind) for (a, b), (lag, kind) in deps.items()]


def engine_run(
    tasks: list[TaskInput], links: list[DependencyInput], choice: str, calendar: WorkCalendar | None = None
) -> Schedule:
    """compute_schedule on one engine: "pure" (scheduling/engine.py) or "vector" (engine_vector.py, numpy)."""
    chosen, schedule_engine.ENGINE = schedule_engine.ENGINE, choice
    try:
        return compute_schedule(tasks, links, calendar=calendar)
    finally:
        schedule_engine.ENGINE = chosen


def assert_same_schedule(vector: Schedule, pure: Schedule) -> None:
    assert list(vector.tasks.items()) == list(pure.tasks.items())
    assert (vector.conflicts, vector.end, vector.critical_path) == (pure.conflicts, pure.end, pure.critical_path)


def engine_scaling(sizes: tuple[int, ...] = ENGINE_SIZES) -> list[dict[str, float]]:
    """The engine alone on scaling_plan at each size, against the pure-Python floor of the same passes and the
    networkx and rustworkx references (each checked to agree with the engine on every start and slack), and in a
    Monday-to-Friday calendar with US holidays; the pure engine ("engine") and the numpy one ("vector", checked to
    give the very same Schedule), each forced. Linear in tasks plus links means the µs per task stays flat."""
    out = []
    for size in sizes:
        tasks, links = scaling_plan(size)
        runs = 5 if size <= 5_000 else 3 if size <= 20_000 else 2
        engine = engine_run(tasks, links, "pure")
        assert_same_schedule(engine_run(tasks, links, "vector"), engine)
        assert_same_schedule(
            engine_run(tasks, links, "vector", bench_calendar()), engine_run(tasks, links, "pure", bench_calendar())
        )
        starts = [engine.tasks[task.id].start for task in tasks]
        slack = [engine.tasks[task.id].slack for task in tasks]
        assert floor_schedule(tasks, links) == (starts, slack)
        reference = networkx_schedule(tasks, links)
        assert [reference["start"][task.id] for task in tasks] == starts
        assert [reference["slack"][task.id] for task in tasks] == slack
        rx_start, rx_slack = rustworkx_schedule(tasks, links)
        assert rx_start.tolist() == starts and rx_slack.tolist() == slack
        # The checks' results (a schedule of every task, networkx's dictionaries) are not kept while the engines
        # are timed: the collector's full passes walk whatever the process holds, and a web process holds none
        # of them.
        del engine, reference, rx_start, rx_slack, starts, slack
        gc.collect()
        row = {
            "tasks": size,
            "links": len(links),
            "engine": median_ms(lambda tasks=tasks, links=links: engine_run(tasks, links, "pure"), runs),
            "vector": median_ms(lambda tasks=tasks, links=links: engine_run(tasks, links, "vector"), runs),
            "floor": median_ms(lambda tasks=tasks, links=links: floor_schedule(tasks, links), runs),
            "networkx": median_ms(lambda tasks=tasks, links=links: networkx_schedule(tasks, links), min(runs, 2)),
            "rustworkx": median_ms(lambda tasks=tasks, links=links: rustworkx_schedule(tasks, links), runs),
            "working": median_ms(
                lambda tasks=tasks, links=links: engine_run(tasks, links, "pure", bench_calendar()), runs
            ),
            "working_vector": median_ms(
                lambda tasks=tasks, links=links: engine_run(tasks, links, "vector", bench_calendar()), runs
            ),
        }
        out.append(row)
    return out


def engine_peak_memory(size: int, choice: str = "pure") -> float:
    """MiB allocated at the peak of one compute_schedule on scaling_plan(size), beyond its inputs (tracemalloc)."""
    tasks, links = scaling_plan(size)
    engine_run(tasks, links, choice)
    tracemalloc.start()
    try:
        engine_run(tasks, links, choice)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def print_engine_table() -> None:
    print(
        "\n| engine alone (all four link types) | links | engine | µs per task | floor | engine / floor "
        "| vector | µs per task | vector / floor | networkx | rustworkx + numpy | working calendar | µs per task "
        "| working, vector | µs per task |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    )
    for row in engine_scaling():
        size = row["tasks"]
        print(
            f"| {size:,} tasks | {row['links']:,} | {row['engine']:.1f} ms | {row['engine'] * 1000 / size:.2f} "
            f"| {row['floor']:.1f} ms | {row['engine'] / row['floor']:.2f}x | {row['vector']:.1f} ms "
            f"| {row['vector'] * 1000 / size:.2f} | {row['vector'] / row['floor']:.2f}x | {row['networkx']:.1f} ms "
            f"| {row['rustworkx']:.1f} ms | {row['working']:.1f} ms | {row['working'] * 1000 / size:.2f} "
            f"| {row['working_vector']:.1f} ms | {row['working_vector'] * 1000 / size:.2f} |"
        )
    largest = max(ENGINE_SIZES)
    print(
        f"\npeak memory of one compute_schedule at {largest:,} tasks: {engine_peak_memory(largest):.1f} MiB (pure), "
        f"{engine_peak_memory(largest, 'vector'):.1f} MiB (vector)"
    )


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
    print_engine_table()
    Launch.objects.filter(pk=launch.pk).delete()


if __name__ == "__main__":
    main()

"""Benchmark of live updates (`make bench`, issue 17) on the production path: daphne serving config.asgi (the
sockets), gunicorn serving config.wsgi (HTTP, 3 workers of 4 threads as compose runs it, or WEB_CONCURRENCY
and WEB_THREADS), Celery workers (the timeline's difference, calendar entries, notices), all on PostgreSQL with
REDIS_URL set (the channel layer is Redis pub/sub). Every client is real, over TCP.

A. Fan-out: one launch of BENCH_LIVE_TASKS (1,000) tasks watched by 200 WebSocket connections; ~30 task PATCHes,
   one every 300 ms, through gunicorn: time from each PATCH's response to each view receiving its `change`. Then
   daphne's memory per open view, and its CPU over 20 s with the 200 sockets idle (each sends the protocol's
   ping every 25 s), with no SQL meanwhile.
B. Mixed workload: 50 people on one launch of BENCH_LIVE_MIX_TASKS (5,000) tasks, BENCH_LIVE_SECONDS (30 s) per
   run: (1) before the stream (15% PATCH, 85% the timeline without ETag), (2) with the stream (15% PATCH, 85% the
   small reads a following view makes, 50 sockets open), (3) the trivial authenticated endpoint alone; then (3)
   again with CONN_MAX_AGE=0.

Needs PostgreSQL (BENCH_LIVE_POSTGRES, a server URL; the bench creates and drops its own database,
BENCH_LIVE_DB) and Redis (BENCH_LIVE_REDIS, a database of its own: it is flushed). Skipped without them.
BENCH_LIVE_SKIP_FAN=1 runs B alone. Each run of B also says where the CPU went (servers, PostgreSQL, Redis,
the load generator).
"""

import asyncio
import http.client
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BACKEND = REPO / "backend"
POSTGRES = os.environ.get("BENCH_LIVE_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres")
DB_NAME = os.environ.get("BENCH_LIVE_DB", "tminus_bench_live")
REDIS = os.environ.get("BENCH_LIVE_REDIS", "redis://127.0.0.1:6379/9")
PREFIX = "asgi-bench-live"
FAN_TASKS = int(os.environ.get("BENCH_LIVE_TASKS", 1000))
VIEWS = int(os.environ.get("BENCH_LIVE_VIEWS", 200))
PATCHES = int(os.environ.get("BENCH_LIVE_PATCHES", 30))
IDLE_SECONDS = float(os.environ.get("BENCH_LIVE_IDLE_SECONDS", 20))
MIX_TASKS = int(os.environ.get("BENCH_LIVE_MIX_TASKS", 5000))
PEOPLE = int(os.environ.get("BENCH_LIVE_PEOPLE", 50))
SECONDS = float(os.environ.get("BENCH_LIVE_SECONDS", 30))
# gunicorn as docker-compose.yml runs it by default (WEB_CONCURRENCY processes of WEB_THREADS threads).
WEB_WORKERS = int(os.environ.get("WEB_CONCURRENCY", 3))
WEB_THREADS = int(os.environ.get("WEB_THREADS", 4))
EDIT_SHARE = 0.15
PING_SECONDS = 25  # the browser's protocol ping (docs/live.md)

# The settings the bench's processes share: config.settings with a channel prefix of the bench's own (Redis
# pub/sub ignores the database number, so another server on the same Redis would hear our groups otherwise).
SETTINGS_DIR = Path(tempfile.mkdtemp(prefix="tminus-bench-live-"))
(SETTINGS_DIR / "bench_live_settings.py").write_text(
    f'from config.settings import *  # noqa: F403\nCHANNEL_LAYERS["default"]["CONFIG"]["prefix"] = "{PREFIX}"\n'
)
DB_URL = f"{POSTGRES.rsplit('/', 1)[0]}/{DB_NAME}"
SERVER_ENV = {
    "DATABASE_URL": DB_URL,
    "REDIS_URL": REDIS,
    "CELERY_BROKER_URL": REDIS,
    "DJANGO_SETTINGS_MODULE": "bench_live_settings",
    # As in production: no DEBUG (no query log, no debug pages); plain HTTP on loopback.
    "DEBUG": "0",
    "SECURE_SSL_REDIRECT": "0",
    "SECRET_KEY": "bench-live-" + os.urandom(16).hex(),
    "CONN_MAX_AGE": "60",
    "PYTHONPATH": os.pathsep.join([str(SETTINGS_DIR), str(BACKEND), str(REPO)]),
}
os.environ.update(SERVER_ENV)
sys.path[:0] = [str(SETTINGS_DIR), str(BACKEND), str(REPO)]


def services_reachable() -> str | None:
    import psycopg
    import redis

    try:
        psycopg.connect(POSTGRES, connect_timeout=3).close()
        redis.Redis.from_url(REDIS, socket_connect_timeout=3).ping()
    except Exception as error:  # any failure means: skip
        return str(error).splitlines()[0]
    return None


def admin_sql(sql: str, params: tuple = ()) -> list[tuple]:
    import psycopg

    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        cursor = conn.execute(sql, params)
        return cursor.fetchall() if cursor.description else []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Servers:
    """The bench's own subprocesses, each in its own process group, stopped by their ids on exit."""

    def __init__(self) -> None:
        self.procs: dict[str, subprocess.Popen] = {}

    def start(self, name: str, args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen:
        log = open(SETTINGS_DIR / f"{name}.log", "wb")  # noqa: SIM115 (kept open for the process's life)
        proc = subprocess.Popen(
            [sys.executable, "-m", *args],
            cwd=BACKEND,
            env={**os.environ, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.procs[name] = proc
        return proc

    def stop(self, name: str) -> None:
        proc = self.procs.pop(name, None)
        if proc is None or proc.poll() is not None:
            return
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)

    def stop_all(self) -> None:
        for name in list(self.procs):
            self.stop(name)

    def log_tail(self, name: str) -> str:
        return (SETTINGS_DIR / f"{name}.log").read_text(errors="replace")[-3000:]


def wait_http(port: int, name: str, servers: Servers, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if servers.procs[name].poll() is not None:
            raise RuntimeError(f"{name} exited:\n{servers.log_tail(name)}")
        try:
            status, _, _ = request(port, "GET", "/api/health/")
            if status < 500:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{name} did not answer in {timeout} s:\n{servers.log_tail(name)}")


def wait_worker(servers: Servers, timeout: float = 60, name: str = "celery") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if servers.procs[name].poll() is not None:
            raise RuntimeError(f"{name} exited:\n{servers.log_tail(name)}")
        if b" ready." in (SETTINGS_DIR / f"{name}.log").read_bytes():
            return
        time.sleep(0.2)
    raise RuntimeError(f"{name} not ready in {timeout} s:\n{servers.log_tail(name)}")


def request(
    port: int,
    method: str,
    path: str,
    token: str | None = None,
    body: dict | None = None,
    etag: str | None = None,
    gzip: bool = False,
) -> tuple[int, bytes, str | None]:
    """One request on a fresh connection (as a browser's, each one new). With `gzip`, it
    accepts a gzipped answer as a browser does, and leaves it compressed (the load reads no body)."""
    headers = {"Accept": "application/json"}
    if gzip:
        headers["Accept-Encoding"] = "gzip"
    if token:
        headers["Authorization"] = f"Token {token}"
    if etag:
        headers["If-None-Match"] = etag
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request(method, path, body=data, headers=headers)
        response = conn.getresponse()
        content = response.read()
        return response.status, content, response.getheader("ETag")
    finally:
        conn.close()


def proc_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def proc_cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def cpu_by_role(servers: "Servers") -> dict[str, float]:
    """CPU seconds so far of each bench server with its children (its process group), of every PostgreSQL and
    Redis process on the machine, and of the load generator (this process): where a run's cores went."""
    groups = {proc.pid: name for name, proc in servers.procs.items()}
    seconds: dict[str, float] = dict.fromkeys([*groups.values(), "postgres", "redis", "load generator"], 0.0)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        command, fields = stat.split("(", 1)[1].rsplit(")", 1)[0], stat.rsplit(")", 1)[1].split()
        used = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        group = int(fields[2])
        if group in groups:
            seconds[groups[group]] += used
        elif command.startswith("postgres"):
            seconds["postgres"] += used
        elif command.startswith("redis"):
            seconds["redis"] += used
    times = os.times()
    seconds["load generator"] = times.user + times.system
    return seconds


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


# Seeding


def seed(name: str, tasks: int, office, users, seed_value: int):
    """A launch like bench_plan.py's: five workstreams, tasks spread over 400 days ahead of today, two
    finish-to-start links per task to tasks 100 to 200 places earlier, 10 milestones."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from accounts.models import Department
    from launches.models import Dependency, Launch, Milestone, Task, Workstream

    departments = list(Department.objects.order_by("id")[:5])
    for i in range(len(departments), 5):
        departments.append(Department.objects.create(name=f"Bench department {i}"))
    launch = Launch.objects.create(
        name=name,
        t_zero=dt.datetime.combine(dt.date.today() + dt.timedelta(days=420), dt.time(7, 0), tzinfo=dt.UTC),
        time_zone=ZoneInfo("Europe/Berlin"),
        owner=office,
        status="planning",
    )
    workstreams = [
        Workstream.objects.create(launch=launch, department=d, lead=users[i]) for i, d in enumerate(departments)
    ]
    rng = random.Random(seed_value)
    Task.objects.bulk_create(
        [
            Task(
                workstream=workstreams[i % len(workstreams)],
                title=f"Task {i}",
                offset_days=-400 + i * 400 // tasks,
                duration_days=rng.randint(1, 5),
                assignee=users[i % len(users)],
            )
            for i in range(tasks)
        ],
        batch_size=1000,
    )
    ids = list(Task.objects.filter(workstream__launch=launch).order_by("id").values_list("id", flat=True))
    pairs = {
        (ids[rng.randrange(max(0, i - 200), max(1, i - 100))], ids[i]) for i in range(1, len(ids)) for _ in range(2)
    }
    Dependency.objects.bulk_create(
        [Dependency(launch=launch, predecessor_id=a, successor_id=b) for a, b in sorted(pairs)], batch_size=2000
    )
    Milestone.objects.bulk_create(Milestone(launch=launch, name=f"M{i}", offset_days=-i * 10) for i in range(10))
    return launch, ids


# WebSocket views


class Views:
    """Open views of one launch, each a real WebSocket client, on an event loop in a thread of its own."""

    def __init__(self, ws_url: str, tokens: list[str], launch_id: int, count: int) -> None:
        self.ws_url, self.tokens, self.launch_id, self.count = ws_url, tokens, launch_id, count
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.changes: list[tuple[int, float, dict]] = []  # (view, received at, message)
        # (view, received at, the plan version it shows, its size, whether it asks for a refetch)
        self.schedules: list[tuple[int, float, int, int, bool]] = []
        self.refetch: set[int] = set()  # views that must reload their timeline (applyTimelineDelta gave up)
        self.held: dict[int, str] = {}  # view: the timeline version it shows
        self.reloads_for_base = 0  # differences a view could not apply: not from the version it shows
        self.presence = 0
        self.watching = 0
        self.errors: list[dict] = []
        self.sockets: list = []
        self.tasks: list[asyncio.Task] = []

    def run(self, coro, timeout: float = 120):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    async def _view(self, index: int, opened: asyncio.Event) -> None:
        from websockets.asyncio.client import connect

        # No library pings: daphne pings every 20 s, the client only sends the protocol's ping (below).
        ws = await connect(
            self.ws_url,
            additional_headers={"Authorization": f"Token {self.tokens[index % len(self.tokens)]}"},
            ping_interval=None,
            max_size=None,
            open_timeout=60,
        )
        self.sockets.append(ws)
        await ws.send(json.dumps({"type": "watch", "launch": self.launch_id}))
        pinger = asyncio.ensure_future(self._ping(ws, random.Random(index)))
        try:
            async for raw in ws:
                message = json.loads(raw)
                kind = message["type"]
                if kind == "change":
                    self.changes.append((index, time.perf_counter(), message))
                elif kind == "schedule":
                    # The browser reloads when told to, or when the difference is not from the version it shows.
                    delta = message["timeline"]
                    if delta["refetch"] or self.held.get(index, delta["base"]) != delta["base"]:
                        self.refetch.add(index)
                        self.reloads_for_base += not delta["refetch"]
                    self.held[index] = delta["version"]
                    self.schedules.append(
                        (index, time.perf_counter(), _plan_version(message), len(raw), message["timeline"]["refetch"])
                    )
                elif kind == "presence":
                    self.presence += 1
                elif kind == "watching":
                    self.watching += 1
                    opened.set()
                elif kind == "error":
                    self.errors.append(message)
        except Exception:  # noqa: S110 (a closed socket ends the view)
            pass
        finally:
            pinger.cancel()

    async def _ping(self, ws, rng: random.Random) -> None:
        await asyncio.sleep(rng.uniform(0, PING_SECONDS))
        while True:
            await ws.send('{"type": "ping"}')
            await asyncio.sleep(PING_SECONDS)

    async def _open(self) -> None:
        # In batches, as tabs open over time rather than in one instant.
        for start in range(0, self.count, 20):
            events = []
            for index in range(start, min(self.count, start + 20)):
                opened = asyncio.Event()
                events.append(opened)
                self.tasks.append(asyncio.ensure_future(self._view(index, opened)))
            await asyncio.wait_for(asyncio.gather(*(e.wait() for e in events)), 60)

    async def _close(self) -> None:
        for ws in self.sockets:
            await ws.close()
        await asyncio.gather(*self.tasks, return_exceptions=True)

    def open(self) -> None:
        self.run(self._open())

    def close(self) -> None:
        try:
            self.run(self._close(), timeout=60)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)


def settle(views: Views, quiet: float = 1.0, timeout: float = 60) -> None:
    """Wait until the presence answers of the last watchers have all arrived (no message for `quiet` s)."""
    deadline = time.monotonic() + timeout
    last, since = -1, time.monotonic()
    while time.monotonic() < deadline:
        now = views.presence + len(views.changes)
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        time.sleep(0.1)


def flush_bench_statistics() -> None:
    admin_sql(
        "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = %s "
        "AND backend_type = 'client backend'",
        (DB_NAME,),
    )


def bench_commits() -> int:
    """xact_commit of the bench database (statistics: each backend flushes its own within ~1 s to 10 s)."""
    return admin_sql("SELECT xact_commit FROM pg_stat_database WHERE datname = %s", (DB_NAME,))[0][0]


def bench_statements_since(moment: str) -> int:
    """Client connections to the bench database that began or ended a statement, or connected, since `moment`
    (pg_stat_activity is live)."""
    return admin_sql(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND backend_type = 'client backend' "
        "AND greatest(state_change, backend_start) > %s::timestamptz",
        (DB_NAME, moment),
    )[0][0]


def fan_out(http_port: int, ws_port: int, daphne_pid: int, tokens: list[str], launch_id: int, task_ids: list[int]):
    out: dict = {}
    # Warm daphne (Django's apps, the consumer, the Redis connection) before measuring its memory with 0 views.
    warm = Views(f"ws://127.0.0.1:{ws_port}/ws/live/", tokens, launch_id, 2)
    warm.open()
    warm.close()
    time.sleep(1)
    rss_empty = proc_rss_kib(daphne_pid)

    views = Views(f"ws://127.0.0.1:{ws_port}/ws/live/", tokens, launch_id, VIEWS)
    start = time.perf_counter()
    views.open()
    out["open_s"] = time.perf_counter() - start
    settle(views)
    out["open_settled_s"] = time.perf_counter() - start
    out["presence_on_open"] = views.presence
    rss_full = proc_rss_kib(daphne_pid)
    out["rss_empty_mib"] = rss_empty / 1024
    out["rss_full_mib"] = rss_full / 1024
    out["kib_per_view"] = (rss_full - rss_empty) / VIEWS

    # Idle: only the protocol's pings (each re-announces its view's presence to the other views of the launch).
    # The bench database's connections are ended at both ends of the window: a backend flushes its statistics
    # as it exits (otherwise up to 10 s late), so xact_commit counts exactly the window's transactions.
    flush_bench_statistics()
    commits_before = bench_commits()
    presence_before = views.presence
    window_start = admin_sql("SELECT now()::text")[0][0]
    cpu_before = proc_cpu_seconds(daphne_pid)
    time.sleep(IDLE_SECONDS)
    cpu_after = proc_cpu_seconds(daphne_pid)
    out["idle_statements"] = bench_statements_since(window_start)
    flush_bench_statistics()
    out["idle_commits"] = bench_commits() - commits_before
    out["idle_cpu_s"] = cpu_after - cpu_before
    out["idle_presence"] = views.presence - presence_before

    # Changes: sequential PATCHes through gunicorn, each to its own task; a change is matched to its PATCH by id.
    rng = random.Random(7)
    targets = rng.sample(task_ids, PATCHES + 1)
    answered: dict[int, float] = {}
    versions: list[tuple[float, int]] = []  # each PATCH's response, and the plan version right after it
    patch_ms = []
    for number, task_id in enumerate(targets):
        begin = time.perf_counter()
        status, body, _ = request(
            http_port, "PATCH", f"/api/v1/tasks/{task_id}/", tokens[0], {"duration_days": rng.randint(6, 9)}
        )
        done = time.perf_counter()
        assert status == 200, body[:300]
        if number:  # the first is a warm-up (the worker's first task, the first difference)
            answered[task_id] = done
            versions.append((done, PLAN_VERSIONS.read(launch_id)))
            patch_ms.append((done - begin) * 1000)
        time.sleep(0.3)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and sum(1 for c in list(views.changes) if _task_of(c[2]) in answered) < (
        VIEWS * PATCHES
    ):
        time.sleep(0.1)
    latencies, sizes = [], {}
    for _view, received, message in list(views.changes):
        task_id = _task_of(message)
        if task_id in answered:
            latencies.append((received - answered[task_id]) * 1000)
            sizes[task_id] = len(json.dumps(message))
    # One of each view's schedule messages per plan version: what a difference weighs, and how many said refetch.
    schedules = {version: (size, refetch) for view, _at, version, size, refetch in views.schedules if view == 0}
    out["socket_errors"] = len(views.errors)
    out["pairs"] = len(latencies)
    out["pairs_expected"] = VIEWS * PATCHES
    out["latency_p50"] = statistics.median(latencies)
    out["latency_p99"] = percentile(latencies, 0.99)
    out["latency_max"] = max(latencies)
    out["latency_min"] = min(latencies)
    out["patch_ms"] = statistics.median(patch_ms)
    time.sleep(2)
    out["schedule_lags"], out["schedule_missing"] = schedule_lags(versions, list(views.schedules), VIEWS)
    out["message_bytes"] = statistics.median(sizes.values()) if sizes else 0
    out["schedule_bytes"] = statistics.median(size for size, _ in schedules.values()) if schedules else 0
    out["refetch"] = sum(refetch for _, refetch in schedules.values())
    views.close()
    return out


def _task_of(message: dict) -> int | None:
    for item in message.get("items", []):
        if item["entity"] == "task":
            return item["id"]
    return None


# Mixed workload

# What an open timeline reloads when a change arrives (frontend/src/features/live/useLaunchLive.ts: every query of
# the launch on screen but the timeline, which applies the schedule's difference): the launch, its gates, the undo
# history, and the unread count. The timeline itself only when a `schedule` message asks for a refetch (the person
# whose view got one reloads it next, by its ETag), as the browser does.
READS_FOLLOWING = ("launch", "gates", "history", "unread-count")


def load(
    http_port: int,
    tokens: list[str],
    launch_id: int,
    task_ids: list[int],
    mode: str,
    seconds: float,
    views: "Views | None" = None,
):
    """PEOPLE threads, each a closed loop (the next request when the last is answered) for `seconds`; person i is
    view i of `views` (with the stream)."""
    timeline = f"/api/v1/launches/{launch_id}/timeline/"
    paths = {
        "launch": f"/api/v1/launches/{launch_id}/",
        "gates": f"/api/v1/gates/?launch={launch_id}&page_size=100",
        "history": f"/api/v1/launches/{launch_id}/history/",
        "unread-count": "/api/v1/notifications/unread-count/",
    }
    records: list[tuple[str, float, float, int]] = []  # kind, start, end, status
    patched: list[tuple[int, float]] = []  # task, answered at
    versions: list[tuple[float, int]] = []  # each PATCH's response, and the plan version right after it
    lock = threading.Lock()
    begin = time.perf_counter() + 0.5
    stop = begin + seconds

    def person(index: int) -> None:
        # Seeded by person and run: "before" and "stream" have names of the same length, and the same seed made the
        # stream run repeat the before run's PATCHes, which then changed nothing and told nobody.
        rng = random.Random(f"{index}:{mode}")
        token, etag, reads, mine = tokens[index], None, 0, []
        while time.perf_counter() < begin:
            time.sleep(0.01)
        while (start := time.perf_counter()) < stop:
            if mode != "trivial" and rng.random() < EDIT_SHARE:
                kind, task_id = "PATCH task", rng.choice(task_ids)
                status, _, _ = request(
                    http_port,
                    "PATCH",
                    f"/api/v1/tasks/{task_id}/",
                    token,
                    {"duration_days": rng.randint(1, 5)},
                    gzip=True,
                )
                answered_at = time.perf_counter()
                version = PLAN_VERSIONS.read(launch_id)
                with lock:
                    patched.append((task_id, answered_at))
                    versions.append((answered_at, version))
            elif mode == "before":
                kind = "timeline (no ETag)"
                status, _, _ = request(http_port, "GET", timeline, token, gzip=True)
            elif mode == "trivial":
                kind = "unread-count"
                status, _, _ = request(http_port, "GET", paths[kind], token, gzip=True)
            else:
                if views is not None and index in views.refetch:
                    views.refetch.discard(index)
                    kind = "timeline"
                else:
                    kind = READS_FOLLOWING[reads % len(READS_FOLLOWING)]
                    reads += 1
                if kind == "timeline":
                    status, _, new_etag = request(http_port, "GET", timeline, token, etag=etag, gzip=True)
                    etag = new_etag or etag
                    kind = f"timeline, refetch asked (If-None-Match): {status}"
                else:
                    status, _, _ = request(http_port, "GET", paths[kind], token, gzip=True)
            end = time.perf_counter()
            if end <= stop:
                mine.append((kind, start, end, status))
        with lock:
            records.extend(mine)

    threads = [threading.Thread(target=person, args=(i,)) for i in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    kinds: dict[str, list[float]] = {}
    errors = 0
    for kind, start, end, status in records:
        kinds.setdefault(kind, []).append((end - start) * 1000)
        errors += status >= 400
    return {
        "rps": len(records) / seconds,
        "requests": len(records),
        "errors": errors,
        "kinds": {
            kind: (len(ms) / seconds, statistics.median(ms), percentile(ms, 0.95)) for kind, ms in sorted(kinds.items())
        },
        "all": (
            statistics.median([(e - s) * 1000 for _, s, e, _ in records]),
            percentile([(e - s) * 1000 for _, s, e, _ in records], 0.95),
        ),
        "edits": sum(1 for r in records if r[0] == "PATCH task"),
        "patched": patched,
        "versions": versions,
    }


def _plan_version(message: dict) -> int:
    """The plan version a `schedule` message takes views to ("launch-1-plan-42-2026-12-03")."""
    return int(message["timeline"]["version"].split("-plan-")[1].split("-")[0])


class PlanVersions:
    """Reads a launch's plan version on a connection of its own (one short query per PATCH, under a lock)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.connection = None

    def read(self, launch_id: int) -> int:
        import psycopg

        with self.lock:
            if self.connection is None:
                self.connection = psycopg.connect(DB_URL, autocommit=True)
            row = self.connection.execute("SELECT plan_version FROM launches_launch WHERE id = %s", [launch_id])
            return row.fetchone()[0]


PLAN_VERSIONS = PlanVersions()


def schedule_lags(
    versions: list[tuple[float, int]], schedules: list[tuple[int, float, int, int, bool]], views: int
) -> tuple[list[float], int]:
    """For each (view, PATCH): ms from the PATCH's response to the view's first `schedule` message showing a plan
    version at least the one read just after that response (0 when it came before the response did); and how
    many pairs got none."""
    by_view: dict[int, list[tuple[float, int]]] = {}
    for view, received, version, _size, _refetch in schedules:
        by_view.setdefault(view, []).append((received, version))
    lags, missing = [], 0
    for view in range(views):
        mine = sorted(by_view.get(view, []))
        for answered, version in versions:
            received = next((at for at, shown in mine if shown >= version), None)
            if received is None:
                missing += 1
            else:
                lags.append(max(0.0, received - answered) * 1000)
    return lags, missing


def change_lags(patched: list[tuple[int, float]], changes: list[tuple[int, float, dict]]) -> list[float]:
    """For each (view, change by a person) received, ms from the response of its task's PATCH nearest in time (the
    note leaves before the response does, so it may come first: 0 then). Changes by T-Minus itself (a conflict the
    check found after commit, on the default queue's worker) are other changes, counted apart."""
    by_task: dict[int, list[float]] = {}
    for task, at in patched:
        by_task.setdefault(task, []).append(at)
    lags = []
    for _view, received, message in changes:
        answered = by_task.get(_task_of(message)) if message.get("actor") is not None else None
        if answered:
            nearest = min(answered, key=lambda at: abs(received - at))
            lags.append(max(0.0, received - nearest) * 1000)
    return lags


def changes_seen(patched: list[tuple[int, float]], changes: list[tuple[int, float, dict]]) -> int:
    """How many of the PATCHed tasks some view received a change of."""
    seen = {_task_of(message) for _view, _received, message in changes if message.get("actor") is not None}
    return len({task for task, _at in patched} & seen)


def drain_worker(timeout: float = 120) -> tuple[int, float]:
    """Tasks left queued for the worker at the end of a run, and the seconds it took to work through them (so
    that the next run starts even). Waited for, not deleted: a worker whose queue was deleted under it stopped
    taking tasks."""
    import redis

    client = redis.Redis.from_url(REDIS)
    left, start = client.llen("celery") + client.llen("live"), time.monotonic()
    while (
        client.llen("celery") or client.llen("live") or client.hlen("unacked")
    ) and time.monotonic() - start < timeout:
        time.sleep(0.2)
    return left, time.monotonic() - start


def main() -> None:
    problem = services_reachable()
    if problem:
        print(f"# Live updates benchmark skipped: needs PostgreSQL ({POSTGRES}) and Redis ({REDIS}): {problem}")
        return
    servers = Servers()
    created = False
    try:
        admin_sql(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        admin_sql(f'CREATE DATABASE "{DB_NAME}"')
        created = True
        import redis

        redis.Redis.from_url(REDIS).flushdb()
        run(servers)
    finally:
        servers.stop_all()
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # noqa: S110 (Django may not be set up yet)
            pass
        if created:
            admin_sql(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
            import redis

            redis.Redis.from_url(REDIS).flushdb()
        if os.environ.get("BENCH_LIVE_KEEP_LOGS"):
            print(f"\nlogs kept in {SETTINGS_DIR}")
        else:
            shutil.rmtree(SETTINGS_DIR, ignore_errors=True)


def run(servers: Servers) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from knox.models import AuthToken

    from accounts.models import User

    print(
        "# Live updates benchmark: PostgreSQL, Redis pub/sub, daphne + gunicorn"
        f" ({WEB_WORKERS} workers of {WEB_THREADS} threads)"
        f" + 2 Celery workers (default queue, live queue), {os.cpu_count()} CPUs\n"
    )
    start = time.perf_counter()
    call_command("migrate", verbosity=0)
    office = User.objects.create(username="bench.office", is_office=True)
    people = [User.objects.create(username=f"bench.person{i}", is_office=True) for i in range(PEOPLE)]
    tokens = [AuthToken.objects.create(person)[1] for person in people]
    fan_launch, fan_ids = seed("Live fan-out launch", FAN_TASKS, office, people, 1)
    mix_launch, mix_ids = seed("Live mixed-workload launch", MIX_TASKS, office, people, 2)
    from django.db import connection, connections

    with connection.cursor() as cursor:
        # Statistics for the planner now, so that no autovacuum runs in the bench database while it measures.
        cursor.execute("VACUUM ANALYZE")
    connections.close_all()  # the bench holds no connection to its database while measuring
    print(f"migrated and seeded {FAN_TASKS} + {MIX_TASKS} tasks in {time.perf_counter() - start:.1f} s\n")

    ws_port, http_port = free_port(), free_port()
    daphne = servers.start("daphne", ["daphne", "-b", "127.0.0.1", "-p", str(ws_port), "config.asgi:application"])
    # As docker-compose.yml runs them: the default queue, and the live stream's queue with a worker of its own.
    for name, queue in (("celery", "celery"), ("celery-live", "live")):
        quiet = ["--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=INFO"]
        servers.start(
            name, ["celery", "-A", "config", "worker", "--queues", queue, "-c", "1", *quiet, "-n", f"{name}@%h"]
        )
    gunicorn_args = [
        "gunicorn",
        "config.wsgi",
        # As docker-compose.yml runs it (docs/deployment.md "Web workers").
        "--workers",
        str(WEB_WORKERS),
        "--threads",
        str(WEB_THREADS),
        "-b",
        f"127.0.0.1:{http_port}",
        "--backlog",
        "2048",
        "--timeout",
        "120",
        "--log-level",
        "warning",
    ]
    servers.start("gunicorn", gunicorn_args)
    wait_http(ws_port, "daphne", servers)
    wait_http(http_port, "gunicorn", servers)
    wait_worker(servers)
    wait_worker(servers, name="celery-live")
    # The launch has its calendar entries and a rendered timeline, as one in use.
    for launch_id in (fan_launch.pk, mix_launch.pk):
        status, body, _ = request(http_port, "GET", f"/api/v1/launches/{launch_id}/timeline/", tokens[0])
        assert status == 200, body[:300]

    fan = None
    if not os.environ.get("BENCH_LIVE_SKIP_FAN"):
        fan = fan_out(http_port, ws_port, daphne.pid, tokens, fan_launch.pk, fan_ids)
        drain_worker()

    runs = {}
    for mode in ("before", "stream", "trivial"):
        views = None
        if mode == "stream":
            views = Views(f"ws://127.0.0.1:{ws_port}/ws/live/", tokens, mix_launch.pk, PEOPLE)
            views.open()
            settle(views)
        cpu_before = cpu_by_role(servers)
        runs[mode] = load(http_port, tokens, mix_launch.pk, mix_ids, mode, SECONDS, views)
        cpu_after = cpu_by_role(servers)
        runs[mode]["cpu"] = {role: cpu_after[role] - cpu_before.get(role, 0.0) for role in cpu_after}
        runs[mode]["backlog"] = drain_worker()
        if views is not None:
            time.sleep(1)
            runs[mode]["changes_received"] = len(views.changes)
            runs[mode]["tasks_seen"] = (
                changes_seen(runs[mode]["patched"], list(views.changes)),
                len({task for task, _ in runs[mode]["patched"]}),
            )
            runs[mode]["noticed_by_t_minus"] = sum(1 for _, _, message in views.changes if message.get("actor") is None)
            runs[mode]["change_lags"] = change_lags(runs[mode]["patched"], list(views.changes))
            runs[mode]["schedule_lags"], runs[mode]["schedule_missing"] = schedule_lags(
                runs[mode]["versions"], list(views.schedules), PEOPLE
            )
            runs[mode]["schedules_sent"] = (
                sum(1 for view, *_ in views.schedules if view == 0),
                sum(1 for view, *_rest, refetch in views.schedules if view == 0 and refetch),
                views.reloads_for_base,
            )
            views.close()
    servers.stop("gunicorn")
    servers.start("gunicorn", gunicorn_args, {"CONN_MAX_AGE": "0"})
    wait_http(http_port, "gunicorn", servers)
    runs["trivial, CONN_MAX_AGE=0"] = load(http_port, tokens, mix_launch.pk, mix_ids, "trivial", SECONDS / 2)

    report(fan, runs)


def _lags(lags: list[float], missing: int, share: float) -> str:
    if not lags:
        return f"none received ({missing} missing)"
    text = f"{statistics.median(lags):.0f} / {percentile(lags, share):.0f} ms"
    return text + (f" ({missing} pairs got none)" if missing else "")


def report(fan: dict | None, runs: dict) -> None:
    if fan is not None:
        report_fan_out(fan)
    report_mix(runs)


def report_fan_out(fan: dict) -> None:
    print(f"## A. Fan-out: {FAN_TASKS} tasks, {VIEWS} views over TCP, {PATCHES} PATCHes 300 ms apart (via gunicorn)\n")
    print("| measure | value |\n|---|---|")
    rows = [
        ("change received after the PATCH's response, median", f"{fan['latency_p50']:.0f} ms"),
        (
            "its schedule (the timeline's difference) received, median / p99",
            _lags(fan["schedule_lags"], fan["schedule_missing"], 0.99),
        ),
        ("p99 / max (min)", f"{fan['latency_p99']:.0f} / {fan['latency_max']:.0f} ms ({fan['latency_min']:.0f} ms)"),
        (
            "(view, change) pairs received",
            f"{fan['pairs']:,} of {fan['pairs_expected']:,}, {fan['socket_errors']} error messages",
        ),
        ("PATCH, whole request, median", f"{fan['patch_ms']:.0f} ms"),
        ("change message, median size", f"{fan['message_bytes'] / 1024:.1f} KiB"),
        ("schedule message, median size", f"{fan['schedule_bytes'] / 1024:.1f} KiB ({fan['refetch']} refetch)"),
        (
            f"opening {VIEWS} views (watch answered / presence settled)",
            f"{fan['open_s']:.1f} / {fan['open_settled_s']:.1f} s",
        ),
        ("daphne RSS with 0 / with all views", f"{fan['rss_empty_mib']:.0f} / {fan['rss_full_mib']:.0f} MiB"),
        ("daphne memory per open view", f"{fan['kib_per_view']:.0f} KiB"),
        (
            f"daphne CPU over {IDLE_SECONDS:.0f} s idle (pings every {PING_SECONDS} s)",
            f"{fan['idle_cpu_s']:.2f} s ({fan['idle_cpu_s'] / IDLE_SECONDS * 100:.1f}% of a core), "
            f"{fan['idle_presence']:,} presence messages delivered",
        ),
        (
            "SQL while idle",
            f"{fan['idle_commits']} transactions (pg_stat_database), {fan['idle_statements']} connections with a "
            "statement in the window (pg_stat_activity)",
        ),
    ]
    for row in rows:
        print(f"| {' | '.join(row)} |")


def report_mix(runs: dict) -> None:
    print(
        f"\n## B. Mixed workload: {PEOPLE} people, {MIX_TASKS} tasks, {SECONDS:.0f} s per run "
        f"(gunicorn, {WEB_WORKERS} workers of {WEB_THREADS} threads)\n"
    )
    print("| run | request kind | req/s | p50 | p95 |\n|---|---|---|---|---|")
    for name, result in runs.items():
        p50, p95 = result["all"]
        extra = f", {result['errors']} errors" if result["errors"] else ""
        print(f"| **{name}** | all{extra} | **{result['rps']:.1f}** | {p50:.0f} ms | {p95:.0f} ms |")
        for kind, (rps, k50, k95) in result["kinds"].items():
            print(f"| | {kind} | {rps:.1f} | {k50:.0f} ms | {k95:.0f} ms |")
    for name, result in runs.items():
        notes = [f"{result['edits']} edits"]
        if "backlog" in result:
            left, seconds = result["backlog"]
            notes.append(f"{left} worker tasks still queued at the end ({seconds:.0f} s to work through)")
        if "changes_received" in result:
            notes.append(
                f"{result['changes_received']} change messages received by the {PEOPLE} views"
                f" ({result['noticed_by_t_minus']} of them T-Minus's: conflicts its check found after commit);"
                f" tasks PATCHed whose change reached the views: {result['tasks_seen'][0]} of {result['tasks_seen'][1]}"
                " (a PATCH that sets the duration a task has changes nothing and tells nobody)"
            )
            sent, refetch, for_base = result["schedules_sent"]
            notes.append(
                f"schedule messages per view: {sent}, of which {refetch} asked for a reload; differences a view"
                f" could not apply (not from the version it shows): {for_base} in all"
            )
            lags = result["change_lags"]
            if lags:
                notes.append(
                    f"change received after its PATCH's response: median {statistics.median(lags):.0f} ms, "
                    f"p95 {percentile(lags, 0.95):.0f} ms, max {max(lags):.0f} ms"
                )
                notes.append(
                    "its schedule (the timeline's difference) received, median / p95: "
                    + _lags(result["schedule_lags"], result["schedule_missing"], 0.95)
                )
        print(f"- {name}: {', '.join(notes)}")
    roles = sorted({role for result in runs.values() for role in result.get("cpu", {})})
    measured = [name for name in runs if "cpu" in runs[name]]
    print(f"\nCPU seconds over each {SECONDS:.0f} s run (2 cores: {2 * SECONDS:.0f} s at most)\n")
    print(f"| process | {' | '.join(measured)} |\n|---|{'---|' * len(measured)}")
    for role in roles:
        cells = [f"{runs[name]['cpu'].get(role, 0.0):.1f}" for name in measured]
        print(f"| {role} | {' | '.join(cells)} |")
    stream, trivial = runs["stream"]["rps"], runs["trivial"]["rps"]
    print(f"\nthroughput, with the stream / trivial endpoint alone: {stream / trivial:.2f} (goal: at least 0.5)")
    print(f"throughput, with the stream / before: {stream / runs['before']['rps']:.2f}")
    zero = runs["trivial, CONN_MAX_AGE=0"]["rps"]
    print(f"trivial endpoint, CONN_MAX_AGE=60 / 0: {trivial:.0f} / {zero:.0f} req/s ({trivial / zero:.2f}x)")


if __name__ == "__main__":
    main()

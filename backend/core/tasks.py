"""The one way services send a Celery task: to the broker, or without one (`make run`) to a small in-process
thread pool, after the response."""

import fnmatch
import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

logger = logging.getLogger(__name__)

# Few threads: the work is mostly waiting on mail servers and webhook receivers, and SQLite takes one writer.
EMBEDDED_THREADS = 2
# A task routed to a queue of its own (settings.CELERY_TASK_ROUTES: the live stream's) gets a thread of its own
# too, as it gets workers of its own with a broker: never queued behind a slow webhook receiver.
EMBEDDED_THREADS_PER_ROUTED_QUEUE = 1
_pools: dict[str, ThreadPoolExecutor] = {}
_pending: set[Future] = set()
_lock = threading.Lock()


# A task that asks to be retried (its autoretry: the database was locked, a server unreachable) runs again on
# the pool this many times, after its countdown (at most EMBEDDED_RETRY_WAIT_SECONDS): run eagerly, Celery's
# retry only raises.
EMBEDDED_RETRIES = 3
EMBEDDED_RETRY_WAIT_SECONDS = 2.0


def _retry_wait(retry: Any) -> float:
    when = getattr(retry, "when", None)
    seconds = float(when) if isinstance(when, int | float) else EMBEDDED_RETRY_WAIT_SECONDS
    return max(0.05, min(seconds, EMBEDDED_RETRY_WAIT_SECONDS))


def _run_embedded(task: Any, args: tuple[Any, ...]) -> None:
    from celery.exceptions import Retry
    from django.db import connections

    try:
        for attempt in range(EMBEDDED_RETRIES + 1):
            try:
                task.apply(args=args, throw=True)
                return
            except Retry as retry:
                if attempt == EMBEDDED_RETRIES:
                    raise
                connections.close_all()
                time.sleep(_retry_wait(retry))
    except Exception:
        # Every delivery keeps its next attempt, the outbox its undispatched events: the sweeps try again.
        logger.exception("Background task %s%r failed", task.name, args)
    finally:
        connections.close_all()


def runs_on_workers(task: Any) -> bool:
    """Whether the task goes to a broker's workers (where a countdown holds it back), not run in this process."""
    return not task.app.conf.task_always_eager


def task_send(task: Any, *args: Any, countdown: float | None = None) -> None:
    """Send a task. With a broker it goes to the workers. Without one (eager), and EMBEDDED_TASKS_IN_BACKGROUND,
    it runs on this process's thread pool, so the request that caused it is answered without waiting (a slow
    webhook receiver, a mail server); the pool is finished at a clean exit, and what a killed process loses is
    picked up by the sweeps (`make periodic`). Otherwise (the tests) it runs here and now. A `countdown` (seconds)
    holds it back on a broker only: without one it runs as soon as it can."""
    from django.conf import settings

    if not (task.app.conf.task_always_eager and settings.EMBEDDED_TASKS_IN_BACKGROUND):
        if countdown and runs_on_workers(task):
            task.apply_async(args, countdown=countdown)
        else:
            task.delay(*args)
        return
    queue = _routed_queue(task.name, settings.CELERY_TASK_ROUTES)
    with _lock:
        pool = _pools.get(queue)
        if pool is None:
            # Its threads are joined at interpreter exit after the queued work is done (concurrent.futures).
            threads = EMBEDDED_THREADS if queue == "" else EMBEDDED_THREADS_PER_ROUTED_QUEUE
            pool = _pools[queue] = ThreadPoolExecutor(
                max_workers=threads, thread_name_prefix=f"embedded-task{'-' if queue else ''}{queue}"
            )
        future = pool.submit(_run_embedded, task, args)
        _pending.add(future)
    future.add_done_callback(_forget)


def _routed_queue(name: str, routes: dict[str, dict[str, str]]) -> str:
    """The queue CELERY_TASK_ROUTES sends the task to by name (glob patterns, as Celery reads them), or "" for the
    default one."""
    return next((route.get("queue", "") for pattern, route in routes.items() if fnmatch.fnmatchcase(name, pattern)), "")


def _forget(future: Future) -> None:
    with _lock:
        _pending.discard(future)


def embedded_tasks_wait(timeout: float) -> bool:
    """Wait until the in-process pool has nothing left to do (work it starts meanwhile included); answers
    whether it got there within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with _lock:
            pending = set(_pending)
        if not pending:
            return True
        wait(pending, timeout=min(0.1, max(0.0, deadline - time.monotonic())))
    with _lock:
        return not _pending

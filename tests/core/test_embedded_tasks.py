"""Without a broker, work runs on the in-process pool after the response; a task that asks to be retried (the
database was locked, a server unreachable) runs again there after its countdown, a bounded number of times."""

import pytest
from celery import current_app
from django.db import DatabaseError

from core import tasks as embedded
from tests.polling import WAIT_SECONDS

calls: list[int] = []


@current_app.task(bind=True, autoretry_for=(DatabaseError,), retry_backoff=False, default_retry_delay=0)
def flaky(self, failures: int) -> str:
    calls.append(1)
    if len(calls) <= failures:
        raise DatabaseError("database table is locked")
    return "done"


@pytest.fixture
def pool(settings, monkeypatch):
    settings.EMBEDDED_TASKS_IN_BACKGROUND = True
    monkeypatch.setattr(embedded, "EMBEDDED_RETRY_WAIT_SECONDS", 0.05)
    calls.clear()
    yield
    assert embedded.embedded_tasks_wait(timeout=WAIT_SECONDS)


def test_a_task_that_asks_to_retry_runs_again_on_the_pool_until_it_succeeds(pool):
    embedded.task_send(flaky, 2)
    assert embedded.embedded_tasks_wait(timeout=WAIT_SECONDS)
    assert len(calls) == 3  # two failures, then done


def test_retries_on_the_pool_are_bounded_and_the_failure_is_logged(pool, caplog):
    embedded.task_send(flaky, 99)
    assert embedded.embedded_tasks_wait(timeout=WAIT_SECONDS)
    assert len(calls) == embedded.EMBEDDED_RETRIES + 1
    assert "Background task" in caplog.text and "failed" in caplog.text


threads_seen: dict[str, str] = {}


@current_app.task
def record_thread(label: str) -> None:
    import threading
    import time

    threads_seen[label] = threading.current_thread().name
    if label == "slow":
        time.sleep(0.5)


def test_a_task_routed_to_a_queue_of_its_own_gets_a_thread_of_its_own(pool, settings):
    """The live stream's task is routed to the "live" queue: on the pool it never waits behind the default
    queue's slow work (two slow tasks hold both default threads here)."""
    settings.CELERY_TASK_ROUTES = {**settings.CELERY_TASK_ROUTES, "tests.core.*": {"queue": "live"}}
    threads_seen.clear()
    slow = current_app.task(name="elsewhere.slow")(record_thread.run)
    embedded.task_send(slow, "slow")
    embedded.task_send(slow, "slow")
    embedded.task_send(record_thread, "routed")
    assert embedded.embedded_tasks_wait(timeout=WAIT_SECONDS)
    assert threads_seen["routed"].startswith("embedded-task-live")
    assert threads_seen["slow"].startswith("embedded-task_")

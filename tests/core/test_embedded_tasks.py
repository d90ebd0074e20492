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

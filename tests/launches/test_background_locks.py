"""Work that can wait never holds up a write: while a worker rebuilds a launch's calendar entries or checks its
conflicts (seconds on a 50,000-task launch), an edit of that launch's plan goes through at once, and the
background work then catches up with it. On PostgreSQL, where rows are locked; SQLite takes one writer at a time."""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from django.db import connection, connections, transaction

from calendars import services as calendar_services
from calendars.models import CalendarEntry, CalendarSync
from core.tasks import embedded_tasks_wait
from launches.models import Launch, Task
from launches.services import task_update
from notifications import conflicts
from notifications import selectors as notification_selectors

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no row locks: one writer at a time"),
]

WAIT_SECONDS = 10


@contextmanager
def _held_in_a_worker(monkeypatch, module, name: str, work: Callable[[], object]) -> Iterator[None]:
    """Runs `work` on another thread and connection, paused inside `module.name` (the expensive part) while the
    block runs; then lets it finish, and fails if it failed."""
    paused, release, finished = threading.Event(), threading.Event(), threading.Event()
    errors: list[BaseException] = []
    real = getattr(module, name)

    def slow(*args, **kwargs):
        paused.set()
        assert release.wait(WAIT_SECONDS), "never released"
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, slow)

    def run():
        try:
            work()
        except BaseException as error:  # reported by the test
            errors.append(error)
        finally:
            connections.close_all()
            finished.set()

    threading.Thread(target=run, daemon=True).start()
    assert paused.wait(WAIT_SECONDS), "the background work never started"
    try:
        yield
    finally:
        release.set()
        assert finished.wait(WAIT_SECONDS)
    assert errors == []


@pytest.fixture(autouse=True)
def _after_commit_on_the_pool(settings):
    """The edit's own after-commit work runs in the background, as under make run, and waits its turn there."""
    settings.EMBEDDED_TASKS_IN_BACKGROUND = True
    yield
    assert embedded_tasks_wait(WAIT_SECONDS)


def _edit_at_once(world, title: str) -> None:
    """A lead's edit of the plan, refused (lock timeout) if it has to wait for a lock more than a second."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL lock_timeout = '1s'")
        task_update(actor=world.office, task=Task.objects.get(pk=world.pr_task.pk), data={"title": title})


def test_an_edit_goes_through_while_the_calendar_entries_of_its_launch_are_rebuilt(world, monkeypatch):
    calendar_services.calendar_entries_sync(launch_ids=[world.launch.pk])
    stale_version = Launch.objects.get(pk=world.launch.pk).plan_version
    Launch.objects.filter(pk=world.launch.pk).update(plan_version=stale_version + 1)
    rebuild = lambda: calendar_services.calendar_entries_update(launch_id=world.launch.pk)  # noqa: E731
    with _held_in_a_worker(monkeypatch, calendar_services, "_launch_items", rebuild):
        _edit_at_once(world, "Press release, final")
    assert Task.objects.get(pk=world.pr_task.pk).title == "Press release, final"
    # The edit's own follower, after its commit, waited for the rebuild beside it and then caught up.
    assert embedded_tasks_wait(WAIT_SECONDS)
    synced = CalendarSync.objects.get(launch_id=world.launch.pk).plan_version
    assert synced == Launch.objects.get(pk=world.launch.pk).plan_version
    entry = CalendarEntry.objects.get(kind="task", object_id=world.pr_task.pk)
    assert entry.summary == f"[PR] Press release, final · {world.launch.name}"


def test_an_edit_goes_through_while_the_conflicts_of_its_launch_are_checked(world, monkeypatch):
    Launch.objects.filter(pk=world.launch.pk).update(plan_version=5)
    check = lambda: conflicts.launch_conflicts_check(launch_id=world.launch.pk)  # noqa: E731
    with _held_in_a_worker(monkeypatch, notification_selectors, "launch_dependency_conflicts", check):
        _edit_at_once(world, "Press release, checked")
    assert Task.objects.get(pk=world.pr_task.pk).title == "Press release, checked"

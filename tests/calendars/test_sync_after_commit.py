"""Calendar entries follow a plan after commit, once per plan version; a feed never serves entries behind the plan;
old cancelled entries go in the sweep, not in a write."""

import datetime as dt

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from calendars.models import CalendarEntry
from launches.models import Launch

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE")


def _entry_writes(queries) -> list[str]:
    return [q["sql"] for q in queries if q["sql"].startswith(WRITES) and "calendars_calendarentry" in q["sql"]]


def _task_entry(world) -> CalendarEntry:
    return CalendarEntry.objects.get(kind="task", object_id=world.marketing_task.pk)


@pytest.fixture
def count_builds(monkeypatch):
    """How many times the entries of a launch are built from its plan."""
    from calendars import services

    calls = []
    real = services._launch_items
    monkeypatch.setattr(services, "_launch_items", lambda launch: calls.append(launch.pk) or real(launch))
    return calls


def test_a_task_update_writes_no_calendar_entry_in_its_transaction_and_the_entries_follow_after_commit(
    world, client_for, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks, CaptureQueriesContext(connection) as request:
        response = client_for(world.office).patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"title": "Renamed"})
    assert response.status_code == 200, response.json()
    assert response.json()["title"] == "Renamed"
    assert _entry_writes(request.captured_queries) == []
    assert _task_entry(world).summary == f"[Marketing] Campaign brief · {world.launch.name}"
    with CaptureQueriesContext(connection) as after:
        for callback in callbacks:
            callback()
    assert _entry_writes(after.captured_queries)
    assert _task_entry(world).summary == f"[Marketing] Renamed · {world.launch.name}"


def test_two_writes_in_one_transaction_bring_the_entries_up_to_date_once(
    world, django_capture_on_commit_callbacks, count_builds
):
    from launches.services import task_update

    before = Launch.objects.get(pk=world.launch.pk).plan_version
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        task_update(actor=world.office, task=world.marketing_task, data={"title": "First"})
        task_update(actor=world.office, task=world.pr_task, data={"title": "Second"})
    assert count_builds == [world.launch.pk]
    assert Launch.objects.get(pk=world.launch.pk).plan_version == before + 2
    summaries = set(CalendarEntry.objects.filter(kind="task").values_list("summary", flat=True))
    assert summaries == {f"[Marketing] First · {world.launch.name}", f"[PR] Second · {world.launch.name}"}


def test_a_feed_fetched_while_the_sync_is_lost_shows_the_change(
    world, client_for, make_feed, django_capture_on_commit_callbacks
):
    _item, path = make_feed(world.marketing_member)
    assert b"Campaign brief" in client_for(None).get(path).content
    # The callbacks are captured and never run: the task that would bring the entries up to date is lost.
    with django_capture_on_commit_callbacks():
        response = client_for(world.office).patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"title": "Renamed"})
    assert response.status_code == 200, response.json()
    body = client_for(None).get(path).content
    assert b"Renamed" in body and b"Campaign brief" not in body
    assert _task_entry(world).summary == f"[Marketing] Renamed · {world.launch.name}"


def test_the_sync_task_run_twice_builds_once_and_writes_nothing_the_second_time(world, count_builds):
    from calendars import tasks

    Launch.objects.filter(pk=world.launch.pk).plan_changed()
    world.marketing_task.title = "Renamed"
    world.marketing_task.save()
    assert tasks.calendar_entries_update.apply(args=[world.launch.pk]).get() > 0
    with CaptureQueriesContext(connection) as second:
        assert tasks.calendar_entries_update.apply(args=[world.launch.pk]).get() == 0
    assert count_builds == [world.launch.pk]
    assert _entry_writes(second.captured_queries) == []
    assert _task_entry(world).summary == f"[Marketing] Renamed · {world.launch.name}"


def test_edits_that_keep_coming_while_the_worker_catches_up_are_rebuilt_once_per_catch_up_not_once_each(
    world, django_capture_on_commit_callbacks, count_builds
):
    """Each edit's task names the version it made: a task whose version the entries already show skips the
    rebuild, even though later edits (whose own tasks are still queued) moved the launch on since."""
    from calendars import tasks
    from launches.services import task_update

    queue = []
    real_apply = tasks.calendar_entries_update.apply
    edits = iter(range(6))

    def edit() -> None:
        with django_capture_on_commit_callbacks(execute=True):
            task_update(actor=world.office, task=world.marketing_task, data={"title": f"Edit {next(edits)}"})
        world.marketing_task.refresh_from_db()

    with pytest.MonkeyPatch.context() as patch:  # the worker is behind: the tasks queue up
        patch.setattr(tasks.calendar_entries_update, "delay", lambda *args: queue.append(args))
        patch.setattr(tasks.calendar_entries_update, "apply", lambda args, **kw: queue.append(tuple(args)))
        for _ in range(3):
            edit()
        for _ in range(3):  # the worker takes one task, and meanwhile someone edits again
            real_apply(args=list(queue.pop(0))).get()
            edit()
    while queue:
        real_apply(args=list(queue.pop(0))).get()
    # The first task catches up with three edits, the fourth with the last three; the others find theirs shown.
    assert count_builds == [world.launch.pk, world.launch.pk]
    assert _task_entry(world).summary == f"[Marketing] Edit 5 · {world.launch.name}"


def test_old_cancelled_entries_go_in_the_sweep_not_in_a_write(world):
    from calendars import services
    from launches.services import task_update

    gone = _task_entry(world)
    CalendarEntry.objects.filter(pk=gone.pk).update(cancelled_at=timezone.now() - dt.timedelta(days=61))
    CalendarEntry.objects.filter(pk=gone.pk).update(kind="task", object_id=10**9)  # an item deleted long ago
    task_update(actor=world.office, task=world.pr_task, data={"title": "Renamed"})
    services.calendar_entries_sync(launch_ids=[world.launch.pk])
    assert CalendarEntry.objects.filter(pk=gone.pk).exists()
    from calendars import tasks

    tasks.calendar_entries_sweep.apply().get()
    assert not CalendarEntry.objects.filter(pk=gone.pk).exists()
    assert CalendarEntry.objects.filter(kind="task", object_id=world.marketing_task.pk).exists()


def test_the_sweep_brings_up_to_date_a_launch_whose_sync_was_lost(world):
    from calendars import tasks

    Launch.objects.filter(pk=world.launch.pk).plan_changed()
    world.marketing_task.title = "Renamed"
    world.marketing_task.save()
    tasks.calendar_entries_sweep.apply().get()
    assert _task_entry(world).summary == f"[Marketing] Renamed · {world.launch.name}"


def test_with_workers_the_entries_follow_an_edit_after_the_delay_and_a_feed_fetched_meanwhile_is_current(
    world, client_for, make_feed, settings, monkeypatch, django_capture_on_commit_callbacks
):
    from calendars import tasks

    _item, path = make_feed(world.marketing_member)
    client_for(None).get(path)
    settings.CALENDAR_SYNC_DELAY_SECONDS = 45
    sent = []
    tasks.calendar_entries_update.app.conf.task_always_eager = False  # a broker (conftest restores it)
    monkeypatch.setattr(tasks.calendar_entries_update, "apply_async", lambda args, **kw: sent.append((args, kw)))
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world.office).patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"title": "Renamed"})
    assert response.status_code == 200, response.json()
    version = Launch.objects.get(pk=world.launch.pk).plan_version
    assert sent == [((world.launch.pk, version), {"countdown": 45})]
    assert (
        _task_entry(world).summary == f"[Marketing] Campaign brief · {world.launch.name}"
    )  # the worker has not run yet
    assert b"Renamed" in client_for(None).get(path).content  # the feed caught up by itself

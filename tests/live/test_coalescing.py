"""Changes queued behind each other for the live stream (a burst of edits while the worker is busy) are rendered
and compared once: the first message takes open views to the newest plan, the others carry only their notes."""

import pytest
from live import tasks

from launches.models import Launch
from launches.services import task_update
from tests.live.deltas import changed_rows

pytestmark = pytest.mark.django_db


def _version(world) -> str:
    return f"launch-{world.launch.pk}-plan-{Launch.objects.get(pk=world.launch.pk).plan_version}"


def test_a_burst_of_changes_is_rendered_once_for_the_newest_plan(world, client_for, monkeypatch):
    shown = client_for(world.office).get(f"/api/v1/launches/{world.launch.pk}/timeline/").json()["version"]
    # Three edits commit before the worker gets to them (their own messages are not sent here).
    monkeypatch.setattr(tasks.launch_schedule_publish, "delay", lambda *args: None)
    monkeypatch.setattr(tasks.launch_schedule_publish, "apply", lambda *args, **kwargs: None)
    for days in (2, 3, 4):
        task_update(actor=world.office, task=world.pr_task, data={"duration_days": days})
        world.pr_task.refresh_from_db()
    from readiness import selectors

    computed = []
    real = selectors._launch_timeline
    monkeypatch.setattr(selectors, "_launch_timeline", lambda launch: computed.append(1) or real(launch))
    launch = Launch.objects.get(pk=world.launch.pk)

    first = tasks.launch_change_timeline(launch)
    later = [tasks.launch_change_timeline(launch), tasks.launch_change_timeline(launch)]

    assert first["base"] == shown and first["version"].startswith(_version(world))
    assert first["refetch"] is False
    assert changed_rows(first, "tasks")[world.pr_task.pk]["duration_days"] == 4
    assert later == [None, None]
    assert len(computed) == 1

    # The next change after the burst compares with the version the first message took views to.
    monkeypatch.undo()
    task_update(actor=world.office, task=world.pr_task, data={"title": "Press release, final"})
    after = tasks.launch_change_timeline(Launch.objects.get(pk=world.launch.pk))
    assert after["base"] == first["version"]


class _Recording:
    """The cache as the live task sees it, noting the timeline bodies it fetches (by key)."""

    def __init__(self, cache) -> None:
        self.cache, self.fetched = cache, []

    def get(self, key, *args, **kwargs):
        if key.startswith("timeline:"):
            self.fetched.append(key)
        return self.cache.get(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.cache, name)


def _difference_reading_bodies(monkeypatch, launch) -> tuple[dict, list[str]]:
    """The next difference, and the timeline bodies it fetched from the cache (by key) to compare with."""
    recording = _Recording(tasks.cache)
    with monkeypatch.context() as patch:
        patch.setattr(tasks, "cache", recording)
        return tasks.launch_change_timeline(launch), recording.fetched


def test_the_next_difference_starts_from_the_body_the_worker_parsed_last(world, client_for, monkeypatch):
    """A worker that took views to a version keeps that body parsed: the next change of the launch compares with
    it without fetching megabytes from the cache again, and says exactly what the cache's body would."""
    from django.core.cache import cache

    client_for(world.office).get(f"/api/v1/launches/{world.launch.pk}/timeline/")
    monkeypatch.setattr(tasks.launch_schedule_publish, "delay", lambda *args: None)
    monkeypatch.setattr(tasks.launch_schedule_publish, "apply", lambda *args, **kwargs: None)
    task_update(actor=world.office, task=world.pr_task, data={"duration_days": 7})
    first, fetched = _difference_reading_bodies(monkeypatch, Launch.objects.get(pk=world.launch.pk))
    assert first["refetch"] is False and len(fetched) == 1  # the body the views held, from the cache

    world.pr_task.refresh_from_db()
    task_update(actor=world.office, task=world.pr_task, data={"duration_days": 8})
    launch = Launch.objects.get(pk=world.launch.pk)
    second, fetched = _difference_reading_bodies(monkeypatch, launch)
    assert fetched == []
    assert second["base"] == first["version"] and second["refetch"] is False
    assert changed_rows(second, "tasks")[world.pr_task.pk]["duration_days"] == 8

    # Had another worker sent the last message (its token), the body comes from the cache.
    key = tasks.launch_timeline_cache_key(launch)
    assert cache.get(tasks._published_key(launch.pk))[0] == key
    cache.set(tasks._published_key(launch.pk), (key, "another worker's token"))
    world.pr_task.refresh_from_db()
    task_update(actor=world.office, task=world.pr_task, data={"duration_days": 9})
    third, fetched = _difference_reading_bodies(monkeypatch, Launch.objects.get(pk=world.launch.pk))
    assert fetched == [key]
    assert third["base"] == second["version"] and third["refetch"] is False
    assert changed_rows(third, "tasks")[world.pr_task.pk]["duration_days"] == 9


def test_a_difference_starts_from_what_the_views_were_taken_to_not_from_a_reload_in_between(
    world, client_for, monkeypatch
):
    """A view that reloaded renders a version the others never got: the next difference still starts from the
    version the last message took every view to, so the others apply it instead of reloading in turn."""
    office = client_for(world.office)
    office.get(f"/api/v1/launches/{world.launch.pk}/timeline/")
    monkeypatch.setattr(tasks.launch_schedule_publish, "delay", lambda *args: None)
    monkeypatch.setattr(tasks.launch_schedule_publish, "apply", lambda *args, **kwargs: None)
    task_update(actor=world.office, task=world.pr_task, data={"duration_days": 7})
    shown = tasks.launch_change_timeline(Launch.objects.get(pk=world.launch.pk))
    world.pr_task.refresh_from_db()
    task_update(actor=world.office, task=world.pr_task, data={"duration_days": 8})
    reloaded = office.get(f"/api/v1/launches/{world.launch.pk}/timeline/").json()["version"]
    world.pr_task.refresh_from_db()
    task_update(actor=world.office, task=world.pr_task, data={"duration_days": 9})
    delta = tasks.launch_change_timeline(Launch.objects.get(pk=world.launch.pk))
    assert reloaded not in (shown["version"], delta["version"])
    assert delta["base"] == shown["version"] and delta["refetch"] is False
    assert changed_rows(delta, "tasks")[world.pr_task.pk]["duration_days"] == 9


def _publishing(monkeypatch, interval: float):
    """The task as it runs on workers, with `interval`: what it sends to views, what it schedules for later, and
    how many timelines it renders."""
    from readiness import selectors

    monkeypatch.setattr(tasks, "runs_on_workers", lambda task: True)
    monkeypatch.setattr("django.conf.settings.LIVE_SCHEDULE_INTERVAL_SECONDS", interval)
    sent, scheduled, rendered = [], [], []
    monkeypatch.setattr(tasks, "group_send", lambda group, event: sent.append(event["message"]))

    def send(task, *args, countdown=None):
        assert task is tasks.launch_schedule_publish
        scheduled.append((args, countdown))

    monkeypatch.setattr(tasks, "task_send", send)
    real = selectors._launch_timeline
    monkeypatch.setattr(selectors, "_launch_timeline", lambda launch: rendered.append(1) or real(launch))
    return sent, scheduled, rendered


def _edit(world, days: int) -> None:
    world.pr_task.refresh_from_db()
    task_update(actor=world.office, task=world.pr_task, data={"duration_days": days})


def test_with_workers_a_burst_is_rendered_at_its_start_and_once_more_at_the_end_of_the_interval(
    world, client_for, monkeypatch
):
    """Every edit of a burst would render and compare the whole timeline: with workers, the first renders now,
    the next ones within LIVE_SCHEDULE_INTERVAL_SECONDS leave a single publish for the end of the interval,
    which takes views from the first message's version to the newest plan."""
    client_for(world.office).get(f"/api/v1/launches/{world.launch.pk}/timeline/")
    monkeypatch.setattr(tasks.launch_schedule_publish, "delay", lambda *args: None)
    actor = {"id": world.office.pk, "name": "Office"}
    sent, scheduled, rendered = _publishing(monkeypatch, 1.0)

    _edit(world, 12)
    tasks.launch_schedule_publish(world.launch.pk, actor)
    assert len(sent) == 1 and scheduled == [] and len(rendered) == 1
    first = sent[0]["timeline"]
    for days in (13, 14):
        _edit(world, days)
        tasks.launch_schedule_publish(world.launch.pk, actor)
    assert len(sent) == 1 and len(rendered) == 1
    assert len(scheduled) == 1
    ((args, countdown),) = scheduled
    assert args == (world.launch.pk, actor, True) and 0 < countdown <= 1.0

    tasks.launch_schedule_publish(*args)
    assert len(sent) == 2 and len(rendered) == 2
    last = sent[1]["timeline"]
    assert last["base"] == first["version"] and last["version"].startswith(_version(world))
    assert changed_rows(last, "tasks")[world.pr_task.pk]["duration_days"] == 14

    # The next change within the interval of that publish leaves a publish of its own for later.
    _edit(world, 15)
    tasks.launch_schedule_publish(world.launch.pk, actor)
    assert len(sent) == 2 and len(scheduled) == 2


def test_without_an_interval_or_without_workers_every_change_is_rendered_at_once(world, client_for, monkeypatch):
    client_for(world.office).get(f"/api/v1/launches/{world.launch.pk}/timeline/")
    monkeypatch.setattr(tasks.launch_schedule_publish, "delay", lambda *args: None)
    sent, scheduled, rendered = _publishing(monkeypatch, 0)
    for days in (12, 13):
        _edit(world, days)
        tasks.launch_schedule_publish(world.launch.pk, None)
    monkeypatch.setattr(tasks, "runs_on_workers", lambda task: False)
    monkeypatch.setattr("django.conf.settings.LIVE_SCHEDULE_INTERVAL_SECONDS", 1.0)
    _edit(world, 14)
    tasks.launch_schedule_publish(world.launch.pk, None)
    assert scheduled == [] and len(sent) == len(rendered) == 3
    assert changed_rows(sent[-1]["timeline"], "tasks")[world.pr_task.pk]["duration_days"] == 14

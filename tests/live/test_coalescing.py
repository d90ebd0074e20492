"""Changes queued behind each other for the live stream (a burst of edits while the worker is busy) are rendered
and compared once: the first message takes open views to the newest plan, the others carry only their notes."""

import pytest
from live import tasks

from launches.models import Launch
from launches.services import task_update

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
    assert [row["duration_days"] for row in first["lists"]["tasks"]["upsert"] if row["id"] == world.pr_task.pk] == [4]
    assert later == [None, None]
    assert len(computed) == 1

    # The next change after the burst compares with the version the first message took views to.
    monkeypatch.undo()
    task_update(actor=world.office, task=world.pr_task, data={"title": "Press release, final"})
    after = tasks.launch_change_timeline(Launch.objects.get(pk=world.launch.pk))
    assert after["base"] == first["version"]

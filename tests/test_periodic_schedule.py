"""The periodic schedule is defined once in code (config/periodic.py) and applied to django-celery-beat's tables
after every migrate, idempotently."""

import pytest
from celery.schedules import crontab
from django.forms.models import model_to_dict

pytestmark = pytest.mark.django_db


def _database_schedule() -> dict:
    from django_celery_beat.models import PeriodicTask

    return {
        task.name: (task.task, task.crontab.minute, task.crontab.hour, task.crontab.day_of_week)
        for task in PeriodicTask.objects.filter(enabled=True).select_related("crontab")
    }


def _defined_schedule() -> dict:
    from config.periodic import PERIODIC_TASKS

    return {
        name: (
            entry["task"],
            entry["schedule"]._orig_minute,
            entry["schedule"]._orig_hour,
            entry["schedule"]._orig_day_of_week,
        )
        for name, entry in PERIODIC_TASKS.items()
    }


def _snapshot() -> list:
    from django_celery_beat.models import CrontabSchedule, PeriodicTask, PeriodicTasks

    return [
        [model_to_dict(row) for row in model.objects.order_by("pk")]
        for model in (PeriodicTask, CrontabSchedule, PeriodicTasks)
    ]


def test_the_database_schedule_equals_the_definition_after_migrate():
    defined = _defined_schedule()
    assert "Calendar entries: catch up and purge" in defined
    assert _database_schedule() == defined


def test_celery_beat_reads_the_same_definition():
    from config.celery import app
    from config.periodic import PERIODIC_TASKS

    assert app.conf.beat_schedule == PERIODIC_TASKS


def test_applying_the_schedule_twice_changes_nothing():
    from config.periodic import periodic_schedule_apply

    periodic_schedule_apply()
    before = _snapshot()
    assert periodic_schedule_apply() == 0
    assert _snapshot() == before


def test_a_changed_schedule_is_updated_and_a_task_left_out_is_disabled(monkeypatch):
    from django_celery_beat.models import PeriodicTask, PeriodicTasks

    from config import periodic

    changed = dict(periodic.PERIODIC_TASKS)
    name = "Daily digests"
    changed[name] = {**changed[name], "schedule": crontab(minute="30", hour="7")}
    del changed["Emails due again"]
    monkeypatch.setattr(periodic, "PERIODIC_TASKS", changed)
    last_update = PeriodicTasks.objects.get(ident=1).last_update
    assert periodic.periodic_schedule_apply() == 2
    digests = PeriodicTask.objects.select_related("crontab").get(name=name)
    assert (digests.crontab.minute, digests.crontab.hour, digests.enabled) == ("30", "7", True)
    assert PeriodicTask.objects.get(name="Emails due again").enabled is False
    assert PeriodicTasks.objects.get(ident=1).last_update > last_update
    assert _database_schedule() == _defined_schedule()


def test_an_entry_whose_task_moved_keeps_its_row_and_pause_and_runs_the_new_task():
    from django_celery_beat.models import PeriodicTask

    from config.celery import app
    from config.periodic import PERIODIC_TASKS, periodic_schedule_apply

    # A database migrated before the digests moved to readiness (issue 14): notifications 0002's row, paused.
    name = "Daily digests"
    row = PeriodicTask.objects.get(name=name)
    PeriodicTask.objects.filter(pk=row.pk).update(task="notifications.tasks.digests_send", enabled=False)
    assert periodic_schedule_apply() == 1
    moved = PeriodicTask.objects.get(name=name)
    assert (moved.pk, moved.task, moved.enabled) == (row.pk, "readiness.tasks.digests_send", False)
    assert PERIODIC_TASKS[name]["task"] == "readiness.tasks.digests_send"
    app.loader.import_default_modules()
    assert "readiness.tasks.digests_send" in app.tasks and "notifications.tasks.digests_send" not in app.tasks

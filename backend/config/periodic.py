"""The periodic schedule, defined once: what celery beat sends and when, what `manage.py run_periodic` runs, and
what django-celery-beat's tables hold after every migrate (periodic_schedule_apply, idempotent)."""

from typing import Any

from celery.schedules import crontab

# name -> Celery beat entry. The names and times of the first five are those the data migrations created
# (notifications 0002, 0005, 0007; webhooks 0003), so a database migrated before keeps its rows: an entry whose
# task moved (the digests, from notifications.tasks to readiness.tasks) keeps its name, and periodic_schedule_apply
# points the existing row at the new task.
PERIODIC_TASKS: dict[str, dict[str, Any]] = {
    "Reminders: due soon, overdue, conflicts": {
        "task": "notifications.tasks.reminders_send",
        "schedule": crontab(minute="5", hour="*"),
    },
    "Daily digests": {"task": "readiness.tasks.digests_send", "schedule": crontab(minute="0", hour="6")},
    "Redispatch events left unsent": {
        "task": "notifications.tasks.events_redispatch",
        "schedule": crontab(minute="*/5", hour="*"),
    },
    "Embargoes about to lift": {
        "task": "notifications.tasks.embargoes_lifting_notify",
        "schedule": crontab(minute="*/15", hour="*"),
    },
    "Emails due again": {"task": "notifications.tasks.email_deliveries_resume", "schedule": crontab(minute="*")},
    "Webhook deliveries due again": {
        "task": "webhooks.tasks.webhook_deliveries_resume",
        "schedule": crontab(minute="*"),
    },
    "Communications due to go out": {
        "task": "communications.tasks.communications_publish_due",
        "schedule": crontab(minute="*"),
    },
    "Calendar entries: catch up and purge": {
        "task": "calendars.tasks.calendar_entries_sweep",
        "schedule": crontab(minute="*/10", hour="*"),
    },
}


def periodic_schedule_apply(**_signal: Any) -> int:
    """Makes django-celery-beat's tables say what PERIODIC_TASKS says: each entry's task and schedule (an entry
    paused in the admin stays paused), and any other entry disabled. Writes only what differs, and then tells a
    running beat; returns the number of entries changed. Connected to post_migrate (config/apps.py)."""
    from django.db import transaction
    from django_celery_beat.models import CrontabSchedule, PeriodicTask, PeriodicTasks

    if "apps" in _signal:
        try:
            _signal["apps"].get_model("django_celery_beat", "PeriodicTask")
        except LookupError:  # migrated back to before django-celery-beat's tables
            return 0
    changed = 0
    with transaction.atomic():
        for name, entry in PERIODIC_TASKS.items():
            schedule = CrontabSchedule.from_schedule(entry["schedule"])
            if schedule.pk is None:
                schedule.save()
            task = PeriodicTask.objects.filter(name=name).first() or PeriodicTask(name=name)
            wanted = {
                "task": entry["task"],
                "crontab_id": schedule.pk,
                "interval_id": None,
                "solar_id": None,
                "clocked_id": None,
                "one_off": False,
            }
            if task.pk is None or any(getattr(task, field) != value for field, value in wanted.items()):
                for field, value in wanted.items():
                    setattr(task, field, value)
                task.save()
                changed += 1
        for task in (
            PeriodicTask.objects.filter(enabled=True)
            .exclude(name__in=PERIODIC_TASKS)
            .exclude(task="celery.backend_cleanup")
        ):
            task.enabled = False
            task.save(update_fields=["enabled"])
            changed += 1
        if changed:
            PeriodicTasks.update_changed()
    return changed

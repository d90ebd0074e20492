"""The periodic schedule in django-celery-beat's tables (editable in the admin): reminders every hour, digests
each morning, and the outbox sweep every five minutes. Existing rows are left as edited."""

from django.db import migrations
from django.utils import timezone

SCHEDULE = [
    # name, task, crontab (minute, hour)
    ("Reminders: due soon, overdue, conflicts", "notifications.tasks.reminders_send", ("5", "*")),
    ("Daily digests", "notifications.tasks.digests_send", ("0", "6")),
    ("Redispatch events left unsent", "notifications.tasks.events_redispatch", ("*/5", "*")),
]


def create_schedule(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTasks = apps.get_model("django_celery_beat", "PeriodicTasks")
    for name, task, (minute, hour) in SCHEDULE:
        crontab, _ = CrontabSchedule.objects.get_or_create(
            minute=minute, hour=hour, day_of_week="*", day_of_month="*", month_of_year="*", timezone="UTC"
        )
        PeriodicTask.objects.get_or_create(name=name, defaults={"task": task, "crontab": crontab})
    # Tell a running beat that the schedule changed.
    PeriodicTasks.objects.update_or_create(ident=1, defaults={"last_update": timezone.now()})


def remove_schedule(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name__in=[name for name, _task, _cron in SCHEDULE]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]

"""The plan version each launch's calendar entries show. Until now every write synced its entries in its own
transaction, so the entries of every existing launch are at its current plan_version."""

import django.db.models.deletion
from django.db import migrations, models
from django.utils import timezone


def record_current_versions(apps, schema_editor):
    Launch = apps.get_model("launches", "Launch")
    CalendarSync = apps.get_model("calendars", "CalendarSync")
    now = timezone.now()
    CalendarSync.objects.bulk_create(
        [
            CalendarSync(launch_id=pk, plan_version=version, synced_at=now)
            for pk, version in Launch.objects.values_list("pk", "plan_version")
        ],
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("calendars", "0002_communication_entries"),
        ("launches", "0004_text_limits_and_real_time_zones"),
    ]

    operations = [
        migrations.CreateModel(
            name="CalendarSync",
            fields=[
                (
                    "launch",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="calendar_sync",
                        serialize=False,
                        to="launches.launch",
                    ),
                ),
                ("plan_version", models.PositiveIntegerField()),
                ("synced_at", models.DateTimeField()),
            ],
        ),
        migrations.RunPython(record_current_versions, migrations.RunPython.noop),
    ]

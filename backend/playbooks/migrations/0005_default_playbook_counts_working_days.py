"""The shipped default playbook's offsets were written in working days (playbooks/defaults.py): a copy loaded
before offsets could count working days counts them as calendar days, and launches made from it begin with
dependency conflicts. Only the copy T-Minus loaded (nobody's) is changed."""

from django.db import migrations

DEFAULT_PLAYBOOK_NAME = "T-Minus standard launch"


def count_working_days(apps, schema_editor):
    Playbook = apps.get_model("playbooks", "Playbook")
    Playbook.objects.filter(name=DEFAULT_PLAYBOOK_NAME, created_by=None, offset_count="calendar").update(
        offset_count="working"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("playbooks", "0004_launch_plan_in_full"),
    ]

    operations = [
        migrations.RunPython(count_working_days, migrations.RunPython.noop),
    ]

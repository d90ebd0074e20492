"""Pending webhook deliveries made before every delivery carried its next attempt (those whose task was lost with
the broker stayed pending for ever): due now, so the resume sweep posts them."""

from django.db import migrations
from django.utils import timezone


def pending_due_now(apps, schema_editor):
    WebhookDelivery = apps.get_model("webhooks", "WebhookDelivery")
    WebhookDelivery.objects.filter(status="pending", next_attempt_at=None).update(next_attempt_at=timezone.now())


class Migration(migrations.Migration):
    dependencies = [("webhooks", "0003_resume_schedule")]

    operations = [migrations.RunPython(pending_due_now, migrations.RunPython.noop)]

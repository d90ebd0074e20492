"""Creates the five default departments of PRODUCT.md; an office can add others later."""

from django.db import migrations

DEFAULT_DEPARTMENTS = [
    ("HR", "hr", "Recruits for the skills the product needs and briefs staff."),
    ("PR", "pr", "Press release, press relations and embargoes."),
    ("Customer Care", "customer-care", "Knowledge base, FAQ and escalation paths for the launch."),
    ("Marketing", "marketing", "Campaign assets, channels and the launch-day schedule."),
    ("Engineering", "engineering", "Beta feedback from early users, triage and release notes."),
]


def create_departments(apps, schema_editor):
    Department = apps.get_model("accounts", "Department")
    for name, slug, description in DEFAULT_DEPARTMENTS:
        Department.objects.get_or_create(slug=slug, defaults={"name": name, "description": description})


def remove_departments(apps, schema_editor):
    Department = apps.get_model("accounts", "Department")
    Department.objects.filter(slug__in=[slug for _, slug, _ in DEFAULT_DEPARTMENTS], workstreams=None).delete()


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [migrations.RunPython(create_departments, remove_departments)]

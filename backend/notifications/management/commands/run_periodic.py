"""Runs the periodic tasks of the beat schedule once, in this process: what `make beat` would send now. Without a
broker (`make run`) nothing else runs them; with one, it is a way to run them at once."""

import json

from django.core.management.base import BaseCommand, CommandError
from django_celery_beat.models import PeriodicTask

from config.celery import app


class Command(BaseCommand):
    help = "Run every enabled periodic task of the beat schedule once, in this process (or only those named)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("names", nargs="*", help="Task names to run (default: every enabled one).")

    def handle(self, *args, names: list[str], **options) -> None:
        app.loader.import_default_modules()
        scheduled = PeriodicTask.objects.filter(enabled=True).exclude(task="celery.backend_cleanup").order_by("name")
        if names:
            unknown = set(names) - set(scheduled.values_list("task", flat=True))
            if unknown:
                raise CommandError(f"Not in the beat schedule: {', '.join(sorted(unknown))}.")
            scheduled = scheduled.filter(task__in=names)
        for entry in scheduled:
            result = app.tasks[entry.task].apply(
                args=json.loads(entry.args or "[]"), kwargs=json.loads(entry.kwargs or "{}")
            )
            self.stdout.write(f"{entry.name} ({entry.task}): {result.get()}")

"""Runs the periodic tasks of the schedule (config/periodic.py) once, in this process: what `make beat` would send
now. Without a broker (`make run`) nothing else runs them; with one, it is a way to run them at once."""

from django.core.management.base import BaseCommand, CommandError

from config.celery import app
from config.periodic import PERIODIC_TASKS


class Command(BaseCommand):
    help = "Run every periodic task of the schedule once, in this process (or only those named)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("names", nargs="*", help="Task names to run (default: every one).")

    def handle(self, *args, names: list[str], **options) -> None:
        app.loader.import_default_modules()
        scheduled = sorted(PERIODIC_TASKS.items())
        if names:
            unknown = set(names) - {entry["task"] for _name, entry in scheduled}
            if unknown:
                raise CommandError(f"Not in the beat schedule: {', '.join(sorted(unknown))}.")
            scheduled = [(name, entry) for name, entry in scheduled if entry["task"] in names]
        for name, entry in scheduled:
            result = app.tasks[entry["task"]].apply(args=entry.get("args", ()), kwargs=entry.get("kwargs", {}))
            self.stdout.write(f"{name} ({entry['task']}): {result.get()}")

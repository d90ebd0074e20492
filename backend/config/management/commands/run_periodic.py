"""Runs the periodic tasks of the schedule (config/periodic.py) once, in this process: what `make beat` would send
now. Without a broker nothing else runs them; with one, it is a way to run them at once. With --loop it stays up
and runs each when its schedule says (`make run` starts it beside the server: communications go out at their
moment, emails and webhooks are retried, with no broker and no beat)."""

import datetime as dt
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from config.celery import app
from config.periodic import PERIODIC_TASKS


class Command(BaseCommand):
    help = "Run every periodic task of the schedule once, in this process (or only those named)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("names", nargs="*", help="Task names to run (default: every one).")
        parser.add_argument("--loop", action="store_true", help="Stay up and run each task when it is due.")

    def handle(self, *args, names: list[str], loop: bool = False, **options) -> None:
        app.loader.import_default_modules()
        scheduled = sorted(PERIODIC_TASKS.items())
        if names:
            unknown = set(names) - {entry["task"] for _name, entry in scheduled}
            if unknown:
                raise CommandError(f"Not in the beat schedule: {', '.join(sorted(unknown))}.")
            scheduled = [(name, entry) for name, entry in scheduled if entry["task"] in names]
        if loop:
            self._loop(scheduled)
            return
        for name, entry in scheduled:
            self._run(name, entry)

    def _run(self, name: str, entry: dict) -> None:
        result = app.tasks[entry["task"]].apply(args=entry.get("args", ()), kwargs=entry.get("kwargs", {}))
        self.stdout.write(f"{name} ({entry['task']}): {result.get() if result.successful() else result.result!r}")

    def _loop(self, scheduled: list) -> None:
        """Each task when its crontab says, as beat would (its first run at its first due time from now)."""
        last = {name: timezone.now() - dt.timedelta(seconds=1) for name, _entry in scheduled}
        self.stdout.write(f"Running {len(scheduled)} periodic tasks on their schedule (Ctrl-C stops).")
        while True:
            for name, entry in scheduled:
                due, _next = entry["schedule"].is_due(last[name])
                if due:
                    last[name] = timezone.now()
                    try:
                        self._run(name, entry)
                    except Exception as error:
                        self.stderr.write(f"{name} ({entry['task']}) failed: {error!r}")
            time.sleep(LOOP_SECONDS)


LOOP_SECONDS = 15

"""Builds a large launch for the timeline's first-render benchmark: N tasks over every department. Idempotent."""

import datetime as dt
import random
from zoneinfo import ZoneInfo

from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.models import Department, User
from launches.models import Dependency, Launch, LaunchStatus, Milestone, Task, Workstream

BENCH_LAUNCH = "Bench launch ({tasks} tasks)"


class Command(BaseCommand):
    help = "Create a launch with --tasks tasks (default 1000) and cross-lane dependencies, for `make bench`."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--tasks", type=int, default=1000)

    @transaction.atomic
    def handle(self, *args, tasks: int, **options) -> None:
        name = BENCH_LAUNCH.format(tasks=tasks)
        existing = Launch.objects.filter(name=name).first()
        if existing is None:
            existing = self._launch(name, tasks)
        self.stdout.write(str(existing.pk))

    def _launch(self, name: str, count: int) -> Launch:
        zone = ZoneInfo("Europe/Berlin")
        day = dt.date.today() + dt.timedelta(days=160)  # the plan (T-150 on) is ahead of today: nothing late
        launch = Launch.objects.create(
            name=name,
            t_zero=dt.datetime.combine(day, dt.time(9, 0), tzinfo=zone).astimezone(dt.UTC),
            time_zone=zone,
            status=LaunchStatus.PLANNING,
            holiday_regions=["US"],  # a working calendar: Monday to Friday and US holidays
            owner=User.objects.filter(is_office=True).order_by("id").first(),
        )
        lanes = [Workstream.objects.create(launch=launch, department=d) for d in Department.objects.order_by("id")]
        rng = random.Random(42)  # noqa: S311 - a repeatable plan, not a secret
        tasks = Task.objects.bulk_create(
            Task(
                workstream=lanes[i % len(lanes)],
                title=f"Task {i + 1}",
                offset_days=-150 + (i * 150) // count,
                duration_days=rng.randint(1, 10),
            )
            for i in range(count)
        )
        Dependency.objects.bulk_create(
            Dependency(launch=launch, predecessor=tasks[i - rng.randint(1, min(i, 20))], successor=tasks[i], lag_days=0)
            for i in range(1, count)
            if i % 2 == 0
        )
        Milestone.objects.bulk_create(
            Milestone(launch=launch, name=f"Milestone {k}", offset_days=-120 + 30 * k) for k in range(4)
        )
        return launch

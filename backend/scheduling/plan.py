"""Maps a launch's rows to the engine's plain inputs and back: days are counted from T-0's local date."""

import datetime as dt
from collections.abc import Iterable
from typing import Any, NamedTuple

from core.errors import ValidationError
from launches.models import ScheduleMode
from scheduling.engine import TaskInput


class TaskRow(NamedTuple):
    """The columns of a task the schedule needs (fetched with values_list, no model instances)."""

    id: int
    schedule_mode: str
    offset_days: int | None
    start_date: dt.date | None
    duration_days: int
    needed_for_launch: bool


TASK_ROW_FIELDS = TaskRow._fields


def task_input(row: TaskRow, t_zero_date: dt.date) -> TaskInput:
    if row.schedule_mode == ScheduleMode.FIXED:
        start = (row.start_date - t_zero_date).days  # type: ignore[operator]
        return TaskInput(row.id, start, row.duration_days, fixed=True, needed_for_launch=row.needed_for_launch)
    return TaskInput(row.id, row.offset_days or 0, row.duration_days, needed_for_launch=row.needed_for_launch)


def task_inputs(rows: Iterable[TaskRow], t_zero_date: dt.date) -> list[TaskInput]:
    return [task_input(row, t_zero_date) for row in rows]


# A plan lives between these days. With offsets and durations bounded by MAX_PLAN_DAYS, every date the plan
# computes stays far inside what a Python date can hold, whatever time zone shows it.
PLAN_FIRST_DAY = dt.date(1900, 1, 1)
PLAN_LAST_DAY = dt.date(2999, 12, 31)
MAX_PLAN_DAYS = 3650


def plan_day_check(day: dt.date | dt.datetime, *, field: str, what: str) -> None:
    """Refuses a day (or an aware moment, by its UTC day) outside the plan's calendar, naming the field."""
    if isinstance(day, dt.datetime):
        day = day.astimezone(dt.UTC).date()
    if not PLAN_FIRST_DAY <= day <= PLAN_LAST_DAY:
        raise ValidationError(
            f"{what} must fall between {PLAN_FIRST_DAY.isoformat()} and {PLAN_LAST_DAY.isoformat()}.", field=field
        )


def moment_anchor_check(item: Any, noun: str) -> None:
    """An anchored milestone or gate needs offset_days, a fixed one a moment `at`; the other is cleared."""
    if item.schedule_mode == ScheduleMode.ANCHORED:
        if item.offset_days is None:
            raise ValidationError(f"An anchored {noun} needs offset_days (days from T-0).", field="offset_days")
        item.at = None
    else:
        if item.at is None:
            raise ValidationError(f"A fixed {noun} needs a moment `at`.", field="at")
        plan_day_check(item.at, field="at", what=f"A {noun}'s moment")
        item.offset_days = None

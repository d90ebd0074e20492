"""The burn-down of a launch's open work: for each day, how many tasks the current plan and the current baseline
expect still open at its end, and how many were really still open (up to today), in three queries whatever the
size (the tasks, their links, the baseline's dates)."""

import bisect
import datetime as dt
from typing import Any

from launches.models import Launch, TaskStatus
from launches.schedule import launch_schedule_load
from launches.selectors import baseline_dates

# The chart runs past T-0 by a week, for the launch-week work; and at most two years back from there, so one
# stray fixed date years away cannot make a series of thousands of days (earlier work counts as done before it).
BURNDOWN_DAYS_AFTER_T_ZERO = 7
BURNDOWN_MAX_DAYS = 731


def launch_burndown(*, launch: Launch, today: dt.date) -> dict[str, Any]:
    """Per day from the plan's first day to a week after T-0, the tasks open at the end of the day:

    - `plan`: as the plan stands (its computed dates, links included, not forecast from today: the same dates a
      baseline saves, so the two lines compare): a task is open until its due day, done from the end of it;
    - `baseline`: the same by the current baseline's dates (null without a baseline; tasks added since it was
      saved are not in it);
    - `actual`: for days up to `today` only, tasks not done by the end of the day: a done task is done from its
      actual finish (or, without one, from its planned due day, at the latest today).

    Cancelled work is left out of all three (it constrains nothing, rule 3)."""
    t_zero_date = launch.t_zero_date
    base = t_zero_date.toordinal()
    plan = launch_schedule_load([launch])[launch.pk]
    schedule = plan.compute()
    baseline, baseline_of = baseline_dates(launch)
    today_day = today.toordinal() - base
    counted = [row for row in plan.tasks if row.status != TaskStatus.CANCELLED]
    planned = [schedule.tasks[row.id] for row in counted]
    plan_dues = sorted(task.due for task in planned)
    in_baseline = [baseline_of[row.id] for row in counted if row.id in baseline_of]
    baseline_dues = sorted(due.toordinal() - base for _start, due in in_baseline)
    finished = []
    for row, task in zip(counted, planned, strict=True):
        if row.status == TaskStatus.DONE:
            finish = row.actual_finish.toordinal() - base if row.actual_finish else min(task.due, today_day)
            finished.append(finish)
    finished.sort()

    last = BURNDOWN_DAYS_AFTER_T_ZERO
    starts = [task.start for task in planned] + [start.toordinal() - base for start, _due in in_baseline]
    first = max(min([0, *starts]), last - BURNDOWN_MAX_DAYS + 1)
    total, baseline_total = len(counted), len(in_baseline)
    days = []
    for day in range(first, last + 1):
        days.append(
            {
                "date": dt.date.fromordinal(base + day),
                "plan": total - bisect.bisect_right(plan_dues, day),
                "baseline": None if baseline is None else baseline_total - bisect.bisect_right(baseline_dues, day),
                "actual": total - bisect.bisect_right(finished, day) if day <= today_day else None,
            }
        )
    return {
        "launch": launch.pk,
        "today": today,
        "t_zero_date": t_zero_date,
        "baseline": baseline,
        "tasks": total,
        "baseline_tasks": baseline_total if baseline is not None else None,
        "days": days,
    }

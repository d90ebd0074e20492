"""A deliberately naive reference for working time: the calendar by brute force (a date works when its weekday
is worked and it is no holiday) and the schedule by scanning day by day, with nothing shared with
backend/scheduling but the input types. Slow and obviously right is the point; the plans it checks are small.

Points and moments. A task occupies its days start..due inclusive. Its start point is the start of its start
day (the day number `start`), its finish point the end of its due day, which is the start of the next day
(`due + 1`). The working moment of a point p is how many working days come before it, `M(p)`; the end of a
Friday and the start of the next Monday have the same moment. Working durations and working lags count
moments; elapsed ones count calendar days.

When a link holds (`link_holds`), for the predecessor's tied point a and the successor's tied point b:
- an elapsed lag L counts calendar days: b >= a + L;
- a working lag L counts working days: M(b) >= M(a) + L. With L = 0 and an elapsed task at either end, the
  successor's end must also not come before the predecessor's in calendar time (b >= a): elapsed work runs
  through days off, so its ends are calendar points (work that ends on a Saturday is not done by the end of
  the Friday before, and elapsed work after a Monday start does not start on the Saturday before). Between two
  working-duration tasks only moments count: the end of a Friday is the start of the next Monday.
"""

import datetime as dt
import graphlib
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from scheduling.engine import (
    FINISH_TO_FINISH,
    FINISH_TO_START,
    START_TO_FINISH,
    START_TO_START,
    DependencyInput,
    GateInput,
    TaskInput,
)

# Which end each link type ties: (the predecessor's finish?, the successor's finish?).
ENDS = {
    FINISH_TO_START: (True, False),
    START_TO_START: (False, False),
    FINISH_TO_FINISH: (True, True),
    START_TO_FINISH: (False, True),
}


class ReferenceCalendar:
    """Working days by brute force, around an origin date (day 0)."""

    def __init__(
        self,
        origin: dt.date,
        weekdays: Iterable[int],
        closed: Callable[[int], Collection[dt.date]] | Collection[dt.date] = (),
        span: int = 600,
    ) -> None:
        self.origin = origin
        self.weekdays = frozenset(weekdays)
        self._closed_of = closed if callable(closed) else None
        self._closed_set = frozenset(closed) if not callable(closed) else frozenset()
        self._years: dict[int, frozenset[dt.date]] = {}
        self._lo = self._hi = 0
        self._prefix: list[int] = [0]  # _prefix[d - lo]: working days in lo..d-1
        self._extend(-span, span)

    def date(self, day: int) -> dt.date:
        return self.origin + dt.timedelta(days=day)

    def working(self, day: int) -> bool:
        date = self.date(day)
        if date.weekday() not in self.weekdays:
            return False
        if self._closed_of is None:
            return date not in self._closed_set
        if date.year not in self._years:
            self._years[date.year] = frozenset(self._closed_of(date.year))
        return date not in self._years[date.year]

    def _extend(self, lo: int, hi: int) -> None:
        """Recounts everything over lo..hi (brute force, no cleverness)."""
        lo, hi = min(lo, self._lo), max(hi, self._hi)
        prefix = [0]
        for day in range(lo, hi):
            prefix.append(prefix[-1] + self.working(day))
        self._lo, self._hi, self._prefix = lo, hi, prefix

    def M(self, point: int) -> int:
        """Working days before the start of day `point`, counted from a fixed far day (only differences mean
        anything)."""
        while not self._lo <= point <= self._hi:
            size = self._hi - self._lo
            self._extend(self._lo - size, self._hi + size)
        return self._prefix[point - self._lo]

    def count(self, first: int, last: int) -> int:
        """Working days in first..last inclusive, by looking at each day."""
        return sum(self.working(d) for d in range(first, last + 1))

    def on_or_after(self, day: int) -> int:
        while not self.working(day):
            day += 1
        return day

    def on_or_before(self, day: int) -> int:
        while not self.working(day):
            day -= 1
        return day

    def step(self, day: int, working_days: int) -> int:
        """From the first working day on or after `day`, walk `working_days` working days (back if negative)."""
        day = self.on_or_after(day)
        direction = 1 if working_days > 0 else -1
        for _ in range(abs(working_days)):
            day += direction
            while not self.working(day):
                day += direction
        return day


# The schedule.


@dataclass
class Dates:
    start: int
    due: int


def tied_point(dates: Dates, finish: bool) -> int:
    return dates.due + 1 if finish else dates.start


def link_holds(
    cal: ReferenceCalendar, dep: DependencyInput, pred: Dates, succ: Dates, pred_working: bool, succ_working: bool
) -> bool:
    """Whether the link from `pred` to `succ` holds, as the module docstring says."""
    pred_finish, succ_finish = ENDS[dep.type]
    a, b = tied_point(pred, pred_finish), tied_point(succ, succ_finish)
    if dep.elapsed:
        return b >= a + dep.lag
    if cal.M(b) < cal.M(a) + dep.lag:
        return False
    return dep.lag != 0 or (pred_working and succ_working) or b >= a


def works(task: TaskInput) -> bool:
    """Whether the task's duration counts working days (all these plans have a calendar)."""
    return not task.elapsed


def due_for_start(cal: ReferenceCalendar, task: TaskInput, start: int) -> int:
    if not works(task):
        return start + task.duration - 1
    due, counted = start, 1 if cal.working(start) else 0
    while counted < task.duration or not cal.working(due):
        due += 1
        counted += cal.working(due)
    return due


def start_for_due(cal: ReferenceCalendar, task: TaskInput, due: int) -> int:
    if not works(task):
        return due - task.duration + 1
    start, counted = due, 1
    while counted < task.duration:
        start -= 1
        counted += cal.working(start)
    return start


@dataclass
class ReferenceTask:
    start: int
    due: int
    latest_start: int
    latest_due: int
    slack: int


def reference_schedule(
    cal: ReferenceCalendar,
    tasks: Sequence[TaskInput],
    deps: Sequence[DependencyInput],
    gates: Sequence[GateInput] = (),
    status_day: int | None = None,
) -> dict[int, ReferenceTask]:
    """Earliest dates by trying each day in turn, latest dates by trying each day backwards from the deadline.

    Forward: a task starts on its planned day (the first working day on or after it for working work), or, when
    it is not fixed, on the first day after that on which every link into it holds. With a status day, open work
    that has not started starts no earlier than the status day (its first working day for working work), and
    open work that started is due no earlier than it. Backward: a task's latest due is the last day on or
    before its deadline (T-0 for work needed for launch, the day before a gate for its criteria, the plan's
    last due day for the rest; a working day for working work) on which every link out of it holds against its
    successors' latest dates. Slack counts working days for working work, calendar days for elapsed work.
    Cancelled tasks must not be passed in: the reference knows nothing about them.
    """
    by_id = {t.id: t for t in tasks}
    assert not any(t.cancelled for t in tasks)
    into: dict[int, list[DependencyInput]] = {t.id: [] for t in tasks}
    out: dict[int, list[DependencyInput]] = {t.id: [] for t in tasks}
    sorter = graphlib.TopologicalSorter({t.id: () for t in tasks})
    for dep in deps:
        into[dep.successor].append(dep)
        out[dep.predecessor].append(dep)
        sorter.add(dep.successor, dep.predecessor)
    order = list(sorter.static_order())

    def next_day(task: TaskInput, day: int, direction: int) -> int:
        day += direction
        if works(task):
            while not cal.working(day):
                day += direction
        return day

    early: dict[int, Dates] = {}
    for task_id in order:
        task = by_id[task_id]
        # Work that started keeps its actual start, whatever day it was; planned working work starts on a
        # working day.
        start = cal.on_or_after(task.start) if works(task) and not task.started else task.start

        def holds(start: int, task: TaskInput = task) -> bool:
            dates = Dates(start, due_for_start(cal, task, start))
            return all(
                link_holds(cal, dep, early[dep.predecessor], dates, works(by_id[dep.predecessor]), works(task))
                for dep in into[task.id]
            )

        if not task.fixed:
            while not holds(start):
                start = next_day(task, start, 1)
        due = due_for_start(cal, task, start)
        if status_day is not None and not task.done:
            today = cal.on_or_after(status_day) if works(task) else status_day
            if not task.started and start < status_day:
                start = today
                due = due_for_start(cal, task, start)
            if task.started and due < status_day:
                due = today
        early[task_id] = Dates(start, due)

    end = max(d.due for d in early.values())
    deadline = {t.id: 0 if t.needed_for_launch else end for t in tasks}
    for gate in gates:
        for task_id in gate.criteria:
            deadline[task_id] = min(deadline[task_id], gate.day - 1)
    late: dict[int, Dates] = {}
    for task_id in reversed(order):
        task = by_id[task_id]
        due = cal.on_or_before(deadline[task_id]) if works(task) else deadline[task_id]

        def holds_back(due: int, task: TaskInput = task) -> bool:
            dates = Dates(start_for_due(cal, task, due), due)
            return all(
                link_holds(cal, dep, dates, late[dep.successor], works(task), works(by_id[dep.successor]))
                for dep in out[task.id]
            )

        while not holds_back(due):
            due = next_day(task, due, -1)
        late[task_id] = Dates(start_for_due(cal, task, due), due)

    result = {}
    for task in tasks:
        e, lt = early[task.id], late[task.id]
        slack = cal.M(lt.due + 1) - cal.M(e.due + 1) if works(task) else lt.due - e.due
        result[task.id] = ReferenceTask(e.start, e.due, lt.start, lt.due, slack)
    return result

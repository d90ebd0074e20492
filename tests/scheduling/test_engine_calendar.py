"""The engine in working time (compute_schedule with calendar= and status_day=): each link type by hand around
weekends and a holiday, then hypothesis properties over random plans on random calendars, checked against the
brute-force calendar and the day-by-day reference schedule of tests/scheduling/reference.py, whose docstring
says precisely when a link holds (working moments; the end of a Friday is the start of the next Monday)."""

import datetime as dt
import functools
import itertools
from collections import Counter
from dataclasses import dataclass

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from scheduling.calendar import MONDAY_TO_FRIDAY, WorkCalendar
from scheduling.engine import (
    CONFLICT_AFTER_LAUNCH,
    CONFLICT_CRITERION_LATE,
    CONFLICT_DEPENDENCY,
    FINISH_TO_FINISH,
    FINISH_TO_START,
    LINK_TYPES,
    START_TO_FINISH,
    START_TO_START,
    DependencyInput,
    GateInput,
    TaskInput,
    compute_schedule,
)
from tests.scheduling.reference import (
    Dates,
    ReferenceCalendar,
    due_for_start,
    link_holds,
    reference_schedule,
    works,
)

# By hand: day 0 is Monday 4 March 2024. 0 Mon, 1 Tue, 2 Wed, 3 Thu, 4 Fri, 5 Sat, 6 Sun, 7 Mon, 8 Tue, 9 Wed.
# With the holiday, Monday 11 March (day 7) is closed too.
MONDAY = dt.date(2024, 3, 4)
HOLIDAY = dt.date(2024, 3, 11)
FS, SS, FF, SF = FINISH_TO_START, START_TO_START, FINISH_TO_FINISH, START_TO_FINISH


def week(holiday: bool = False, origin: dt.date = MONDAY) -> WorkCalendar:
    return WorkCalendar(origin, MONDAY_TO_FRIDAY, (lambda year: {HOLIDAY}) if holiday else None)


def placed(schedule, task_id):
    computed = schedule.tasks[task_id]
    return computed.start, computed.due


# Each link type by hand. The predecessor works Monday..Friday (days 0..4); the successor is planned long before,
# so only the link places it.


@pytest.mark.parametrize(
    ("link", "lag", "holiday", "expected"),
    [
        (FS, 0, False, (7, 7)),  # the end of Friday is the start of Monday
        (FS, 1, False, (8, 8)),  # one working day later: Tuesday
        (FS, -1, False, (4, 4)),  # a lead of one working day overlaps Friday
        (FS, -2, False, (3, 3)),
        (FS, 0, True, (8, 8)),  # Monday is a holiday: Tuesday
        (FS, 1, True, (9, 9)),
        (FS, -1, True, (4, 4)),
        (SS, 0, False, (0, 0)),
        (SS, 2, False, (2, 2)),
        (SS, 5, False, (7, 7)),  # five working days after Monday's start: the next Monday
        (SS, 5, True, (8, 8)),
        (SS, -1, False, (-3, -3)),  # a lead over the weekend before: the Friday before
    ],
)
def test_finish_to_start_and_start_to_start_count_lags_in_working_days(link, lag, holiday, expected):
    tasks = [TaskInput(1, 0, 5), TaskInput(2, -20, 1)]
    schedule = compute_schedule(tasks, [DependencyInput(1, 2, lag, link)], calendar=week(holiday))
    assert placed(schedule, 1) == (0, 4)
    assert placed(schedule, 2) == expected


@pytest.mark.parametrize(
    ("lag", "holiday", "expected"),
    [
        (0, False, (3, 4)),  # finishes with the predecessor: Thursday..Friday
        (1, False, (4, 7)),  # a working day later: Friday and Monday
        (1, True, (4, 8)),  # Friday and Tuesday, over the holiday
        (-1, False, (2, 3)),
        (2, True, (8, 9)),
    ],
)
def test_finish_to_finish_counts_its_lag_in_working_days(lag, holiday, expected):
    tasks = [TaskInput(1, 0, 5), TaskInput(2, -20, 2)]
    schedule = compute_schedule(tasks, [DependencyInput(1, 2, lag, FF)], calendar=week(holiday))
    assert placed(schedule, 2) == expected


@pytest.mark.parametrize(
    ("pred_start", "lag", "holiday", "expected"),
    [
        (2, 0, False, (1, 1)),  # finishes by the end of Tuesday, when the Wednesday predecessor starts
        # The predecessor starts on Monday: the start of Monday is the end of Friday, so the successor may
        # finish on the Friday; a working day of lag makes it Monday, a lead of one Thursday.
        (7, 0, False, (4, 4)),
        (7, 1, False, (7, 7)),
        (7, -1, False, (3, 3)),
        (7, 0, True, (4, 4)),  # the predecessor starts Tuesday after the Monday holiday: still Friday
        (7, 1, True, (8, 8)),
    ],
)
def test_start_to_finish_ties_the_successors_finish_to_the_predecessors_start_in_working_moments(
    pred_start, lag, holiday, expected
):
    tasks = [TaskInput(1, pred_start, 5), TaskInput(2, -20, 1)]
    schedule = compute_schedule(tasks, [DependencyInput(1, 2, lag, SF)], calendar=week(holiday))
    assert placed(schedule, 2) == expected


def test_start_to_finish_lags_of_minus_one_zero_and_one_working_day_are_three_different_days():
    """The smallest form of the bug above: lag 0 and lag 1 must not give the same finish."""
    finishes = [
        compute_schedule(
            [TaskInput(1, 7, 5), TaskInput(2, -20, 1)], [DependencyInput(1, 2, lag, SF)], calendar=week()
        ).tasks[2]
        for lag in (-1, 0, 1)
    ]
    assert [f.due for f in finishes] == [3, 4, 7]


@pytest.mark.parametrize(
    ("lag", "elapsed_lag", "expected"),
    [
        (1, True, (7, 7)),  # a calendar day after Friday's end is Sunday's start: the successor works Monday
        (2, True, (7, 7)),  # Monday's start
        (3, True, (8, 8)),  # Tuesday's start
        (-1, True, (4, 4)),
        (1, False, (8, 8)),  # the same lag in working days: Tuesday
    ],
)
def test_an_elapsed_lag_counts_calendar_days_and_the_successor_still_works_on_a_working_day(lag, elapsed_lag, expected):
    tasks = [TaskInput(1, 0, 5), TaskInput(2, -20, 1)]
    schedule = compute_schedule(tasks, [DependencyInput(1, 2, lag, FS, elapsed_lag)], calendar=week())
    assert placed(schedule, 2) == expected


def test_elapsed_work_runs_through_the_weekend_and_may_start_on_it():
    cal = week()
    tasks = [TaskInput(1, 0, 5), TaskInput(2, -20, 2, elapsed=True), TaskInput(3, -20, 2, elapsed=True)]
    deps = [DependencyInput(1, 2, 0, FS), DependencyInput(1, 3, 1, FS)]
    schedule = compute_schedule(tasks, deps, calendar=cal)
    assert placed(schedule, 2) == (5, 6)  # right after Friday: Saturday and Sunday
    assert placed(schedule, 3) == (8, 9)  # one working day after Friday's end is the end of Monday


def test_a_zero_lag_after_elapsed_work_ending_on_a_saturday_waits_for_its_calendar_end():
    """Elapsed work Thursday..Saturday: a finish-to-start successor works from Monday, a finish-to-finish one of
    one day finishes on Monday (not the Friday before the elapsed work ends), an elapsed one starts Sunday."""
    tasks = [
        TaskInput(1, 3, 3, elapsed=True),
        TaskInput(2, -20, 1),
        TaskInput(3, -20, 1),
        TaskInput(4, -20, 1, elapsed=True),
    ]
    deps = [DependencyInput(1, 2, 0, FS), DependencyInput(1, 3, 0, FF), DependencyInput(1, 4, 0, FS)]
    schedule = compute_schedule(tasks, deps, calendar=week())
    assert placed(schedule, 1) == (3, 5)
    assert (placed(schedule, 2), placed(schedule, 3), placed(schedule, 4)) == ((7, 7), (7, 7), (6, 6))


@pytest.mark.parametrize(
    ("task", "holiday", "expected"),
    [
        (TaskInput(1, 3, 3), False, (3, 7)),  # three working days from Thursday: Thursday, Friday, Monday
        (TaskInput(1, 3, 3), True, (3, 8)),  # over the Monday holiday: Tuesday
        (TaskInput(1, 3, 3, elapsed=True), True, (3, 5)),  # three calendar days: Thursday..Saturday
        (TaskInput(1, 5, 1), False, (7, 7)),  # planned on a Saturday: starts Monday
        (TaskInput(1, 5, 1), True, (8, 8)),
        (TaskInput(1, 5, 1, elapsed=True), True, (5, 5)),  # elapsed work may be planned on a Saturday
        (TaskInput(1, 7, 2, fixed=True), True, (8, 9)),  # a fixed date on a holiday: the next working day
        (TaskInput(1, 7, 2, fixed=True, elapsed=True), True, (7, 8)),
    ],
)
def test_working_work_starts_and_ends_on_working_days_and_elapsed_work_counts_calendar_days(task, holiday, expected):
    assert placed(compute_schedule([task], [], calendar=week(holiday)), 1) == expected


def test_started_work_keeps_its_actual_start_even_on_a_day_off():
    """Someone started on a Saturday: that is history. Two working days from there end on Tuesday."""
    task = TaskInput(1, 5, 2, fixed=True, started=True)
    assert placed(compute_schedule([task], [], calendar=week()), 1) == (5, 8)
    assert placed(compute_schedule([task], [], calendar=week(), status_day=6), 1) == (5, 8)


def test_slack_counts_working_days_for_working_work_and_calendar_days_for_elapsed_work():
    """Due on the Friday before a Monday launch: one working day of slack, or three calendar days."""
    tasks = [TaskInput(1, -3, 1, needed_for_launch=True), TaskInput(2, -3, 1, needed_for_launch=True, elapsed=True)]
    schedule = compute_schedule(tasks, [], calendar=week())
    assert (schedule.tasks[1].latest_due, schedule.tasks[1].slack) == (0, 1)
    assert (schedule.tasks[2].latest_due, schedule.tasks[2].slack) == (0, 3)


def test_a_start_to_finish_predecessor_may_start_the_monday_after_its_successors_latest_friday_finish():
    """Backward, the mirror of the forward rule: T-0 is a Friday (day 0), the successor needed for launch may
    finish then, so its predecessor may start as late as the start of Monday (day 3), the same working moment,
    and has the successor's slack."""
    friday = dt.date(2024, 3, 8)
    tasks = [TaskInput(1, -10, 1), TaskInput(2, -20, 1, needed_for_launch=True), TaskInput(3, 10, 1)]
    schedule = compute_schedule(tasks, [DependencyInput(1, 2, 0, SF)], calendar=week(origin=friday))
    assert schedule.tasks[2].latest_due == 0
    assert schedule.tasks[1].latest_start == 3
    assert schedule.tasks[1].slack == schedule.tasks[2].slack == 9


def test_status_day_forecasts_open_work_from_today():
    """Today is Saturday (day 5). Work that should have started starts Monday (elapsed work today); work that
    started and should be done is due Monday and pushes its successor to Tuesday; done work stays."""
    tasks = [
        TaskInput(1, 2, 2),
        TaskInput(2, 2, 2, elapsed=True),
        TaskInput(3, 1, 3, fixed=True, started=True),
        TaskInput(4, -10, 1),
        TaskInput(5, 0, 2, fixed=True, started=True, done=True, elapsed=True),
        TaskInput(6, 10, 1),
    ]
    schedule = compute_schedule(tasks, [DependencyInput(3, 4)], calendar=week(), status_day=5)
    expected = {1: (7, 8, True), 2: (5, 6, True), 3: (1, 7, True), 4: (8, 8, False), 5: (0, 1, False)}
    expected[6] = (10, 10, False)
    assert {t: (c.start, c.due, c.forecast) for t, c in schedule.tasks.items()} == expected


def test_cancelled_work_does_not_extend_the_end_of_the_plan():
    """The plan is one day of work: cancelled work planned after it gives it no slack."""
    alone = compute_schedule([TaskInput(1, 0, 1)], [], calendar=week())
    with_cancelled = compute_schedule([TaskInput(1, 0, 1), TaskInput(2, 10, 10, cancelled=True)], [], calendar=week())
    assert alone.tasks[1].slack == 0
    assert (with_cancelled.end, with_cancelled.tasks[1].slack) == (alone.end, 0)


# Random calendars and plans.


@dataclass(frozen=True)
class Spec:
    """A calendar: working weekdays and closed dates, around an origin date (T-0)."""

    origin: dt.date
    weekdays: frozenset[int]
    holidays: frozenset[dt.date]

    def engine(self, shift: int = 0) -> WorkCalendar:
        holidays = self.holidays
        return WorkCalendar(
            self.origin + dt.timedelta(days=shift), self.weekdays, lambda y: {d for d in holidays if d.year == y}
        )

    def reference(self, shift: int = 0) -> ReferenceCalendar:
        return _reference(self.origin + dt.timedelta(days=shift), self.weekdays, self.holidays)


@functools.lru_cache(maxsize=256)
def _reference(origin, weekdays, holidays) -> ReferenceCalendar:
    return ReferenceCalendar(origin, weekdays, holidays)


@st.composite
def specs(draw):
    origin = dt.date(2022, 1, 1) + dt.timedelta(days=draw(st.integers(0, 1500)))
    weekdays = draw(st.one_of(st.just(MONDAY_TO_FRIDAY), st.frozensets(st.integers(0, 6), min_size=1)).map(frozenset))
    closed = set(draw(st.sets(st.integers(-150, 150), max_size=15)))
    if draw(st.booleans()):  # a shutdown: a run of closed days
        first = draw(st.integers(-100, 100))
        closed |= set(range(first, first + draw(st.integers(1, 15))))
    return Spec(origin, weekdays, frozenset(origin + dt.timedelta(days=d) for d in closed))


lags = st.one_of(st.just(0), st.integers(-3, 4))


@dataclass
class Scenario:
    spec: Spec
    tasks: list[TaskInput]
    deps: list[DependencyInput]
    gates: list[GateInput]
    status_day: int | None = None

    @property
    def ref(self) -> ReferenceCalendar:
        return self.spec.reference()

    def by_id(self) -> dict[int, TaskInput]:
        return {t.id: t for t in self.tasks}

    def compute(self, **kwargs):
        kwargs.setdefault("status_day", self.status_day)
        return compute_schedule(self.tasks, self.deps, self.gates, calendar=self.spec.engine(), **kwargs)


@st.composite
def scenarios(
    draw,
    max_tasks: int = 8,
    fixed: bool = True,
    elapsed: bool = True,
    gates: bool = False,
    progress: bool = False,
    cancelled: bool = False,
):
    """A random DAG on a random calendar: edges go from a lower to a higher index (then ids are shuffled), all four
    link types, lags in working or calendar days, durations in working or calendar days. With `progress`, a
    status day, and tasks to do, started (on a working day, at most today) or done (elapsed: the days it took,
    by today); started and done work is fixed at its actual start, as the loader gives it."""
    spec = draw(specs())
    ref = spec.reference()
    n = draw(st.integers(1, max_tasks))
    status_day = draw(st.integers(-30, 15)) if progress else None
    tasks = []
    for i in range(n):
        task = TaskInput(
            id=i + 1,
            start=draw(st.integers(-60, 20)),
            duration=draw(st.integers(1, 8)),
            fixed=fixed and draw(st.booleans()),
            needed_for_launch=draw(st.booleans()),
            cancelled=cancelled and draw(st.integers(0, 3)) == 0,
            elapsed=elapsed and draw(st.booleans()),
        )
        state = draw(st.sampled_from(["todo", "todo", "started", "done"])) if progress else "todo"
        if state == "started":
            start = draw(st.integers(status_day - 15, status_day))
            start = ref.on_or_before(start) if works(task) else start
            task = task._replace(start=start, fixed=True, started=True)
        elif state == "done":
            start = draw(st.integers(status_day - 40, status_day - task.duration + 1))
            task = task._replace(start=start, fixed=True, started=True, done=True, elapsed=True)
        tasks.append(task)
    pairs = [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1)]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=2 * n)) if pairs else []
    order = draw(st.permutations(range(1, n + 1)))
    relabel = dict(zip(range(1, n + 1), order, strict=True))
    tasks = [t._replace(id=relabel[t.id]) for t in tasks]
    deps = [
        DependencyInput(
            relabel[a], relabel[b], draw(lags), draw(st.sampled_from(LINK_TYPES)), elapsed and draw(st.booleans())
        )
        for a, b in chosen
    ]
    gate_list = []
    if gates:
        for g in range(draw(st.integers(0, 2))):
            criteria = draw(st.lists(st.sampled_from(sorted(relabel.values())), unique=True, max_size=3))
            gate_list.append(GateInput(100 + g, draw(st.integers(-40, 30)), tuple(criteria)))
    return Scenario(spec, tasks, deps, gate_list, status_day)


def early(computed) -> Dates:
    return Dates(computed.start, computed.due)


def late(computed) -> Dates:
    return Dates(computed.latest_start, computed.latest_due)


def planned_place(ref: ReferenceCalendar, task: TaskInput) -> Dates:
    """Where the task sits before its links move it: its planned day (the next working day for working work)."""
    start = ref.on_or_after(task.start) if works(task) else task.start
    return Dates(start, due_for_start(ref, task, start))


def holds(scenario: Scenario, dep: DependencyInput, pred: Dates, succ: Dates) -> bool:
    by_id = scenario.by_id()
    return link_holds(scenario.ref, dep, pred, succ, works(by_id[dep.predecessor]), works(by_id[dep.successor]))


# The start-to-finish cases by hand above, as examples every property run tries first.
_WEEK = Spec(MONDAY, MONDAY_TO_FRIDAY, frozenset())
# The predecessor starts on a Monday (day 7); the successor may finish on the Friday before (day 4).
SF_FORWARD = Scenario(_WEEK, [TaskInput(1, 7, 5), TaskInput(2, -20, 1)], [DependencyInput(1, 2, 0, SF)], [])
SF_FIXED_ON_FRIDAY = Scenario(
    _WEEK, [TaskInput(1, 7, 5), TaskInput(2, 4, 1, fixed=True)], [DependencyInput(1, 2, 0, SF)], []
)
# T-0 on a Friday: the successor needed for launch may finish then, its predecessor start the Monday after.
SF_BACKWARD = Scenario(
    Spec(dt.date(2024, 3, 8), MONDAY_TO_FRIDAY, frozenset()),
    [TaskInput(1, -10, 1), TaskInput(2, -20, 1, needed_for_launch=True), TaskInput(3, 10, 1)],
    [DependencyInput(1, 2, 0, SF)],
    [],
)


@given(scenarios())
@example(SF_FORWARD)
@example(SF_FIXED_ON_FRIDAY)
@settings(max_examples=80, deadline=None)
def test_every_link_holds_in_working_time_and_a_conflict_is_listed_exactly_when_the_plan_breaks_one(scenario):
    """Each link holds between the computed dates of its ends whenever the successor may move (see
    reference.link_holds for what holding means per type and count); a `dependency` conflict is listed for a link
    exactly when the successor's planned place (fixed work's only place) breaks it."""
    schedule = scenario.compute()
    by_id = scenario.by_id()
    for dep in scenario.deps:
        pred, succ = schedule.tasks[dep.predecessor], schedule.tasks[dep.successor]
        if not by_id[dep.successor].fixed:
            assert holds(scenario, dep, early(pred), early(succ)), dep
        broken = not holds(scenario, dep, early(pred), planned_place(scenario.ref, by_id[dep.successor]))
        listed = any(
            c.kind == CONFLICT_DEPENDENCY and c.task_id == dep.successor and c.predecessor_id == dep.predecessor
            for c in schedule.conflicts
        )
        assert broken == listed, dep


@given(scenarios())
@settings(max_examples=80, deadline=None)
def test_working_work_starts_and_ends_on_working_days_and_spans_exactly_its_working_duration(scenario):
    """Working work: a working start and due day with exactly `duration` working days between them inclusive;
    elapsed work: `duration` calendar days. Fixed work sits on its planned day (the next working day for working
    work planned on a day off); anchored work never before it."""
    ref = scenario.ref
    schedule = scenario.compute()
    for task in scenario.tasks:
        computed = schedule.tasks[task.id]
        for start, due in ((computed.start, computed.due), (computed.latest_start, computed.latest_due)):
            if works(task):
                assert ref.working(start) and ref.working(due)
                assert ref.count(start, due) == task.duration
            else:
                assert due - start + 1 == task.duration
        planned = planned_place(ref, task).start
        assert computed.start == planned if task.fixed else computed.start >= planned


def deadline_of(scenario: Scenario, schedule, task: TaskInput) -> int:
    deadline = 0 if task.needed_for_launch else schedule.end
    for gate in scenario.gates:
        if task.id in gate.criteria:
            deadline = min(deadline, gate.day - 1)
    return deadline


@given(scenarios(gates=True))
@settings(max_examples=80, deadline=None)
def test_latest_dates_satisfy_every_link_and_deadline_and_slack_is_the_distance_to_them(scenario):
    """Backward: the latest dates keep every link and every deadline (T-0, the day before a gate, the plan's
    end); slack is the distance from the due day to the latest due day, in working days for working work. When
    the computed dates themselves break nothing (no fixed work pushed, nothing late), no slack is negative."""
    ref = scenario.ref
    schedule = scenario.compute()
    by_id = scenario.by_id()
    for dep in scenario.deps:
        pred, succ = schedule.tasks[dep.predecessor], schedule.tasks[dep.successor]
        assert holds(scenario, dep, late(pred), late(succ)), dep
    for task in scenario.tasks:
        computed = schedule.tasks[task.id]
        assert computed.latest_due <= deadline_of(scenario, schedule, task)
        if works(task):
            assert computed.slack == ref.M(computed.latest_due + 1) - ref.M(computed.due + 1)
        else:
            assert computed.slack == computed.latest_due - computed.due
    feasible = not any(
        c.kind in (CONFLICT_AFTER_LAUNCH, CONFLICT_CRITERION_LATE)
        or (c.kind == CONFLICT_DEPENDENCY and by_id[c.task_id].fixed)
        for c in schedule.conflicts
    )
    if feasible:
        assert all(computed.slack >= 0 for computed in schedule.tasks.values())


def rebased(scenario: Scenario, days: int) -> Scenario:
    """The same dated plan with T-0 `days` later: the calendar's origin moves, every day number shifts."""
    spec = Spec(scenario.spec.origin + dt.timedelta(days=days), scenario.spec.weekdays, scenario.spec.holidays)
    tasks = [t._replace(start=t.start - days) for t in scenario.tasks]
    return Scenario(spec, tasks, scenario.deps, [], None)


@given(scenarios(fixed=False, elapsed=False))
@settings(max_examples=80, deadline=None)
def test_with_launch_set_on_the_last_due_day_the_critical_path_has_no_slack(scenario):
    """Working durations and lags only, nothing fixed. Set T-0 on the last due day of the work needed for launch
    (the same dated plan: every date stays): then the critical path ends at a task with slack 0, each step is a
    link its successor could not start a working day earlier under, its first task sits on its planned day, and
    every task on it has slack 0 (in working time a driving link gives its predecessor its successor's slack)."""
    first = scenario.compute()
    needed = [t.id for t in scenario.tasks if t.needed_for_launch]
    if not needed:
        assert first.critical_path == []
        return
    last = max(first.tasks[t].due for t in needed)
    scenario = rebased(scenario, last)
    ref = scenario.ref
    schedule = scenario.compute()
    assert {t: (c.start, c.due) for t, c in schedule.tasks.items()} == {
        t: (c.start - last, c.due - last) for t, c in first.tasks.items()
    }
    by_id = scenario.by_id()
    assert all(computed.slack >= 0 for computed in schedule.tasks.values())
    path = schedule.critical_path
    assert by_id[path[-1]].needed_for_launch and schedule.tasks[path[-1]].slack == 0
    links = {(d.predecessor, d.successor): d for d in scenario.deps}
    for pred, succ in itertools.pairwise(path):
        dep = links[(pred, succ)]
        start = schedule.tasks[succ].start
        day_before = ref.on_or_before(start - 1)
        assert holds(scenario, dep, early(schedule.tasks[pred]), early(schedule.tasks[succ]))
        assert not holds(
            scenario, dep, early(schedule.tasks[pred]), Dates(day_before, due_for_start(ref, by_id[succ], day_before))
        )
    assert schedule.tasks[path[0]].start == planned_place(ref, by_id[path[0]]).start
    assert [schedule.tasks[t].slack for t in path] == [0] * len(path)


@given(st.booleans().flatmap(lambda progress: scenarios(max_tasks=6, gates=True, progress=progress)))
@example(SF_FORWARD)
@example(SF_FIXED_ON_FRIDAY)
@example(SF_BACKWARD)
@settings(max_examples=100, deadline=None)
def test_engine_agrees_with_a_day_by_day_reference(scenario):
    """Earliest and latest dates and slack of every task, against reference.reference_schedule (day-by-day
    scanning on a brute-force calendar), with and without a status day."""
    schedule = scenario.compute()
    expected = reference_schedule(scenario.ref, scenario.tasks, scenario.deps, scenario.gates, scenario.status_day)
    got = {t: (c.start, c.due, c.latest_start, c.latest_due, c.slack) for t, c in sorted(schedule.tasks.items())}
    want = {t: (r.start, r.due, r.latest_start, r.latest_due, r.slack) for t, r in sorted(expected.items())}
    assert got == want


# Moving T-0.


@st.composite
def moves(draw):
    """A plan with offsets in working days from T-0 (open anchored work) and done work on its dates, and a move
    of T-0 by k calendar days. Durations and lags count working days."""
    spec = draw(specs())
    n = draw(st.integers(1, 7))
    offsets, tasks = {}, []
    for i in range(1, n + 1):
        duration = draw(st.integers(1, 6))
        if draw(st.integers(0, 3)) == 0:  # done, on its dates: history counts calendar days
            tasks.append(TaskInput(i, draw(st.integers(-80, -20)), duration, True, False, False, True, True, True))
        else:
            offsets[i] = draw(st.integers(-30, 5))
            tasks.append(TaskInput(i, 0, duration, needed_for_launch=draw(st.booleans())))
    pairs = [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1)]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=2 * n)) if pairs else []
    deps = [DependencyInput(a, b, draw(lags), draw(st.sampled_from(LINK_TYPES))) for a, b in chosen]
    return spec, tasks, offsets, deps, draw(st.integers(-40, 40))


def offset_day(cal: WorkCalendar, offset: int) -> int:
    """As Launch.offset_day with offsets in working days: T-14 is the 14th working day before launch day."""
    return cal.add(0, offset) if offset else 0


@given(moves())
@settings(max_examples=80, deadline=None)
def test_moving_t_zero_moves_open_anchored_work_by_the_working_days_it_moved_and_never_moves_done_work(move):
    """T-0 moves k calendar days. Done work keeps its dates. Open anchored work keeps its distance from T-0 in
    working moments (its dates move by as many working days as T-0 did), at both ends, unless done work it
    follows holds it back, in which case it is never earlier than that."""
    spec, tasks, offsets, deps, k = move
    runs = []
    for shift in (0, k):
        cal = spec.engine(shift)
        plan = [
            t._replace(start=offset_day(cal, offsets[t.id])) if t.id in offsets else t._replace(start=t.start - shift)
            for t in tasks
        ]
        runs.append((spec.reference(shift), compute_schedule(plan, deps, calendar=cal)))
    (ref0, before), (refk, after) = runs
    done_pushes = any(d.predecessor not in offsets and d.successor in offsets for d in deps)
    for task in tasks:
        b, a = before.tasks[task.id], after.tasks[task.id]
        if task.id not in offsets:
            assert (a.start, a.due) == (b.start - k, b.due - k)
            continue
        moved = (refk.M(a.start) - refk.M(0), refk.M(a.due + 1) - refk.M(0))
        if done_pushes:
            assert moved[0] >= offsets[task.id]
        else:
            assert moved == (ref0.M(b.start) - ref0.M(0), ref0.M(b.due + 1) - ref0.M(0))


# The status day.


@given(scenarios(progress=True, gates=True))
@settings(max_examples=80, deadline=None)
def test_status_day_forecasts_open_work_from_today_and_leaves_done_work_alone(scenario):
    """With status day s: open work not started starts no earlier than s (working work: the first working day on
    or after s), open work that started keeps its start and is due no earlier than that, done work keeps its
    days, every link into movable work still holds, and a forecast flag marks exactly the work moved to today."""
    ref, s = scenario.ref, scenario.status_day
    schedule = scenario.compute()
    plain = scenario.compute(status_day=None)
    by_id = scenario.by_id()
    for task in scenario.tasks:
        computed, before = schedule.tasks[task.id], plain.tasks[task.id]
        today = ref.on_or_after(s) if works(task) else s
        if task.done:
            assert (computed.start, computed.due) == (task.start, task.start + task.duration - 1)
            assert (computed.start, computed.due) == (before.start, before.due)
            assert not computed.forecast
        elif task.started:
            assert computed.start == task.start == before.start
            assert computed.forecast == (before.due < s)
            assert computed.due == (today if computed.forecast else before.due)
        else:
            assert computed.start >= today
            if computed.forecast:
                assert computed.start == today
            if before.start >= s or computed.start > today:
                assert not computed.forecast
            if task.fixed:
                assert computed.forecast == (before.start < s)
    for dep in scenario.deps:
        if not by_id[dep.successor].fixed:
            assert holds(scenario, dep, early(schedule.tasks[dep.predecessor]), early(schedule.tasks[dep.successor]))


@given(scenarios(progress=True, gates=True, cancelled=True))
@settings(max_examples=80, deadline=None)
def test_no_status_day_is_a_status_day_far_in_the_past(scenario):
    assert scenario.compute(status_day=-20 * 365) == scenario.compute(status_day=None)


# Cancelled work.


def _without_cancelled(scenario: Scenario):
    gone = {t.id for t in scenario.tasks if t.cancelled}
    kept = Scenario(
        scenario.spec,
        [t for t in scenario.tasks if t.id not in gone],
        [d for d in scenario.deps if d.predecessor not in gone and d.successor not in gone],
        [g._replace(criteria=tuple(c for c in g.criteria if c not in gone)) for g in scenario.gates],
        scenario.status_day,
    )
    return gone, kept


@given(scenarios(cancelled=True, gates=True))
@settings(max_examples=80, deadline=None)
def test_cancelled_work_changes_nobody_elses_dates_or_conflicts(scenario):
    gone, kept = _without_cancelled(scenario)
    if not kept.tasks:
        return
    schedule, without = scenario.compute(), kept.compute()
    for task in kept.tasks:
        assert early(schedule.tasks[task.id]) == early(without.tasks[task.id])
    assert all(c.task_id not in gone for c in schedule.conflicts)
    assert Counter(schedule.conflicts) == Counter(without.conflicts)  # in whatever order


@given(scenarios(cancelled=True, gates=True))
@settings(max_examples=80, deadline=None)
def test_cancelled_work_changes_nobody_elses_latest_dates_slack_or_critical_path(scenario):
    """Cancelled work constrains nobody, the end of the plan included: it is where the rest's work ends."""
    _gone, kept = _without_cancelled(scenario)
    if not kept.tasks:
        return
    schedule, without = scenario.compute(), kept.compute()
    for task in kept.tasks:
        got, want = schedule.tasks[task.id], without.tasks[task.id]
        assert (got.latest_start, got.latest_due, got.slack) == (want.latest_start, want.latest_due, want.slack)
    assert schedule.end == without.end
    assert schedule.critical_path == without.critical_path
    assert schedule.gate_paths == without.gate_paths

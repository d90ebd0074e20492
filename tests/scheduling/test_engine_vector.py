"""The numpy engine (scheduling/engine_vector.py) gives exactly the pure engine's Schedule: differential tests on
seeded random plans (every link type, leads and lags, elapsed lags and work, zero-length work, milestones and
gates as tuple ids, fixed, started, done and cancelled work, gates with criteria, with and without a status day,
with and without a working calendar), the existing engine scenarios re-run with the vector engine forced, and
the dispatch between the two."""

import datetime as dt
import random
from collections.abc import Callable

import pytest

from scheduling import engine
from scheduling.calendar import MONDAY_TO_FRIDAY, WorkCalendar, every_day_calendar
from scheduling.engine import (
    FINISH_TO_START,
    LINK_TYPES,
    CycleError,
    DependencyInput,
    GateInput,
    Schedule,
    TaskInput,
    compute_schedule,
)
from scheduling.engine_vector import compute_if_wide, compute_vector
from tests.scheduling import test_engine, test_engine_calendar, test_textbook

PLANS = 600


@pytest.fixture(autouse=True)
def _vector_engine_forced(monkeypatch):
    """Every test here runs compute_schedule on the vector engine, whatever the plan's size and shape."""
    monkeypatch.setattr(engine, "ENGINE", "vector")


# The pure engine's own tests (hand-made cases and hypothesis properties, against networkx, the textbook figures
# and the day-by-day reference), run again here on the vector engine.
for _module in (test_engine, test_engine_calendar, test_textbook):
    for _name, _test in vars(_module).items():
        if _name.startswith("test_") and callable(_test):
            globals()[f"{_name}_on_the_vector_engine"] = _test


def _calendar(rng: random.Random) -> Callable[[], WorkCalendar | None]:
    """No calendar, every day, Monday to Friday with holidays, or random weekdays with holidays and a shutdown;
    as a maker of fresh calendars, so each engine grows the calendar's window from its first days."""
    kind = rng.randrange(5)
    origin = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1500))
    if kind == 0:
        return lambda: None
    if kind == 1:
        return lambda: every_day_calendar(origin)
    closed = {origin + dt.timedelta(days=rng.randint(-150, 150)) for _ in range(rng.randrange(15))}
    if rng.random() < 0.5:  # a shutdown: a run of closed days
        first = rng.randint(-100, 100)
        closed |= {origin + dt.timedelta(days=d) for d in range(first, first + rng.randint(1, 15))}
    weekdays = MONDAY_TO_FRIDAY if kind < 4 else frozenset(rng.sample(range(7), rng.randint(1, 7)))
    return lambda: WorkCalendar(origin, weekdays, lambda year: {d for d in closed if d.year == year})


Plan = tuple[list[TaskInput], list[DependencyInput], list[GateInput], Callable[[], WorkCalendar | None], int | None]


def random_plan(seed: int) -> Plan:
    """A random DAG of 1 to ~300 tasks, milestones and gates (as launches/schedule.py gives them), its gates, a
    calendar and maybe a status day; wide or deep, sparse or dense, depending on the seed."""
    rng = random.Random(seed)
    n = rng.choice([1, 2, 3, rng.randint(4, 12), rng.randint(10, 60), rng.randint(50, 300)])
    status_day = rng.randint(-30, 15) if rng.random() < 0.6 else None
    p_zero, p_elapsed, p_fixed, p_cancel = (rng.choice([0, 0.1, 0.3]) for _ in range(4))
    tasks: list[TaskInput] = []
    for k in range(n):
        roll = rng.random()
        if roll < 0.08:  # a milestone: zero length, anchored or fixed
            tasks.append(TaskInput(("milestone", k), rng.randint(-60, 20), 0, fixed=rng.random() < 0.5))
            continue
        if roll < 0.12:  # a gate: zero length, never moves
            tasks.append(TaskInput(("gate", k), rng.randint(-60, 20), 0, fixed=True))
            continue
        task = TaskInput(
            1000 + k,
            rng.randint(-60, 20),
            0 if rng.random() < p_zero else rng.randint(1, 8),
            fixed=rng.random() < p_fixed,
            needed_for_launch=rng.random() < 0.4,
            cancelled=rng.random() < p_cancel,
            elapsed=rng.random() < p_elapsed,
        )
        if status_day is not None:
            state = rng.choice(["todo", "todo", "started", "done"])
            if state == "started":
                task = task._replace(start=rng.randint(status_day - 15, status_day), fixed=True, started=True)
            elif state == "done":
                start = rng.randint(status_day - 40, status_day - max(task.duration, 1) + 1)
                task = task._replace(start=start, fixed=True, started=True, done=True, elapsed=True)
            elif rng.random() < 0.05:  # started but free to move (not what the loader gives, still a rule)
                task = task._replace(started=True)
        tasks.append(task)
    rng.shuffle(tasks)  # the ids do not give the order away
    # Links go from an earlier to a later place in the list: a DAG. Reach sets how deep it is.
    reach = rng.choice([2, 5, 20, n])
    per_task = rng.choice([0.5, 1, 2, 3])
    deps: list[DependencyInput] = []
    for b in range(1, n):
        for _ in range(int(per_task) + (rng.random() < per_task % 1)):
            a = rng.randrange(max(0, b - reach), b)
            deps.append(
                DependencyInput(
                    tasks[a].id,
                    tasks[b].id,
                    rng.choice([0, 0, rng.randint(-3, 4), rng.randint(-10, 10)]),
                    rng.choice(LINK_TYPES),
                    rng.random() < 0.25,
                )
            )
    if deps and rng.random() < 0.2:
        deps.append(rng.choice(deps))  # the same link twice
    rng.shuffle(deps)
    task_ids = [t.id for t in tasks if type(t.id) is int]
    gates = [
        GateInput(100 + g, rng.randint(-40, 30), tuple(rng.sample(task_ids, min(len(task_ids), rng.randint(0, 4)))))
        for g in range(rng.randint(0, 3) if task_ids else 0)
    ]
    return tasks, deps, gates, _calendar(rng), status_day


def assert_same(vector: Schedule, pure: Schedule) -> None:
    assert list(vector.tasks.items()) == list(pure.tasks.items())
    assert vector.conflicts == pure.conflicts
    assert vector.end == pure.end
    assert vector.critical_path == pure.critical_path
    assert list(vector.gate_paths.items()) == list(pure.gate_paths.items())
    assert vector.moments == pure.moments
    for computed in vector.tasks.values():  # Python numbers, not numpy's
        assert all(type(value) in (int, bool) for value in (computed.start, computed.due, computed.slack))
        assert type(computed.forecast) is bool and type(computed.latest_start) is int
    for conflict in vector.conflicts:
        assert type(conflict.days) is int


def pure(tasks, deps, gates=(), calendar=None, status_day=None) -> Schedule:
    return engine._compute(tasks, deps, gates, calendar, status_day)


@pytest.mark.parametrize("block", range(12))
def test_the_vector_engine_gives_the_pure_engines_schedule_on_random_plans(block):
    for seed in range(block * PLANS // 12, (block + 1) * PLANS // 12):
        tasks, deps, gates, calendar, status_day = random_plan(seed)
        expected = pure(tasks, deps, gates, calendar(), status_day)
        assert_same(compute_vector(tasks, deps, gates, calendar(), status_day), expected)


def stretched(plan: Plan, rng: random.Random) -> Plan:
    """The plan with days, lags and lengths up to a thousand times longer: years away from T-0, far outside the
    calendar's first window."""
    tasks, deps, gates, calendar, status_day = plan
    scale = rng.choice([10, 100, 1000])
    tasks = [t._replace(start=t.start * scale, duration=t.duration * rng.choice([1, 1, 50])) for t in tasks]
    deps = [d._replace(lag=d.lag * rng.choice([1, scale])) for d in deps]
    gates = [g._replace(day=g.day * scale) for g in gates]
    return tasks, deps, gates, calendar, None if status_day is None else status_day * scale


def test_the_vector_engine_gives_the_pure_engines_schedule_on_plans_spread_over_years():
    rng = random.Random(7)
    for seed in range(PLANS, PLANS + 200):
        tasks, deps, gates, calendar, status_day = stretched(random_plan(seed), rng)
        expected = pure(tasks, deps, gates, calendar(), status_day)
        assert_same(compute_vector(tasks, deps, gates, calendar(), status_day), expected)


def test_the_vector_engine_raises_the_pure_engines_cycle_error():
    tasks = [TaskInput(i, 0, 1) for i in range(1, 5)]
    deps = [DependencyInput(1, 2), DependencyInput(2, 3), DependencyInput(3, 4), DependencyInput(4, 2)]
    with pytest.raises(CycleError) as vector:
        compute_vector(tasks, deps, (), None, None)
    with pytest.raises(CycleError) as expected:
        pure(tasks, deps)
    assert vector.value.cycle == expected.value.cycle == [2, 3, 4, 2]


def test_the_vector_engine_on_an_empty_plan_and_a_plan_without_links():
    assert compute_vector([], [], (), None, None) == Schedule()
    tasks = [TaskInput(3, -5, 2, needed_for_launch=True), TaskInput(1, 4, 1), TaskInput(2, 0, 0)]
    assert_same(compute_vector(tasks, [], (), None, None), pure(tasks, []))


def wide_plan(size: int) -> tuple[list[TaskInput], list[DependencyInput]]:
    """Two links per task to tasks 100 to 200 before it: about a hundred tasks per level."""
    rng = random.Random(size)
    tasks = [TaskInput(i, i // 2, rng.randint(1, 5), needed_for_launch=rng.random() < 0.02) for i in range(size)]
    deps = [
        DependencyInput(rng.randrange(max(0, i - 200), max(1, i - 100)), i, rng.randint(-2, 2), rng.choice(LINK_TYPES))
        for i in range(1, size)
        for _ in range(2)
    ]
    return tasks, deps


def test_dispatch_takes_the_vector_engine_for_a_large_wide_plan_and_the_pure_one_otherwise(monkeypatch):
    calls: list[str] = []
    real_vector, real_pure = engine._vector_engine, engine._compute

    def vector_engine():
        module = real_vector()
        assert module is not None
        real = module.compute_if_wide

        class Spy:
            @staticmethod
            def compute_if_wide(*args, **kwargs):
                schedule = real(*args, **kwargs)
                calls.append("vector" if schedule is not None else "too deep")
                return schedule

        return Spy

    def pure_engine(*args):
        calls.append("pure")
        return real_pure(*args)

    monkeypatch.setattr(engine, "ENGINE", "auto")
    monkeypatch.setattr(engine, "_vector_engine", vector_engine)
    monkeypatch.setattr(engine, "_compute", pure_engine)
    tasks, deps = wide_plan(engine.VECTOR_MIN_TASKS)
    wide = compute_schedule(tasks, deps)
    assert calls == ["vector"]
    calls.clear()
    small = compute_schedule(tasks[:100], [d for d in deps if d.successor < 100])
    assert calls == ["pure"]
    calls.clear()
    chain = [TaskInput(i, 0, 1) for i in range(engine.VECTOR_MIN_TASKS)]
    compute_schedule(chain, [DependencyInput(i, i + 1, 0, FINISH_TO_START) for i in range(len(chain) - 1)])
    assert calls == ["too deep", "pure"]  # one task per level: the pure engine's ground
    calls.clear()
    monkeypatch.setattr(engine, "ENGINE", "pure")
    assert_same(wide, compute_schedule(tasks, deps))
    assert calls == ["pure"]
    calls.clear()
    monkeypatch.setattr(engine, "ENGINE", "vector")
    assert_same(compute_schedule(tasks[:100], [d for d in deps if d.successor < 100]), small)
    assert calls == ["vector"]


def test_compute_if_wide_gives_up_on_a_deep_plan():
    chain = [TaskInput(i, 0, 1) for i in range(200)]
    links = [DependencyInput(i, i + 1) for i in range(199)]
    assert compute_if_wide(chain, links, (), None, None, min_width=2) is None
    assert_same(compute_if_wide(chain, links, (), None, None, min_width=1), pure(chain, links))


def test_the_vector_engine_agrees_on_a_wide_plan_in_a_working_calendar_with_a_status_day():
    tasks, deps = wide_plan(3000)
    calendar = WorkCalendar(dt.date(2027, 6, 1), MONDAY_TO_FRIDAY, lambda year: {dt.date(year, 7, 4)})
    for status_day in (None, 700):
        tasks_now = [t._replace(elapsed=t.id % 7 == 0) for t in tasks]
        expected = pure(tasks_now, deps, (), WorkCalendar(calendar.origin, MONDAY_TO_FRIDAY), status_day)
        got = compute_vector(tasks_now, deps, (), WorkCalendar(calendar.origin, MONDAY_TO_FRIDAY), status_day)
        assert_same(got, expected)

"""The schedule engine on numpy arrays: the same Schedule as the pure engine, one topological level at a time.

The pure engine (engine._compute) is the reference: every rule here is its rule, written for whole arrays. Tasks
are renumbered by their place in the pure engine's topological order (Kahn's, first in first out), so a level
(the tasks whose longest chain of links from a task without predecessors has the same length) is a run of
consecutive numbers, and its links are a run of consecutive rows once they are sorted by successor (forward) or
predecessor (backward). The forward pass takes one level at a time: a task's earliest start is the latest that its
links allow, reduced over each task's run of links (np.maximum.reduceat); the backward pass the same in reverse.

Working time: a link between two tasks that count working days is arithmetic on working moments (the fast case,
as in the pure engine); any other link (elapsed lags, elapsed or zero-length work, milestones and gates) goes
through the general rules in days, vectorized faithfully from start_allowed and _latest_due_allowed. What does not
feed the passes (conflicts, forecast flags, days from moments, driving links) is worked out once at the end.
"""

from collections.abc import Callable, Sequence
from itertools import repeat
from operator import itemgetter

import numpy as np

from scheduling import engine
from scheduling.calendar import WorkCalendar
from scheduling.engine import (
    _ENDS,
    CONFLICT_AFTER_LAUNCH,
    CONFLICT_CRITERION_LATE,
    CONFLICT_DEPENDENCY,
    LINK_TYPES,
    Conflict,
    DependencyInput,
    GateInput,
    Schedule,
    TaskInput,
    TaskSchedule,
)

_INT = np.int64
_FAR = np.iinfo(np.int64).min // 4  # "no floor": below any day or moment, and far from overflowing
# Each link type as a small code, and which end of each task the code ties (engine._ENDS).
_LINK_CODE = {kind: code for code, kind in enumerate(LINK_TYPES)}
_PRED_FINISH = np.array([_ENDS[kind][0] for kind in LINK_TYPES], dtype=bool)
_SUCC_FINISH = np.array([_ENDS[kind][1] for kind in LINK_TYPES], dtype=bool)


def compute_vector(
    tasks: Sequence[TaskInput],
    dependencies: Sequence[DependencyInput],
    gates: Sequence[GateInput],
    calendar: WorkCalendar | None,
    status_day: int | None,
) -> Schedule:
    """The schedule of engine._compute (same arguments, the same result field for field), with numpy."""
    schedule = _compute(tasks, dependencies, gates, calendar, status_day, None)
    assert schedule is not None  # only a level limit gives up
    return schedule


def compute_if_wide(
    tasks: Sequence[TaskInput],
    dependencies: Sequence[DependencyInput],
    gates: Sequence[GateInput],
    calendar: WorkCalendar | None,
    status_day: int | None,
    *,
    min_width: int,
) -> Schedule | None:
    """compute_vector's schedule when the plan has at least `min_width` tasks per level on average, else None
    (found while the levels are counted, before the passes: a deep plan costs the caller little)."""
    return _compute(tasks, dependencies, gates, calendar, status_day, len(tasks) // max(min_width, 1))


class _Window:
    """A working calendar's window as arrays: moment of a day, day of a moment, growing the calendar (through its
    own methods) whenever an array asks for a day or moment outside it. Reads WorkCalendar's window attributes,
    its neighbour in this package; moments already handed out never change when the window grows."""

    def __init__(self, calendar: WorkCalendar) -> None:
        self.calendar = calendar
        self._load()

    def _load(self) -> None:
        cal = self.calendar
        self.lo = cal._lo
        self.moments = np.array(cal._moment, dtype=_INT)  # days lo..hi (the last: the moment after the window)
        self.first = cal._first_moment
        self.days = np.array(cal._day, dtype=_INT)

    def moment(self, days: np.ndarray) -> np.ndarray:
        """The working moment at the start of each day."""
        self._cover(days, self.lo, len(self.moments), self.calendar.moment)
        return self.moments[days - self.lo]

    def day(self, moments: np.ndarray) -> np.ndarray:
        """The working day that starts at each working moment."""
        self._cover(moments, self.first, len(self.days), self.calendar.day)
        return self.days[moments - self.first]

    def _cover(self, values: np.ndarray, first: int, length: int, grow: Callable[[int], int]) -> None:
        """Grows the calendar (asking it for the lowest and highest value) when `values` reach outside the array
        of `length` starting at `first`, and reads the arrays again."""
        if values.size:
            low, high = int(values.min()), int(values.max())
            if low < first or high - first >= length:
                grow(low)
                grow(high)
                self._load()


def _runs(keys: np.ndarray) -> np.ndarray:
    """Where each run of equal keys starts in a sorted array."""
    if not keys.size:
        return np.zeros(0, dtype=_INT)
    return np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))


def _levels(
    count: int, pred: np.ndarray, succ: np.ndarray, max_levels: int | None
) -> tuple[list[np.ndarray], bool] | None:
    """The levels of the plan, each in the order the pure engine's Kahn sort visits its tasks, and whether every
    task was reached (False: a cycle); None when there are more than `max_levels` levels.

    Kahn's first-in-first-out order visits the levels one after another (a task is queued when its last
    predecessor is taken, and that one is in the level before), and within a level in the order the tasks were
    queued: by the place of their last-taken predecessor, then the place of the link in that predecessor's
    links. The links of a level, read predecessor by predecessor in order, come in exactly that order, so a level
    is its tasks sorted by the last of their links in that reading."""
    remaining = np.bincount(succ, minlength=count)
    frontier = np.flatnonzero(remaining == 0)
    levels = [frontier]
    by_pred = np.argsort(pred, kind="stable")
    out_succ = succ[by_pred]
    out_count = np.bincount(pred, minlength=count)
    out_first = np.zeros(count + 1, dtype=_INT)
    np.cumsum(out_count, out=out_first[1:])
    last = np.full(count, -1, dtype=_INT)
    reached = frontier.size
    while True:
        lengths = out_count[frontier]
        ends = np.cumsum(lengths)
        total = int(ends[-1]) if ends.size else 0
        if not total:
            break
        edges = np.arange(total, dtype=_INT) + np.repeat(out_first[frontier] - (ends - lengths), lengths)
        nxt = out_succ[edges]
        np.subtract.at(remaining, nxt, 1)
        hit = np.flatnonzero(remaining[nxt] == 0)
        if not hit.size:
            break
        queued = nxt[hit]
        np.maximum.at(last, queued, hit)
        frontier = queued[last[queued] == hit]  # each task once, at its last link
        levels.append(frontier)
        reached += frontier.size
        if max_levels is not None and len(levels) > max_levels:
            return None
    return levels, reached == count


def _compute(
    tasks: Sequence[TaskInput],
    dependencies: Sequence[DependencyInput],
    gates: Sequence[GateInput],
    calendar: WorkCalendar | None,
    status_day: int | None,
    max_levels: int | None,
) -> Schedule | None:
    count = len(tasks)
    if count == 0:
        return Schedule()
    cal = calendar if calendar is not None and not calendar.every_day else None
    plain = cal is None
    # The columns the levels need first (a deep plan stops there), each read with one pass at C speed.
    ids = tuple(map(itemgetter(0), tasks))
    index = dict(zip(ids, range(count), strict=True))
    if len(index) < count:  # the same id twice: whatever the pure engine makes of it
        return engine._compute(tasks, dependencies, gates, calendar, status_day)
    links = len(dependencies)
    get = index.__getitem__
    pred = np.fromiter(map(get, map(itemgetter(0), dependencies)), _INT, links)
    succ = np.fromiter(map(get, map(itemgetter(1), dependencies)), _INT, links)
    found = _levels(count, pred, succ, max_levels)
    if found is None:
        return None
    levels, complete = found
    if not complete:  # a cycle: the pure engine finds it and raises its CycleError
        return engine._compute(tasks, dependencies, gates, calendar, status_day)

    # Tasks renumbered by their place in the topological order: level n is places bounds[n]..bounds[n + 1] - 1.
    order = np.concatenate(levels)
    place = np.empty(count, dtype=_INT)
    place[order] = np.arange(count, dtype=_INT)
    bounds = np.zeros(len(levels) + 1, dtype=_INT)
    np.cumsum([level.size for level in levels], out=bounds[1:])

    def column(field: int, dtype: type) -> np.ndarray:
        """One field of every task (TaskInput's order), in input order."""
        return np.fromiter(map(itemgetter(field), tasks), dtype, count)

    def link_column(field: int, dtype: type) -> np.ndarray:
        """One field of every link (DependencyInput's order), in input order."""
        return np.fromiter(map(itemgetter(field), dependencies), dtype, links)

    planned = column(1, _INT)[order]
    duration = column(2, _INT)[order]
    fixed = column(3, bool)[order]
    needed = column(4, bool)[order]
    cancelled_orig = column(5, bool)
    cancelled = cancelled_orig[order]
    working = np.ones(count, dtype=bool) if plain else ~column(6, bool)[order]
    started = column(7, bool)[order]
    done = column(8, bool)[order]
    lag_all = link_column(2, _INT)
    code = np.fromiter(map(_LINK_CODE.__getitem__, map(itemgetter(3), dependencies)), np.int8, links)
    lag_elapsed = link_column(4, bool)
    timed = working & (duration != 0)  # passes on working moments (without a calendar, moments are days)
    untimed = ~timed

    window = None if cal is None else _Window(cal)

    def moment(days: np.ndarray) -> np.ndarray:
        return days if window is None else window.moment(days)

    def day(moments: np.ndarray) -> np.ndarray:
        return moments if window is None else window.day(moments)

    # Links for the passes: none from or to cancelled work (the levels above still counted them, as the pure
    # engine's cycle check does), in successor order and, within a successor, in input order (its `into_*`).
    keep = ~(cancelled_orig[pred] | cancelled_orig[succ])
    into = np.argsort(place[succ[keep]], kind="stable")
    s_succ = place[succ[keep]][into]
    s_pred = place[pred[keep]][into]
    s_lag = lag_all[keep][into]
    s_code = code[keep][into]
    s_pf = _PRED_FINISH[s_code]
    s_sf = _SUCC_FINISH[s_code]
    s_el = np.ones(s_succ.size, dtype=bool) if plain else lag_elapsed[keep][into]  # counts calendar days
    fast = np.ones(s_succ.size, dtype=bool) if plain else ~s_el & timed[s_pred] & timed[s_succ]
    s_general = ~(fast & timed[s_succ])  # the pure engine's into_link is not None
    s_slot = 2 * s_pred + s_pf
    s_off = np.where(s_sf, s_lag - duration[s_succ], s_lag)
    o_general_all = ~(fast & timed[s_pred])  # its out_link is not None

    # The passes' working moments, slotted as in the pure engine: early[2p] is the moment task p starts,
    # early[2p + 1] the moment it finishes; `late` the same for its latest dates.
    early = np.zeros(2 * count, dtype=_INT)
    es, ef = early[0::2], early[1::2]
    late = np.zeros(2 * count, dtype=_INT)
    ls, lf = late[0::2], late[1::2]
    # The days of untimed tasks (elapsed work, milestones, gates) in a calendar: their passes run on days.
    start_store = np.zeros(count, dtype=_INT)
    due_store = np.zeros(count, dtype=_INT)
    latest_start_store = np.zeros(count, dtype=_INT)
    latest_due_store = np.zeros(count, dtype=_INT)

    # Days as the pure engine keeps them (start, due, latest start, latest due), for tasks already placed.

    def start_day(p: np.ndarray) -> np.ndarray:
        if plain:
            return np.where(started[p] & timed[p], planned[p], es[p])
        return np.where(timed[p], np.where(started[p], planned[p], day(es[p])), start_store[p])

    def due_day(p: np.ndarray) -> np.ndarray:
        if plain:
            return ef[p] - 1
        return np.where(timed[p], day(ef[p] - 1), due_store[p])

    def latest_start_day(p: np.ndarray) -> np.ndarray:
        if plain:
            return ls[p]
        return np.where(timed[p], day(ls[p]), latest_start_store[p])

    def latest_due_day(p: np.ndarray) -> np.ndarray:
        if plain:
            return lf[p] - 1
        return np.where(timed[p], day(lf[p] - 1), latest_due_store[p])

    def start_allowed(rows: np.ndarray) -> np.ndarray:
        """engine._compute's start_allowed for these link rows (s_*): the earliest start day of the successor."""
        i, a, lag, pf, sf, el = s_succ[rows], s_pred[rows], s_lag[rows], s_pf[rows], s_sf[rows], s_el[rows]
        length = duration[i]
        tied = np.where(pf, due_day(a) + 1, start_day(a))
        if plain:
            return tied + lag - np.where(sf, length, 0)
        counted = ~el & (lag != 0)
        shifted = day(moment(tied) + np.where(counted, lag - 1, 0)) + 1
        tied = np.where(el, tied + lag, np.where(counted, shifted, tied))
        zero = length == 0
        works = working[i]
        at = moment(tied)
        on_or_after = day(at)
        both_moments = ~el & working[a]
        sized = sf & ~zero & works
        c = day(at - np.where(sized & both_moments, length, 0))
        d = day(
            moment(tied - 1) - np.where(sized & ~both_moments, length - 1, 0)
        )  # moment(on_or_after(x)) == moment(x)
        return np.where(
            ~sf | zero,
            np.where(works | zero, on_or_after, tied),
            np.where(~works, tied - length, np.where(both_moments, c, d)),
        )

    def latest_due_allowed(rows: np.ndarray) -> np.ndarray:
        """engine._compute's _latest_due_allowed for these link rows: the latest due day of the predecessor."""
        i, s, lag, pf, sf, el = s_pred[rows], s_succ[rows], s_lag[rows], s_pf[rows], s_sf[rows], s_el[rows]
        length = duration[i]
        tied = np.where(sf, latest_due_day(s) + 1, latest_start_day(s))
        if plain:
            tied = tied - lag
            return np.where(pf | (length == 0), tied - 1, tied + length - 1)
        counted = ~el & (lag != 0)
        shifted = day(moment(tied) - np.where(counted, lag, 0))
        tied = np.where(el, tied - lag, np.where(counted, shifted, tied))
        zero = length == 0
        works = working[i]
        at = moment(tied)
        sized = ~pf & ~zero & works
        both_moments = ~el & working[s] & (duration[s] != 0)
        before = day(at - 1)  # on_or_before(tied - 1)
        b = day(at + np.where(sized & both_moments, length - 1, 0))
        c = day(
            moment(tied + 1) - 1 + np.where(sized & ~both_moments, length - 1, 0)
        )  # moment(on_or_before(x)) == moment(x + 1) - 1
        return np.where(
            pf | zero,
            np.where(works & ~zero, before, tied - 1),
            np.where(works, np.where(both_moments, b, c), tied + length - 1),
        )

    # Forward. A task's start floor: its planned start (a day off counts as the next working day), or, open work
    # that has not started, the status day if later; its finish floor: the end of the status day for open work
    # that started. Each in the task's own terms (moments for timed tasks, days for the rest).
    planned_at = planned.copy()
    if not plain:
        planned_at[timed] = moment(planned[timed])
    start_floor = np.full(count, _FAR, dtype=_INT)
    finish_floor = np.full(count, _FAR, dtype=_INT)
    if status_day is not None:
        status_moment = status_day if cal is None else cal.moment(status_day)
        open_work = ~done & ~cancelled
        floor_of = np.where(timed, status_moment, status_day)
        late_start_floor = open_work & ~started & (timed | (duration != 0))
        start_floor[late_start_floor] = floor_of[late_start_floor]
        late_finish_floor = open_work & started
        finish_floor[late_finish_floor] = floor_of[late_finish_floor] + 1
    es[:] = np.maximum(planned_at, start_floor)

    # The links that move their successor (not fixed), by level, with each successor's run of them.
    push = np.flatnonzero(~fixed[s_succ])
    p_succ = s_succ[push]
    p_slot = s_slot[push]
    p_off = s_off[push]
    p_edges = np.searchsorted(p_succ, bounds).tolist()
    p_run = _runs(p_succ)
    p_run_succ = p_succ[p_run]
    p_run_level = np.searchsorted(bounds, p_run_succ, side="right") - 1
    p_run_local = p_run - np.asarray(p_edges, dtype=_INT)[p_run_level]
    p_runs = np.searchsorted(p_run_succ, bounds).tolist()
    p_gen = np.flatnonzero(s_general[push])
    p_gens = np.searchsorted(p_gen, p_edges).tolist()
    untimed_before = np.concatenate(([0], np.cumsum(untimed))).astype(_INT)[bounds].tolist()
    level_bounds = bounds.tolist()
    status_floors = status_day is not None
    for n in range(len(levels)):
        lo, hi = level_bounds[n], level_bounds[n + 1]
        elo, ehi = p_edges[n], p_edges[n + 1]
        if elo < ehi:
            allowed = early[p_slot[elo:ehi]] + p_off[elo:ehi]
            glo, ghi = p_gens[n], p_gens[n + 1]
            if glo < ghi:
                general = p_gen[glo:ghi]
                rows = push[general]
                found_day = start_allowed(rows)
                if not plain:
                    to_moment = np.flatnonzero(timed[s_succ[rows]])
                    found_day[to_moment] = moment(found_day[to_moment])
                allowed[general - elo] = found_day
            runs = slice(p_runs[n], p_runs[n + 1])
            moved = p_run_succ[runs]
            es[moved] = np.maximum(es[moved], np.maximum.reduceat(allowed, p_run_local[runs]))
        finish = es[lo:hi] + duration[lo:hi]
        if status_floors:
            np.maximum(finish, finish_floor[lo:hi], out=finish)
        ef[lo:hi] = finish
        if not plain and untimed_before[n] < untimed_before[n + 1]:
            days_off = np.flatnonzero(untimed[lo:hi]) + lo
            start_store[days_off] = es[days_off]
            due_store[days_off] = ef[days_off] - 1
            es[days_off] = moment(start_store[days_off])
            ef[days_off] = moment(due_store[days_off] + 1)

    every = np.arange(count, dtype=_INT)
    start = start_day(every)
    due = due_day(every)

    # Every link's allowed start again, for the conflicts, forecasts and driving links (in the successor's terms).
    allowed_all = early[s_slot] + s_off
    general_rows = np.flatnonzero(s_general)
    general_day = start_allowed(general_rows)
    general_allowed = general_day.copy()
    if not plain:
        to_moment = np.flatnonzero(timed[s_succ[general_rows]])
        general_allowed[to_moment] = moment(general_day[to_moment])
    allowed_all[general_rows] = general_allowed
    broken = np.flatnonzero(allowed_all > planned_at[s_succ])
    broken_succ = s_succ[broken]
    broken_days = allowed_all[broken] - planned_at[broken_succ]
    if not plain:
        in_moments = np.flatnonzero(timed[broken_succ])
        broken_days[in_moments] = day(allowed_all[broken][in_moments]) - day(planned_at[broken_succ][in_moments])
    after_launch = np.flatnonzero(needed & (due > 0) & ~cancelled)
    conflict_task = np.concatenate((broken_succ, after_launch))
    conflict_order = np.argsort(2 * conflict_task + (np.arange(conflict_task.size) >= broken.size), kind="stable")
    conflict_days = np.concatenate((broken_days, due[after_launch]))[conflict_order].tolist()
    conflict_pred = np.concatenate((s_pred[broken], np.full(after_launch.size, -1, dtype=_INT)))[conflict_order]
    conflict_task = conflict_task[conflict_order]

    if status_day is not None:
        earliest = planned_at.copy()
        if push.size:
            reached = np.maximum.reduceat(allowed_all[push], p_run)
            earliest[p_run_succ] = np.maximum(earliest[p_run_succ], reached)
        begin = es if plain else np.where(timed, es, start_store)
        forecast = (start_floor != _FAR) & (earliest < start_floor)
        forecast |= (finish_floor != _FAR) & (begin + duration < finish_floor)
    else:
        forecast = np.zeros(count, dtype=bool)

    # Deadlines, then the backward pass.
    end = int(due[~cancelled].max()) if cancelled.any() and not cancelled.all() else int(due.max())
    due_list = due.tolist()
    ids_placed = np.fromiter(ids, object, count)[order].tolist()  # ids may be tuples: one object each
    place_list = place.tolist()
    criterion_conflicts: list[Conflict] = []
    cancelled_list = cancelled_orig.tolist() if gates else []
    deadline = np.where(needed, 0, end)
    if gates:
        deadline_list = deadline.tolist()
        for gate in gates:
            for task_id in gate.criteria:
                i = index[task_id]
                if cancelled_list[i]:
                    continue
                p = place_list[i]
                late_days = due_list[p] - gate.day + 1
                if late_days > 0:
                    criterion_conflicts.append(Conflict(CONFLICT_CRITERION_LATE, task_id, late_days, gate_id=gate.id))
                deadline_list[p] = min(deadline_list[p], gate.day - 1)
        deadline = np.array(deadline_list, dtype=_INT)
    deadline[cancelled] = end
    lf[:] = deadline + 1
    if not plain:
        lf[timed] = moment(deadline[timed] + 1)

    by_pred = np.argsort(s_pred, kind="stable")
    o_pred = s_pred[by_pred]
    o_slot = 2 * s_succ[by_pred] + s_sf[by_pred]
    o_off = np.where(s_pf[by_pred], -s_lag[by_pred], duration[o_pred] - s_lag[by_pred])
    o_edges = np.searchsorted(o_pred, bounds).tolist()
    o_run = _runs(o_pred)
    o_run_pred = o_pred[o_run]
    o_run_level = np.searchsorted(bounds, o_run_pred, side="right") - 1
    o_run_local = o_run - np.asarray(o_edges, dtype=_INT)[o_run_level]
    o_runs = np.searchsorted(o_run_pred, bounds).tolist()
    o_gen = np.flatnonzero(o_general_all[by_pred])
    o_gens = np.searchsorted(o_gen, o_edges).tolist()
    for n in reversed(range(len(levels))):
        lo, hi = level_bounds[n], level_bounds[n + 1]
        elo, ehi = o_edges[n], o_edges[n + 1]
        if elo < ehi:
            allowed = late[o_slot[elo:ehi]] + o_off[elo:ehi]
            glo, ghi = o_gens[n], o_gens[n + 1]
            if glo < ghi:
                general = o_gen[glo:ghi]
                rows = by_pred[general]
                found_day = latest_due_allowed(rows) + 1
                if not plain:
                    to_moment = np.flatnonzero(timed[s_pred[rows]])
                    found_day[to_moment] = moment(found_day[to_moment])
                allowed[general - elo] = found_day
            runs = slice(o_runs[n], o_runs[n + 1])
            held = o_run_pred[runs]
            lf[held] = np.minimum(lf[held], np.minimum.reduceat(allowed, o_run_local[runs]))
        ls[lo:hi] = lf[lo:hi] - duration[lo:hi]
        if not plain and untimed_before[n] < untimed_before[n + 1]:
            days_off = np.flatnonzero(untimed[lo:hi]) + lo
            latest_due_store[days_off] = lf[days_off] - 1
            latest_start_store[days_off] = ls[days_off]
            ls[days_off] = moment(latest_start_store[days_off])
            lf[days_off] = moment(latest_due_store[days_off] + 1)

    latest_start = latest_start_day(every)
    latest_due = latest_due_day(every)
    slack = lf - ef if plain else np.where(timed, lf - ef, latest_due - due)

    # The results, as Python numbers, in topological order.
    slack_list = slack.tolist()
    forecast_list = forecast.tolist()
    computed = list(
        map(
            TaskSchedule,
            start.tolist(),
            due_list,
            latest_start.tolist(),
            latest_due.tolist(),
            slack_list,
            repeat(False),
            forecast_list,
        )
    )
    schedule = Schedule()
    schedule.tasks = dict(zip(ids_placed, computed, strict=True))
    schedule.conflicts = [
        Conflict(CONFLICT_DEPENDENCY, ids_placed[task], days, ids_placed[other])
        if other >= 0
        else Conflict(CONFLICT_AFTER_LAUNCH, ids_placed[task], days)
        for task, days, other in zip(conflict_task.tolist(), conflict_days, conflict_pred.tolist(), strict=True)
    ]
    schedule.conflicts += criterion_conflicts
    schedule.end = end

    # The driving links, as the pure engine's `driving` tests them: a fast link holds its successor's start
    # moment, a general one its start day; fixed and forecast work has none.
    drives = ~s_general & (allowed_all == es[s_succ])
    drives[general_rows] = general_day == start[s_succ[general_rows]]
    drives &= ~(fixed | forecast)[s_succ]
    into_first = np.concatenate(([0], np.cumsum(np.bincount(s_succ, minlength=count)))).tolist()
    order_list = order.tolist()

    def key(p: int) -> tuple[int, int, int]:
        return (slack_list[p], -due_list[p], order_list[p])

    def chain(ends: list[int]) -> list[int]:
        """engine._chain_to on places: the end with the least slack (then the latest due, then the lowest index),
        back through the driving predecessor with the least slack at each step."""
        if not ends:
            return []
        path = [min(ends, key=key)]
        while True:
            k0, k1 = into_first[path[-1]], into_first[path[-1] + 1]
            drivers = s_pred[k0:k1][drives[k0:k1]].tolist()
            if not drivers:
                return path[::-1]
            path.append(min(drivers, key=key))

    path = chain(np.flatnonzero(needed & ~cancelled).tolist())
    for p in path:
        computed[p].critical = True
    schedule.critical_path = [ids_placed[p] for p in path]
    schedule.gate_paths = {
        gate.id: [
            ids_placed[p]
            for p in chain(
                [place_list[index[task_id]] for task_id in gate.criteria if not cancelled_list[index[task_id]]]
            )
        ]
        for gate in gates
    }
    return schedule

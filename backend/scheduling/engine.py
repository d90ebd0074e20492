"""The pure schedule engine: plain data in, plain data out; no Django.

Days are integers counted from launch day (T-0 is day 0, T-14 is day -14). A task occupies the days
start..due inclusive, so it starts at the beginning of its start day and finishes at the end of its due day.
A dependency links one end of its predecessor to one end of its successor, plus a lag in days (negative: a
lead): finish-to-start (the successor starts after the predecessor finishes), start-to-start,
finish-to-finish and start-to-finish. With lag 0, finish-to-start lets the successor start the day after.

Deadlines (the day boundary): work needed for launch must be done by the end of T-0's day (due <= 0: a task
due on launch day is in time); a gate's criterion by the end of the day before the gate; anything else by the
end of the plan. Slack is measured to the deadline each task actually has, through its successors.
"""

import functools
import gc
import operator
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from types import ModuleType
from typing import Any, NamedTuple

from scheduling.calendar import WorkCalendar

# Inputs and conflicts are NamedTuples: immutable like frozen dataclasses, but several times cheaper to build,
# which matters when a 5,000-task launch is turned into engine input on every timeline read.


class TaskInput(NamedTuple):
    """A task as planned: its start day, its length, whether it is pinned to a calendar date."""

    id: int
    start: int
    duration: int
    fixed: bool = False
    needed_for_launch: bool = False
    cancelled: bool = False  # constrains nobody: its links count as gone
    elapsed: bool = False  # its duration counts calendar days, not working days
    started: bool = False  # work began (its start is its actual start, so it is fixed)
    done: bool = False  # finished: its days are history, no forecast touches them


FINISH_TO_START = "finish_to_start"
START_TO_START = "start_to_start"
FINISH_TO_FINISH = "finish_to_finish"
START_TO_FINISH = "start_to_finish"
LINK_TYPES = (FINISH_TO_START, START_TO_START, FINISH_TO_FINISH, START_TO_FINISH)
# Which end of the predecessor (True: its finish) and of the successor the link ties.
_ENDS = {
    FINISH_TO_START: (True, False),
    START_TO_START: (False, False),
    FINISH_TO_FINISH: (True, True),
    START_TO_FINISH: (False, True),
}


class DependencyInput(NamedTuple):
    predecessor: int
    successor: int
    lag: int = 0
    type: str = FINISH_TO_START
    elapsed: bool = False  # the lag counts calendar days, not working days


class GateInput(NamedTuple):
    """A gate on its day, with the tasks that must be done by then."""

    id: int
    day: int
    criteria: tuple[int, ...] = ()


class Conflict(NamedTuple):
    """A rule of the plan that does not hold, where, and by how many days."""

    kind: str
    task_id: int
    days: int
    predecessor_id: int | None = None
    gate_id: int | None = None


@dataclass(slots=True)
class TaskSchedule:
    """The computed dates of one task: earliest start/due given its anchor and dependencies, and its slack."""

    start: int
    due: int
    latest_start: int
    latest_due: int
    slack: int
    critical: bool
    # Forecast from the status day: open work that should have started (or finished) by then starts (or
    # finishes) no earlier than it.
    forecast: bool = False


@dataclass(slots=True)
class Schedule:
    tasks: dict[int, TaskSchedule] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    # The chain of work that drives launch: it ends at the task needed for launch with the least slack to T-0.
    # A task is critical when it is on it (the timeline's flags and readiness's path are the same list).
    critical_path: list[int] = field(default_factory=list)
    # The same for each gate's day: the chain ending at its criterion with the least slack.
    gate_paths: dict[int, list[int]] = field(default_factory=dict)
    end: int = 0
    # Zero-length nodes (milestones, gates) when the caller keeps them apart from its tasks.
    moments: dict[Any, TaskSchedule] = field(default_factory=dict)


class CycleError(ValueError):
    """The dependencies form a cycle; `cycle` lists its task ids in order, the first repeated at the end."""

    def __init__(self, cycle: list[int]) -> None:
        super().__init__(f"dependency cycle: {' -> '.join(map(str, cycle))}")
        self.cycle = cycle


CONFLICT_DEPENDENCY = "dependency"
CONFLICT_AFTER_LAUNCH = "after_launch"
CONFLICT_CRITERION_LATE = "criterion_late"


def _find_cycle(nodes: Iterable[int], successors: Sequence[Sequence[int]]) -> list[int]:
    """A cycle among nodes that a topological sort could not order (iterative DFS, linear time)."""
    remaining = set(nodes)
    state: dict[int, int] = {}  # 1 = on the current path, 2 = finished
    for root in sorted(remaining):
        if root in state:
            continue
        path: list[int] = [root]
        iters = [iter(successors[root])]
        state[root] = 1
        while iters:
            for nxt in iters[-1]:
                if nxt not in remaining:
                    continue
                if state.get(nxt) == 1:
                    return [*path[path.index(nxt) :], nxt]
                if nxt not in state:
                    state[nxt] = 1
                    path.append(nxt)
                    iters.append(iter(successors[nxt]))
                    break
            else:
                state[path.pop()] = 2
                iters.pop()
    raise AssertionError("no cycle among the unordered nodes")  # unreachable when called after Kahn


def _topological_order(indegree: list[int], slots: Sequence[int], first: Sequence[int]) -> list[int]:
    """Kahn's algorithm over task indexes, first in first out; the result is shorter than the input when there is
    a cycle. Task i's outgoing links are slots[first[i]:first[i + 1]], each `2 * successor + end` (the grouped
    edges of compute_schedule)."""
    order = list(compress(range(len(indegree)), map(operator.not_, indegree)))
    for i in order:  # the list grows while it is read: each task is appended once, when its last link is counted
        for slot in slots[first[i] : first[i + 1]]:
            nxt = slot >> 1
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                order.append(nxt)
    return order


def _group_starts(keys: Sequence[int], count: int) -> list[int]:
    """Where each task's group starts when items are grouped by task index (a counting sort's offsets): group i
    is [starts[i], starts[i + 1])."""
    tally = Counter(keys)
    return list(accumulate(map(tally.get, range(count), repeat(0)), initial=0))


def _without_cancelled(
    slots: list[int], offsets: list[int], links: list[Any], first: list[int], cancelled: Sequence[bool]
) -> tuple[list[int], list[int], list[Any], list[int]]:
    """Grouped edges with every link from or to a cancelled task left out, and their new group starts."""
    keep = [False] * len(slots)
    starts = [0]
    kept = 0
    for i, gone in enumerate(cancelled):
        if not gone:
            for k in range(first[i], first[i + 1]):
                if not cancelled[slots[k] >> 1]:
                    keep[k] = True
                    kept += 1
        starts.append(kept)
    return list(compress(slots, keep)), list(compress(offsets, keep)), list(compress(links, keep)), starts


def find_path(start: int, goal: int, dependencies: Iterable[DependencyInput]) -> list[int] | None:
    """The task ids of a dependency path from start to goal (breadth-first, linear time), or None."""
    successors: dict[int, list[int]] = {}
    for dep in dependencies:
        successors.setdefault(dep.predecessor, []).append(dep.successor)
    parents: dict[int, int | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = [node]
            while (parent := parents[path[-1]]) is not None:
                path.append(parent)
            return path[::-1]
        for nxt in successors.get(node, ()):
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return None


def cycle_if_added(new: DependencyInput, existing: Iterable[DependencyInput]) -> list[int] | None:
    """The cycle that adding `new` would close, in order (predecessor first and last), or None."""
    if new.predecessor == new.successor:
        return [new.predecessor, new.predecessor]
    path = find_path(new.successor, new.predecessor, existing)
    return None if path is None else [new.predecessor, *path]


def compute_schedule(
    tasks: Sequence[TaskInput],
    dependencies: Sequence[DependencyInput],
    gates: Sequence[GateInput] = (),
    *,
    calendar: WorkCalendar | None = None,
    status_day: int | None = None,
) -> Schedule:
    """Forward and backward pass: computed dates, slack, critical paths and conflicts.

    Anchored tasks start on their planned day or as soon as their predecessors allow, whichever is later;
    fixed tasks never move; cancelled tasks constrain nobody. A task needed for launch must be due by the end of
    T-0's day, a gate's criterion by the day before the gate. Slack is how many days a task can slip before it
    misses its own deadline or makes a successor miss one (T-0 for work needed for launch, the gate for its
    criteria, the end of the plan for the rest); negative slack means late. The critical path is the chain
    that drives T-0 (post-launch work never is), and each gate has its own. Linear in tasks plus dependencies;
    works on list indexes rather than ids for speed.

    `calendar` says which days are worked (default: every day). Work counting working days starts, runs and
    ends on working days only, and its lags count working days unless they are elapsed; elapsed work counts
    calendar days. With a `status_day` (today), open work forecasts from it: what has not started starts no
    earlier than today, what has started finishes no earlier than today, and that pushes its successors.
    """
    with _collector_paused():
        if ENGINE != "pure" and (ENGINE == "vector" or len(tasks) >= VECTOR_MIN_TASKS):
            vector = _vector_engine()
            if vector is not None:
                width = 0 if ENGINE == "vector" else VECTOR_MIN_WIDTH
                schedule = vector.compute_if_wide(tasks, dependencies, gates, calendar, status_day, min_width=width)
                if schedule is not None:
                    return schedule
        return _compute(tasks, dependencies, gates, calendar, status_day)


# Which engine compute_schedule runs: "auto" picks the numpy one (engine_vector, the same Schedule) for plans of at
# least VECTOR_MIN_TASKS tasks with at least VECTOR_MIN_WIDTH tasks per topological level on average, where it is
# faster and flat per task, and this pure one otherwise (docs/decisions/vector-engine.md); "pure" and "vector"
# force one (tests).
ENGINE = "auto"
VECTOR_MIN_TASKS = 1_000
VECTOR_MIN_WIDTH = 30


@functools.cache
def _vector_engine() -> ModuleType | None:
    """The numpy engine, or None where numpy does not import (the pure engine does everything then)."""
    try:
        from scheduling import engine_vector
    except ImportError:
        return None
    return engine_vector


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while the engine runs: it makes hundreds of thousands of objects
    and no reference cycle (its memory goes when its lists do), and every collection meanwhile walks them all, and
    the rest of the process's heap too. At 50,000 tasks that was half the engine's time (8 µs per task without it,
    16 with it; flat from 5,000 to 50,000 tasks without). Process-wide for the call: another thread's cycles wait
    until it ends (a fraction of a second), and a collector already off (another call, or the caller) stays so."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _compute(
    tasks: Sequence[TaskInput],
    dependencies: Sequence[DependencyInput],
    gates: Sequence[GateInput],
    calendar: WorkCalendar | None,
    status_day: int | None,
) -> Schedule:
    schedule = Schedule()
    count = len(tasks)
    if count == 0:
        return schedule
    cal = calendar if calendar is not None and not calendar.every_day else None
    plain = cal is None  # every day works: moments are days, and no conversion is needed
    # The inputs as columns, in one pass at C speed (TaskInput's fields, in order).
    ids, planned, duration, fixed, needed, cancelled, elapsed_work, started, done = zip(*tasks, strict=True)
    index = dict(zip(ids, range(count), strict=True))
    # Which tasks count working days (without a calendar, every day works: all of them, in plain days), and
    # which of those take time: their passes run on working moments, the rest (elapsed work, milestones and
    # gates) on days.
    working = [True] * count if plain else [not elapsed for elapsed in elapsed_work]
    timed = [bool(length) for length in duration] if plain else list(map(_timed, working, duration))
    # Edges, stored twice, each grouped by task (a counting sort, so links keep their input order within a group):
    # `into_*` by successor for the forward pass, `out_*` by predecessor for the backward pass and the topological
    # sort; task i's group is positions into_first[i] to into_first[i + 1] - 1. Flat lists of numbers rather than
    # two lists per task and a tuple per link: those are objects the garbage collector tracks, and at 50,000 tasks
    # they made one schedule run twice as many collections, each walking them again. The passes keep each task's
    # two ends in one list of working moments: slot 2 * i is task i's start, 2 * i + 1 its finish. An edge is its
    # slot (the other task's tied end), an offset and a link. A fast edge (link None) joins two working moments by
    # a working lag, so the tied moment is the other end's slot plus the constant offset. Any other edge carries
    # its link (other task, lag, the predecessor's finish?, the successor's finish?, an elapsed lag?) for the
    # general case in days; its slot still names the other task (slot >> 1).
    links = len(dependencies)
    into_slot, into_offset, into_link = [0] * links, [0] * links, [None] * links
    out_slot, out_offset, out_link = [0] * links, [0] * links, [None] * links
    if dependencies:
        pred_ids, succ_ids, lags, types, lag_elapsed = zip(*dependencies, strict=True)
        get = index.__getitem__
        pred_index = list(map(get, pred_ids))
        succ_index = list(map(get, succ_ids))
        into_first = _group_starts(succ_index, count)
        out_first = _group_starts(pred_index, count)
        into_next = into_first[:-1]  # where each group's next edge goes
        out_next = out_first[:-1]
        for a, b, lag, kind, elapsed in zip(pred_index, succ_index, lags, types, lag_elapsed, strict=True):
            pred_finish, succ_finish = _ENDS[kind]
            fast = plain or (not elapsed and timed[a] and timed[b])
            elapsed = plain or elapsed
            at = into_next[b]
            into_next[b] = at + 1
            into_slot[at] = a + a + pred_finish
            into_offset[at] = lag - duration[b] if succ_finish else lag
            if not (fast and timed[b]):
                into_link[at] = (a, lag, pred_finish, succ_finish, elapsed)
            at = out_next[a]
            out_next[a] = at + 1
            out_slot[at] = b + b + succ_finish
            out_offset[at] = -lag if pred_finish else duration[a] - lag
            if not (fast and timed[a]):
                out_link[at] = (b, lag, pred_finish, succ_finish, elapsed)
        indegree = list(map(operator.sub, into_first[1:], into_first[:-1]))
    else:
        into_first = out_first = [0] * (count + 1)
        indegree = [0] * count
    order = _topological_order(indegree, out_slot, out_first)
    if len(order) < count:
        ordered = set(order)
        nexts = [[slot >> 1 for slot in out_slot[out_first[i] : out_first[i + 1]]] for i in range(count)]
        cycle = _find_cycle((i for i in range(count) if i not in ordered), nexts)
        raise CycleError([ids[i] for i in cycle])
    # A cancelled task's links are gone for scheduling (the cycle check above still saw them: they are stored).
    any_cancelled = any(cancelled)
    if any_cancelled:
        into_slot, into_offset, into_link, into_first = _without_cancelled(
            into_slot, into_offset, into_link, into_first, cancelled
        )
        out_slot, out_offset, out_link, out_first = _without_cancelled(
            out_slot, out_offset, out_link, out_first, cancelled
        )
    if plain:
        moment = day = on_or_after = on_or_before = _same
    else:
        moment, day, on_or_after = cal.moment, cal.day, cal.on_or_after  # type: ignore[union-attr]
        on_or_before = cal.on_or_before  # type: ignore[union-attr]

    def start_allowed(i: int, pred: int, lag: int, pred_finish: bool, succ_finish: bool, elapsed: bool) -> int:
        """The earliest start day of task i that its link from `pred` allows (the general case, in days)."""
        tied = due[pred] + 1 if pred_finish else start[pred]  # the start of this day is the tied moment
        if elapsed:
            tied += lag
        elif lag:
            tied = day(moment(tied) + lag - 1) + 1  # the earliest day-start at that working moment
        if not succ_finish or duration[i] == 0:
            return on_or_after(tied) if working[i] or (cal is not None and duration[i] == 0) else tied
        if not working[i]:
            return tied - duration[i]
        if not elapsed and working[pred]:  # both ends are working moments: the end of Friday is Monday's start
            return day(moment(tied) - duration[i])
        return day(moment(on_or_after(tied - 1)) - duration[i] + 1)

    def _latest_due_allowed(i: int, succ: int, lag: int, pred_finish: bool, succ_finish: bool, elapsed: bool) -> int:
        """The latest due day of task i that its link to `succ` allows (the general case, in days)."""
        length = duration[i]
        works = working[i] and cal is not None
        tied = latest_due[succ] + 1 if succ_finish else latest_start[succ]
        if elapsed:
            tied -= lag
        elif lag:
            tied = day(moment(tied) - lag)  # the latest day-start at that working moment
        if pred_finish or length == 0:
            allowed = tied - 1
            return on_or_before(allowed) if works and length else allowed
        if works and not elapsed and working[succ] and duration[succ]:  # both ends are working moments
            return day(moment(tied) + length - 1)
        if works:
            return day(moment(on_or_before(tied)) + length - 1)
        return tied + length - 1

    # Days, and the same as working moments in `early`: early[2 * i] is the moment task i starts, early[2 * i + 1]
    # the moment it finishes (the end of its due day). Without a calendar, moments are days.
    start = [0] * count
    due = [0] * count
    early = [0] * (2 * count)
    conflicts: list[Conflict] = []
    add_conflict = conflicts.append
    forecast = [False] * count
    status_moment = None if status_day is None else moment(status_day)
    planned_moment = planned if plain else list(map(moment, planned))  # a day off counts as the next working day's
    for i in order:
        length = duration[i]
        open_work = status_day is not None and not done[i] and not cancelled[i]
        if timed[i]:
            begin = earliest = planned_at = planned_moment[i]
            for k in range(into_first[i], into_first[i + 1]):
                link = into_link[k]
                allowed = early[into_slot[k]] + into_offset[k] if link is None else moment(start_allowed(i, *link))
                if allowed > planned_at:  # the planned start breaks this link (and `earliest` is never below it)
                    if allowed > earliest:
                        earliest = allowed
                    days = allowed - planned_at if plain else day(allowed) - day(planned_at)
                    add_conflict(Conflict(CONFLICT_DEPENDENCY, ids[i], days, ids[into_slot[k] >> 1]))
            if not fixed[i]:
                begin = earliest
            if open_work and not started[i] and begin < status_moment:  # type: ignore[operator]
                begin = status_moment  # should have started: it starts today at the earliest
                forecast[i] = True
            early[i + i] = begin
            # An actual start is history, whatever the day.
            start[i] = planned[i] if started[i] else begin if plain else day(begin)
            finish = begin + length
            if open_work and started[i] and finish <= status_moment:  # type: ignore[operator]
                finish = status_moment + 1  # should have finished: it finishes today at the earliest
                forecast[i] = True
            early[i + i + 1] = finish
            due[i] = finish - 1 if plain else day(finish - 1)
        else:  # elapsed work, or a milestone or gate (zero length, at the start of its day)
            begin = earliest = planned_at = planned[i]
            for link in into_link[into_first[i] : into_first[i + 1]]:
                allowed = start_allowed(i, *link)  # type: ignore[misc]
                if allowed > planned_at:
                    if allowed > earliest:
                        earliest = allowed
                    add_conflict(Conflict(CONFLICT_DEPENDENCY, ids[i], allowed - planned_at, ids[link[0]]))  # type: ignore[index]
            if not fixed[i]:
                begin = earliest
            if open_work and not started[i] and length and begin < status_day:  # type: ignore[operator]
                begin = status_day  # type: ignore[assignment]
                forecast[i] = True
            start[i] = begin
            last = begin + length - 1
            if open_work and started[i] and last < status_day:  # type: ignore[operator]
                last = status_day  # type: ignore[assignment]
                forecast[i] = True
            due[i] = last
            early[i + i] = begin if plain else moment(begin)
            early[i + i + 1] = last + 1 if plain else moment(last + 1)
        if needed[i] and due[i] > 0 and not cancelled[i]:
            add_conflict(Conflict(CONFLICT_AFTER_LAUNCH, ids[i], due[i]))

    end = max((due[i] for i in range(count) if not cancelled[i]), default=max(due)) if any_cancelled else max(due)
    deadline = [0 if need else end for need in needed]
    for gate in gates:
        for task_id in gate.criteria:
            i = index[task_id]
            if cancelled[i]:
                continue
            late = due[i] - gate.day + 1
            if late > 0:
                add_conflict(Conflict(CONFLICT_CRITERION_LATE, task_id, late, gate_id=gate.id))
            deadline[i] = min(deadline[i], gate.day - 1)
    if any_cancelled:
        deadline = [end if cancelled[i] else limit for i, limit in enumerate(deadline)]
    # Finish by the end of the deadline day (or the last working day before), as a working moment: a plan has
    # few distinct deadlines, so each is turned into a moment once.
    deadline_moment = {limit: moment(limit + 1) for limit in set(deadline)}

    latest_due = [0] * count
    latest_start = [0] * count
    late_moment = [0] * (2 * count)  # the latest start and finish, as working moments, slotted like `early`
    for i in reversed(order):
        length = duration[i]
        if timed[i]:
            limit = deadline_moment[deadline[i]]
            for k in range(out_first[i], out_first[i + 1]):
                link = out_link[k]
                allowed = (
                    late_moment[out_slot[k]] + out_offset[k]
                    if link is None
                    else moment(_latest_due_allowed(i, *link) + 1)  # type: ignore[misc]
                )
                if allowed < limit:
                    limit = allowed
            late_moment[i + i + 1] = limit
            late_moment[i + i] = limit - length
            if plain:
                latest_due[i] = limit - 1
                latest_start[i] = limit - length
            else:
                latest_due[i] = day(limit - 1)
                latest_start[i] = day(limit - length)
        else:
            limit = deadline[i]
            for link in out_link[out_first[i] : out_first[i + 1]]:
                allowed = _latest_due_allowed(i, *link)  # type: ignore[misc]
                if allowed < limit:
                    limit = allowed
            latest_due[i] = limit
            latest_start[i] = first = limit - length + 1
            late_moment[i + i] = first if plain else moment(first)
            late_moment[i + i + 1] = limit + 1 if plain else moment(limit + 1)

    if plain:  # moments are days: the finish moments' distance is the due days' distance for every task
        slack = list(map(operator.sub, late_moment[1::2], early[1::2]))
    else:
        slack = [
            late - early_finish if works else late_day - due_day
            for late, early_finish, works, late_day, due_day in zip(
                late_moment[1::2], early[1::2], timed, latest_due, due, strict=True
            )
        ]
    computed = list(map(TaskSchedule, start, due, latest_start, latest_due, slack, repeat(False), forecast))
    schedule.tasks = {ids[i]: computed[i] for i in order}
    driving_of: dict[int, list[int]] = {}

    def driving(i: int) -> list[int]:
        """The predecessors that hold task i where it is (none for fixed or forecast work), computed once."""
        found = driving_of.get(i)
        if found is None:
            found = driving_of[i] = []
            if not (fixed[i] or forecast[i]):
                for k in range(into_first[i], into_first[i + 1]):
                    link = into_link[k]
                    if link is None:
                        if early[into_slot[k]] + into_offset[k] == early[i + i]:
                            found.append(into_slot[k] >> 1)
                    elif start_allowed(i, *link) == start[i]:
                        found.append(link[0])
        return found

    path = _chain_to([i for i in compress(range(count), needed) if not cancelled[i]], slack, due, driving)
    for i in path:
        computed[i].critical = True
    schedule.conflicts = conflicts
    schedule.end = end
    schedule.critical_path = [ids[i] for i in path]
    schedule.gate_paths = {
        gate.id: [
            ids[i]
            for i in _chain_to(
                [index[task_id] for task_id in gate.criteria if not cancelled[index[task_id]]], slack, due, driving
            )
        ]
        for gate in gates
    }
    return schedule


def _same(day: int) -> int:
    return day


def _timed(works: bool, length: int) -> bool:
    """Whether a task's passes run on working moments: it counts working days and takes time."""
    return bool(works and length)


def _chain_to(ends: list[int], slack: list[int], due: list[int], driving: Callable[[int], list[int]]) -> list[int]:
    """The chain of work that drives a deadline: from the end task with the least slack (then the latest due,
    then the lowest index), back through the driving predecessor with the least slack at each step."""
    if not ends:
        return []
    path = [min(ends, key=lambda i: (slack[i], -due[i], i))]
    while drivers := driving(path[-1]):
        path.append(min(drivers, key=lambda i: (slack[i], -due[i], i)))
    return path[::-1]


def shift_conflicts(before: Sequence[Conflict], after: Sequence[Conflict]) -> tuple[list[Conflict], list[Conflict]]:
    """(new, resolved) conflicts between two runs, matched by kind and place, not by days."""

    def key(conflict: Conflict) -> tuple[str, int, int | None, int | None]:
        return (conflict.kind, conflict.task_id, conflict.predecessor_id, conflict.gate_id)

    before_keys = {key(c) for c in before}
    after_keys = {key(c) for c in after}
    return [c for c in after if key(c) not in before_keys], [c for c in before if key(c) not in after_keys]

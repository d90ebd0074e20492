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

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
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


def _find_cycle(nodes: Iterable[int], successors: Sequence[Sequence[tuple]]) -> list[int]:
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
            for nxt, *_link in iters[-1]:
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


def _topological_order(indegree: list[int], successors: Sequence[Sequence[tuple]]) -> list[int]:
    """Kahn's algorithm over task indexes; the result is shorter than the input when there is a cycle."""
    order = [i for i, degree in enumerate(indegree) if degree == 0]
    position = 0
    while position < len(order):
        for nxt, *_link in successors[order[position]]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                order.append(nxt)
        position += 1
    return order


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
    schedule = Schedule()
    count = len(tasks)
    if count == 0:
        return schedule
    cal = calendar if calendar is not None and not calendar.every_day else None
    ids = [task.id for task in tasks]
    index = {task_id: i for i, task_id in enumerate(ids)}
    duration = [task.duration for task in tasks]
    # Which tasks count working days (without a calendar, every day works: all of them, in plain days).
    working = [cal is None or not task.elapsed for task in tasks]
    # Edges as (other task, lag, the predecessor's finish?, the successor's finish?, an elapsed lag?, fast?):
    # a fast edge joins two working tasks by a working lag, so the link is plain arithmetic on working moments.
    successors: list[list[tuple[int, int, bool, bool, bool, bool]]] = [[] for _ in range(count)]
    predecessors: list[list[tuple[int, int, bool, bool, bool, bool]]] = [[] for _ in range(count)]
    indegree = [0] * count
    cancelled = [task.cancelled for task in tasks]
    for dep in dependencies:
        a, b = index[dep.predecessor], index[dep.successor]
        pred_finish, succ_finish = _ENDS[dep.type]
        elapsed = cal is None or dep.elapsed
        fast = cal is None or (not dep.elapsed and working[a] and working[b] and duration[a] and duration[b])
        successors[a].append((b, dep.lag, pred_finish, succ_finish, elapsed, bool(fast)))
        predecessors[b].append((a, dep.lag, pred_finish, succ_finish, elapsed, bool(fast)))
        indegree[b] += 1
    order = _topological_order(indegree, successors)
    if len(order) < count:
        ordered = set(order)
        cycle = _find_cycle((i for i in range(count) if i not in ordered), successors)
        raise CycleError([ids[i] for i in cycle])
    # A cancelled task's links are gone for scheduling (the cycle check above still saw them: they are stored).
    if any(cancelled):
        successors = [
            [] if cancelled[i] else [edge for edge in out if not cancelled[edge[0]]] for i, out in enumerate(successors)
        ]
        predecessors = [
            [] if cancelled[i] else [edge for edge in into if not cancelled[edge[0]]]
            for i, into in enumerate(predecessors)
        ]
    if cal is None:
        moment = day = on_or_after = on_or_before = _same
    else:
        moment, day, on_or_after, on_or_before = cal.moment, cal.day, cal.on_or_after, cal.on_or_before

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

    # Days, and the same as working moments: ms is the moment a task starts, mf the moment it finishes (the end
    # of its due day). For working tasks the passes run on moments; the rest (elapsed work, milestones and
    # gates) on days. Without a calendar, moments are days.
    start = [0] * count
    due = [0] * count
    ms = [0] * count
    mf = [0] * count
    conflicts: list[Conflict] = []
    forecast = [False] * count
    status_moment = None if status_day is None else moment(status_day)
    for i in order:
        task = tasks[i]
        length = duration[i]
        open_work = status_day is not None and not task.done and not cancelled[i]
        if working[i] and length:
            planned = moment(task.start)  # a day off counts as the next working day's start
            begin = earliest = planned
            for pred, lag, pred_finish, succ_finish, elapsed, fast in predecessors[i]:
                if fast:
                    allowed = (mf[pred] if pred_finish else ms[pred]) + lag - (length if succ_finish else 0)
                else:
                    allowed = moment(start_allowed(i, pred, lag, pred_finish, succ_finish, elapsed))
                if allowed > earliest:
                    earliest = allowed
                if allowed > planned:
                    days = day(allowed) - day(planned)
                    conflicts.append(Conflict(CONFLICT_DEPENDENCY, ids[i], days, ids[pred]))
            if not task.fixed:
                begin = earliest
            if open_work and not task.started and begin < status_moment:  # type: ignore[operator]
                begin = status_moment  # should have started: it starts today at the earliest
                forecast[i] = True
            ms[i] = begin
            start[i] = task.start if task.started else day(begin)  # an actual start is history, whatever the day
            finish = begin + length
            if open_work and task.started and finish <= status_moment:  # type: ignore[operator]
                finish = status_moment + 1  # should have finished: it finishes today at the earliest
                forecast[i] = True
            mf[i] = finish
            due[i] = day(finish - 1)
        else:  # elapsed work, or a milestone or gate (zero length, at the start of its day)
            begin = task.start
            earliest = begin
            for pred, lag, pred_finish, succ_finish, elapsed, _fast in predecessors[i]:
                allowed = start_allowed(i, pred, lag, pred_finish, succ_finish, elapsed)
                if allowed > earliest:
                    earliest = allowed
                if allowed > begin:
                    conflicts.append(Conflict(CONFLICT_DEPENDENCY, ids[i], allowed - begin, ids[pred]))
            if not task.fixed:
                begin = earliest
            if open_work and not task.started and length and begin < status_day:  # type: ignore[operator]
                begin = status_day  # type: ignore[assignment]
                forecast[i] = True
            start[i] = begin
            due[i] = begin + length - 1
            if open_work and task.started and due[i] < status_day:  # type: ignore[operator]
                due[i] = status_day  # type: ignore[assignment]
                forecast[i] = True
            ms[i] = moment(start[i])
            mf[i] = moment(due[i] + 1)
        if due[i] > 0 and task.needed_for_launch and not cancelled[i]:
            conflicts.append(Conflict(CONFLICT_AFTER_LAUNCH, ids[i], due[i]))

    end = max((due[i] for i in range(count) if not cancelled[i]), default=max(due))
    deadline = [0 if task.needed_for_launch else end for task in tasks]
    for gate in gates:
        for task_id in gate.criteria:
            i = index[task_id]
            if cancelled[i]:
                continue
            late = due[i] - gate.day + 1
            if late > 0:
                conflicts.append(Conflict(CONFLICT_CRITERION_LATE, task_id, late, gate_id=gate.id))
            deadline[i] = min(deadline[i], gate.day - 1)

    latest_due = [0] * count
    latest_start = [0] * count
    ls = [0] * count  # the latest start and finish, as working moments
    lf = [0] * count
    for i in reversed(order):
        limit_day = end if cancelled[i] else deadline[i]
        length = duration[i]
        works = working[i]
        if works and length:
            limit = moment(limit_day + 1)  # finish by the end of the deadline day (or the last working day before)
            for succ, lag, pred_finish, succ_finish, elapsed, fast in successors[i]:
                if fast:
                    tied = (lf[succ] if succ_finish else ls[succ]) - lag
                    allowed = tied if pred_finish else tied + length
                else:
                    allowed = moment(_latest_due_allowed(i, succ, lag, pred_finish, succ_finish, elapsed) + 1)
                if allowed < limit:
                    limit = allowed
            lf[i] = limit
            ls[i] = limit - length
            latest_due[i] = day(limit - 1)
            latest_start[i] = day(limit - length)
        else:
            limit = limit_day
            for succ, lag, pred_finish, succ_finish, elapsed, _fast in successors[i]:
                allowed = _latest_due_allowed(i, succ, lag, pred_finish, succ_finish, elapsed)
                if allowed < limit:
                    limit = allowed
            latest_due[i] = limit
            latest_start[i] = limit - length + 1
            ls[i] = moment(latest_start[i])
            lf[i] = moment(limit + 1)

    slack = [lf[i] - mf[i] if working[i] and duration[i] else latest_due[i] - due[i] for i in range(count)]
    driving: list[list[int]] = [[] for _ in tasks]
    for i in order:
        if tasks[i].fixed or forecast[i]:
            continue
        fast_task = working[i] and duration[i]
        for pred, lag, pred_finish, succ_finish, elapsed, fast in predecessors[i]:
            if fast and fast_task:
                allowed = (mf[pred] if pred_finish else ms[pred]) + lag - (duration[i] if succ_finish else 0)
                if allowed == ms[i]:
                    driving[i].append(pred)
            elif start_allowed(i, pred, lag, pred_finish, succ_finish, elapsed) == start[i]:
                driving[i].append(pred)
    launch = [i for i in range(count) if tasks[i].needed_for_launch and not cancelled[i]]
    path = _chain_to(launch, slack, due, driving)
    on_path = set(path)
    schedule.tasks = {
        ids[i]: TaskSchedule(start[i], due[i], latest_start[i], latest_due[i], slack[i], i in on_path, forecast[i])
        for i in order
    }
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


def _chain_to(ends: list[int], slack: list[int], due: list[int], driving: Sequence[Sequence[int]]) -> list[int]:
    """The chain of work that drives a deadline: from the end task with the least slack (then the latest due,
    then the lowest index), back through the driving predecessor with the least slack at each step."""
    if not ends:
        return []
    path = [min(ends, key=lambda i: (slack[i], -due[i], i))]
    while driving[path[-1]]:
        path.append(min(driving[path[-1]], key=lambda i: (slack[i], -due[i], i)))
    return path[::-1]


def shift_conflicts(before: Sequence[Conflict], after: Sequence[Conflict]) -> tuple[list[Conflict], list[Conflict]]:
    """(new, resolved) conflicts between two runs, matched by kind and place, not by days."""

    def key(conflict: Conflict) -> tuple[str, int, int | None, int | None]:
        return (conflict.kind, conflict.task_id, conflict.predecessor_id, conflict.gate_id)

    before_keys = {key(c) for c in before}
    after_keys = {key(c) for c in after}
    return [c for c in after if key(c) not in before_keys], [c for c in before if key(c) not in after_keys]

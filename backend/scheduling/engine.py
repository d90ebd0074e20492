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
from typing import NamedTuple

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
    tasks: Sequence[TaskInput], dependencies: Sequence[DependencyInput], gates: Sequence[GateInput] = ()
) -> Schedule:
    """Forward and backward pass: computed dates, slack, critical paths and conflicts.

    Anchored tasks start on their planned day or as soon as their predecessors allow, whichever is later;
    fixed tasks never move; cancelled tasks constrain nobody. A task needed for launch must be due by the end of
    T-0's day, a gate's criterion by the day before the gate. Slack is how many days a task can slip before it
    misses its own deadline or makes a successor miss one (T-0 for work needed for launch, the gate for its
    criteria, the end of the plan for the rest); negative slack means late. The critical path is the chain
    that drives T-0 (post-launch work never is), and each gate has its own. Linear in tasks plus dependencies;
    works on list indexes rather than ids for speed.
    """
    schedule = Schedule()
    count = len(tasks)
    if count == 0:
        return schedule
    ids = [task.id for task in tasks]
    index = {task_id: i for i, task_id in enumerate(ids)}
    planned = [task.start for task in tasks]
    duration = [task.duration for task in tasks]
    # Edges as (other task, lag, the predecessor's finish?, the successor's finish?).
    successors: list[list[tuple[int, int, bool, bool]]] = [[] for _ in range(count)]
    predecessors: list[list[tuple[int, int, bool, bool]]] = [[] for _ in range(count)]
    indegree = [0] * count
    cancelled = [task.cancelled for task in tasks]
    for dep in dependencies:
        a, b = index[dep.predecessor], index[dep.successor]
        pred_finish, succ_finish = _ENDS[dep.type]
        successors[a].append((b, dep.lag, pred_finish, succ_finish))
        predecessors[b].append((a, dep.lag, pred_finish, succ_finish))
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

    start = [0] * count
    due = [0] * count
    conflicts: list[Conflict] = []
    for i in order:
        begin = planned[i]
        earliest = begin
        for pred, lag, pred_finish, succ_finish in predecessors[i]:
            # The earliest start the link allows: after the tied end of the predecessor, plus lag.
            allowed = (due[pred] + 1 if pred_finish else start[pred]) + lag - (duration[i] if succ_finish else 0)
            if allowed > earliest:
                earliest = allowed
            if allowed > begin:
                conflicts.append(Conflict(CONFLICT_DEPENDENCY, ids[i], allowed - begin, ids[pred]))
        if not tasks[i].fixed:
            begin = earliest
        start[i] = begin
        due[i] = begin + duration[i] - 1
        if due[i] > 0 and tasks[i].needed_for_launch and not cancelled[i]:
            conflicts.append(Conflict(CONFLICT_AFTER_LAUNCH, ids[i], due[i]))

    end = max(due)
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
    for i in reversed(order):
        limit = end if cancelled[i] else deadline[i]
        for succ, lag, pred_finish, succ_finish in successors[i]:
            # The latest due day the link allows: the tied end of the successor, less lag, is the latest moment
            # for the tied end of this task.
            moment = (latest_due[succ] + 1 if succ_finish else latest_start[succ]) - lag
            allowed = moment - 1 if pred_finish else moment + duration[i] - 1
            if allowed < limit:
                limit = allowed
        latest_due[i] = limit
        latest_start[i] = limit - duration[i] + 1

    slack = [latest_due[i] - due[i] for i in range(count)]
    driving = _driving_predecessors(order, tasks, start, due, predecessors)
    launch = [i for i in range(count) if tasks[i].needed_for_launch and not cancelled[i]]
    path = _chain_to(launch, slack, due, driving)
    on_path = set(path)
    schedule.tasks = {
        ids[i]: TaskSchedule(start[i], due[i], latest_start[i], latest_due[i], slack[i], i in on_path) for i in order
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


def _driving_predecessors(
    order: list[int],
    tasks: Sequence[TaskInput],
    start: list[int],
    due: list[int],
    predecessors: Sequence[Sequence[tuple[int, int, bool, bool]]],
) -> list[list[int]]:
    """For each task, the predecessors that set its start (it starts the day they allow, and is not fixed)."""
    driving: list[list[int]] = [[] for _ in tasks]
    for i in order:
        if tasks[i].fixed:
            continue
        for pred, lag, pred_finish, succ_finish in predecessors[i]:
            length = due[i] - start[i] + 1
            allowed = (due[pred] + 1 if pred_finish else start[pred]) + lag - (length if succ_finish else 0)
            if allowed == start[i]:
                driving[i].append(pred)
    return driving


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

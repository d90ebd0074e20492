"""The pure schedule engine: plain unit tests and hypothesis properties over random plans, no database."""

import itertools

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduling.engine import (
    CONFLICT_AFTER_LAUNCH,
    CONFLICT_DEPENDENCY,
    FINISH_TO_FINISH,
    FINISH_TO_START,
    LINK_TYPES,
    START_TO_FINISH,
    START_TO_START,
    CycleError,
    DependencyInput,
    GateInput,
    TaskInput,
    compute_schedule,
    cycle_if_added,
    shift_conflicts,
)


@st.composite
def plans(draw, max_tasks: int = 25, allow_fixed: bool = True):
    """A random DAG: edges only go from a lower to a higher index, so there is never a cycle."""
    n = draw(st.integers(min_value=1, max_value=max_tasks))
    tasks = [
        TaskInput(
            id=i + 1,
            start=draw(st.integers(-120, 30)),
            duration=draw(st.integers(1, 20)),
            fixed=allow_fixed and draw(st.booleans()),
            needed_for_launch=draw(st.booleans()),
        )
        for i in range(n)
    ]
    pairs = [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1)]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=3 * n)) if pairs else []
    order = draw(st.permutations(range(1, n + 1)))  # relabel so the ids do not give the order away
    relabel = dict(zip(range(1, n + 1), order, strict=True))
    tasks = [t._replace(id=relabel[t.id]) for t in tasks]
    deps = [
        DependencyInput(relabel[a], relabel[b], draw(st.integers(-3, 5)), draw(st.sampled_from(LINK_TYPES)))
        for a, b in chosen
    ]
    return tasks, deps


def _allowed_start(pred, succ_duration: int, dep: DependencyInput) -> int:
    """The earliest start a link allows its successor, by hand: the tied end of the predecessor plus lag, less
    the successor's length when the link ties its finish (a day's finish is the start of the next day)."""
    anchor = {
        FINISH_TO_START: pred.due + 1,
        START_TO_START: pred.start,
        FINISH_TO_FINISH: pred.due + 1 - succ_duration,
        START_TO_FINISH: pred.start - succ_duration,
    }[dep.type]
    return anchor + dep.lag


@given(plans())
@settings(max_examples=150, deadline=None)
def test_computed_schedule_satisfies_every_dependency_of_a_movable_task(plan):
    tasks, deps = plan
    schedule = compute_schedule(tasks, deps)
    by_id = {t.id: t for t in tasks}
    for dep in deps:
        pred, succ = schedule.tasks[dep.predecessor], schedule.tasks[dep.successor]
        allowed = _allowed_start(pred, by_id[dep.successor].duration, dep)
        if not by_id[dep.successor].fixed:
            assert succ.start >= allowed
        violated = by_id[dep.successor].start < allowed
        listed = any(
            c.kind == CONFLICT_DEPENDENCY and c.task_id == dep.successor and c.predecessor_id == dep.predecessor
            for c in schedule.conflicts
        )
        assert violated == listed


@given(plans())
@settings(max_examples=150, deadline=None)
def test_anchored_tasks_never_start_before_their_anchor_and_fixed_tasks_never_move(plan):
    tasks, deps = plan
    schedule = compute_schedule(tasks, deps)
    for task in tasks:
        computed = schedule.tasks[task.id]
        assert computed.due - computed.start + 1 == task.duration
        if task.fixed:
            assert computed.start == task.start
        else:
            assert computed.start >= task.start


@given(plans(), st.integers(-60, 60))
@settings(max_examples=150, deadline=None)
def test_moving_t_zero_by_k_days_moves_every_anchored_task_by_k_and_no_fixed_task(plan, k):
    """T-0 moves by k: anchored offsets are unchanged, fixed tasks are k days further from (or nearer to) T-0."""
    tasks, deps = plan
    before = compute_schedule(tasks, deps)
    moved = [
        TaskInput(t.id, t.start - k if t.fixed else t.start, t.duration, t.fixed, t.needed_for_launch) for t in tasks
    ]
    after = compute_schedule(moved, deps)
    if not any(t.fixed for t in tasks):
        for task in tasks:  # relative to T-0 nothing changes, so in calendar days every task moved by k
            assert after.tasks[task.id].start == before.tasks[task.id].start
    for task in tasks:
        if task.fixed:  # the calendar day stays: start relative to the new T-0 is exactly k days earlier
            assert after.tasks[task.id].start + k == before.tasks[task.id].start


@given(plans())
@settings(max_examples=100, deadline=None)
def test_slack_is_never_more_than_any_successor_allows(plan):
    tasks, deps = plan
    schedule = compute_schedule(tasks, deps)
    for dep in deps:
        pred, succ = schedule.tasks[dep.predecessor], schedule.tasks[dep.successor]
        # Were the predecessor as late as it may be, the successor could still be as late as it may be.
        latest = type("Late", (), {"start": pred.latest_start, "due": pred.latest_due})
        assert _allowed_start(latest, succ.latest_due - succ.latest_start + 1, dep) <= succ.latest_start
    for computed in schedule.tasks.values():
        assert computed.slack == computed.latest_due - computed.due
    # The flags and the path are one list.
    assert {t for t, computed in schedule.tasks.items() if computed.critical} == set(schedule.critical_path)


@given(plans())
@settings(max_examples=150, deadline=None)
def test_the_critical_path_is_the_chain_that_drives_the_tightest_work_needed_for_launch(plan):
    tasks, deps = plan
    schedule = compute_schedule(tasks, deps)
    by_id = {t.id: t for t in tasks}
    needed = [t.id for t in tasks if t.needed_for_launch]
    path = schedule.critical_path
    if not needed:
        assert path == []
        return
    last = schedule.tasks[path[-1]]
    assert by_id[path[-1]].needed_for_launch
    assert last.slack == min(schedule.tasks[t].slack for t in needed)
    links = {(d.predecessor, d.successor): d for d in deps}
    for pred, succ in itertools.pairwise(path):
        # Each step is a link whose predecessor sets its successor's start.
        assert (pred, succ) in links and not by_id[succ].fixed
        allowed = _allowed_start(schedule.tasks[pred], by_id[succ].duration, links[(pred, succ)])
        assert schedule.tasks[succ].start == allowed
    first = schedule.tasks[path[0]]
    assert by_id[path[0]].fixed or all(
        _allowed_start(schedule.tasks[d.predecessor], by_id[path[0]].duration, d) != first.start
        for d in deps
        if d.successor == path[0]
    )


@given(plans(), st.data())
@settings(max_examples=150, deadline=None)
def test_cancelled_work_constrains_nobody(plan, data):
    """A cancelled task's successors are scheduled as if its links were gone, and it raises no conflict."""
    tasks, deps = plan
    gone = set(data.draw(st.sets(st.sampled_from([t.id for t in tasks]))))
    with_cancelled = [t._replace(cancelled=t.id in gone) for t in tasks]
    schedule = compute_schedule(with_cancelled, deps)
    kept = [d for d in deps if d.predecessor not in gone and d.successor not in gone]
    without_links = compute_schedule(
        [t._replace(needed_for_launch=t.needed_for_launch and t.id not in gone) for t in tasks], kept
    )
    for task in tasks:
        assert schedule.tasks[task.id].start == without_links.tasks[task.id].start
    assert all(c.task_id not in gone for c in schedule.conflicts)


def _networkx_earliest_starts(tasks, deps):
    graph = nx.DiGraph()
    for task in tasks:
        graph.add_node(task.id)
    for dep in deps:
        graph.add_edge(dep.predecessor, dep.successor, dep=dep)
    start, due = {}, {}
    by_id = {t.id: t for t in tasks}
    for node in nx.topological_sort(graph):
        task = by_id[node]
        done = type("Done", (), {})
        allowed = task.start
        for p in graph.predecessors(node):
            done.start, done.due = start[p], due[p]
            allowed = max(allowed, _allowed_start(done, task.duration, graph.edges[p, node]["dep"]))
        start[node] = task.start if task.fixed else max(task.start, allowed)
        due[node] = start[node] + task.duration - 1
    return start


@given(plans())
@settings(max_examples=100, deadline=None)
def test_engine_agrees_with_a_networkx_forward_pass(plan):
    tasks, deps = plan
    schedule = compute_schedule(tasks, deps)
    assert {t: s.start for t, s in schedule.tasks.items()} == _networkx_earliest_starts(tasks, deps)


@given(plans(max_tasks=7, allow_fixed=False), st.integers(1, 7), st.integers(1, 7))
@settings(max_examples=300, deadline=None)
def test_cycle_detection_agrees_with_a_brute_force_check(plan, a, b):
    tasks, deps = plan
    ids = [t.id for t in tasks]
    a, b = ids[(a - 1) % len(ids)], ids[(b - 1) % len(ids)]
    new = DependencyInput(a, b)
    edges = {(d.predecessor, d.successor) for d in deps} | {(a, b)}

    def reachable(x, y):  # brute force: try every simple path length
        frontier = {x}
        for _ in range(len(ids)):
            frontier = {s for (p, s) in edges if p in frontier}
            if y in frontier:
                return True
        return False

    brute_force_cycle = any(reachable(node, node) for node in ids)
    cycle = cycle_if_added(new, deps)
    assert (cycle is not None) == brute_force_cycle
    if cycle is not None:
        assert cycle[0] == cycle[-1] == a
        assert cycle[1] == b
        assert all((x, y) in edges for x, y in itertools.pairwise(cycle))
        with pytest.raises(CycleError):
            compute_schedule(tasks, [*deps, new])


def test_cycle_error_names_the_cycle_in_order():
    tasks = [TaskInput(i, 0, 1) for i in (1, 2, 3, 4)]
    deps = [DependencyInput(1, 2), DependencyInput(2, 3), DependencyInput(3, 4), DependencyInput(4, 2)]
    with pytest.raises(CycleError) as error:
        compute_schedule(tasks, deps)
    assert error.value.cycle == [2, 3, 4, 2]


def test_self_dependency_is_a_cycle_of_one():
    assert cycle_if_added(DependencyInput(5, 5), []) == [5, 5]


def test_a_task_needed_for_launch_must_be_done_by_the_end_of_launch_day():
    schedule = compute_schedule(
        [
            TaskInput(1, -2, 4, needed_for_launch=True),  # days -2..1: one day after launch day
            TaskInput(2, -3, 2, needed_for_launch=True),
            TaskInput(3, -1, 2, needed_for_launch=True),  # days -1..0: due on T-0 itself, in time
        ],
        [],
    )
    assert [(c.kind, c.task_id, c.days) for c in schedule.conflicts] == [(CONFLICT_AFTER_LAUNCH, 1, 1)]
    assert schedule.tasks[3].slack == 0


def test_fixed_task_pushed_by_its_predecessor_is_a_conflict_with_the_days():
    tasks = [TaskInput(1, -10, 5), TaskInput(2, -7, 1, fixed=True)]
    schedule = compute_schedule(tasks, [DependencyInput(1, 2, lag=1)])
    assert schedule.tasks[2].start == -7
    (conflict,) = schedule.conflicts
    assert (conflict.kind, conflict.task_id, conflict.predecessor_id, conflict.days) == (CONFLICT_DEPENDENCY, 2, 1, 3)


def test_the_critical_path_drives_launch_not_the_post_launch_retrospective():
    tasks = [
        TaskInput(1, -10, 3),
        TaskInput(2, -7, 2),
        TaskInput(3, -20, 1),
        TaskInput(4, -5, 1, needed_for_launch=True),
        TaskInput(5, 10, 3),  # the retrospective: the plan's last task, after launch
    ]
    deps = [DependencyInput(1, 2), DependencyInput(2, 4), DependencyInput(3, 4), DependencyInput(4, 5, lag=2)]
    schedule = compute_schedule(tasks, deps)
    assert schedule.critical_path == [1, 2, 4]
    assert schedule.tasks[4].slack == 5  # due at T-5: five days to spare before launch day ends
    assert schedule.tasks[3].slack == 19 and not schedule.tasks[3].critical
    assert not schedule.tasks[5].critical


def test_slack_counts_to_the_gate_a_criterion_is_due_before():
    """A criterion of a gate at T-2 may slip until the day before the gate, not until the end of the plan."""
    tasks = [TaskInput(1, -30, 2), TaskInput(2, 20, 1)]
    schedule = compute_schedule(tasks, [], [GateInput(9, -2, (1,))])
    assert schedule.tasks[1].slack == (-3) - (-29)  # due -29, deadline -3
    later = compute_schedule([TaskInput(1, -4, 2), TaskInput(2, 20, 1)], [], [GateInput(9, -2, (1,))])
    assert later.tasks[1].slack == 0 and later.conflicts == []
    late = compute_schedule([TaskInput(1, -3, 2), TaskInput(2, 20, 1)], [], [GateInput(9, -2, (1,))])
    assert late.tasks[1].slack == -1 and [c.kind for c in late.conflicts] == ["criterion_late"]
    assert schedule.gate_paths == {9: [1]}


def test_shift_conflicts_matches_by_place_not_by_days():
    before = compute_schedule([TaskInput(1, -1, 3, needed_for_launch=True)], []).conflicts
    after = compute_schedule(
        [TaskInput(1, -1, 4, needed_for_launch=True), TaskInput(2, 1, 1, needed_for_launch=True)], []
    ).conflicts
    new, resolved = shift_conflicts(before, after)
    assert [c.task_id for c in new] == [2]
    assert resolved == []


def test_empty_plan_has_an_empty_schedule():
    schedule = compute_schedule([], [])
    assert schedule.tasks == {} and schedule.critical_path == [] and schedule.conflicts == []


@pytest.mark.parametrize(
    ("link", "lag", "start", "due"),
    [
        # Predecessor: days -10..-6 (5 days). Successor: 3 days, planned at -20 so only the link places it.
        (FINISH_TO_START, 0, -5, -3),  # the day after the predecessor's last day
        (FINISH_TO_START, -2, -7, -5),  # a lead of two days overlaps them
        (START_TO_START, 1, -9, -7),  # a day after the predecessor starts
        (FINISH_TO_FINISH, 0, -8, -6),  # finishes with the predecessor
        (FINISH_TO_FINISH, 2, -6, -4),  # finishes two days after it
        (START_TO_FINISH, 0, -13, -11),  # finishes by the day before the predecessor starts, at the earliest
    ],
)
def test_each_link_type_places_its_successor(link, lag, start, due):
    tasks = [TaskInput(1, -10, 5), TaskInput(2, -20, 3)]
    schedule = compute_schedule(tasks, [DependencyInput(1, 2, lag, link)])
    assert (schedule.tasks[2].start, schedule.tasks[2].due) == (start, due)


def test_a_finish_to_finish_successor_needed_for_launch_pins_its_predecessor_slack():
    """Backward: the predecessor may finish as late as the successor's latest finish less the lag."""
    # A post-launch task ends the plan at T+5, so only the link limits the predecessor.
    tasks = [TaskInput(1, -10, 5), TaskInput(2, -20, 3, needed_for_launch=True), TaskInput(3, 5, 1)]
    schedule = compute_schedule(tasks, [DependencyInput(1, 2, 2, FINISH_TO_FINISH)])
    # The successor finishes at -4, may finish on launch day (0): 4 days; the predecessor as much.
    assert schedule.tasks[2].slack == 4 and schedule.tasks[1].slack == 4
    assert schedule.critical_path == [1, 2]

"""The engine against published critical-path examples: early and late start and finish, total float, the
critical path and the project's length, with the figures their authors print.

Textbooks count time from 0 with EF = ES + duration; the engine counts days, a task occupying start..due
inclusive, so due = EF - 1 and latest_due = LF - 1. Each project is placed so that its last day is launch day
(day = time - (length - 1)) and its final activity is needed for launch: the chain that drives launch is then
the textbook's critical path. Without that (every deadline the end of the plan) the floats are the same."""

import pytest

from scheduling.engine import DependencyInput, TaskInput, compute_schedule

# (activity, duration, predecessors, ES, EF, LS, LF, total float)
TUTORIAL_EXAMPLE_1 = {
    # "Example 1: Draw the network for the events in Table 1 ... Find ES, EF, LS, LF, and slack": design
    # prototype (A) ... final assembly (G), in hours; critical path A-B-D-E-G, 16 hours.
    "source": "CPM tutorial, Example 1, Tables 1 and 2 (studylib.net/doc/8378728)",
    "length": 16,
    "critical_path": ["A", "B", "D", "E", "G"],
    "activities": [
        ("A", 6, (), 0, 6, 0, 6, 0),
        ("B", 2, ("A",), 6, 8, 6, 8, 0),
        ("C", 2, ("A",), 6, 8, 7, 9, 1),
        ("D", 3, ("B",), 8, 11, 8, 11, 0),
        ("F", 2, ("C",), 8, 10, 9, 11, 1),
        ("E", 4, ("D", "F"), 11, 15, 11, 15, 0),
        ("G", 1, ("E",), 15, 16, 15, 16, 0),
    ],
}
TAYLOR_CHAPTER_8 = {
    # Activity-on-arrow network: activity i-j precedes every activity leaving node j.
    "source": "Taylor, Introduction to Management Science, ch. 8 (Project Management), problem solutions",
    "length": 20,
    "critical_path": ["1-3", "3-4", "4-5", "5-6"],
    "activities": [
        ("1-2", 7, (), 0, 7, 2, 9, 2),
        ("1-3", 10, (), 0, 10, 0, 10, 0),
        ("2-4", 6, ("1-2",), 7, 13, 9, 15, 2),
        ("3-4", 5, ("1-3",), 10, 15, 10, 15, 0),
        ("3-5", 4, ("1-3",), 10, 14, 14, 18, 4),
        ("4-5", 3, ("2-4", "3-4"), 15, 18, 15, 18, 0),
        ("5-6", 2, ("3-5", "4-5"), 18, 20, 18, 20, 0),
    ],
}
RELIABLE_CONSTRUCTION = {
    # Excavate (A) ... install the interior fixtures (N), in weeks: 44 weeks, slack D 4, G 4, H 4, I 2, K 1, M 4.
    "source": "Hillier and Lieberman, Introduction to Operations Research, Reliable Construction Co. project",
    "length": 44,
    "critical_path": ["A", "B", "C", "E", "F", "J", "L", "N"],
    "activities": [
        ("A", 2, (), 0, 2, 0, 2, 0),
        ("B", 4, ("A",), 2, 6, 2, 6, 0),
        ("C", 10, ("B",), 6, 16, 6, 16, 0),
        ("D", 6, ("C",), 16, 22, 20, 26, 4),
        ("E", 4, ("C",), 16, 20, 16, 20, 0),
        ("F", 5, ("E",), 20, 25, 20, 25, 0),
        ("G", 7, ("D",), 22, 29, 26, 33, 4),
        ("H", 9, ("E", "G"), 29, 38, 33, 42, 4),
        ("I", 7, ("C",), 16, 23, 18, 25, 2),
        ("J", 8, ("F", "I"), 25, 33, 25, 33, 0),
        ("K", 4, ("J",), 33, 37, 34, 38, 1),
        ("L", 5, ("J",), 33, 38, 33, 38, 0),
        ("M", 2, ("H",), 38, 40, 42, 44, 4),
        ("N", 6, ("K", "L"), 38, 44, 38, 44, 0),
    ],
}
EXAMPLES = [TUTORIAL_EXAMPLE_1, TAYLOR_CHAPTER_8, RELIABLE_CONSTRUCTION]


def _plan(example, *, launch_on_finish: bool):
    names = [row[0] for row in example["activities"]]
    number = {name: i + 1 for i, name in enumerate(names)}
    offset = example["length"] - 1
    # The activities that nothing follows end the project: they are what launch waits for.
    followed = {pred for row in example["activities"] for pred in row[2]}
    tasks = [
        TaskInput(number[name], -offset, duration, needed_for_launch=launch_on_finish and name not in followed)
        for name, duration, *_rest in example["activities"]
    ]
    deps = [
        DependencyInput(number[pred], number[name])
        for name, _d, preds, *_rest in example["activities"]
        for pred in preds
    ]
    return number, offset, tasks, deps


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example["source"].split(",")[0])
def test_the_engine_prints_the_published_figures(example):
    number, offset, tasks, deps = _plan(example, launch_on_finish=True)
    schedule = compute_schedule(tasks, deps)
    for name, _duration, _preds, es, ef, ls, lf, total_float in example["activities"]:
        computed = schedule.tasks[number[name]]
        assert (computed.start, computed.due + 1, computed.latest_start, computed.latest_due + 1, computed.slack) == (
            es - offset,
            ef - offset,
            ls - offset,
            lf - offset,
            total_float,
        ), name
        assert computed.critical == (name in example["critical_path"]), name
    assert schedule.critical_path == [number[name] for name in example["critical_path"]]
    assert schedule.end == 0  # the project's last day is launch day: its length is the published one
    # Every activity was planned on the project's first day, so the pushed ones say so; nothing is late.
    assert {conflict.kind for conflict in schedule.conflicts} <= {"dependency"}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example["source"].split(",")[0])
def test_without_launch_waiting_the_floats_are_those_to_the_end_of_the_plan(example):
    number, _offset, tasks, deps = _plan(example, launch_on_finish=False)
    schedule = compute_schedule(tasks, deps)
    assert {row[0]: schedule.tasks[number[row[0]]].slack for row in example["activities"]} == {
        row[0]: row[7] for row in example["activities"]
    }
    assert schedule.critical_path == []  # nothing is needed for launch: no chain drives it

"""The schedule answers a launch planner can trust (issue 15): the critical path runs to launch, slack counts to
each task's own deadline, cancelled work constrains nobody, and work due on launch day is in time. Through the
API, as the timeline and readiness views read them."""

import datetime as dt

import pytest
from django.core.management import call_command

from config.management.commands.seed_demo import DEMO_LAUNCH
from gates.models import Gate
from launches.models import Launch, Task, TaskStatus
from tests.factories import DependencyFactory, TaskFactory

pytestmark = pytest.mark.django_db


def _timeline(client, launch):
    response = client.get(f"/api/v1/launches/{launch.pk}/timeline/")
    assert response.status_code == 200, response.content[:300]
    return response.json()


def _readiness(client, launch):
    response = client.get(f"/api/v1/launches/{launch.pk}/readiness/")
    assert response.status_code == 200, response.content[:300]
    return response.json()


def test_the_demo_launchs_critical_path_runs_to_launch_and_the_timeline_flags_the_same_tasks(client_for):
    call_command("seed_demo")
    launch = Launch.objects.get(name=DEMO_LAUNCH)
    client = client_for(launch.owner)
    timeline, readiness = _timeline(client, launch), _readiness(client, launch)
    path = readiness["critical_path"]
    assert path
    assert [task["id"] for task in timeline["tasks"] if task["critical"]] == sorted(
        path, key=[t["id"] for t in timeline["tasks"]].index
    )
    tasks = {task["id"]: task for task in timeline["tasks"]}
    t_zero = dt.date.fromisoformat(timeline["launch"]["t_zero_date"])
    last = Task.objects.get(pk=path[-1])
    assert last.needed_for_launch
    # Nothing after launch day is on it: the retrospective is post-launch work.
    retrospective = Task.objects.get(workstream__launch=launch, title="Launch retrospective")
    assert retrospective.pk not in path and not tasks[retrospective.pk]["critical"]
    assert all(dt.date.fromisoformat(tasks[task_id]["due"]) <= t_zero for task_id in path)


def test_a_task_due_on_launch_day_is_in_time_for_launch(world, client_for):
    # T-1 .. T-0: due on launch day itself.
    task = TaskFactory(workstream=world.pr_ws, offset_days=-1, duration_days=2, needed_for_launch=True)
    body = _timeline(client_for(world.office), world.launch)
    assert [c for c in body["conflicts"] if c["task"] == task.pk] == []
    assert _readiness(client_for(world.office), world.launch)["critical_path"][-1] == task.pk


def test_slack_of_a_criterion_counts_to_its_gate_not_to_the_end_of_the_plan(world, client_for):
    criterion = TaskFactory(workstream=world.pr_ws, offset_days=-30, duration_days=2)  # T-30 .. T-29
    TaskFactory(workstream=world.pr_ws, offset_days=20, duration_days=1)  # the plan ends at T+20
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-2)
    gate.criteria.add(criterion)
    tasks = {task["id"]: task for task in _timeline(client_for(world.office), world.launch)["tasks"]}
    # Due by the day before the gate (T-3): 26 days to spare, where the end of the plan would give 49.
    assert tasks[criterion.pk]["slack"] == 26


def test_a_cancelled_predecessor_neither_pushes_its_successor_nor_conflicts(world, client_for):
    cancelled = TaskFactory(
        workstream=world.pr_ws, offset_days=-20, duration_days=10, status=TaskStatus.CANCELLED
    )  # would end at T-11
    successor = TaskFactory(workstream=world.marketing_ws, offset_days=-15, duration_days=2)
    DependencyFactory(predecessor=cancelled, successor=successor)
    body = _timeline(client_for(world.office), world.launch)
    tasks = {task["id"]: task for task in body["tasks"]}
    planned = world.launch.t_zero_date + dt.timedelta(days=-15)
    assert tasks[successor.pk]["start"] == planned.isoformat()
    assert [c for c in body["conflicts"] if c["task"] == successor.pk] == []

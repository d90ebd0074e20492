"""The one loader from a launch's rows to the engine's input and back (launches/schedule.py)."""

import datetime as dt

import pytest

from launches import selectors
from launches.models import Launch, ScheduleMode
from launches.schedule import launch_schedule_load
from readiness.digests import lead_digest
from scheduling.engine import TaskInput
from tests.factories import DependencyFactory, LaunchFactory, TaskFactory, WorkstreamFactory

pytestmark = pytest.mark.django_db


def test_the_loader_reads_several_launches_in_two_queries_and_keeps_each_plan_apart(world, django_assert_num_queries):
    other = LaunchFactory(owner=world.office)
    other_task = TaskFactory(workstream=WorkstreamFactory(launch=other, department=world.pr), title="Elsewhere")
    dependency = DependencyFactory(predecessor=world.marketing_task, successor=world.pr_task, lag_days=2)
    with django_assert_num_queries(2):
        plans = launch_schedule_load(
            [world.launch, other], task_fields={"title": "title", "department_name": "workstream__department__name"}
        )
    mine, theirs = plans[world.launch.pk], plans[other.pk]
    assert {(row.id, row.title, row.department_name) for row in mine.tasks} == {
        (world.marketing_task.pk, world.marketing_task.title, "Marketing"),
        (world.pr_task.pk, world.pr_task.title, "PR"),
    }
    assert [(row.id, row.title, row.department_name) for row in theirs.tasks] == [(other_task.pk, "Elsewhere", "PR")]
    assert [(d.id, d.predecessor_id, d.successor_id, d.lag_days) for d in mine.dependencies] == [
        (dependency.pk, world.marketing_task.pk, world.pr_task.pk, 2)
    ]
    assert theirs.dependencies == []
    assert launch_schedule_load([]) == {}


def test_a_fixed_task_counts_from_t_zero_in_the_launch_zone_and_from_a_moved_t_zero_in_the_move(world):
    # 23:30 UTC on March 15th is March 16th in Berlin: T-0's date is the 16th, so March 20th is day 4.
    Launch.objects.filter(pk=world.launch.pk).update(t_zero=dt.datetime(2027, 3, 15, 23, 30, tzinfo=dt.UTC))
    launch = Launch.objects.get(pk=world.launch.pk)
    fixed = TaskFactory(
        workstream=world.pr_ws,
        schedule_mode=ScheduleMode.FIXED,
        offset_days=None,
        start_date=dt.date(2027, 3, 20),
        duration_days=2,
        needed_for_launch=True,
    )
    plan = launch_schedule_load([launch])[launch.pk]
    inputs = {task.id: task for task in plan.task_inputs()}
    assert inputs[fixed.pk] == TaskInput(fixed.pk, 4, 2, fixed=True, needed_for_launch=True)
    assert inputs[world.marketing_task.pk].start == world.marketing_task.offset_days
    schedule = plan.compute()
    assert plan.due_dates(schedule)[fixed.pk] == dt.date(2027, 3, 21)
    assert [c.kind for c in schedule.conflicts if c.task_id == fixed.pk] == ["after_launch"]
    # A week later T-0 falls after the fixed task, which did not move: day -3, and no longer late.
    moved = launch.with_t_zero(launch.t_zero + dt.timedelta(days=7))
    after = plan.compute(launch=moved)
    assert after.tasks[fixed.pk].start == -3
    assert [c for c in after.conflicts if c.task_id == fixed.pk] == []


def test_reminders_see_the_due_dates_the_timeline_shows(world, client_for):
    # The PR task waits for marketing's (T-10..T-9) plus 2 days of lag, so its due day is pushed.
    DependencyFactory(predecessor=world.marketing_task, successor=world.pr_task, lag_days=2)
    body = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/timeline/").json()
    shown = {task["id"]: dt.date.fromisoformat(task["due"]) for task in body["tasks"]}
    pr = next(task for task in body["tasks"] if task["id"] == world.pr_task.pk)
    assert pr["due"] != pr["planned_due"]
    assert selectors.launch_due_dates(Launch.objects.get(pk=world.launch.pk)) == shown


def test_a_lead_digest_shows_each_lane_its_own_tasks_due_when_the_timeline_says(world):
    # Marketing's brief runs T-10..T-9; the follow-up waits for it plus a day of lag: due T-7, not T-10.
    follow_up = TaskFactory(workstream=world.marketing_ws, title="Follow-up", offset_days=-10, duration_days=1)
    DependencyFactory(predecessor=world.marketing_task, successor=follow_up, lag_days=1)
    later = LaunchFactory(owner=world.office, name="Later launch", t_zero=world.launch.t_zero + dt.timedelta(days=30))
    TaskFactory(workstream=WorkstreamFactory(launch=later, department=world.marketing), title="Elsewhere")
    body = lead_digest(user=world.marketing_lead, today=dt.date(2030, 1, 1))
    first, second = body.split("\n\n")
    assert first.startswith(f"{world.launch.name} — Marketing")
    assert f"{world.marketing_task.title} (due 2027-03-07)" in first and "Follow-up (due 2027-03-09)" in first
    assert "In conflict (1)\n  - Follow-up" in first and "Elsewhere" not in first
    assert second.startswith("Later launch — Marketing") and "Elsewhere (due 2027-04-06)" in second
    assert "Follow-up" not in second

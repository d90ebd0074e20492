"""Progress (issue 15): starting a task records its actual start, finishing it its actual finish; work that
started keeps its days when T-0 or a predecessor moves; the office may correct the days, nobody else."""

import datetime as dt

import pytest
from django.utils import timezone

from launches.models import Task, TaskStatus
from tests.factories import DependencyFactory, TaskFactory

pytestmark = pytest.mark.django_db


def _today(launch) -> dt.date:
    return timezone.now().astimezone(launch.zone).date()


def _patch(client, task, body):
    return client.patch(f"/api/v1/tasks/{task.pk}/", body, format="json")


def _timeline_task(client, launch, task):
    body = client.get(f"/api/v1/launches/{launch.pk}/timeline/").json()
    return {row["id"]: row for row in body["tasks"]}[task.pk]


def test_starting_and_finishing_record_the_days_and_reopening_clears_the_finish(world, client_for):
    task = world.marketing_task
    assignee = client_for(task.assignee)
    today = _today(world.launch).isoformat()
    assert _patch(assignee, task, {"status": "in_progress"}).json()["actual_start"] == today
    done = _patch(assignee, task, {"status": "done"}).json()
    assert (done["actual_start"], done["actual_finish"]) == (today, today)
    reopened = _patch(assignee, task, {"status": "in_progress"}).json()
    assert (reopened["actual_start"], reopened["actual_finish"]) == (today, None)


def test_done_work_stays_where_it_happened_when_t_zero_moves(world, client_for):
    office = client_for(world.office)
    task = TaskFactory(workstream=world.pr_ws, offset_days=-40, duration_days=3)
    start, finish = _today(world.launch) - dt.timedelta(days=3), _today(world.launch) - dt.timedelta(days=1)
    assert _patch(office, task, {"status": "done", "actual_start": start.isoformat()}).status_code == 200
    Task.objects.filter(pk=task.pk).update(actual_finish=finish)
    before = _timeline_task(office, world.launch, task)
    assert (before["start"], before["due"]) == (start.isoformat(), finish.isoformat())

    preview = office.post(
        f"/api/v1/launches/{world.launch.pk}/move-t-zero/",
        {"t_zero": "2027-04-20T08:00:00Z", "preview": True},
        format="json",
    ).json()
    assert task.pk in [item["id"] for item in preview["unchanged"] if item["kind"] == "task"]
    moved = office.post(
        f"/api/v1/launches/{world.launch.pk}/move-t-zero/", {"t_zero": "2027-04-20T08:00:00Z"}, format="json"
    )
    assert moved.status_code == 200, moved.json()
    after = _timeline_task(office, world.launch, task)
    assert (after["start"], after["due"]) == (start.isoformat(), finish.isoformat())


def test_a_started_task_is_not_pushed_by_its_predecessor_slipping(world, client_for):
    office = client_for(world.office)
    predecessor = TaskFactory(workstream=world.pr_ws, offset_days=-140, duration_days=2)
    started = TaskFactory(workstream=world.marketing_ws, offset_days=-130, duration_days=400)
    DependencyFactory(predecessor=predecessor, successor=started)
    assert _patch(office, started, {"status": "in_progress"}).status_code == 200
    # The predecessor now ends long after the started task began: the start stays, a conflict says so.
    assert _patch(office, predecessor, {"offset_days": -2}).status_code == 200
    row = _timeline_task(office, world.launch, started)
    assert row["start"] == _today(world.launch).isoformat()
    assert row["conflict"] is True


@pytest.mark.parametrize(
    ("who", "body", "status", "field"),
    [
        ("marketing_lead", {"actual_start": "2026-11-01"}, 403, None),
        ("office", {"actual_start": "2999-01-01"}, 400, "actual_start"),
        ("office", {"actual_finish": "2026-11-01"}, 400, "actual_finish"),  # not done
    ],
)
def test_only_the_office_corrects_the_days_and_never_into_the_future(world, client_for, who, body, status, field):
    task = world.marketing_task
    _patch(client_for(world.office), task, {"status": "in_progress"})
    before = Task.objects.values("actual_start", "actual_finish", "status").get(pk=task.pk)
    response = _patch(client_for(getattr(world, who)), task, body)
    assert response.status_code == status, response.json()
    if field:
        assert field in response.json()["extra"]["fields"]
    assert Task.objects.values("actual_start", "actual_finish", "status").get(pk=task.pk) == before


def test_the_office_corrects_an_actual_start(world, client_for):
    office = client_for(world.office)
    task = world.marketing_task
    _patch(office, task, {"status": "in_progress"})
    earlier = (_today(world.launch) - dt.timedelta(days=5)).isoformat()
    response = _patch(office, task, {"actual_start": earlier})
    assert response.status_code == 200, response.json()
    assert Task.objects.get(pk=task.pk).actual_start.isoformat() == earlier
    assert Task.objects.get(pk=task.pk).status == TaskStatus.IN_PROGRESS

"""Readiness's progress bar per department (issue 16): every task not cancelled in exactly one segment, late work
first whatever its status, the rest by status. Through the API, with today pinned."""

import datetime as dt

import pytest
from django.utils import timezone

from launches.models import TaskStatus
from tests.factories import TaskFactory

pytestmark = pytest.mark.django_db


def test_each_task_not_cancelled_is_in_one_segment_late_first(world, client_for, monkeypatch):
    today = world.launch.t_zero_date - dt.timedelta(days=12)
    monkeypatch.setattr(timezone, "now", lambda: dt.datetime.combine(today, dt.time(10), tzinfo=dt.UTC))
    ws = world.marketing_ws
    # Due before today (T-12): late unless done or cancelled.
    TaskFactory(workstream=ws, offset_days=-20, status=TaskStatus.BLOCKED)
    TaskFactory(workstream=ws, offset_days=-20, status=TaskStatus.IN_PROGRESS)
    TaskFactory(workstream=ws, offset_days=-20, status=TaskStatus.DONE)
    TaskFactory(workstream=ws, offset_days=-20, status=TaskStatus.CANCELLED)
    # Due after today: by status. The world's "Campaign brief" (to do, due T-9) is one of them.
    TaskFactory(workstream=ws, offset_days=-5, status=TaskStatus.IN_PROGRESS)
    TaskFactory(workstream=ws, offset_days=-5, status=TaskStatus.BLOCKED)

    body = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/readiness/").json()

    departments = {row["department"]["slug"]: row for row in body["departments"]}
    marketing = departments["marketing"]
    assert marketing["progress"] == {"done": 1, "in_progress": 1, "not_started": 1, "blocked": 1, "late": 2}
    assert sum(marketing["progress"].values()) == marketing["total"] - marketing["cancelled"]
    assert marketing["late"] == marketing["progress"]["late"]
    assert departments["pr"]["progress"] == {"done": 0, "in_progress": 0, "not_started": 1, "blocked": 0, "late": 0}

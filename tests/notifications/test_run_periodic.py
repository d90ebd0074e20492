"""manage.py run_periodic: the beat schedule's tasks run once in-process (what `make run` has instead of beat)."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from notifications.models import Notification, NotificationKind
from tests.factories import TaskFactory

pytestmark = pytest.mark.django_db


def _due_tomorrow(world):
    today = dt.datetime.now(world.launch.zone).date()
    return TaskFactory(
        workstream=world.marketing_ws,
        schedule_mode="fixed",
        offset_days=None,
        start_date=today + dt.timedelta(days=1),
        duration_days=1,
        assignee=world.marketing_member,
    )


def test_run_periodic_runs_every_scheduled_task_once(world):
    task = _due_tomorrow(world)
    out = StringIO()
    call_command("run_periodic", stdout=out)
    notice = Notification.objects.get(recipient=world.marketing_member)
    assert (notice.kind, notice.task_id) == (NotificationKind.TASK_DUE_SOON, task.pk)
    for name in ("reminders_send", "digests_send", "embargoes_lifting_notify", "webhook_deliveries_resume"):
        assert name in out.getvalue()


def test_run_periodic_runs_only_the_named_tasks_and_refuses_unknown_ones(world):
    _due_tomorrow(world)
    out = StringIO()
    call_command("run_periodic", "webhooks.tasks.webhook_deliveries_resume", stdout=out)
    assert not Notification.objects.exists()
    assert out.getvalue().count("\n") == 1
    with pytest.raises(CommandError, match=r"notifications\.tasks\.nope"):
        call_command("run_periodic", "notifications.tasks.nope")

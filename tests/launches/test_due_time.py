"""A task may carry the time of day it is due (a freeze at 02:00): scheduling stays in days, while the task API,
the timeline and calendar feeds show the time (issue 15)."""

import pytest

from audit.models import AuditEvent
from launches.models import Task

pytestmark = pytest.mark.django_db


def _timeline_task(client, world, task_id):
    body = client.get(f"/api/v1/launches/{world.launch.pk}/timeline/").json()
    return next(task for task in body["tasks"] if task["id"] == task_id)


def test_a_due_time_is_stored_audited_shown_and_changes_no_date(world, client_for):
    lead = client_for(world.marketing_lead)
    task = world.marketing_task
    before = _timeline_task(lead, world, task.pk)
    assert before["due_time"] is None
    response = lead.patch(f"/api/v1/tasks/{task.pk}/", {"due_time": "02:00"}, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["due_time"] == "02:00:00"
    after = _timeline_task(lead, world, task.pk)
    assert after["due_time"] == "02:00:00"
    assert (after["start"], after["due"]) == (before["start"], before["due"])
    audit = AuditEvent.objects.get(entity="task", entity_id=task.pk, action="update")
    assert audit.changes["due_time"]["to"] == "02:00:00"


def test_a_bad_due_time_is_a_400_naming_the_field_and_changes_nothing(world, client_for):
    lead = client_for(world.marketing_lead)
    task = world.marketing_task
    response = lead.patch(f"/api/v1/tasks/{task.pk}/", {"due_time": "25:00"}, format="json")
    assert response.status_code == 400
    assert "due_time" in response.json()["extra"]["fields"]
    assert Task.objects.get(pk=task.pk).due_time is None

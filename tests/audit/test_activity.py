"""Rule 6: every change keeps who, when and what; the activity endpoint lists it per launch."""

import pytest

from audit.models import AuditEvent
from tests.factories import TaskFactory

pytestmark = pytest.mark.django_db


def _activity(client, launch, query=""):
    response = client.get(f"/api/v1/launches/{launch.pk}/activity/{query}")
    assert response.status_code == 200, response.json()
    return response.json()


def test_task_change_records_who_when_and_each_changed_field(world, client_for):
    client_for(world.marketing_lead).patch(
        f"/api/v1/tasks/{world.marketing_task.pk}/", {"title": "Campaign brief v2", "duration_days": 4}, format="json"
    )
    (event,) = _activity(client_for(world.viewer), world.launch)["results"]
    assert event["action"] == "update" and event["entity"] == "task"
    assert event["actor"]["username"] == "marketing.lead"
    assert event["department"] == world.marketing.pk
    assert event["changes"] == {
        "title": {"from": "Campaign brief", "to": "Campaign brief v2"},
        "duration_days": {"from": 2, "to": 4},
    }


def test_create_change_and_delete_of_every_plan_object_is_recorded(world, client_for):
    office = client_for(world.office)
    launch_id = world.launch.pk
    task = office.post(
        "/api/v1/tasks/", {"workstream": world.pr_ws.pk, "title": "Draft", "offset_days": -20}, format="json"
    ).json()
    dep = office.post(
        "/api/v1/dependencies/", {"predecessor": task["id"], "successor": world.pr_task.pk}, format="json"
    ).json()
    milestone = office.post("/api/v1/milestones/", {"launch": launch_id, "name": "Embargo", "offset_days": 0}).json()
    gate = office.post("/api/v1/gates/", {"launch": launch_id, "name": "Review", "offset_days": -7}).json()
    office.patch(f"/api/v1/dependencies/{dep['id']}/", {"lag_days": 2}, format="json")
    office.patch(f"/api/v1/milestones/{milestone['id']}/", {"name": "Embargo lifts"}, format="json")
    office.patch(f"/api/v1/workstreams/{world.pr_ws.pk}/", {"notes": "Agency booked"}, format="json")
    office.patch(f"/api/v1/launches/{launch_id}/", {"name": "Aurora"}, format="json")
    for path in (
        f"dependencies/{dep['id']}",
        f"tasks/{task['id']}",
        f"milestones/{milestone['id']}",
        f"gates/{gate['id']}",
    ):
        assert office.delete(f"/api/v1/{path}/").status_code == 204
    seen = {(e.entity, e.action) for e in AuditEvent.objects.filter(launch_id=launch_id)}
    for entity in ("task", "dependency", "milestone", "gate"):
        assert {(entity, "create"), (entity, "delete")} <= seen, entity
    assert {("dependency", "update"), ("milestone", "update"), ("workstream", "update"), ("launch", "update")} <= seen


def test_activity_is_newest_first_and_paginated(world, client_for):
    lead = client_for(world.marketing_lead)
    for days in range(1, 6):
        lead.patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"duration_days": days + 2}, format="json")
    page = _activity(client_for(world.viewer), world.launch, "?page_size=2")
    assert page["count"] == 5 and len(page["results"]) == 2 and page["next"]
    assert page["results"][0]["changes"]["duration_days"]["to"] == 7


def test_activity_filters_by_department_and_person(world, client_for):
    client_for(world.marketing_lead).patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"title": "M"}, format="json")
    client_for(world.pr_member).patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"status": "in_progress"}, format="json")
    viewer = client_for(world.viewer)
    by_department = _activity(viewer, world.launch, f"?department={world.pr.pk}")["results"]
    assert [e["actor"]["username"] for e in by_department] == ["pr.member"]
    by_person = _activity(viewer, world.launch, f"?actor={world.marketing_lead.pk}")["results"]
    assert [e["entity_label"] for e in by_person] == ["M"]


def test_refused_changes_record_nothing(world, client_for):
    client_for(world.pr_lead).patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"title": "Hijack"}, format="json")
    assert not AuditEvent.objects.exists()


def test_moving_t_zero_and_transitions_are_recorded(world, client_for):
    office = client_for(world.office)
    office.post(f"/api/v1/launches/{world.launch.pk}/move-t-zero/", {"t_zero": "2027-03-23T08:00:00Z"}, format="json")
    office.post(f"/api/v1/launches/{world.launch.pk}/transition/", {"status": "planning"}, format="json")
    actions = [e["action"] for e in _activity(office, world.launch)["results"]]
    assert actions == ["transition", "move_t_zero"]


def test_history_of_a_deleted_launch_stays_readable(world, client_for):
    office = client_for(world.office)
    launch_id = world.launch.pk
    assert office.delete(f"/api/v1/launches/{launch_id}/").status_code == 204
    events = office.get(f"/api/v1/launches/{launch_id}/activity/").json()["results"]
    assert events[0]["action"] == "delete" and events[0]["entity"] == "launch"


def test_activity_of_an_unknown_launch_is_404(world, client_for):
    assert client_for(world.viewer).get("/api/v1/launches/999999/activity/").status_code == 404


def test_activity_runs_a_fixed_number_of_queries(world, client_for, django_assert_num_queries):
    lead = client_for(world.marketing_lead)
    viewer = client_for(world.viewer)
    lead.patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"title": "A"}, format="json")
    with django_assert_num_queries(5):  # session, user, launch exists, count, page
        viewer.get(f"/api/v1/launches/{world.launch.pk}/activity/")
    for index in range(20):
        TaskFactory(workstream=world.marketing_ws)
        lead.patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"title": f"A{index}"}, format="json")
    with django_assert_num_queries(5):
        assert viewer.get(f"/api/v1/launches/{world.launch.pk}/activity/").json()["count"] == 21


def test_a_deleted_task_keeps_its_last_values_in_the_history(world, client_for):
    task = world.marketing_task
    response = client_for(world.office).delete(f"/api/v1/tasks/{task.pk}/")
    assert response.status_code == 204
    event = AuditEvent.objects.get(entity="task", entity_id=task.pk, action="delete")
    assert event.changes["title"] == {"from": "Campaign brief", "to": None}
    assert event.changes["assignee"] == {"from": world.marketing_member.pk, "to": None}
    assert event.changes["workstream"] == {"from": world.marketing_ws.pk, "to": None}
    assert "updated_at" not in event.changes


def test_moving_a_task_to_another_workstream_records_the_move(world, client_for):
    response = client_for(world.office).patch(
        f"/api/v1/tasks/{world.marketing_task.pk}/", {"workstream": world.pr_ws.pk}, format="json"
    )
    assert response.status_code == 200, response.json()
    (event,) = _activity(client_for(world.viewer), world.launch)["results"]
    assert event["changes"] == {"workstream": {"from": world.marketing_ws.pk, "to": world.pr_ws.pk}}
    assert event["department"] == world.pr.pk


def test_deleting_a_task_records_each_dependency_it_takes_with_it(world, client_for):
    office = client_for(world.office)
    first = TaskFactory(workstream=world.pr_ws, title="Embargo briefing")
    for predecessor, successor in ((first, world.pr_task), (world.pr_task, world.marketing_task)):
        response = office.post(
            "/api/v1/dependencies/", {"predecessor": predecessor.pk, "successor": successor.pk}, format="json"
        )
        assert response.status_code == 201, response.json()
    assert office.delete(f"/api/v1/tasks/{world.pr_task.pk}/").status_code == 204
    deleted = AuditEvent.objects.filter(entity="dependency", action="delete")
    assert sorted((e.changes["predecessor"]["from"], e.changes["successor"]["from"]) for e in deleted) == sorted(
        [(first.pk, world.pr_task.pk), (world.pr_task.pk, world.marketing_task.pk)]
    )
    assert {e.department_id for e in deleted} == {world.pr.pk, world.marketing.pk}

"""Rule 6: two people editing the same task do not silently overwrite each other (ETag / If-Match)."""

import datetime as dt

import pytest

from gates.models import Gate, GateDecision
from launches.models import Launch, Task

pytestmark = pytest.mark.django_db


def test_detail_responses_carry_an_etag_that_changes_with_the_object(world, client_for):
    client = client_for(world.office)
    first = client.get(f"/api/v1/tasks/{world.pr_task.pk}/")
    assert first.status_code == 200 and first["ETag"]
    assert client.get(f"/api/v1/tasks/{world.pr_task.pk}/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    changed = client.patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"title": "New"}, format="json")
    assert changed["ETag"] and changed["ETag"] != first["ETag"]
    assert client.get(f"/api/v1/tasks/{world.pr_task.pk}/")["ETag"] == changed["ETag"]


def test_second_of_two_editors_is_refused_and_nothing_is_lost(world, client_for):
    lead, member = client_for(world.pr_lead), client_for(world.pr_member)
    url = f"/api/v1/tasks/{world.pr_task.pk}/"
    lead_etag = lead.get(url)["ETag"]
    member_etag = member.get(url)["ETag"]
    assert lead_etag == member_etag

    first = lead.patch(url, {"title": "Press release (final)"}, format="json", HTTP_IF_MATCH=lead_etag)
    assert first.status_code == 200

    second = member.patch(url, {"status": "done"}, format="json", HTTP_IF_MATCH=member_etag)
    assert second.status_code == 412
    body = second.json()
    assert body["code"] == "precondition_failed" and body["extra"]["current_etag"] == first["ETag"]

    task = Task.objects.get(pk=world.pr_task.pk)
    assert task.title == "Press release (final)" and task.status == "todo"

    retry = member.patch(url, {"status": "done"}, format="json", HTTP_IF_MATCH=member.get(url)["ETag"])
    assert retry.status_code == 200
    task.refresh_from_db()
    assert task.title == "Press release (final)" and task.status == "done"


def test_delete_with_a_stale_etag_is_refused(world, client_for):
    client = client_for(world.office)
    url = "/api/v1/milestones/"
    milestone = client.post(url, {"launch": world.launch.pk, "name": "Embargo", "offset_days": 0}, format="json")
    stale = milestone["ETag"]
    client.patch(f"{url}{milestone.json()['id']}/", {"name": "Embargo lifts"}, format="json")
    assert client.delete(f"{url}{milestone.json()['id']}/", HTTP_IF_MATCH=stale).status_code == 412
    assert client.get(f"{url}{milestone.json()['id']}/").status_code == 200


def test_writes_without_if_match_still_work(world, client_for):
    response = client_for(world.office).patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"title": "T"}, format="json")
    assert response.status_code == 200 and response.json()["title"] == "T"
    assert Task.objects.get(pk=world.pr_task.pk).title == "T"


def test_a_task_etag_changes_when_moving_launch_day_moves_its_planned_dates(world, client_for):
    client = client_for(world.office)
    url = f"/api/v1/tasks/{world.marketing_task.pk}/"
    before = client.get(url)
    moved = client.post(
        f"/api/v1/launches/{world.launch.pk}/move-t-zero/",
        {"t_zero": (world.launch.t_zero + dt.timedelta(days=14)).isoformat()},
        format="json",
    )
    assert moved.status_code == 200, moved.content
    after = client.get(url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after.json()["planned_start"] != before.json()["planned_start"]


def test_a_workstream_etag_changes_when_a_task_is_added_to_it(world, client_for):
    client = client_for(world.office)
    url = f"/api/v1/workstreams/{world.pr_ws.pk}/"
    before = client.get(url)
    created = client.post("/api/v1/tasks/", {"workstream": world.pr_ws.pk, "title": "FAQ", "offset_days": -3})
    assert created.status_code == 201, created.content
    after = client.get(url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after.json()["task_count"] == before.json()["task_count"] + 1


@pytest.mark.parametrize(
    ("action", "body"),
    [
        pytest.param("transition/", {"status": "planning"}, id="transition"),
        pytest.param("move-t-zero/", {"t_zero": "2027-09-01T08:00:00Z"}, id="move-t-zero"),
    ],
)
def test_launch_actions_honour_if_match(world, client_for, action, body):
    client = client_for(world.office)
    url = f"/api/v1/launches/{world.launch.pk}/"
    stale = client.get(url)["ETag"]
    assert client.patch(url, {"name": "Renamed"}, format="json", HTTP_IF_MATCH=stale).status_code == 200
    assert Launch.objects.get(pk=world.launch.pk).name == "Renamed"
    before = Launch.objects.values("status", "t_zero").get(pk=world.launch.pk)

    refused = client.post(url + action, body, format="json", HTTP_IF_MATCH=stale)
    assert refused.status_code == 412 and refused.json()["code"] == "precondition_failed"
    assert Launch.objects.values("status", "t_zero").get(pk=world.launch.pk) == before

    fresh = client.get(url)["ETag"]
    assert client.post(url + action, body, format="json", HTTP_IF_MATCH=fresh).status_code == 200


def test_a_gate_decision_honours_if_match(world, client_for):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    client = client_for(world.office)
    url = f"/api/v1/gates/{gate.pk}/"
    stale = client.get(url)["ETag"]
    assert client.patch(url, {"name": "Go / No-Go"}, format="json", HTTP_IF_MATCH=stale).status_code == 200
    assert Gate.objects.get(pk=gate.pk).name == "Go / No-Go"

    refused = client.post(url + "decide/", {"decision": "approve"}, format="json", HTTP_IF_MATCH=stale)
    assert refused.status_code == 412
    assert not GateDecision.objects.filter(gate=gate).exists()


def test_the_timeline_answers_304_to_if_modified_since_alone(world, client_for):
    client = client_for(world.viewer)
    url = f"/api/v1/launches/{world.launch.pk}/timeline/"
    first = client.get(url)
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304

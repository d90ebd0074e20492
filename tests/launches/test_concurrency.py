"""Rule 6: two people editing the same task do not silently overwrite each other (ETag / If-Match)."""

import pytest

from launches.models import Task

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
    assert response.status_code == 200

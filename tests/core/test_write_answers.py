"""A write's answer is read after its transaction commits: the locks it took (its launch's, which every other
write to the plan waits for) are not held while the answer is read and rendered."""

import pytest
from django.db import connection

from core.viewsets import ServiceModelViewSet
from launches.models import Task

pytestmark = pytest.mark.django_db


# The test's own transaction, which stands for the database's autocommit here: the outermost block.
_OUTER = 1


def _in_write() -> bool:
    """Whether the request is inside its write's transaction."""
    return len(connection.atomic_blocks) > _OUTER


def _answer_reads(monkeypatch) -> list[bool]:
    """For each read of an answer: whether it ran inside the write's transaction."""
    inside: list[bool] = []
    real = ServiceModelViewSet._reload

    def reload(self, obj):
        inside.append(_in_write())
        return real(self, obj)

    monkeypatch.setattr(ServiceModelViewSet, "_reload", reload)
    return inside


def test_a_patch_reads_its_answer_after_commit_and_answers_what_was_saved(world, client_for, monkeypatch):
    client = client_for(world.pr_lead)
    url = f"/api/v1/tasks/{world.pr_task.pk}/"
    etag = client.get(url)["ETag"]
    inside = _answer_reads(monkeypatch)
    response = client.patch(url, {"title": "Press kit"}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 200, response.json()
    # The If-Match check reads under the lock; the answer after commit.
    assert inside[-1] is False
    assert response.json()["title"] == "Press kit" == Task.objects.get(pk=world.pr_task.pk).title
    assert response["ETag"] == client.get(url)["ETag"]


def test_an_action_reads_its_answer_after_commit(world, client_for, monkeypatch):
    from tests.communications.factories import CommunicationFactory

    communication = CommunicationFactory(launch=world.launch, author=world.marketing_member)
    inside = _answer_reads(monkeypatch)
    response = client_for(world.marketing_member).post(f"/api/v1/communications/{communication.pk}/submit/")
    assert response.status_code == 200, response.json()
    assert inside and inside[-1] is False


def test_an_object_deleted_between_the_commit_and_the_answer_is_a_404_that_says_so(world, client_for, monkeypatch):
    client = client_for(world.pr_lead)
    url = f"/api/v1/tasks/{world.pr_task.pk}/"
    real = ServiceModelViewSet._reload

    def reload(self, obj):
        if not _in_write():  # the answer, after commit: another request deletes it first
            Task.objects.filter(pk=obj.pk).delete()
        return real(self, obj)

    monkeypatch.setattr(ServiceModelViewSet, "_reload", reload)
    response = client.patch(url, {"title": "Press kit"}, format="json")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert response.json()["message"] == "It was deleted by another change just after this one."

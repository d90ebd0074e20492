"""Issue 20, against a real Celery worker (Redis in CI's second pass; the in-memory transport otherwise):
a communication goes out exactly once when its publishing task is duplicated, and a channel that fails once is
retried by the worker and sends once. Transactional: the worker sees only committed rows."""

import pytest
from django.utils import timezone

from communications import channels, tasks
from communications.models import Communication, Publication
from notifications.models import EmailDelivery, EventKind, LaunchEvent
from tests.communications.factories import CommunicationFactory
from tests.notifications.test_worker import worker  # noqa: F401  (the fixture)
from tests.polling import wait_until

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _due(world, **fields) -> Communication:
    """An approved communication whose planned moment has come, with no embargo."""
    offset = (timezone.now() - world.launch.t_zero).days - 1
    return CommunicationFactory(
        launch=world.launch,
        author=world.pr_member,
        department=world.pr,
        status="approved",
        offset_days=offset,
        **fields,
    )


def test_a_duplicated_publishing_task_sends_once(world, worker):  # noqa: F811
    item = _due(world, destinations=["newsroom", "email"], email_recipients="desk@example.com, tips@example.com")
    for _ in range(3):
        tasks.communications_publish_due.delay()
    tasks.communications_publish_due.apply_async(task_id="publish-once")
    tasks.communications_publish_due.apply_async(task_id="publish-once")
    wait_until(
        lambda: worker[tasks.communications_publish_due.name] >= 5,
        "the five publishing runs (and the sweep after it went out)",
    )
    wait_until(lambda: Publication.objects.filter(communication=item, status="sent").count() == 2, "both channels sent")
    # Its publication tasks, sent again, send nothing more.
    for publication in Publication.objects.filter(communication=item):
        tasks.publication_send.delay(publication.pk)
    wait_until(lambda: worker[tasks.publication_send.name] >= 4, "the duplicated sends")
    wait_until(lambda: EmailDelivery.objects.filter(status="sent").count() == 2, "the two emails")
    item.refresh_from_db()
    assert item.status == "published"
    assert sorted(EmailDelivery.objects.values_list("to", flat=True)) == ["desk@example.com", "tips@example.com"]
    assert LaunchEvent.objects.filter(kind=EventKind.COMMUNICATION_PUBLISHED).count() == 1
    assert [p.attempts for p in Publication.objects.filter(communication=item)] == [1, 1]


def test_a_channel_failing_once_is_retried_by_the_worker_and_sends_once(world, worker, settings, monkeypatch):  # noqa: F811
    settings.COMMUNICATION_PUBLISH_RETRY_SECONDS = 0.2
    sent = []

    class FailsOnce:
        key, label = "fails-once", "Fails its first attempt"

        def send(self, publication, item):
            if publication.attempts == 1:
                raise OSError("the receiver is restarting")
            sent.append(publication.pk)
            return "Taken on the second try"

    monkeypatch.setitem(channels.CHANNELS, "fails-once", FailsOnce())
    item = _due(world, destinations=["fails-once"])
    tasks.communications_publish_due.delay()
    tasks.communications_publish_due.delay()
    wait_until(
        lambda: Publication.objects.filter(communication=item, status="sent").exists(), "the retried publication"
    )
    publication = Publication.objects.get(communication=item)
    assert (publication.attempts, publication.detail) == (2, "Taken on the second try")
    assert sent == [publication.pk]
    wait_until(
        lambda: LaunchEvent.objects.filter(kind=EventKind.COMMUNICATION_PUBLISH_FAILED).count() == 1,
        "the office's alert of the first failure",
    )

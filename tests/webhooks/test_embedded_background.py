"""Without a broker (`make run`), background work runs on a small in-process thread pool after the response:
a write never waits for a slow webhook receiver, and the delivery still lands exactly once. The pool's threads
see only committed rows, hence a transactional test."""

import pytest

from gates.models import Gate
from notifications.models import EventKind
from tests.polling import WAIT_SECONDS, wait_until
from tests.webhooks.server import receiver
from webhooks import services
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_without_a_broker_a_write_returns_before_a_slow_webhook_receiver_answers(
    world, client_for, settings, monkeypatch
):
    settings.EMBEDDED_TASKS_IN_BACKGROUND = True
    # The live stream's render and the calendar rebuild run on the pool beside the delivery; on the tests' shared
    # in-memory SQLite a write beside their reads is refused at once ("table is locked", no busy wait, unlike make
    # run's file database), which would fail the delivery's write for a reason this test is not about.
    from live import tasks as live_tasks

    from calendars import tasks as calendar_tasks

    monkeypatch.setattr(live_tasks.launch_schedule_publish, "run", lambda *args, **kwargs: None)
    monkeypatch.setattr(calendar_tasks.calendar_entries_update, "run", lambda *args, **kwargs: 0)
    # The pool is the process's: work an earlier test left on it would hold its threads.
    from core.tasks import embedded_tasks_wait

    assert embedded_tasks_wait(timeout=WAIT_SECONDS), "work an earlier test left on the pool"
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    settings.WEBHOOK_TIMEOUT_SECONDS = 60
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    with receiver([], hold_seconds=20) as received:
        services.webhook_create(actor=world.office, url=received.url, events=[EventKind.GATE_DECIDED])
        response = client_for(world.office).post(
            f"/api/v1/gates/{gate.pk}/decide/", {"decision": "reject", "comment": "Not yet"}, format="json"
        )
        assert response.status_code == 200, response.content
        # The receiver holds its answer until released: the write was answered without waiting for it.
        assert received.answered == 0
        received.release.set()
        wait_until(lambda: WebhookDelivery.objects.filter(status="succeeded").exists(), "the delivery to succeed")
        assert embedded_tasks_wait(timeout=WAIT_SECONDS)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempt_count, len(received.requests), received.answered) == (
        "succeeded",
        1,
        1,
        1,
    )
    assert list(delivery.attempts.values_list("number", "status_code")) == [(1, 200)]

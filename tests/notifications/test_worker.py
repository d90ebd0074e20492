"""Against a real Celery worker: on the configured broker (Redis in CI, where an unreachable broker fails these
tests), or with no broker configured, a worker in this process on the in-memory transport. The worker runs
in a thread and sees only committed rows, hence transactional tests."""

import datetime as dt
import threading
from collections import Counter

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.core import mail

from config.celery import app
from gates import services as gate_services
from gates.models import Gate
from notifications import tasks
from notifications.models import EmailDelivery, EventKind, Notification, NotificationKind
from tests.factories import TaskFactory
from tests.notifications.factories import NotificationPreferenceFactory
from tests.polling import wait_until
from tests.webhooks.server import receiver
from webhooks import services as webhook_services
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def worker():
    """A worker thread on the configured broker; counts the tasks it finished, by name."""
    finished: Counter[str] = Counter()
    lock = threading.Lock()

    def count(sender=None, **_kwargs):
        with lock:
            finished[sender.name] += 1

    with app.connection_for_write() as connection:
        # Fails the test, not skips it, when a configured broker is unreachable.
        connection.ensure_connection(max_retries=3)
        connection.default_channel.queue_purge(app.conf.task_default_queue)
    task_postrun.connect(count, weak=False)
    app.conf.task_always_eager = False
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
            yield finished
    finally:
        app.conf.task_always_eager = True
        task_postrun.disconnect(count)


def test_a_reminder_is_delivered_exactly_once_when_the_task_is_sent_twice(world, worker):
    NotificationPreferenceFactory(user=world.marketing_member, email_events=[NotificationKind.TASK_DUE_SOON])
    today = dt.datetime.now(world.launch.zone).date()
    TaskFactory(
        workstream=world.marketing_ws,
        title="Brief the agency",
        schedule_mode="fixed",
        offset_days=None,
        start_date=today + dt.timedelta(days=1),
        duration_days=1,
        assignee=world.marketing_member,
    )
    tasks.reminders_send.apply_async(task_id="reminders-once")
    tasks.reminders_send.apply_async(task_id="reminders-once")
    wait_until(lambda: worker[tasks.reminders_send.name] == 2, "both reminder runs")
    wait_until(lambda: worker[tasks.email_send.name] >= 1, "the email task")
    delivery = EmailDelivery.objects.get()
    # The same email task sent twice more sends nothing more.
    tasks.email_send.delay(delivery.pk)
    tasks.email_send.delay(delivery.pk)
    wait_until(lambda: worker[tasks.email_send.name] == 3, "the duplicated email tasks")
    notices = Notification.objects.filter(recipient=world.marketing_member, kind=NotificationKind.TASK_DUE_SOON)
    assert notices.count() == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("sent", 1)
    assert len(mail.outbox) == 1 and "Brief the agency" in mail.outbox[0].subject


def test_a_webhook_failing_twice_is_delivered_once_with_three_attempts_logged(world, worker, settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    settings.WEBHOOK_RETRY_BACKOFF_SECONDS = 0.2
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    with receiver([500, 502]) as received:
        webhook_services.webhook_create(actor=world.office, url=received.url, events=[EventKind.GATE_DECIDED])
        gate_services.gate_decide(actor=world.office, gate=gate, decision="approve")
        wait_until(
            lambda: WebhookDelivery.objects.filter(status="succeeded").exists(),
            "the webhook delivery to succeed",
        )
    delivery = WebhookDelivery.objects.get()
    assert delivery.attempt_count == 3
    assert list(delivery.attempts.values_list("number", "status_code")) == [(1, 500), (2, 502), (3, 200)]
    assert len(received.requests) == 3

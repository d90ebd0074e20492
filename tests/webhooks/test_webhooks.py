"""Webhooks: office-only registration, http(s) only, no internal targets unless allowed, signed JSON payloads,
retries with backoff, a delivery log (tasks run eagerly; the real-worker test is in tests/notifications)."""

import datetime as dt
import hashlib
import hmac

import orjson
import pytest
from django.utils import timezone

from gates import services as gate_services
from gates.models import Gate
from launches import services as launch_services
from launches.models import Launch, LaunchStatus
from notifications.models import EventKind, LaunchEvent, Notification
from tests.webhooks.server import receiver
from webhooks import services, tasks
from webhooks.delivery import SIGNATURE_HEADER, TIMESTAMP_HEADER
from webhooks.models import Webhook, WebhookDelivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def loopback_allowed(settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    settings.WEBHOOK_RETRY_BACKOFF_SECONDS = 0  # each retry is due at once, for the resume sweep to post it


def _decide(world, django_capture_on_commit_callbacks):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    with django_capture_on_commit_callbacks(execute=True):
        gate_services.gate_decide(actor=world.office, gate=gate, decision="reject", comment="Not yet")
    return gate


def test_office_registers_a_webhook_and_sees_the_secret_only_once(world, client_for):
    client = client_for(world.office)
    response = client.post(
        "/api/v1/webhooks/",
        {"url": "https://hooks.example.com/t", "events": ["gate.decided"], "launch": world.launch.pk},
    )
    assert response.status_code == 201, response.content
    secret = response.json()["secret"]
    assert len(secret) >= 32
    listed = client.get("/api/v1/webhooks/").json()["results"]
    assert listed[0]["url"] == "https://hooks.example.com/t" and "secret" not in listed[0]
    assert Webhook.objects.get().secret == secret


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("ftp://example.com/x", "url"),
        ("http://127.0.0.1:8000/x", "url"),
        ("http://10.0.0.5/x", "url"),
        ("http://[::1]/x", "url"),
        ("http://169.254.169.254/latest/meta-data", "url"),
        ("http://localhost/x", "url"),
    ],
)
def test_only_public_http_urls_are_accepted(world, client_for, url, field):
    response = client_for(world.office).post("/api/v1/webhooks/", {"url": url, "events": ["gate.decided"]})
    assert response.status_code == 400
    assert field in response.json()["extra"]["fields"]


def test_unknown_or_no_events_are_refused_naming_the_field(world, client_for):
    client = client_for(world.office)
    for events in ([], ["launch.exploded"]):
        response = client.post("/api/v1/webhooks/", {"url": "https://example.com/", "events": events})
        assert response.status_code == 400
        assert "events" in response.json()["extra"]["fields"]


def test_a_failing_receiver_gets_the_event_once_after_three_attempts(
    world, loopback_allowed, django_capture_on_commit_callbacks
):
    with receiver([500, 503]) as received:
        webhook = services.webhook_create(actor=world.office, url=received.url, events=[EventKind.GATE_DECIDED])
        _decide(world, django_capture_on_commit_callbacks)
        # Without a broker the failed attempt is not retried inside the request; the resume sweep retries it.
        assert WebhookDelivery.objects.get().attempt_count == 1
        assert services.webhook_deliveries_resume() == 1
        assert services.webhook_deliveries_resume() == 1
        assert services.webhook_deliveries_resume() == 0
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempt_count, delivery.next_attempt_at) == ("succeeded", 3, None)
    assert list(delivery.attempts.values_list("number", "status_code")) == [(1, 500), (2, 503), (3, 200)]
    assert len(received.requests) == 3
    headers, body = received.requests[-1]
    mac = hmac.new(webhook.secret.encode(), headers[TIMESTAMP_HEADER].encode() + b"." + body, hashlib.sha256)
    assert headers[SIGNATURE_HEADER] == f"sha256={mac.hexdigest()}"
    payload = orjson.loads(body)
    assert payload["event"] == "gate.decided" and payload["gate"]["name"] == "Go/No-Go"
    assert "Go/No-Go" in payload["text"] and world.launch.name in payload["text"]
    # Delivering again (a duplicated task) posts nothing.
    assert services.webhook_deliver(delivery_id=delivery.pk) is None


def test_without_a_broker_a_failed_attempt_waits_for_its_backoff_outside_the_request(
    world, loopback_allowed, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_RETRY_BACKOFF_SECONDS = 600
    with receiver([503]) as received:
        services.webhook_create(actor=world.office, url=received.url, events=[EventKind.GATE_DECIDED])
        before = timezone.now()
        _decide(world, django_capture_on_commit_callbacks)
        delivery = WebhookDelivery.objects.get()
        assert (delivery.status, delivery.attempt_count, len(received.requests)) == ("pending", 1, 1)
        assert (
            before + dt.timedelta(seconds=599) < delivery.next_attempt_at < timezone.now() + dt.timedelta(seconds=601)
        )
        # Not due: neither the sweep nor a duplicated task posts again.
        assert services.webhook_deliveries_resume() == 0
        assert tasks.webhook_deliver.delay(delivery.pk).get() == "due again later"
        assert len(received.requests) == 1
        # Due: the sweep posts it, and it succeeds.
        WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
        assert services.webhook_deliveries_resume() == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempt_count, len(received.requests)) == ("succeeded", 2, 2)


def test_a_client_error_is_not_retried(world, loopback_allowed, django_capture_on_commit_callbacks):
    with receiver([404]) as received:
        services.webhook_create(actor=world.office, url=received.url, events=[EventKind.GATE_DECIDED])
        _decide(world, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempt_count, len(received.requests)) == ("failed", 1, 1)


def test_delivery_gives_up_after_the_last_attempt(
    world, loopback_allowed, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    with receiver([500] * 10) as received:
        services.webhook_create(actor=world.office, url=received.url, events=[EventKind.GATE_DECIDED])
        _decide(world, django_capture_on_commit_callbacks)
        while services.webhook_deliveries_resume():
            pass
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempt_count, len(received.requests)) == ("failed", 3, 3)


def test_a_name_resolving_to_loopback_is_refused_at_delivery(world, settings, django_capture_on_commit_callbacks):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    with receiver([]) as received:
        services.webhook_create(
            actor=world.office, url=received.url.replace("127.0.0.1", "localhost"), events=[EventKind.GATE_DECIDED]
        )
        settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
        _decide(world, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed" and received.requests == []
    assert "private or loopback" in delivery.attempts.get().error


def test_webhooks_receive_only_their_launch_and_events(world, loopback_allowed, django_capture_on_commit_callbacks):
    other = services.webhook_create(actor=world.office, url="https://example.com/a", events=[EventKind.GATE_DECIDED])
    other.launch = None
    Webhook.objects.filter(pk=other.pk).update(is_active=False)
    wrong_event = services.webhook_create(
        actor=world.office, url="https://example.com/b", events=[EventKind.T_ZERO_MOVED]
    )
    with receiver([]) as received:
        mine = services.webhook_create(
            actor=world.office, url=received.url, events=[EventKind.GATE_DECIDED], launch=world.launch
        )
        _decide(world, django_capture_on_commit_callbacks)
    assert list(WebhookDelivery.objects.values_list("webhook_id", flat=True)) == [mine.pk]
    assert wrong_event.deliveries.count() == 0


def test_the_delivery_log_filters_by_webhook_in_a_fixed_number_of_queries(
    world, client_for, loopback_allowed, django_assert_num_queries, django_capture_on_commit_callbacks
):
    client = client_for(world.office)
    with receiver([]) as received:
        first = services.webhook_create(actor=world.office, url=received.url, events=[EventKind.GATE_DECIDED])
        services.webhook_create(actor=world.office, url=received.url + "2", events=[EventKind.GATE_DECIDED])
        _decide(world, django_capture_on_commit_callbacks)
        # session, user, roles, the webhook filter's check, count, page, attempts
        with django_assert_num_queries(7):
            small = client.get(f"/api/v1/webhook-deliveries/?webhook={first.pk}")
        for _ in range(5):
            _decide(world, django_capture_on_commit_callbacks)
        with django_assert_num_queries(7):
            large = client.get(f"/api/v1/webhook-deliveries/?webhook={first.pk}")
    assert small.json()["count"] == 1 and large.json()["count"] == 6
    assert large.json()["results"][0]["attempts"][0]["status_code"] == 200
    with django_assert_num_queries(5):
        assert client.get("/api/v1/webhooks/").json()["count"] == 2


@pytest.mark.parametrize(
    ("role", "expected"), [("office", 200), ("marketing_lead", 403), ("marketing_member", 403), ("viewer", 403)]
)
def test_only_the_office_sees_webhooks_and_deliveries(world, client_for, role, expected):
    client = client_for(getattr(world, role))
    assert client.get("/api/v1/webhooks/").status_code == expected
    assert client.get("/api/v1/webhook-deliveries/").status_code == expected
    assert client_for(None).get("/api/v1/webhooks/").status_code == 401


def test_a_deleted_task_and_a_status_change_reach_webhooks_and_tell_nobody(
    world, loopback_allowed, settings, django_capture_on_commit_callbacks
):
    Launch.objects.filter(pk=world.launch.pk).update(status=LaunchStatus.PLANNING)
    world.launch.refresh_from_db()
    task_id, title = world.pr_task.pk, world.pr_task.title
    with receiver([]) as received:
        services.webhook_create(
            actor=world.office,
            url=received.url,
            events=[EventKind.TASK_DELETED, EventKind.LAUNCH_STATUS_CHANGED],
            payload_format="json",
        )
        with django_capture_on_commit_callbacks(execute=True):
            launch_services.task_delete(actor=world.office, task=world.pr_task)
        with django_capture_on_commit_callbacks(execute=True):
            launch_services.launch_set_status(actor=world.office, launch=world.launch, status=LaunchStatus.READY)
    deleted, status = (orjson.loads(body) for _headers, body in received.requests)
    link = f"{settings.SITE_URL}/launches/{world.launch.pk}"
    # The task's row is gone: its data names it.
    assert (deleted["event"], deleted["task"], deleted["data"]) == (
        "task.deleted",
        None,
        {"task": task_id, "title": title},
    )
    assert deleted["text"] == f"{world.launch.name}: Task deleted — {title} {link}"
    assert (status["event"], status["data"]) == ("launch.status_changed", {"from": "planning", "to": "ready"})
    assert status["text"] == f"{world.launch.name}: Launch status changed from planning to ready {link}"
    events = LaunchEvent.objects.filter(kind__in=[EventKind.TASK_DELETED, EventKind.LAUNCH_STATUS_CHANGED])
    assert events.count() == 2 and all(event.dispatched_at is not None and event.task_id is None for event in events)
    assert not Notification.objects.exists()  # nobody is told: webhooks subscribe

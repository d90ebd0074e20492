"""Webhooks for communications: a webhook subscribed to `communication.submitted`, `communication.decided` and
`communication.embargo_lifting` receives each as a signed delivery with the payload docs/notifications.md
documents."""

import datetime as dt
import hashlib
import hmac

import orjson
import pytest

from communications import services as communication_services
from communications.models import Embargo
from gates.models import Gate
from notifications import outbox
from notifications.models import EventKind
from tests.communications.factories import CommunicationFactory
from tests.webhooks.server import receiver
from webhooks import services
from webhooks.delivery import DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db

COMMUNICATION_EVENTS = [
    EventKind.COMMUNICATION_SUBMITTED,
    EventKind.COMMUNICATION_DECIDED,
    EventKind.COMMUNICATION_EMBARGO_LIFTING,
]


@pytest.fixture
def loopback_allowed(settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    settings.SITE_URL = "https://t-minus.example.com"


def _verified(secret: str, headers: dict[str, str], body: bytes) -> dict:
    """The payload, once its signature checks out as docs/notifications.md tells receivers to check it."""
    mac = hmac.new(secret.encode(), headers[TIMESTAMP_HEADER].encode() + b"." + body, hashlib.sha256)
    assert hmac.compare_digest(headers[SIGNATURE_HEADER], f"sha256={mac.hexdigest()}")
    return orjson.loads(body)


def test_a_communication_submitted_approved_and_about_to_lift_reaches_the_webhook_signed(
    world, loopback_allowed, django_capture_on_commit_callbacks
):
    item = CommunicationFactory(
        launch=world.launch,
        author=world.marketing_member,
        department=world.marketing,
        title="Teaser post",
        embargo=Embargo.T_ZERO,
        offset_days=0,
    )
    launch_json = {
        "id": world.launch.pk,
        "name": world.launch.name,
        "url": f"https://t-minus.example.com/launches/{world.launch.pk}",
    }
    with receiver([]) as received:
        webhook = services.webhook_create(actor=world.office, url=received.url, events=COMMUNICATION_EVENTS)
        with django_capture_on_commit_callbacks(execute=True):
            communication_services.communication_submit(actor=world.marketing_member, item=item)
        with django_capture_on_commit_callbacks(execute=True):
            communication_services.communication_decide(actor=world.office, item=item, decision="approve")
        with django_capture_on_commit_callbacks(execute=True):
            outbox.embargoes_lifting_notify(now=world.launch.t_zero - dt.timedelta(hours=2))

    assert len(received.requests) == 3
    deliveries = list(WebhookDelivery.objects.order_by("id"))
    assert [d.event_kind for d in deliveries] == COMMUNICATION_EVENTS
    assert all(d.status == "succeeded" and d.attempt_count == 1 for d in deliveries)
    submitted, decided, lifting = (
        (headers, _verified(webhook.secret, headers, body)) for headers, body in received.requests
    )

    headers, payload = submitted
    assert (headers[EVENT_HEADER], headers[DELIVERY_HEADER]) == ("communication.submitted", str(deliveries[0].pk))
    assert payload["event"] == "communication.submitted"
    assert payload["launch"] == launch_json
    assert (payload["task"], payload["gate"], payload["actor"]) == (None, None, "marketing.member")
    assert payload["data"] == {"communication": item.pk, "title": "Teaser post", "kind": "social_post"}
    assert payload["text"] == (
        f"*{world.launch.name}*: Communication submitted for approval — Teaser post "
        f"<{launch_json['url']}|Open in T-Minus>"
    )

    headers, payload = decided
    assert headers[EVENT_HEADER] == payload["event"] == "communication.decided"
    assert payload["actor"] == "office"
    assert payload["data"] == {
        "communication": item.pk,
        "title": "Teaser post",
        "author": world.marketing_member.pk,
        "decision": "approve",
        "status": "approved",
        "comment": "",
        "as": "office",
        "actor_name": world.office.full_name,
    }
    # A communication's decision is not a gate's.
    assert "— Teaser post (now approved)" in payload["text"] and "gate" not in payload["text"]

    headers, payload = lifting
    assert headers[EVENT_HEADER] == payload["event"] == "communication.embargo_lifting"
    assert (payload["actor"], payload["gate"]) == (None, None)
    t_zero = world.launch.t_zero.isoformat()
    assert payload["data"] == {
        "communication": item.pk,
        "title": "Teaser post",
        "kind": "social_post",
        "channel": "LinkedIn",
        "author": world.marketing_member.pk,
        "embargo": "t_zero",
        "embargo_gate": None,
        "gate_name": None,
        "lifts_at": t_zero,
        "planned_at": t_zero,
    }
    assert f"Communication embargo about to lift — Teaser post (T-0 at {t_zero})" in payload["text"]


def test_a_gate_embargo_lifting_names_its_gate_in_the_payload(
    world, loopback_allowed, django_capture_on_commit_callbacks
):
    now = world.launch.t_zero - dt.timedelta(days=3)
    gate = Gate.objects.create(
        launch=world.launch, name="Go/No-Go", schedule_mode="fixed", at=now + dt.timedelta(hours=5)
    )
    CommunicationFactory(
        launch=world.launch,
        author=world.marketing_member,
        status="approved",
        embargo=Embargo.GATE,
        embargo_gate=gate,
        title="Press release",
    )
    with receiver([]) as received:
        # Subscribed to the embargo only: the other communication events do not reach it.
        webhook = services.webhook_create(
            actor=world.office, url=received.url, events=[EventKind.COMMUNICATION_EMBARGO_LIFTING]
        )
        with django_capture_on_commit_callbacks(execute=True):
            outbox.embargoes_lifting_notify(now=now)
        with django_capture_on_commit_callbacks(execute=True):
            # Swept again: delivered once.
            outbox.embargoes_lifting_notify(now=now + dt.timedelta(minutes=15))

    assert len(received.requests) == 1
    payload = _verified(webhook.secret, *received.requests[0])
    assert payload["gate"] == {"id": gate.pk, "name": "Go/No-Go", "status": "pending"}
    assert (payload["data"]["embargo"], payload["data"]["embargo_gate"]) == ("gate", gate.pk)
    assert payload["data"]["lifts_at"] == (now + dt.timedelta(hours=5)).isoformat()
    assert "— Press release (gate “Go/No-Go” planned at" in payload["text"]

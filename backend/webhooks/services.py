"""Writes of webhooks: the office registers them; each launch event becomes one delivery per matching webhook,
posted (signed) after commit and retried with exponential backoff until it succeeds or gives up."""

import datetime as dt
import secrets
import time
from collections.abc import Iterable, Mapping
from typing import Any

import orjson
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.access import access_require_office
from accounts.models import User
from core.errors import ValidationError
from launches.models import Launch
from notifications.models import EventKind, LaunchEvent
from notifications.services import deliveries_resume, enqueue_on_commit, retry_backoff_seconds
from webhooks import delivery as http
from webhooks import tasks
from webhooks.models import Webhook, WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus

# Worth retrying: the receiver is down, overloaded or asks us to slow down. Any other 4xx will not improve.
RETRY_STATUSES = frozenset({408, 425, 429})
# Their subject is the communication (named in the event's data), not a task or gate.
COMMUNICATION_EVENTS = frozenset(
    {EventKind.COMMUNICATION_SUBMITTED, EventKind.COMMUNICATION_DECIDED, EventKind.COMMUNICATION_EMBARGO_LIFTING}
)


def _check_url(url: str) -> None:
    try:
        http.url_check(url)
    except http.WebhookTargetRefusedError as exc:
        raise ValidationError(str(exc), field="url") from exc


def _check_events(events: Iterable[str]) -> list[str]:
    chosen = sorted(set(events))
    if not chosen:
        raise ValidationError("Choose at least one event.", field="events")
    unknown = [kind for kind in chosen if kind not in EventKind.values]
    if unknown:
        raise ValidationError(f"Unknown events: {', '.join(unknown)}.", field="events")
    return chosen


@transaction.atomic
def webhook_create(
    *,
    actor: User,
    url: str,
    events: Iterable[str],
    launch: Launch | None = None,
    is_active: bool = True,
) -> Webhook:
    """Office only. Only http(s) URLs, not to internal addresses; the secret is made here and shown once."""
    access_require_office(actor, "register webhooks")
    _check_url(url)
    return Webhook.objects.create(
        url=url,
        launch=launch,
        events=_check_events(events),
        is_active=is_active,
        secret=secrets.token_urlsafe(32),
        created_by=actor,
    )


@transaction.atomic
def webhook_update(*, actor: User, webhook: Webhook, data: Mapping[str, Any]) -> Webhook:
    """Office only. The secret does not change (delete and register again to rotate it)."""
    access_require_office(actor, "change webhooks")
    if "url" in data:
        _check_url(data["url"])
        webhook.url = data["url"]
    if "events" in data:
        webhook.events = _check_events(data["events"])
    if "launch" in data:
        webhook.launch = data["launch"]
    if "is_active" in data:
        webhook.is_active = data["is_active"]
    webhook.save()
    return webhook


@transaction.atomic
def webhook_delete(*, actor: User, webhook: Webhook) -> None:
    """Office only; its delivery log goes with it."""
    access_require_office(actor, "delete webhooks")
    webhook.delete()


def event_payload(event: LaunchEvent) -> dict[str, Any]:
    """The JSON body: `text` reads well when posted into Slack or Teams incoming webhooks; the rest is for
    programs."""
    launch = event.launch
    subject = event.task.title if event.task else (event.gate.name if event.gate else "")
    if event.kind in COMMUNICATION_EVENTS:
        subject = event.data.get("title", "")
    label = EventKind(event.kind).label if event.kind in EventKind.values else event.kind
    link = f"{settings.SITE_URL}/launches/{launch.pk}"
    text = f"*{launch.name}*: {label}" + (f" — {subject}" if subject else "")
    if event.kind == EventKind.GATE_DECIDED and event.data.get("decision"):
        text += f" ({event.data['decision']}, gate now {event.data.get('status')})"
    if event.kind == EventKind.COMMUNICATION_DECIDED:
        text += f" (now {event.data.get('status')})"
    if event.kind == EventKind.COMMUNICATION_EMBARGO_LIFTING:
        gate = event.data.get("gate_name")
        text += f" ({f'gate “{gate}” planned' if gate else 'T-0'} at {event.data.get('lifts_at')})"
    if event.kind == EventKind.T_ZERO_MOVED:
        text += f" from {event.data.get('from')} to {event.data.get('to')}"
    return {
        "text": f"{text} <{link}|Open in T-Minus>",
        "event": event.kind,
        "event_id": event.pk,
        "occurred_at": event.created_at.isoformat(),
        "launch": {"id": launch.pk, "name": launch.name, "url": link},
        "task": {"id": event.task.pk, "title": event.task.title} if event.task else None,
        "gate": {"id": event.gate.pk, "name": event.gate.name, "status": event.gate.status} if event.gate else None,
        "actor": event.actor.username if event.actor else None,
        "data": event.data,
    }


@transaction.atomic
def webhook_deliveries_create(*, event: LaunchEvent) -> list[WebhookDelivery]:
    """One delivery per active webhook that wants this event (for its launch, or global), made once, posted
    after commit."""
    webhooks = Webhook.objects.filter(Q(launch=None) | Q(launch_id=event.launch_id), is_active=True).order_by("id")
    made = []
    payload = None
    for webhook in webhooks:
        if event.kind not in webhook.events:
            continue
        payload = payload or event_payload(event)
        delivery, created = WebhookDelivery.objects.get_or_create(
            webhook=webhook, event=event, defaults={"event_kind": event.kind, "payload": payload}
        )
        if created:
            enqueue_on_commit(tasks.webhook_deliver, delivery.pk)
            made.append(delivery)
    return made


@transaction.atomic
def webhook_deliver(*, delivery_id: int) -> float | None:
    """Post one delivery unless it already succeeded or gave up; every attempt is logged. The row stays locked
    while posting, so a duplicated task waits and then finds it done. Answers the seconds to wait before the
    next attempt, or None when there is nothing more to do."""
    delivery = (
        WebhookDelivery.objects.select_for_update(of=("self",)).select_related("webhook").filter(pk=delivery_id).first()
    )
    if delivery is None or delivery.status != WebhookDeliveryStatus.PENDING:
        return None
    if delivery.next_attempt_at is not None and delivery.next_attempt_at > timezone.now():
        # Not due yet (a duplicated or early task): the wait that is left, nothing posted.
        return (delivery.next_attempt_at - timezone.now()).total_seconds()
    webhook = delivery.webhook
    number = delivery.attempt_count + 1
    body = orjson.dumps(delivery.payload)
    timestamp = str(int(time.time()))
    headers = {
        http.SIGNATURE_HEADER: http.signature(webhook.secret, timestamp, body),
        http.TIMESTAMP_HEADER: timestamp,
        http.EVENT_HEADER: delivery.event_kind,
        http.DELIVERY_HEADER: str(delivery.pk),
        "User-Agent": "T-Minus-Webhooks/1",
    }
    started = time.monotonic()
    status_code, error, retry = None, "", False
    try:
        status_code = http.post(webhook.url, body, headers)
        retry = status_code >= 500 or status_code in RETRY_STATUSES
        if not 200 <= status_code < 300:
            error = f"HTTP {status_code}"
    except http.WebhookTargetRefusedError as exc:
        error = str(exc)
    except OSError as exc:
        error, retry = str(exc) or type(exc).__name__, True
    WebhookAttempt.objects.create(
        delivery=delivery,
        number=number,
        status_code=status_code,
        error=error[:2000],
        duration_ms=int((time.monotonic() - started) * 1000),
    )
    delivery.attempt_count = number
    if not error:
        delivery.status = WebhookDeliveryStatus.SUCCEEDED
        delivery.delivered_at = timezone.now()
    elif not retry or number >= settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status = WebhookDeliveryStatus.FAILED
    wait = (
        retry_backoff_seconds(number, settings.WEBHOOK_RETRY_BACKOFF_SECONDS)
        if delivery.status == WebhookDeliveryStatus.PENDING
        else None
    )
    delivery.next_attempt_at = timezone.now() + dt.timedelta(seconds=wait) if wait is not None else None
    delivery.save(update_fields=["attempt_count", "status", "next_attempt_at", "delivered_at", "updated_at"])
    return wait


def webhook_deliveries_resume() -> int:
    """Periodic (beat): post again the pending deliveries whose next attempt is due (their row says when, so a
    worker's retry that also arrives posts once)."""
    return deliveries_resume(
        WebhookDelivery.objects.filter(status=WebhookDeliveryStatus.PENDING), tasks.webhook_deliver
    )

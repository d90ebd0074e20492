"""Writes of webhooks: the office registers them; each launch event becomes one delivery per matching webhook
(an outbox follower: config/followers.py OUTBOX_FOLLOWERS), posted (signed) after commit and retried with
exponential backoff until it succeeds or gives up (delivery/attempts.py)."""

import datetime as dt
import html
import re
import secrets
import time
from collections.abc import Iterable, Mapping
from typing import Any

import orjson
from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone

from accounts.access import access_require_office
from accounts.models import User
from core.errors import ValidationError
from delivery.attempts import deliveries_resume, delivery_claim, retry_backoff_seconds
from delivery.celery_tasks import enqueue_on_commit
from events.bus import emit
from events.kinds import Change, WebhookCreated, WebhookDeleted, WebhookUpdated
from launches.models import Launch
from notifications.announcements import event_summary
from notifications.models import EventKind, LaunchEvent
from webhooks import delivery as http
from webhooks import tasks
from webhooks.errors import WebhookUrlRefusedError
from webhooks.models import PayloadFormat, Webhook, WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus

# Worth retrying: the receiver is down, overloaded or asks us to slow down. Any other 4xx will not improve.
RETRY_STATUSES = frozenset({408, 425, 429})


def _check_url(url: str) -> None:
    try:
        http.url_check(url)
    except http.WebhookTargetRefusedError as exc:
        raise WebhookUrlRefusedError(str(exc), field="url") from exc


def _check_events(events: Iterable[str]) -> list[str]:
    chosen = sorted(set(events))
    if not chosen:
        raise ValidationError("Choose at least one event.", field="events")
    unknown = [kind for kind in chosen if kind not in EventKind.values]
    if unknown:
        raise ValidationError(f"Unknown events: {', '.join(unknown)}.", field="events")
    return chosen


def _check_payload_format(payload_format: str) -> str:
    if payload_format not in PayloadFormat.values:
        raise ValidationError(f"Choose one of {', '.join(PayloadFormat.values)}.", field="payload_format")
    return payload_format


def _audit_snapshot(webhook: Webhook) -> dict[str, Any]:
    """What the audit history keeps of a webhook. Not its URL, often its credential (a Slack or Teams
    incoming-webhook URL), nor the secret that signs every payload."""
    return {
        "launch": webhook.launch_id,
        "events": list(webhook.events),
        "is_active": webhook.is_active,
        "payload_format": webhook.payload_format,
    }


def _audited(kind: type[Change], actor: User, webhook: Webhook, changes: Mapping[str, Any]) -> Change:
    """The webhook's change, named by its id and in no launch's history (which the launch's readers see):
    webhooks are the office's alone."""
    return kind(actor=actor, id=webhook.pk, label=f"Webhook {webhook.pk}", launch_id=None, changes=changes)


@transaction.atomic
def webhook_create(
    *,
    actor: User,
    url: str,
    events: Iterable[str],
    launch: Launch | None = None,
    is_active: bool = True,
    payload_format: str = PayloadFormat.SLACK,
) -> Webhook:
    """Office only. Only http(s) URLs, not to internal addresses; the secret is made here and shown once. The
    registration is audited (rule 6), without its URL or secret."""
    access_require_office(actor, "register webhooks")
    _check_url(url)
    webhook = Webhook.objects.create(
        url=url,
        launch=launch,
        events=_check_events(events),
        is_active=is_active,
        payload_format=_check_payload_format(payload_format),
        secret=secrets.token_urlsafe(32),
        created_by=actor,
    )
    created = {name: {"from": None, "to": value} for name, value in _audit_snapshot(webhook).items()}
    emit(_audited(WebhookCreated, actor, webhook, created))
    return webhook


@transaction.atomic
def webhook_update(*, actor: User, webhook: Webhook, data: Mapping[str, Any]) -> Webhook:
    """Office only. The secret does not change (delete and register again to rotate it); what changed is audited
    (rule 6), a new URL only as changed."""
    access_require_office(actor, "change webhooks")
    url_before, before = webhook.url, _audit_snapshot(webhook)
    if "url" in data:
        _check_url(data["url"])
        webhook.url = data["url"]
    if "events" in data:
        webhook.events = _check_events(data["events"])
    if "launch" in data:
        webhook.launch = data["launch"]
    if "is_active" in data:
        webhook.is_active = data["is_active"]
    if "payload_format" in data:
        webhook.payload_format = _check_payload_format(data["payload_format"])
    webhook.save()
    changes = {
        name: {"from": before[name], "to": value}
        for name, value in _audit_snapshot(webhook).items()
        if before[name] != value
    }
    if webhook.url != url_before:
        changes["url"] = {"from": "(previous URL)", "to": "(new URL)"}
    emit(_audited(WebhookUpdated, actor, webhook, changes))
    return webhook


@transaction.atomic
def webhook_delete(*, actor: User, webhook: Webhook) -> None:
    """Office only; its delivery log goes with it (the audit history keeps that it was deleted)."""
    access_require_office(actor, "delete webhooks")
    deleted = {name: {"from": value, "to": None} for name, value in _audit_snapshot(webhook).items()}
    emit(_audited(WebhookDeleted, actor, webhook, deleted))
    webhook.delete()


# User text (titles, names, comments) reaches chat tools escaped, so it can neither mention a channel
# (<!channel>, <at>…</at>) nor disguise a link (<https://evil|Reset your password>, [text](url)). Line breaks
# become spaces: a title cannot start a quote, heading or list line of its own.
# Inline specials only: with no line breaks left and the text opening with the launch's name, line-start syntax
# (#, -, +, 1.) cannot begin.
_TEAMS_MARKDOWN_SPECIALS = re.compile(r"([\\`*_~\[\]()|])")


def slack_escape(text: str) -> str:
    """Slack mrkdwn: &, < and > as HTML entities, which is all Slack decodes (its "Escaping text" rule)."""
    return " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def teams_escape(text: str) -> str:
    """Teams connector cards (Markdown and some HTML): Markdown specials backslash-escaped, HTML escaped."""
    return html.escape(_TEAMS_MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(text.split())), quote=False)


def _event_text(event: LaunchEvent, payload_format: str, link: str) -> str:
    """One line saying what happened (the summary its app's announcement writes), written for the webhook's tool;
    only T-Minus's own link is markup."""
    what = event_summary(event)
    name = event.launch.name
    if payload_format == PayloadFormat.TEAMS:
        return f"**{teams_escape(name)}**: {teams_escape(what)} [Open in T-Minus]({link})"
    if payload_format == PayloadFormat.JSON:
        return f"{name}: {what} {link}"
    return f"*{slack_escape(name)}*: {slack_escape(what)} <{link}|Open in T-Minus>"


def event_payload(event: LaunchEvent, payload_format: str = PayloadFormat.SLACK) -> dict[str, Any]:
    """The JSON body: `text` reads well in the webhook's tool (Slack, Teams, or plain for programs), with user
    text escaped for it; the other fields are for programs and carry user text as written."""
    launch = event.launch
    link = f"{settings.SITE_URL}/launches/{launch.pk}"
    return {
        "text": _event_text(event, payload_format, link),
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
    """One delivery per active webhook that wants this event (for its launch, or global), made once, due at once
    (so the resume sweep posts it if its task is lost), posted after commit."""
    webhooks = Webhook.objects.filter(Q(launch=None) | Q(launch_id=event.launch_id), is_active=True).order_by("id")
    made = []
    payloads: dict[str, dict[str, Any]] = {}
    for webhook in webhooks:
        if event.kind not in webhook.events:
            continue
        if webhook.payload_format not in payloads:
            payloads[webhook.payload_format] = event_payload(event, webhook.payload_format)
        delivery, created = WebhookDelivery.objects.get_or_create(
            webhook=webhook,
            event=event,
            defaults={
                "event_kind": event.kind,
                "payload": payloads[webhook.payload_format],
                "next_attempt_at": timezone.now(),
            },
        )
        if created:
            enqueue_on_commit(tasks.webhook_deliver, delivery.pk)
            made.append(delivery)
    return made


def webhook_deliver(*, delivery_id: int) -> float | None:
    """Post one delivery unless it already succeeded or gave up, once: the attempt claims the row first
    (delivery_claim), so a duplicated task or a sweep arriving meanwhile posts nothing, and no database lock is
    held while the receiver answers. Every attempt is logged; whatever makes it fail (no answer, 5xx, 408, 425,
    429, an unexpected error building the request) is retried with backoff up to WEBHOOK_MAX_ATTEMPTS, other
    answers fail at once. Answers the seconds to wait before the next attempt, or None when there is nothing
    more to do."""
    pending = WebhookDelivery.objects.filter(status=WebhookDeliveryStatus.PENDING)
    wait = delivery_claim(pending, delivery_id=delivery_id, count_field="attempt_count")
    if wait is None or wait > 0:
        return wait
    delivery = WebhookDelivery.objects.select_related("webhook").get(pk=delivery_id)
    webhook, number = delivery.webhook, delivery.attempt_count
    started = time.monotonic()
    status_code, error, retry = None, "", False
    try:
        body = orjson.dumps(delivery.payload)
        timestamp = str(int(time.time()))
        headers = {
            http.SIGNATURE_HEADER: http.signature(webhook.secret, timestamp, body),
            http.TIMESTAMP_HEADER: timestamp,
            http.EVENT_HEADER: delivery.event_kind,
            http.DELIVERY_HEADER: str(delivery.pk),
            "User-Agent": "T-Minus-Webhooks/1",
        }
        status_code = http.post(webhook.url, body, headers)
        retry = status_code >= 500 or status_code in RETRY_STATUSES
        if not 200 <= status_code < 300:
            error = f"HTTP {status_code}"
    except http.WebhookTargetRefusedError as exc:
        error = str(exc)
    except OSError as exc:
        error, retry = str(exc) or type(exc).__name__, True
    except DatabaseError:
        raise
    except Exception as exc:
        error, retry = f"{type(exc).__name__}: {exc}", True
    status = WebhookDeliveryStatus.PENDING
    if not error:
        status = WebhookDeliveryStatus.SUCCEEDED
    elif not retry or number >= settings.WEBHOOK_MAX_ATTEMPTS:
        status = WebhookDeliveryStatus.FAILED
    wait = (
        retry_backoff_seconds(number, settings.WEBHOOK_RETRY_BACKOFF_SECONDS)
        if status == WebhookDeliveryStatus.PENDING
        else None
    )
    now = timezone.now()
    with transaction.atomic():
        WebhookAttempt.objects.create(
            delivery=delivery,
            number=number,
            status_code=status_code,
            error=error[:2000],
            duration_ms=int((time.monotonic() - started) * 1000),
        )
        # Unless a later claim took it over (this attempt outlived its claim).
        pending.filter(pk=delivery.pk, attempt_count=number).update(
            status=status,
            delivered_at=now if status == WebhookDeliveryStatus.SUCCEEDED else None,
            next_attempt_at=now + dt.timedelta(seconds=wait) if wait is not None else None,
            updated_at=now,
        )
    return wait


def webhook_deliveries_resume() -> int:
    """Periodic (beat): post again the pending deliveries whose next attempt is due (their row says when, so a
    worker's retry that also arrives posts once)."""
    return deliveries_resume(
        WebhookDelivery.objects.filter(status=WebhookDeliveryStatus.PENDING), tasks.webhook_deliver
    )

"""Email: each message made once under a unique key, sent after commit, retried with backoff until sent or
failed (delivery/attempts.py); immediate emails for the notices of those who opted in."""

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import DatabaseError, transaction
from django.utils import timezone

from accounts.models import User
from delivery.attempts import deliveries_resume, delivery_claim, retry_backoff_seconds
from delivery.celery_tasks import enqueue_on_commit
from notifications import tasks
from notifications.models import DeliveryStatus, EmailDelivery, EmailMode, Notification, NotificationPreference

logger = logging.getLogger(__name__)

# A failed email is tried again after 30 s, 1 min, 2 min … (at most an hour).
EMAIL_RETRY_BACKOFF_SECONDS = 30.0


def header_line(text: str) -> str:
    """User text (a task title) made fit for a mail header: one line, every run of whitespace (CR, LF and the
    other line breaks included) one space, so no header is ever injected or refused."""
    return " ".join(text.split())


def notifications_email(notifications: list[Notification]) -> None:
    """Immediate emails for the notices whose recipients opted in to their kind (one query to learn who)."""
    preferences = {
        preference.user_id: preference
        for preference in NotificationPreference.objects.filter(
            user_id__in={notification.recipient_id for notification in notifications},
            email_mode=EmailMode.IMMEDIATE,
        )
    }
    deliveries: dict[int, EmailDelivery] = {}
    for notification in notifications:
        preference = preferences.get(notification.recipient_id)
        if preference is None or not notification.recipient.email or notification.kind not in preference.email_events:
            continue
        deliveries[notification.pk] = EmailDelivery(
            recipient=notification.recipient,
            to=notification.recipient.email,
            idempotency_key=f"notification:{notification.pk}",
            subject=header_line(f"[T-Minus] {notification.title}")[:300],
            body=f"{notification.body}\n\n{settings.SITE_URL}{notification.url}\n",
        )
    if not deliveries:
        return
    # The notices are new, so are their keys: nobody else can have made these emails.
    for delivery in EmailDelivery.objects.bulk_create(deliveries.values()):
        enqueue_on_commit(tasks.email_send, delivery.pk)
    Notification.objects.filter(pk__in=deliveries).update(emailed_at=timezone.now(), updated_at=timezone.now())


@transaction.atomic
def email_delivery_create(*, recipient: User, idempotency_key: str, subject: str, body: str) -> EmailDelivery | None:
    """Make the email under its unique key and send it after commit; None when that key exists (sent once)."""
    if not recipient.email:
        return None
    return _delivery_create(recipient, recipient.email, idempotency_key, subject, body)


@transaction.atomic
def email_delivery_create_to(*, address: str, idempotency_key: str, subject: str, body: str) -> EmailDelivery | None:
    """An email to an address outside T-Minus (a communication's recipients), made under its unique key and sent
    after commit with the same attempts and retries; None when that key exists (sent once)."""
    return _delivery_create(None, address, idempotency_key, subject, body)


def _delivery_create(
    recipient: User | None, to: str, idempotency_key: str, subject: str, body: str
) -> EmailDelivery | None:
    delivery, created = EmailDelivery.objects.get_or_create(
        idempotency_key=idempotency_key[:200],
        defaults={"recipient": recipient, "to": to, "subject": header_line(subject)[:300], "body": body},
    )
    if not created:
        return None
    enqueue_on_commit(tasks.email_send, delivery.pk)
    return delivery


def email_deliver(*, delivery_id: int) -> float | None:
    """Send one email unless it was sent or gave up, once: the attempt claims the row first (delivery_claim), so
    a duplicated task or a sweep arriving meanwhile sends nothing. Whatever fails while building or sending the
    message (the mail server, a header it refuses) is saved with the attempt and retried with backoff; after
    EMAIL_MAX_ATTEMPTS the email is marked failed (visible in the admin), never left pending. Answers the
    seconds to wait before the next attempt (also when called before it is due, sending nothing), or None when
    there is nothing more to do."""
    pending = EmailDelivery.objects.filter(status=DeliveryStatus.PENDING)
    wait = delivery_claim(pending, delivery_id=delivery_id, count_field="attempts")
    if wait is None or wait > 0:
        return wait
    delivery = EmailDelivery.objects.get(pk=delivery_id)
    mine = pending.filter(pk=delivery.pk, attempts=delivery.attempts)  # unless a later claim took it over
    try:
        EmailMessage(
            header_line(delivery.subject), delivery.body, settings.DEFAULT_FROM_EMAIL, [header_line(delivery.to)]
        ).send()
    except DatabaseError:
        raise
    except Exception as exc:
        error = str(exc)[:2000] or type(exc).__name__
        now = timezone.now()
        if delivery.attempts >= settings.EMAIL_MAX_ATTEMPTS:
            logger.warning("Email %s failed for good: %s", delivery.pk, error)
            mine.update(status=DeliveryStatus.FAILED, last_error=error, next_attempt_at=None, updated_at=now)
            return None
        retry = retry_backoff_seconds(delivery.attempts, EMAIL_RETRY_BACKOFF_SECONDS)
        mine.update(last_error=error, next_attempt_at=now + dt.timedelta(seconds=retry), updated_at=now)
        return retry
    now = timezone.now()
    mine.update(status=DeliveryStatus.SENT, sent_at=now, last_error="", next_attempt_at=None, updated_at=now)
    return None


def email_deliveries_resume() -> int:
    """Periodic (beat): send again the pending emails whose next attempt is due."""
    return deliveries_resume(EmailDelivery.objects.filter(status=DeliveryStatus.PENDING), tasks.email_send)

"""Deliveries (emails, webhook posts) survive a lost broker and bad input: each row carries its next attempt from
the start, so the resume sweeps always find it; it is sent once however many tasks arrive; an attempt that
fails in any way is counted, its error kept, retried with backoff and finally marked failed, never left pending."""

import datetime as dt

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.utils import timezone

from gates.models import Gate
from notifications import digests, outbox, tasks
from notifications import email as emails
from notifications.models import EmailDelivery, EventKind, LaunchEvent, NotificationKind
from tests.factories import TaskFactory
from tests.notifications.factories import NotificationPreferenceFactory
from tests.webhooks.server import receiver
from webhooks import services as webhook_services
from webhooks import tasks as webhook_tasks
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db


def _due_tomorrow(world, title: str = "Book the venue"):
    today = dt.datetime.now(world.launch.zone).date()
    return TaskFactory(
        workstream=world.marketing_ws,
        title=title,
        schedule_mode="fixed",
        offset_days=None,
        start_date=today + dt.timedelta(days=1),
        duration_days=1,
        assignee=world.marketing_member,
    )


def _opt_in(world) -> None:
    NotificationPreferenceFactory(user=world.marketing_member, email_events=[NotificationKind.TASK_DUE_SOON])


def test_deliveries_whose_tasks_were_lost_with_the_broker_are_sent_once_by_the_sweeps(world, settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    _opt_in(world)
    _due_tomorrow(world)
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    with receiver([]) as received:
        webhook_services.webhook_create(actor=world.office, url=received.url, events=[EventKind.GATE_CREATED])
        # The enqueued tasks never run (the broker lost them): on_commit callbacks are not executed here.
        digests.reminders_send()
        event = LaunchEvent.objects.create(kind=EventKind.GATE_CREATED, launch_id=world.launch.pk, gate_id=gate.pk)
        outbox.event_dispatch(event_id=event.pk)
        email, hook = EmailDelivery.objects.get(), WebhookDelivery.objects.get()
        assert (email.status, email.attempts, hook.status, hook.attempt_count) == ("pending", 0, "pending", 0)
        # Both carry their next attempt from the start, so the sweeps find them.
        assert email.next_attempt_at is not None and hook.next_attempt_at is not None
        assert emails.email_deliveries_resume() == 1
        assert webhook_services.webhook_deliveries_resume() == 1
        # Sweeping again, or the lost tasks arriving late, sends nothing more.
        assert emails.email_deliveries_resume() == 0
        assert webhook_services.webhook_deliveries_resume() == 0
        assert tasks.email_send.delay(email.pk).get() == "done"
        assert webhook_tasks.webhook_deliver.delay(hook.pk).get() == "done"
    email.refresh_from_db()
    hook.refresh_from_db()
    assert (email.status, email.attempts, email.next_attempt_at, len(mail.outbox)) == ("sent", 1, None, 1)
    assert (hook.status, hook.attempt_count, hook.next_attempt_at, len(received.requests)) == ("succeeded", 1, None, 1)


def test_a_duplicate_task_arriving_while_an_email_is_being_sent_sends_nothing(world, monkeypatch):
    _opt_in(world)
    _due_tomorrow(world)
    digests.reminders_send()
    delivery = EmailDelivery.objects.get()
    real_send, duplicate_answers, arrived = EmailMessage.send, [], []

    def send_while_a_duplicate_arrives(message, fail_silently=False):
        if not arrived:
            arrived.append(True)
            duplicate_answers.append(emails.email_deliver(delivery_id=delivery.pk))
        return real_send(message, fail_silently)

    monkeypatch.setattr(EmailMessage, "send", send_while_a_duplicate_arrives)
    assert emails.email_deliver(delivery_id=delivery.pk) is None
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, len(mail.outbox)) == ("sent", 1, 1)
    # The duplicate found the email claimed and was told to come back later, sending nothing.
    assert duplicate_answers[0] is not None and duplicate_answers[0] > 0


def test_a_duplicate_task_arriving_while_a_webhook_is_being_posted_posts_nothing(world, settings, monkeypatch):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    from webhooks import delivery as http

    with receiver([]) as received:
        webhook_services.webhook_create(actor=world.office, url=received.url, events=[EventKind.GATE_CREATED])
        event = LaunchEvent.objects.create(kind=EventKind.GATE_CREATED, launch_id=world.launch.pk, gate_id=gate.pk)
        outbox.event_dispatch(event_id=event.pk)
        delivery = WebhookDelivery.objects.get()
        real_post, duplicate_answers, arrived = http.post, [], []

        def post_while_a_duplicate_arrives(url, body, headers):
            if not arrived:
                arrived.append(True)
                duplicate_answers.append(webhook_services.webhook_deliver(delivery_id=delivery.pk))
            return real_post(url, body, headers)

        monkeypatch.setattr(http, "post", post_while_a_duplicate_arrives)
        assert webhook_services.webhook_deliver(delivery_id=delivery.pk) is None
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempt_count, len(received.requests)) == ("succeeded", 1, 1)
    assert list(delivery.attempts.values_list("number", "status_code")) == [(1, 200)]
    assert duplicate_answers[0] is not None and duplicate_answers[0] > 0


def test_a_task_title_with_a_newline_makes_a_one_line_subject_and_the_email_is_sent(
    world, django_capture_on_commit_callbacks
):
    _opt_in(world)
    _due_tomorrow(world, title="Book the venue\r\nBcc: everyone@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        digests.reminders_send()
    delivery = EmailDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_error) == ("sent", 1, "")
    assert "\n" not in delivery.subject and "\r" not in delivery.subject
    assert len(mail.outbox) == 1
    subject = mail.outbox[0].subject
    assert "\n" not in subject and "\r" not in subject and "Book the venue Bcc: everyone@example.com" in subject
    assert mail.outbox[0].bcc == [] and mail.outbox[0].to == [world.marketing_member.email]


def test_an_email_stored_with_a_newline_in_its_subject_is_still_sent_on_one_line(world):
    delivery = EmailDelivery.objects.create(
        idempotency_key="legacy:1",
        recipient=world.marketing_member,
        to=world.marketing_member.email,
        subject="[T-Minus] Old\nrow",
        body="Hello",
        next_attempt_at=timezone.now(),
    )
    assert emails.email_deliver(delivery_id=delivery.pk) is None
    delivery.refresh_from_db()
    assert delivery.status == "sent"
    assert mail.outbox[0].subject == "[T-Minus] Old row"


def test_an_email_that_cannot_be_built_is_counted_retried_with_backoff_then_marked_failed(
    world, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.EMAIL_MAX_ATTEMPTS = 2
    _opt_in(world)
    _due_tomorrow(world)

    def broken(message):
        raise ValueError("cannot encode this header")

    monkeypatch.setattr(EmailMessage, "message", broken)
    with django_capture_on_commit_callbacks(execute=True):
        digests.reminders_send()
    delivery = EmailDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("pending", 1)
    assert "cannot encode this header" in delivery.last_error
    assert delivery.next_attempt_at > timezone.now() + dt.timedelta(seconds=29)
    assert emails.email_deliveries_resume() == 0  # not due yet
    EmailDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert emails.email_deliveries_resume() == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.next_attempt_at) == ("failed", 2, None)
    assert "cannot encode this header" in delivery.last_error
    assert mail.outbox == []


def test_a_webhook_attempt_failing_in_an_unexpected_way_is_logged_and_retried(world, settings, monkeypatch):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    from webhooks import delivery as http

    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    webhook_services.webhook_create(actor=world.office, url="http://127.0.0.1:9/hook", events=[EventKind.GATE_CREATED])
    event = LaunchEvent.objects.create(kind=EventKind.GATE_CREATED, launch_id=world.launch.pk, gate_id=gate.pk)
    outbox.event_dispatch(event_id=event.pk)

    def broken(url, body, headers):
        raise ValueError("header value contains a control character")

    monkeypatch.setattr(http, "post", broken)
    delivery = WebhookDelivery.objects.get()
    assert webhook_services.webhook_deliver(delivery_id=delivery.pk) == settings.WEBHOOK_RETRY_BACKOFF_SECONDS
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempt_count) == ("pending", 1)
    assert "control character" in delivery.attempts.get().error
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert webhook_services.webhook_deliveries_resume() == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempt_count, delivery.next_attempt_at) == ("failed", 2, None)

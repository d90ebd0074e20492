"""Launch events become notifications after commit, once, for the right people (tasks run eagerly)."""

import datetime as dt

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from accounts.models import MembershipRole
from gates import services as gate_services
from gates.models import Gate
from launches import services as launch_services
from launches.models import Launch, TaskStatus
from notifications import conflicts, digests, outbox, tasks
from notifications import email as emails
from notifications.models import EmailDelivery, EventKind, LaunchEvent, Notification, NotificationKind
from readiness import digests as daily_digests
from readiness import tasks as readiness_tasks
from readiness.t_zero import launch_move_t_zero
from tests.factories import DependencyFactory, MembershipFactory, TaskFactory, UserFactory
from tests.notifications.factories import NotificationPreferenceFactory

pytestmark = pytest.mark.django_db


def _kinds(user) -> list[str]:
    return sorted(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


def test_assigning_a_task_through_the_api_notifies_the_assignee_once(
    world, client_for, django_capture_on_commit_callbacks
):
    task = TaskFactory(workstream=world.marketing_ws, title="Shoot video")
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world.marketing_lead).patch(
            f"/api/v1/tasks/{task.pk}/", {"assignee": world.marketing_member.pk}
        )
    assert response.status_code == 200
    notice = Notification.objects.get(recipient=world.marketing_member)
    assert notice.kind == NotificationKind.TASK_ASSIGNED
    assert notice.url == f"/launches/{world.launch.pk}?task={task.pk}"
    assert "Shoot video" in notice.title
    event = LaunchEvent.objects.get(task=task)
    assert event.dispatched_at is not None
    # A duplicated or retried task finds the event dispatched and makes nothing new.
    assert tasks.event_dispatch.delay(event.pk).get() == 0
    assert Notification.objects.filter(recipient=world.marketing_member).count() == 1


def test_nothing_is_announced_before_commit_or_after_a_rollback(world, django_capture_on_commit_callbacks):
    task = TaskFactory(workstream=world.marketing_ws)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        launch_services.task_update(actor=world.office, task=task, data={"assignee": world.marketing_member})
    assert Notification.objects.count() == 0
    # The event's dispatch, and the transaction's events (a marker per emit and the one flush that brings the
    # launch's calendar entries up to date), all after commit.
    assert len(callbacks) == 3
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        launch_services.task_update(actor=world.office, task=task, data={"assignee": world.pr_member})
        raise RuntimeError("rolled back")
    # What ran after it (the enclosing transaction's pending flush) announced nothing of the rolled-back write.
    assert not LaunchEvent.objects.filter(data__changes__assignee__to=world.pr_member.pk).exists()
    assert not Notification.objects.filter(recipient=world.pr_member).exists()


def test_the_actor_is_not_told_what_they_did_themselves(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        launch_services.task_create(
            actor=world.marketing_lead,
            workstream=world.marketing_ws,
            title="Mine",
            offset_days=-3,
            assignee=world.marketing_lead,
        )
    assert _kinds(world.marketing_lead) == []


def test_a_new_gate_awaits_the_approval_of_office_and_named_leads(world, django_capture_on_commit_callbacks):
    other_office = UserFactory(is_office=True)
    with django_capture_on_commit_callbacks(execute=True):
        gate_services.gate_create(
            actor=world.office, launch=world.launch, name="Go/No-Go", offset_days=-1, approver_departments=[world.pr]
        )
    assert _kinds(world.pr_lead) == [NotificationKind.GATE_AWAITING_APPROVAL]
    assert _kinds(other_office) == [NotificationKind.GATE_AWAITING_APPROVAL]
    assert _kinds(world.marketing_lead) == []


def test_a_gate_decision_and_a_reopened_gate_tell_the_office(world, django_capture_on_commit_callbacks):
    other_office = UserFactory(is_office=True)
    gate = Gate.objects.create(launch=world.launch, name="Readiness", offset_days=-7)
    gate.criteria.add(world.marketing_task)
    world.marketing_task.status = TaskStatus.DONE
    world.marketing_task.save()
    with django_capture_on_commit_callbacks(execute=True):
        gate_services.gate_decide(actor=world.office, gate=gate, decision="approve")
    gate.refresh_from_db()
    assert gate.status == "approved"
    assert _kinds(other_office) == [NotificationKind.GATE_DECIDED]
    with django_capture_on_commit_callbacks(execute=True):
        launch_services.task_update(actor=world.marketing_member, task=world.marketing_task, data={"status": "todo"})
    assert NotificationKind.GATE_REOPENED in _kinds(world.office)
    assert NotificationKind.GATE_REOPENED in _kinds(other_office)
    reopened = Notification.objects.get(recipient=world.office, kind=NotificationKind.GATE_REOPENED)
    assert "Campaign brief" in reopened.body and reopened.gate_id == gate.pk


def test_moving_t_zero_tells_leads_and_assignees(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        launch_move_t_zero(actor=world.office, launch=world.launch, t_zero=world.launch.t_zero + dt.timedelta(days=7))
    for user in (world.marketing_lead, world.pr_lead, world.marketing_member, world.pr_member):
        assert _kinds(user) == [NotificationKind.T_ZERO_MOVED], user
    assert _kinds(world.viewer) == []
    assert _kinds(world.office) == []


def test_a_slipping_dependency_tells_the_successor_assignee_once(world, django_capture_on_commit_callbacks):
    predecessor = TaskFactory(workstream=world.pr_ws, offset_days=-20, duration_days=2)
    DependencyFactory(predecessor=predecessor, successor=world.marketing_task)  # marketing task starts at T-10
    conflicts.launch_conflicts_check(launch_id=world.launch.pk)  # the baseline: no conflict yet
    with django_capture_on_commit_callbacks(execute=True):
        launch_services.task_update(actor=world.pr_lead, task=predecessor, data={"offset_days": -9})
    notice = Notification.objects.get(recipient=world.marketing_member, kind=NotificationKind.TASK_CONFLICT)
    assert notice.task_id == world.marketing_task.pk
    # Checking again at the same plan version, or after an unrelated change, does not repeat it.
    assert conflicts.launch_conflicts_check(launch_id=world.launch.pk) == 0
    Launch.objects.filter(pk=world.launch.pk).plan_changed()
    assert conflicts.launch_conflicts_check(launch_id=world.launch.pk) == 0
    assert Notification.objects.filter(kind=NotificationKind.TASK_CONFLICT).count() == 1


def test_a_slipping_dependency_is_announced_once_as_a_task_conflict_event_for_webhooks(
    world, django_capture_on_commit_callbacks
):
    predecessor = TaskFactory(workstream=world.pr_ws, offset_days=-20, duration_days=2, title="Agency contract")
    DependencyFactory(predecessor=predecessor, successor=world.marketing_task)
    conflicts.launch_conflicts_check(launch_id=world.launch.pk)  # the baseline: no conflict yet
    with django_capture_on_commit_callbacks(execute=True):
        launch_services.task_update(actor=world.pr_lead, task=predecessor, data={"offset_days": -9})
    event = LaunchEvent.objects.get(kind=EventKind.TASK_CONFLICT)
    assert (event.task_id, event.actor_id, event.data) == (
        world.marketing_task.pk,
        None,
        {"predecessor": predecessor.pk, "predecessor_title": "Agency contract"},
    )
    assert event.dispatched_at is not None
    # The event tells nobody itself: the check's own notice (once per plan version) is the assignee's only one.
    assert Notification.objects.filter(dedupe_key=f"event:{event.pk}").count() == 0
    assert Notification.objects.filter(kind=NotificationKind.TASK_CONFLICT).count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert conflicts.launch_conflicts_check(launch_id=world.launch.pk) == 0
    assert LaunchEvent.objects.filter(kind=EventKind.TASK_CONFLICT).count() == 1


def test_with_workers_a_burst_of_edits_is_checked_for_conflicts_once_against_its_newest_plan(
    world, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """Each edit's dispatch sends the check CONFLICT_CHECK_DELAY_SECONDS later; by then the first check sees the
    newest plan (one schedule), and the others find their version checked (no schedule) and tell nobody again."""
    from notifications import selectors

    predecessor = TaskFactory(workstream=world.pr_ws, offset_days=-20, duration_days=2)
    DependencyFactory(predecessor=predecessor, successor=world.marketing_task)  # marketing task starts at T-10
    conflicts.launch_conflicts_check(launch_id=world.launch.pk)  # the baseline: no conflict yet
    settings.CONFLICT_CHECK_DELAY_SECONDS = 7
    sent = []
    tasks.launch_conflicts_check.app.conf.task_always_eager = False  # a broker (conftest restores it)
    monkeypatch.setattr(tasks.launch_conflicts_check, "apply_async", lambda args, **kw: sent.append((args, kw)))
    monkeypatch.setattr(tasks.event_dispatch, "delay", lambda event_id: outbox.event_dispatch(event_id=event_id))
    for offset in (-12, -10, -9):
        with django_capture_on_commit_callbacks(execute=True):
            launch_services.task_update(actor=world.pr_lead, task=predecessor, data={"offset_days": offset})
        predecessor.refresh_from_db()
    newest = Launch.objects.get(pk=world.launch.pk).plan_version
    assert [kw for _, kw in sent] == [{"countdown": 7}] * 3
    assert sent[-1][0] == (world.launch.pk, newest)

    computed = []
    real = selectors.launch_dependency_conflicts
    monkeypatch.setattr(selectors, "launch_dependency_conflicts", lambda **kw: computed.append(1) or real(**kw))
    made = [tasks.launch_conflicts_check(*args) for args, _ in sent]
    assert made == [1, 0, 0] and computed == [1]
    notice = Notification.objects.get(kind=NotificationKind.TASK_CONFLICT)
    assert notice.recipient == world.marketing_member and notice.dedupe_key.endswith(f":v{newest}")


def test_a_new_dependency_or_a_longer_lag_that_makes_a_conflict_tells_the_assignee_at_once(
    world, client_for, django_capture_on_commit_callbacks
):
    predecessor = TaskFactory(workstream=world.marketing_ws, offset_days=-12, duration_days=1)  # ends T-11
    conflicts.launch_conflicts_check(launch_id=world.launch.pk)  # the baseline: no conflict yet
    lead = client_for(world.marketing_lead)
    with django_capture_on_commit_callbacks(execute=True):
        response = lead.post(
            "/api/v1/dependencies/", {"predecessor": predecessor.pk, "successor": world.marketing_task.pk}
        )
    assert response.status_code == 201, response.json()
    assert not Notification.objects.filter(kind=NotificationKind.TASK_CONFLICT).exists()  # T-10 is after T-11
    with django_capture_on_commit_callbacks(execute=True):
        lead.patch(f"/api/v1/dependencies/{response.json()['id']}/", {"lag_days": 3}, format="json")
    notice = Notification.objects.get(recipient=world.marketing_member, kind=NotificationKind.TASK_CONFLICT)
    assert notice.task_id == world.marketing_task.pk


# Reminders


def _due_in(world, days: int, **kwargs):
    """A task of the member due `days` from today (one-day task, fixed date)."""
    today = dt.datetime.now(world.launch.zone).date()
    return TaskFactory(
        workstream=world.marketing_ws,
        schedule_mode="fixed",
        offset_days=None,
        start_date=today + dt.timedelta(days=days),
        duration_days=1,
        assignee=world.marketing_member,
        **kwargs,
    )


def test_reminders_come_once_within_the_window_and_once_when_overdue(world):
    soon, later, late = _due_in(world, 1), _due_in(world, 5), _due_in(world, -1)
    _due_in(world, 1, status=TaskStatus.DONE)
    assert tasks.reminders_send.delay().get() == 2
    assert tasks.reminders_send.delay().get() == 0
    notices = dict(Notification.objects.filter(recipient=world.marketing_member).values_list("task_id", "kind"))
    assert notices == {soon.pk: NotificationKind.TASK_DUE_SOON, late.pk: NotificationKind.TASK_OVERDUE}
    NotificationPreferenceFactory(user=world.marketing_member, reminder_days_ahead=7)
    assert tasks.reminders_send.delay().get() == 1
    assert Notification.objects.get(task=later).kind == NotificationKind.TASK_DUE_SOON


def test_reminders_use_the_due_date_the_timeline_shows_after_a_late_predecessor_pushes_a_task(world):
    today = dt.datetime.now(world.launch.zone).date()
    from_t_zero = (today - world.launch.t_zero_date).days  # anchored tasks move when a predecessor pushes them

    def anchored(days: int, title: str):
        return TaskFactory(
            workstream=world.marketing_ws,
            offset_days=from_t_zero + days,
            duration_days=1,
            assignee=world.marketing_member,
            title=title,
        )

    late_predecessor = anchored(5, "Agency contract")
    pushed = anchored(-1, "Brief the agency")  # planned for yesterday, but it cannot start yet
    DependencyFactory(predecessor=late_predecessor, successor=pushed)
    digests.reminders_send()
    notices = dict(Notification.objects.filter(recipient=world.marketing_member).values_list("task_id", "kind"))
    assert notices == {}  # pushed to day +6: neither overdue nor within the 2-day window
    NotificationPreferenceFactory(user=world.marketing_member, reminder_days_ahead=7)
    digests.reminders_send()
    notice = Notification.objects.get(task=pushed)
    due = today + dt.timedelta(days=6)
    assert (notice.kind, notice.title) == (NotificationKind.TASK_DUE_SOON, f"Due {due.isoformat()}: Brief the agency")


# Email


def test_opted_in_people_get_one_email_per_notification(world, django_capture_on_commit_callbacks):
    NotificationPreferenceFactory(user=world.marketing_member, email_events=[NotificationKind.TASK_DUE_SOON])
    _due_in(world, 1, title="Book venue")
    _due_in(world, -2, title="Old thing")
    with django_capture_on_commit_callbacks(execute=True):
        digests.reminders_send()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith("[T-Minus] Due ")
    assert "Book venue" in mail.outbox[0].subject
    assert mail.outbox[0].to == [world.marketing_member.email]
    delivery = EmailDelivery.objects.get()
    assert delivery.status == "sent"
    # Sending the same delivery again sends nothing.
    assert tasks.email_send.delay(delivery.pk).get() == "done"
    assert len(mail.outbox) == 1


def test_an_email_is_retried_when_the_mail_server_fails_and_sent_once(
    world, monkeypatch, django_capture_on_commit_callbacks
):
    NotificationPreferenceFactory(user=world.marketing_member, email_events=[NotificationKind.TASK_DUE_SOON])
    _due_in(world, 0)
    from django.core.mail import EmailMessage

    real_send, calls = EmailMessage.send, []

    def flaky_send(message, fail_silently=False):
        calls.append(message.subject)
        if len(calls) < 3:
            raise ConnectionRefusedError("mail server down")
        return real_send(message, fail_silently)

    monkeypatch.setattr(EmailMessage, "send", flaky_send)
    with django_capture_on_commit_callbacks(execute=True):
        digests.reminders_send()
    # Without a broker the failed attempt is not retried inside the request: it waits for its backoff.
    delivery = EmailDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_error) == ("pending", 1, "mail server down")
    assert delivery.next_attempt_at > timezone.now() + dt.timedelta(seconds=29)
    assert emails.email_deliveries_resume() == 0  # not due yet
    assert tasks.email_send.delay(delivery.pk).get() == "due again later"  # a duplicated task sends nothing
    assert len(calls) == 1
    for _ in range(2):  # due: the resume sweep sends it again
        EmailDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
        assert emails.email_deliveries_resume() == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, len(calls), len(mail.outbox)) == ("sent", 3, 3, 1)
    assert delivery.next_attempt_at is None


def test_an_email_is_marked_failed_after_the_last_attempt(world, monkeypatch, settings):
    settings.EMAIL_MAX_ATTEMPTS = 2
    NotificationPreferenceFactory(user=world.marketing_member, email_events=[NotificationKind.TASK_DUE_SOON])
    _due_in(world, 0)
    from django.core.mail import EmailMessage

    def down(message, fail_silently=False):
        raise TimeoutError("timed out")

    monkeypatch.setattr(EmailMessage, "send", down)
    digests.reminders_send()
    delivery = EmailDelivery.objects.get()
    assert emails.email_deliver(delivery_id=delivery.pk) == 30.0
    EmailDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert emails.email_deliver(delivery_id=delivery.pk) is None
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_error, delivery.next_attempt_at) == (
        "failed",
        2,
        "timed out",
        None,
    )
    assert emails.email_deliveries_resume() == 0


def test_digest_mode_collects_notices_for_one_daily_email(world, django_capture_on_commit_callbacks):
    NotificationPreferenceFactory(
        user=world.marketing_member, email_events=[NotificationKind.TASK_DUE_SOON], email_mode="digest"
    )
    _due_in(world, 1, title="Print flyers")
    with django_capture_on_commit_callbacks(execute=True):
        digests.reminders_send()
    assert mail.outbox == []
    today = dt.date.today()
    with django_capture_on_commit_callbacks(execute=True):
        assert readiness_tasks.digests_send.delay(today.isoformat()).get() == 1
        readiness_tasks.digest_send.delay(world.marketing_member.pk, today.isoformat())
    assert len(mail.outbox) == 1
    assert "Print flyers" in mail.outbox[0].body
    assert Notification.objects.get(recipient=world.marketing_member).emailed_at is not None


def test_a_lead_digest_lists_due_overdue_blocked_conflicts_and_gates_awaiting_sign_off(world):
    NotificationPreferenceFactory(user=world.marketing_lead, email_events=["daily_digest"])
    _due_in(world, 2, title="Due this week")
    _due_in(world, -3, title="Overdue one")
    _due_in(world, 20, title="Stuck", status=TaskStatus.BLOCKED)
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    gate.approver_departments.add(world.marketing)
    today = dt.datetime.now(world.launch.zone).date()
    delivery = daily_digests.digest_send(user_id=world.marketing_lead.pk, day=today)
    body = delivery.body
    for text in ("Due this week (1)", "Overdue (1)", "Overdue one", "Blocked (1)", "Stuck", "Go/No-Go"):
        assert text in body, text
    # Once per person and day.
    assert daily_digests.digest_send(user_id=world.marketing_lead.pk, day=today) is None
    assert EmailDelivery.objects.filter(recipient=world.marketing_lead).count() == 1


def test_the_office_digest_reports_readiness_and_gates_at_risk(world):
    NotificationPreferenceFactory(user=world.office, email_events=["daily_digest"])
    gate = Gate.objects.create(launch=world.launch, name="Readiness review", offset_days=-7)
    gate.criteria.add(world.marketing_task)
    day_before_gate = world.launch.t_zero_date - dt.timedelta(days=9)
    body = daily_digests.digest_send(user_id=world.office.pk, day=day_before_gate).body
    assert "Launch readiness" in body and world.launch.name in body
    assert "Marketing: 0/" in body
    assert "Gate at risk: Readiness review in 2 days, 0/1 criteria done" in body


def test_no_digest_for_those_who_did_not_opt_in(world):
    MembershipFactory(department=world.marketing, user=UserFactory(), role=MembershipRole.MEMBER)
    assert daily_digests.digest_send(user_id=world.marketing_lead.pk, day=dt.date.today()) is None
    assert daily_digests.digest_recipients() == []


# Query counts: notices are made in bulk, however many people an event tells.


def _dispatch_queries(world, extra_people: int) -> tuple[int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(extra_people):
        member = UserFactory(username=f"extra.member{extra_people}.{n}")
        MembershipFactory(department=world.marketing, user=member)
        NotificationPreferenceFactory(user=member)  # emails on: each makes one email delivery too
        TaskFactory(workstream=world.marketing_ws, assignee=member)
    event = LaunchEvent.objects.create(
        kind="launch.t_zero_moved", launch_id=world.launch.pk, actor=world.office, data={"from": "a", "to": "b"}
    )
    with CaptureQueriesContext(connection) as ctx:
        outbox.event_dispatch(event_id=event.pk)
    notices = Notification.objects.filter(dedupe_key=f"event:{event.pk}")
    assert (
        notices.filter(emailed_at__isnull=False).count()
        == EmailDelivery.objects.filter(
            idempotency_key__in=[f"notification:{pk}" for pk in notices.values_list("pk", flat=True)]
        ).count()
    )
    return notices.count(), len(ctx.captured_queries)


def test_dispatching_an_event_makes_its_notices_and_emails_in_a_fixed_number_of_queries(world):
    small, large = _dispatch_queries(world, 1), _dispatch_queries(world, 8)
    assert (small[0], large[0]) == (5, 13)  # leads and assignees, the extra members among them
    assert small[1] == large[1]


def test_the_reminder_sweep_runs_a_fixed_number_of_queries_per_launch(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for size in (2, 12):
        Notification.objects.all().delete()
        for n in range(size):
            _due_in(world, 1, title=f"Task {size}.{n}")
        conflicts.launch_conflicts_check(launch_id=world.launch.pk)  # the sweep's conflict check has nothing new
        with CaptureQueriesContext(connection) as ctx:
            made = digests.reminders_send()
        assert made == Notification.objects.count() > 0
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]

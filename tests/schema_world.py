"""A world with an object in every state the OpenAPI schema must describe, for the schema conformance tests.

Every optional relation appears both set and empty (a task with and without an assignee, a workstream with and
without a lead, audit events and gate decisions with and without a department, feedback and articles with and
without a task), next to one of everything else the API serves, so a schema that forgets `nullable` or a field
that vanishes from an answer shows up on a plain GET.
"""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from accounts.models import Department, MembershipRole, User
from accounts.services import user_update
from audit.models import AuditEvent
from calendars.services import calendar_feed_create
from communications.models import Communication, CommunicationKind
from communications.services import communication_create, communication_decide, communication_submit
from deliverables.models import KnowledgeBaseArticle
from deliverables.services import kb_article_create, recruitment_role_create
from feedback.models import FeedbackItem, FeedbackSource
from feedback.services import feedback_item_create
from gates.models import Gate, GateDecision
from gates.services import gate_create, gate_decide
from launches.cross_launch import cross_launch_dependency_create
from launches.models import Task, Workstream
from launches.services import (
    baseline_save,
    dependency_create,
    launch_update,
    milestone_create,
    task_comment_create,
    task_create,
    task_update,
    workstream_create,
)
from notifications.models import EventKind, LaunchEvent, Notification, NotificationKind
from playbooks.services import playbook_create
from tests.factories import LaunchFactory, MembershipFactory, UserFactory, WorkstreamFactory
from webhooks.models import Webhook, WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus


@dataclass
class SchemaWorld:
    """The objects whose empty relations the schema tests look at by id."""

    unassigned_task: Task
    leadless_workstream: Workstream
    office_decision: GateDecision
    office_audit_event: AuditEvent
    taskless_feedback: FeedbackItem
    taskless_article: KnowledgeBaseArticle
    gate: Gate
    communication: Communication
    webhook: Webhook


def schema_world_build(world) -> SchemaWorld:
    """Adds to the shared `world` fixture (tests/conftest.py) one of everything, through the services where
    they exist, so the rows are the ones the product writes."""
    office, launch = world.office, world.launch
    engineering = Department.objects.get(slug="engineering")
    engineer = UserFactory(username="engineering.member")
    MembershipFactory(department=engineering, user=engineer, role=MembershipRole.MEMBER)

    leadless = workstream_create(actor=office, launch=launch, department=engineering, lead=None, notes="No lead yet")
    unassigned = task_create(actor=office, workstream=leadless, title="Collect beta feedback", offset_days=-5)
    fixed = task_create(
        actor=office,
        workstream=world.marketing_ws,
        title="Book the venue",
        schedule_mode="fixed",
        start_date=dt.date(2027, 3, 1),
        duration_days=3,
        assignee=world.marketing_member,
        needed_for_launch=True,
    )
    dependency_create(actor=office, predecessor=world.marketing_task, successor=fixed, lag_days=1)
    task_comment_create(actor=world.marketing_member, task=world.marketing_task, body="Draft attached.")
    milestone_create(actor=office, launch=launch, name="Embargo lifts", offset_days=-1)
    milestone_create(
        actor=office,
        launch=launch,
        name="Press day",
        schedule_mode="fixed",
        at=dt.datetime(2027, 3, 10, 9, tzinfo=dt.UTC),
    )
    launch_update(actor=office, launch=launch, data={"description": "The spring launch."})
    # Two people on a task, its effort, a capacity, and a task that waits on another launch's (issue 21).
    task_update(actor=office, task=fixed, data={"collaborators": [world.marketing_lead], "effort_hours": 12})
    user_update(actor=office, user=world.marketing_member, data={"capacity_tasks_per_week": 3})
    firmware = task_create(
        actor=office,
        workstream=WorkstreamFactory(department=engineering, launch=LaunchFactory(name="Firmware 2.0", owner=office)),
        title="Ship the firmware",
        offset_days=-20,
    )
    cross_launch_dependency_create(actor=office, successor=world.marketing_task, predecessor=firmware)
    baseline_save(actor=office, launch=launch, name="Kickoff")

    gate = gate_create(
        actor=office,
        launch=launch,
        name="Go/No-Go",
        offset_days=-1,
        criteria=[world.pr_task],
        approver_departments=[world.marketing],
    )
    office_decision = gate_decide(actor=office, gate=gate, decision="reject", comment="Press release not done.")
    gate_decide(actor=world.marketing_lead, gate=gate, decision="approve", department=world.marketing)

    communication = communication_create(
        actor=world.marketing_member,
        launch=launch,
        kind=CommunicationKind.SOCIAL_POST,
        title="Teaser post",
        channel="LinkedIn",
        offset_days=0,
        embargo="t_zero",
    )
    communication_submit(actor=world.marketing_member, item=communication)
    communication_decide(actor=office, item=communication, decision="approve")
    communication_create(
        actor=office, launch=launch, kind=CommunicationKind.PRESS_RELEASE, title="Press release", offset_days=0
    )

    taskless_article = kb_article_create(actor=office, launch=launch, title="How to sign up")
    kb_article_create(actor=office, launch=launch, title="Pricing FAQ", reviewer=world.pr_lead, task=world.pr_task)
    recruitment_role_create(actor=office, launch=launch, skill="Community manager", count=2)

    taskless_feedback = feedback_item_create(
        actor=engineer, launch=launch, source=FeedbackSource.BETA_FORUM, text="Sign-up fails on Safari."
    )
    feedback_item_create(
        actor=office,
        launch=launch,
        source=FeedbackSource.BETA_FORUM,
        text="Typo in the brief.",
        task=world.marketing_task,
    )

    playbook_create(actor=office, launch=launch, name="Spring launch playbook")
    for user, kind, kwargs in (
        (office, "user", {}),
        (office, "launch", {"launch": launch}),
        (world.marketing_member, "department", {"department": world.marketing}),
    ):
        calendar_feed_create(actor=user, kind=kind, **kwargs)

    # Webhooks and deliveries straight in the database: registering one through the service resolves its host.
    webhook = Webhook.objects.create(
        url="https://hooks.example.com/t-minus",
        launch=launch,
        events=[EventKind.GATE_DECIDED],
        secret="not-a-real-secret",
        created_by=office,
    )
    event = LaunchEvent.objects.filter(launch=launch, kind=EventKind.GATE_DECIDED).first()
    delivery = WebhookDelivery.objects.create(
        webhook=webhook,
        event=event,
        event_kind=event.kind,
        payload={"event": event.kind},
        status=WebhookDeliveryStatus.FAILED,
    )
    WebhookAttempt.objects.create(delivery=delivery, number=1, status_code=None, error="Connection refused")
    for user in (office, world.marketing_member):
        Notification.objects.create(
            recipient=user,
            kind=NotificationKind.GATE_DECIDED,
            title="Go/No-Go was rejected",
            launch=launch,
            gate=gate,
            dedupe_key=f"schema-world-{user.pk}",
        )
        Notification.objects.create(
            recipient=user, kind=NotificationKind.T_ZERO_MOVED, title="Launch day moved", dedupe_key=f"bare-{user.pk}"
        )

    return SchemaWorld(
        unassigned_task=unassigned,
        leadless_workstream=leadless,
        office_decision=office_decision,
        office_audit_event=AuditEvent.objects.filter(launch=launch, department__isnull=True).latest("id"),
        taskless_feedback=taskless_feedback,
        taskless_article=taskless_article,
        gate=gate,
        communication=communication,
        webhook=webhook,
    )


def api_token(user: User) -> str:
    """An API token for `user` with whichever token scheme the API authenticates (DRF's or knox's)."""
    if "knox.auth.TokenAuthentication" in settings.REST_FRAMEWORK["DEFAULT_AUTHENTICATION_CLASSES"]:
        from knox.models import AuthToken

        return AuthToken.objects.create(user)[1]
    from rest_framework.authtoken.models import Token

    return Token.objects.get_or_create(user=user)[0].key


@contextmanager
def wsgi_keeps_test_connection() -> Iterator[None]:
    """As Django's test client does: a request through the WSGI app must not close the connection that holds
    the test's transaction (with CONN_MAX_AGE=0, PostgreSQL would lose it after the first request)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)

"""Rule 6 under concurrency: no acknowledged change is lost. A write starts from the row as saved now (locked), saves
only the fields it changes, and records what it really replaced; locks are taken launch first, so a gate decision
and a change of its criterion never deadlock; a deadlock that still happens is retried, not answered 500."""

import itertools
import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import OperationalError, connection
from rest_framework.test import APIClient

from audit.models import AuditEvent
from communications.services import communication_update
from deliverables.services import kb_article_update, recruitment_role_update
from feedback.services import feedback_item_update
from gates.models import Gate, GateDecision, GateStatus
from gates.services import gate_update
from launches.models import Milestone, Task, TaskStatus
from launches.services import milestone_update, task_update, workstream_update
from tests.communications.factories import CommunicationFactory
from tests.deliverables.factories import KnowledgeBaseArticleFactory, RecruitmentRoleFactory
from tests.factories import MilestoneFactory
from tests.feedback.factories import FeedbackItemFactory

pytestmark = pytest.mark.django_db


def _task(world):
    return world.pr_task


def _milestone(world):
    return MilestoneFactory(launch=world.launch, name="Embargo", offset_days=0)


def _gate(world):
    return Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)


def _communication(world):
    return CommunicationFactory(launch=world.launch, author=world.office, title="Teaser", body="Soon")


def _article(world):
    return KnowledgeBaseArticleFactory(launch=world.launch, title="FAQ", url="https://example.com/a")


def _role(world):
    return RecruitmentRoleFactory(launch=world.launch, skill="Rust", count=2)


def _feedback(world):
    return FeedbackItemFactory(launch=world.launch, text="Crashes", reported_by="a@example.com")


# (make the object, the service, the field this write changes and its new value, the field someone else changed
# meanwhile and the value they saved)
CASES: list[tuple[Callable[[Any], Any], Callable[..., Any], str, Any, str, Any]] = [
    (_task, lambda w, o, d: task_update(actor=w.office, task=o, data=d), "title", "Final", "status", "in_progress"),
    (
        _milestone,
        lambda w, o, d: milestone_update(actor=w.office, milestone=o, data=d),
        "name",
        "Embargo lifts",
        "description",
        "Set by someone else",
    ),
    (
        _gate,
        lambda w, o, d: gate_update(actor=w.office, gate=o, data=d),
        "name",
        "Go / No-Go",
        "description",
        "Set by someone else",
    ),
    (
        _communication,
        lambda w, o, d: communication_update(actor=w.office, item=o, data=d),
        "title",
        "Teaser (final)",
        "body",
        "Someone else's body",
    ),
    (
        _article,
        lambda w, o, d: kb_article_update(actor=w.office, article=o, data=d),
        "title",
        "FAQ (final)",
        "url",
        "https://example.com/b",
    ),
    (
        _role,
        lambda w, o, d: recruitment_role_update(actor=w.office, role=o, data=d),
        "skill",
        "Rust (senior)",
        "count",
        5,
    ),
    (
        _feedback,
        lambda w, o, d: feedback_item_update(actor=w.office, item=o, data=d),
        "text",
        "Crashes on start",
        "reported_by",
        "b@example.com",
    ),
    (
        lambda w: w.pr_ws,
        lambda w, o, d: workstream_update(actor=w.office, workstream=o, data=d),
        "notes",
        "Ours",
        "lead",
        None,
    ),
]
IDS = ["task", "milestone", "gate", "communication", "article", "role", "feedback", "workstream"]


@pytest.mark.parametrize(("make", "update", "field", "value", "other_field", "other_value"), CASES, ids=IDS)
def test_a_write_keeps_a_field_someone_else_changed_since_the_object_was_read(
    world, make, update, field, value, other_field, other_value
):
    stale = make(world)
    model = type(stale)
    other_column = model._meta.get_field(other_field).attname
    model.objects.filter(pk=stale.pk).update(**{other_column: other_value})

    update(world, stale, {field: value})

    saved = model.objects.get(pk=stale.pk)
    assert getattr(saved, field) == value
    assert getattr(saved, other_column) == other_value


@pytest.mark.parametrize(("make", "update", "field", "value", "other_field", "other_value"), CASES, ids=IDS)
def test_the_audit_history_records_the_value_a_write_really_replaced(
    world, make, update, field, value, other_field, other_value
):
    stale = make(world)
    model = type(stale)
    model.objects.filter(pk=stale.pk).update(**{field: "Meanwhile"})

    update(world, stale, {field: value})

    event = AuditEvent.objects.filter(entity=model._meta.model_name, entity_id=stale.pk, action="update").latest("id")
    assert event.changes[field] == {"from": "Meanwhile", "to": value}


def test_an_if_match_with_a_weak_etag_does_not_match(world, client_for):
    client = client_for(world.office)
    url = f"/api/v1/tasks/{world.pr_task.pk}/"
    etag = client.get(url)["ETag"]
    assert etag.startswith('"')

    refused = client.patch(url, {"title": "Weakly matched"}, format="json", HTTP_IF_MATCH=f"W/{etag}")

    assert refused.status_code == 412 and refused.json()["code"] == "precondition_failed"
    assert Task.objects.get(pk=world.pr_task.pk).title == "Press release"
    assert client.patch(url, {"title": "Strong"}, format="json", HTTP_IF_MATCH=etag).status_code == 200


# Real concurrency needs real row locks: PostgreSQL (SQLite serializes whole-database writes and its shared in-memory
# test database refuses reads while another thread writes).
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL's row locks (CI's second pass)"
)
ROUNDS = 10


def _concurrently(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls at the same moment, each on its own thread and database connection; their results in order."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(index: int, call: Callable[[], Any]) -> None:
        from django.db import connections

        try:
            barrier.wait(timeout=10)
            results[index] = call()
        except Exception as exc:
            results[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def _client(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_patches_of_different_fields_all_land(world):
    lead, member = _client(world.pr_lead), _client(world.pr_member)
    url = f"/api/v1/tasks/{world.pr_task.pk}/"
    for round_ in range(ROUNDS):
        title, status = f"Press release v{round_}", ["in_progress", "blocked"][round_ % 2]
        answers = _concurrently(
            lambda title=title: lead.patch(url, {"title": title}, format="json"),
            lambda status=status: member.patch(url, {"status": status}, format="json"),
        )
        assert [getattr(a, "status_code", a) for a in answers] == [200, 200]
        task = Task.objects.get(pk=world.pr_task.pk)
        assert (task.title, task.status) == (title, status), f"round {round_}"


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_changes_of_the_same_field_are_each_audited_from_what_they_replaced(world):
    office = _client(world.office)
    url = f"/api/v1/milestones/{Milestone.objects.create(launch=world.launch, name='M0', offset_days=0).pk}/"
    names = [f"M{i}" for i in range(1, 5)]
    answers = _concurrently(*[lambda name=name: office.patch(url, {"name": name}, format="json") for name in names])
    assert [a.status_code for a in answers] == [200] * len(names)

    events = list(AuditEvent.objects.filter(entity="milestone", action="update").order_by("id"))
    chain = [event.changes["name"] for event in events]
    assert len(chain) == len(names)
    # Applied one after the other: each change starts where the previous one ended, from M0 to the saved name.
    assert chain[0]["from"] == "M0"
    assert all(previous["to"] == nxt["from"] for previous, nxt in itertools.pairwise(chain))
    assert Milestone.objects.get(name=chain[-1]["to"])


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_gate_decision_racing_a_change_of_its_criterion_never_fails(world):
    office = _client(world.office)
    task = world.pr_task
    for round_ in range(ROUNDS):
        gate = Gate.objects.create(launch=world.launch, name=f"Go {round_}", offset_days=-1)
        gate.criteria.set([task])
        Task.objects.filter(pk=task.pk).update(status=TaskStatus.IN_PROGRESS)
        answers = _concurrently(
            lambda gate=gate: office.post(f"/api/v1/gates/{gate.pk}/decide/", {"decision": "approve"}, format="json"),
            lambda: office.patch(f"/api/v1/tasks/{task.pk}/", {"status": "done"}, format="json"),
        )
        assert [getattr(a, "status_code", a) for a in answers] == [200, 200], [
            getattr(a, "content", a) for a in answers
        ]
        assert GateDecision.objects.filter(gate=gate, kind="approve").count() == 1
        assert Gate.objects.get(pk=gate.pk).status == GateStatus.APPROVED
        Gate.objects.filter(pk=gate.pk).delete()


def test_a_deadlock_that_still_happens_is_retried_not_answered_500(world, client_for, monkeypatch):
    """The writer whose transaction the database picked as the deadlock victim runs again from the start."""
    import psycopg.errors

    from launches import services

    real = services.task_update
    calls = {"n": 0}

    def deadlocked_once(**kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OperationalError("deadlock detected") from psycopg.errors.DeadlockDetected("deadlock detected")
        return real(**kwargs)

    monkeypatch.setattr(services, "task_update", deadlocked_once)
    response = client_for(world.office).patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"title": "Retried"})

    assert response.status_code == 200, response.content
    assert calls["n"] == 2
    assert Task.objects.get(pk=world.pr_task.pk).title == "Retried"
    assert AuditEvent.objects.filter(entity="task", entity_id=world.pr_task.pk, action="update").count() == 1


def test_a_write_that_loses_every_retry_is_answered_503_busy_and_changes_nothing(world, client_for, monkeypatch):
    import psycopg.errors

    from launches import services

    def always_deadlocked(**kwargs):
        services.Task.objects.filter(pk=world.pr_task.pk).update(title="Half-written")
        raise OperationalError("deadlock detected") from psycopg.errors.DeadlockDetected("deadlock detected")

    monkeypatch.setattr(services, "task_update", always_deadlocked)
    response = client_for(world.office).patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"title": "Never"})

    assert response.status_code == 503 and response["Retry-After"] == "1"
    assert response.json()["code"] == "busy"
    assert Task.objects.get(pk=world.pr_task.pk).title == "Press release"

"""The readiness view: per department done, late and blocked work; gates at risk; the critical path."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from deliverables.models import ArticleStatus, RecruitmentStatus
from feedback.models import FeedbackState
from gates.models import Gate, GateStatus
from launches.models import LaunchStatus, TaskStatus
from readiness import selectors
from tests.communications.factories import CommunicationFactory
from tests.deliverables.factories import KnowledgeBaseArticleFactory, RecruitmentRoleFactory
from tests.factories import DependencyFactory, TaskFactory
from tests.feedback.factories import FeedbackItemFactory

pytestmark = pytest.mark.django_db


def _by_slug(body: dict) -> dict[str, dict]:
    return {row["department"]["slug"]: row for row in body["departments"]}


def test_readiness_counts_each_department_by_status_and_lateness(world):
    t_zero = world.launch.t_zero_date
    ws = world.marketing_ws
    TaskFactory(workstream=ws, status=TaskStatus.DONE, offset_days=-30)
    TaskFactory(workstream=ws, status=TaskStatus.BLOCKED, offset_days=-20)
    TaskFactory(workstream=ws, status=TaskStatus.IN_PROGRESS, offset_days=-2)
    # Done or cancelled work is never late, whatever its dates.
    TaskFactory(workstream=ws, status=TaskStatus.CANCELLED, offset_days=-40)

    readiness = selectors.launch_readiness(launch=world.launch, today=t_zero - dt.timedelta(days=10))

    marketing = _by_slug(readiness)["marketing"]
    # The world's own "Campaign brief" is one more open task.
    assert (marketing["total"], marketing["done"], marketing["blocked"], marketing["in_progress"]) == (5, 1, 1, 1)
    assert marketing["cancelled"] == 1
    # Late: open and due before today (T-10): only the blocked task due at T-20.
    assert marketing["late"] == 1
    assert _by_slug(readiness)["pr"]["total"] == 1


def test_a_successor_pushed_past_today_by_its_predecessor_counts_late_by_its_computed_date(world):
    first = TaskFactory(workstream=world.pr_ws, offset_days=-30, duration_days=25)
    # Planned at T-29 alone, but it cannot start before T-5 once its predecessor ends.
    second = TaskFactory(workstream=world.marketing_ws, offset_days=-29, duration_days=1, needed_for_launch=True)
    DependencyFactory(predecessor=first, successor=second)
    today = world.launch.t_zero_date - dt.timedelta(days=10)

    readiness = selectors.launch_readiness(launch=world.launch, today=today)

    assert _by_slug(readiness)["pr"]["late"] == 0
    assert _by_slug(readiness)["marketing"]["late"] == 0
    # The chain that drives launch: the predecessor sets the successor's start.
    assert readiness["critical_path"] == [first.pk, second.pk]
    assert readiness["critical_path_titles"] == [first.title, second.title]


def test_a_gate_is_at_risk_within_a_week_while_criteria_are_open(world):
    open_task = TaskFactory(workstream=world.marketing_ws, offset_days=-20)
    near = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    near.criteria.add(open_task)
    far = Gate.objects.create(launch=world.launch, name="Readiness review", offset_days=-30)
    far.criteria.add(open_task)
    approved = Gate.objects.create(launch=world.launch, name="Signed off", offset_days=-2, status=GateStatus.APPROVED)
    approved.criteria.add(open_task)
    today = world.launch.t_zero_date - dt.timedelta(days=5)

    gates = {gate["name"]: gate for gate in selectors.launch_readiness(launch=world.launch, today=today)["gates"]}

    assert gates["Go/No-Go"]["at_risk"] is True
    assert (gates["Go/No-Go"]["days_left"], gates["Go/No-Go"]["criteria_done"]) == (4, 0)
    assert gates["Go/No-Go"]["date"] == world.launch.t_zero_date - dt.timedelta(days=1)
    # Passed but never approved: still at risk.
    assert gates["Readiness review"]["at_risk"] is True and gates["Readiness review"]["days_left"] == -25
    assert gates["Signed off"]["at_risk"] is False


def test_a_gate_whose_criteria_are_done_is_not_at_risk(world):
    done = TaskFactory(workstream=world.marketing_ws, offset_days=-20, status=TaskStatus.DONE)
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    gate.criteria.add(done)
    readiness = selectors.launch_readiness(launch=world.launch, today=world.launch.t_zero_date)
    assert readiness["gates"][0]["criteria_done"] == 1
    assert readiness["gates"][0]["at_risk"] is False


def test_readiness_endpoint_answers_in_the_launch_time_zone(world, client_for):
    body = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/readiness/").json()
    assert body["launch"] == world.launch.pk
    assert {row["department"]["slug"] for row in body["departments"]} == {"marketing", "pr"}
    assert dt.date.fromisoformat(body["today"])


def test_readiness_runs_a_fixed_number_of_queries_whatever_the_size(world, client_for):
    client = client_for(world.viewer)
    url = f"/api/v1/launches/{world.launch.pk}/readiness/"

    def grow(n: int) -> None:
        for index in range(n):
            task = TaskFactory(workstream=world.pr_ws, offset_days=-index)
            Gate.objects.create(launch=world.launch, name=f"Gate {index}", offset_days=-index).criteria.add(task)
            KnowledgeBaseArticleFactory(launch=world.launch, status=ArticleStatus.values[index % 3])
            RecruitmentRoleFactory(launch=world.launch, status=RecruitmentStatus.values[index % 4])
            CommunicationFactory(launch=world.launch, author=world.pr_member)
            FeedbackItemFactory(launch=world.launch, state=FeedbackState.values[index % 3])

    grow(2)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    grow(30)
    with CaptureQueriesContext(connection) as large:
        body = client.get(url).json()
    assert len(body["gates"]) == 32
    assert body["knowledge_base"]["total"] == body["communications"]["draft"] == body["feedback"]["total"] == 32
    # session, user, launch, lanes, tasks, dependencies, gates + criteria + approvers, the current baseline's
    # dates, knowledge base, recruiting, communications, feedback
    assert len(small.captured_queries) == len(large.captured_queries) == 14


def test_readiness_counts_the_launch_developer_feedback_per_state(world, client_for):
    for state, n in ((FeedbackState.NEW, 3), (FeedbackState.ACCEPTED, 2), (FeedbackState.DONE, 1)):
        FeedbackItemFactory.create_batch(n, launch=world.launch, state=state)
    original = FeedbackItemFactory(launch=world.launch, state=FeedbackState.REJECTED)
    FeedbackItemFactory(launch=world.launch, state=FeedbackState.DUPLICATE, duplicate_of=original)
    # Another launch's feedback is not counted.
    FeedbackItemFactory(state=FeedbackState.NEW)

    body = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/readiness/").json()

    assert body["feedback"] == {"new": 3, "accepted": 2, "rejected": 1, "duplicate": 1, "done": 1, "total": 8}


def test_readiness_of_a_missing_launch_is_404(world, client_for):
    response = client_for(world.viewer).get("/api/v1/launches/999999/readiness/")
    assert response.status_code == 404 and response.json()["code"] == "not_found"


def test_the_office_readiness_digest_lists_each_active_launch_departments_and_gates_at_risk(world):
    gate = Gate.objects.create(launch=world.launch, name="Readiness review", offset_days=-7)
    gate.criteria.add(world.marketing_task)
    day_before_gate = world.launch.t_zero_date - dt.timedelta(days=9)

    body = selectors.office_readiness_digest(today=day_before_gate)

    assert body.startswith(f"Launch readiness\n\n{world.launch.name} (T-0 {world.launch.t_zero_date.isoformat()})")
    assert "  Marketing: 0/" in body
    assert "  Gate at risk: Readiness review in 2 days, 0/1 criteria done" in body


def test_the_office_readiness_digest_is_empty_without_an_active_launch(world):
    world.launch.status = LaunchStatus.CLOSED
    world.launch.save(update_fields=["status"])
    assert selectors.office_readiness_digest(today=world.launch.t_zero_date) == ""

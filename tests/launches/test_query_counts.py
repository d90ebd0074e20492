"""Every list endpoint runs a fixed number of SQL queries whatever the number of rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import Department, MembershipRole
from gates.models import DecisionKind, Gate
from gates.services import gate_decide
from tests.factories import (
    DependencyFactory,
    LaunchFactory,
    MembershipFactory,
    MilestoneFactory,
    TaskFactory,
    UserFactory,
    WorkstreamFactory,
)

pytestmark = pytest.mark.django_db


def _grow(world, size: int) -> None:
    """Adds `size` of everything a list endpoint shows, with every relation filled in."""
    for _ in range(size):
        serial = Department.objects.count()
        launch = LaunchFactory(owner=world.office)
        workstream = WorkstreamFactory(launch=launch, department=world.marketing, lead=world.marketing_lead)
        task = TaskFactory(workstream=workstream, assignee=world.marketing_member)
        DependencyFactory(predecessor=task, successor=TaskFactory(workstream=workstream, assignee=world.pr_member))
        MilestoneFactory(launch=launch)
        department = Department.objects.create(name=f"Extra {serial}", slug=f"extra-{serial}")
        MembershipFactory(department=department, user=UserFactory(), role=MembershipRole.LEAD)
        MembershipFactory(department=department, user=UserFactory())
        world.pr_task.comments.create(author=world.office, body="Looks good")
        gate = Gate.objects.create(launch=launch, name="Go/No-Go", offset_days=-1)
        gate.approver_departments.add(world.marketing)
        gate.criteria.add(task)
        gate_decide(actor=world.office, gate=gate, decision=DecisionKind.APPROVE)
        gate_decide(
            actor=world.marketing_lead,
            gate=gate,
            decision=DecisionKind.REJECT,
            comment="Not yet",
            department=world.marketing,
        )


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, response.content
    assert response.json()["count"] > 0
    return len(ctx.captured_queries)


# session + user, then the page count and the rows, then any prefetches.
EXPECTED = {
    "/api/v1/launches/": 4,
    "/api/v1/workstreams/": 4,
    "/api/v1/tasks/": 5,  # and their collaborators
    "/api/v1/dependencies/": 4,
    "/api/v1/milestones/": 4,
    "/api/v1/task-comments/": 4,
    "/api/v1/departments/": 5,
    "/api/v1/department-memberships/": 4,
    "/api/v1/users/": 6,  # and the people's departments, and the reader's roles (capacity is for the office and leads)
    "/api/v1/gate-decisions/": 4,
}


@pytest.mark.parametrize("url", sorted(EXPECTED))
def test_list_runs_fixed_number_of_queries_whatever_the_size(world, client_for, url):
    client = client_for(world.viewer)
    _grow(world, 2)
    small = _queries(client, url)
    _grow(world, 25)
    large = _queries(client, url)
    assert small == large == EXPECTED[url]

"""Writes through the API record what changed by emitting events, and the real followers table
(config/followers.py) turns them into an audit row, an outbox row (notifications.models.LaunchEvent) and a new
plan version, all in the write's transaction; a refused write leaves none of them."""

import pytest
from django.utils import timezone

from audit.models import AuditAction, AuditEvent
from gates.models import Gate
from launches.models import Dependency, Launch, LaunchStatus, Task, TaskStatus
from notifications.models import EventKind, LaunchEvent
from tests.factories import DependencyFactory, TaskFactory

pytestmark = pytest.mark.django_db


class Trail:
    """What a request added to the audit trail and the outbox, and how far the launch's plan version moved."""

    def __init__(self, launch: Launch) -> None:
        self.launch_id = launch.pk
        self.audit_after = AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        self.events_after = LaunchEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        self.plan_version = self._plan_version()

    def _plan_version(self) -> int:
        return Launch.objects.values_list("plan_version", flat=True).get(pk=self.launch_id)

    def audit(self) -> list[AuditEvent]:
        return list(AuditEvent.objects.filter(pk__gt=self.audit_after).order_by("pk"))

    def events(self) -> list[LaunchEvent]:
        return list(LaunchEvent.objects.filter(pk__gt=self.events_after).order_by("pk"))

    def plan_versions_raised(self) -> int:
        return self._plan_version() - self.plan_version

    def assert_untouched(self) -> None:
        assert self.audit() == []
        assert self.events() == []
        assert self.plan_versions_raised() == 0


@pytest.fixture
def office(world, client_for):
    return client_for(world.office)


def _transition(client, launch: Launch, status: str, via: str):
    if via == "transition":
        return client.post(f"/api/v1/launches/{launch.pk}/transition/", {"status": status}, format="json")
    return client.patch(f"/api/v1/launches/{launch.pk}/", {"status": status}, format="json")


VIAS = [pytest.param("transition", id="POST-transition"), pytest.param("patch", id="PATCH-status")]


# Recorded


@pytest.mark.parametrize("via", VIAS)
def test_a_status_change_records_a_transition_and_announces_it(world, office, via, django_capture_on_commit_callbacks):
    trail = Trail(world.launch)
    with django_capture_on_commit_callbacks(execute=True):
        response = _transition(office, world.launch, LaunchStatus.PLANNING, via)
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "planning"

    (row,) = trail.audit()
    assert (row.action, row.entity, row.entity_id, row.launch_id) == (
        AuditAction.TRANSITION,
        "launch",
        world.launch.pk,
        world.launch.pk,
    )
    assert row.actor == world.office
    assert row.changes == {"status": {"from": "draft", "to": "planning"}}

    (event,) = trail.events()
    assert (event.kind, event.launch_id, event.actor) == (
        EventKind.LAUNCH_STATUS_CHANGED,
        world.launch.pk,
        world.office,
    )
    assert event.data == {"from": "draft", "to": "planning"}
    assert event.dispatched_at is not None  # dispatched after commit
    assert trail.plan_versions_raised() == 1


def test_deleting_a_task_records_its_deletion_and_announces_it_by_id_and_title(
    world, office, django_capture_on_commit_callbacks
):
    task = world.marketing_task
    trail = Trail(world.launch)
    with django_capture_on_commit_callbacks(execute=True):
        response = office.delete(f"/api/v1/tasks/{task.pk}/")
    assert response.status_code == 204, response.content
    assert not Task.objects.filter(pk=task.pk).exists()

    (row,) = trail.audit()
    assert (row.action, row.entity, row.entity_id, row.entity_label) == (
        AuditAction.DELETE,
        "task",
        task.pk,
        "Campaign brief",
    )
    assert (row.launch_id, row.department_id) == (world.launch.pk, world.marketing.pk)
    assert row.changes["title"] == {"from": "Campaign brief", "to": None}  # rule 6: its last values are kept

    (event,) = trail.events()
    assert (event.kind, event.launch_id, event.task_id) == (EventKind.TASK_DELETED, world.launch.pk, None)
    assert event.data == {"task": task.pk, "title": "Campaign brief"}
    assert trail.plan_versions_raised() == 1


def test_deleting_a_task_records_each_dependency_that_goes_with_it(world, office):
    dependency = DependencyFactory(predecessor=world.pr_task, successor=world.marketing_task)
    trail = Trail(world.launch)
    response = office.delete(f"/api/v1/tasks/{world.marketing_task.pk}/")
    assert response.status_code == 204, response.content
    assert sorted((row.action, row.entity, row.entity_id) for row in trail.audit()) == [
        (AuditAction.DELETE, "dependency", dependency.pk),
        (AuditAction.DELETE, "task", world.marketing_task.pk),
    ]
    assert [event.kind for event in trail.events()] == [EventKind.TASK_DELETED]
    assert trail.plan_versions_raised() == 1  # one emit, one new version


def test_creating_a_dependency_records_it_and_raises_the_plan_version(
    world, client_for, django_capture_on_commit_callbacks
):
    predecessor = TaskFactory(workstream=world.marketing_ws, title="Brief the agency", offset_days=-20)
    trail = Trail(world.launch)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world.marketing_lead).post(
            "/api/v1/dependencies/",
            {"predecessor": predecessor.pk, "successor": world.marketing_task.pk},
            format="json",
        )
    assert response.status_code == 201, response.json()
    dependency = Dependency.objects.get(pk=response.json()["id"])

    (row,) = trail.audit()
    assert (row.action, row.entity, row.entity_id) == (AuditAction.CREATE, "dependency", dependency.pk)
    assert (row.actor, row.launch_id, row.department_id) == (world.marketing_lead, world.launch.pk, world.marketing.pk)
    assert row.changes == {
        "predecessor": {"from": None, "to": predecessor.pk},
        "successor": {"from": None, "to": world.marketing_task.pk},
        "type": {"from": None, "to": "finish_to_start"},
        "lag_days": {"from": None, "to": 0},
        "lag_count": {"from": None, "to": "working"},
    }
    assert trail.events() == []  # a dependency is not announced (its conflicts are, when there are any)
    assert trail.plan_versions_raised() == 1


@pytest.mark.parametrize(
    ("who", "body"),
    [
        pytest.param("marketing_lead", {"title": "Campaign brief v2"}, id="lead-renames"),
        pytest.param("marketing_member", {"status": "in_progress"}, id="assignee-starts"),
    ],
)
def test_a_task_update_raises_the_plan_version_once_with_one_audit_row_and_one_event(
    world, client_for, who, body, django_capture_on_commit_callbacks
):
    task = world.marketing_task
    field, value = next(iter(body.items()))
    before = getattr(task, field)
    trail = Trail(world.launch)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(getattr(world, who)).patch(f"/api/v1/tasks/{task.pk}/", body, format="json")
    assert response.status_code == 200, response.json()

    expected = {field: {"from": before, "to": value}}
    if field == "status":  # starting records the day it started (issue 15), in the same change
        today = timezone.now().astimezone(world.launch.zone).date().isoformat()
        expected["actual_start"] = {"from": None, "to": today}
    (row,) = trail.audit()
    assert (row.action, row.entity, row.entity_id) == (AuditAction.UPDATE, "task", task.pk)
    assert row.changes == expected
    (event,) = trail.events()
    assert (event.kind, event.task_id) == (EventKind.TASK_UPDATED, task.pk)
    assert event.data == {"changes": expected}
    assert trail.plan_versions_raised() == 1


def test_a_task_update_that_changes_nothing_records_nothing(world, client_for, django_capture_on_commit_callbacks):
    trail = Trail(world.launch)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world.marketing_lead).patch(
            f"/api/v1/tasks/{world.marketing_task.pk}/", {"title": "Campaign brief"}, format="json"
        )
    assert response.status_code == 200, response.json()
    trail.assert_untouched()


# Refused: nothing recorded


@pytest.fixture
def pending_gate(world) -> Gate:
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    gate.criteria.add(world.marketing_task)
    return gate


@pytest.mark.parametrize("via", VIAS)
def test_launching_while_a_gate_is_not_approved_is_refused_and_records_nothing(
    world, office, pending_gate, via, django_capture_on_commit_callbacks
):
    Launch.objects.filter(pk=world.launch.pk).update(status=LaunchStatus.READY)
    trail = Trail(world.launch)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = _transition(office, world.launch, LaunchStatus.LAUNCHED, via)
    assert response.status_code == 409, response.json()
    body = response.json()
    assert body["code"] == "gate_not_approved"
    assert body["extra"]["gates"] == ["Go/No-Go"]
    # The status was saved before the gates' follower refused: the whole write is rolled back.
    assert Launch.objects.get(pk=world.launch.pk).status == LaunchStatus.READY
    trail.assert_untouched()
    assert callbacks == []


def test_starting_work_after_a_pending_gate_is_refused_and_records_nothing(
    world, client_for, pending_gate, django_capture_on_commit_callbacks
):
    gated = TaskFactory(workstream=world.marketing_ws, title="Launch ads", assignee=world.marketing_member)
    Dependency.objects.create(launch=world.launch, predecessor_gate=pending_gate, successor=gated)
    trail = Trail(world.launch)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client_for(world.marketing_member).patch(
            f"/api/v1/tasks/{gated.pk}/", {"status": "in_progress"}, format="json"
        )
    assert response.status_code == 409, response.json()
    assert response.json()["code"] == "gate_not_approved"
    gated.refresh_from_db()
    assert gated.status == TaskStatus.TODO
    trail.assert_untouched()
    assert callbacks == []


def test_a_transition_the_lifecycle_does_not_allow_is_refused_and_records_nothing(world, office):
    trail = Trail(world.launch)
    response = _transition(office, world.launch, LaunchStatus.CLOSED, "transition")
    assert response.status_code == 400, response.json()
    assert response.json()["code"] == "transition_not_allowed"
    assert Launch.objects.get(pk=world.launch.pk).status == LaunchStatus.DRAFT
    trail.assert_untouched()


def test_lead_editing_another_departments_task_is_refused_and_records_nothing(world, client_for):
    trail = Trail(world.launch)
    response = client_for(world.marketing_lead).patch(
        f"/api/v1/tasks/{world.pr_task.pk}/", {"title": "Hijacked"}, format="json"
    )
    assert response.status_code == 403, response.json()
    assert response.json()["code"] == "permission_denied"
    assert Task.objects.get(pk=world.pr_task.pk).title == "Press release"
    trail.assert_untouched()


def test_lead_deleting_another_departments_task_is_refused_and_records_nothing(world, client_for):
    trail = Trail(world.launch)
    response = client_for(world.marketing_lead).delete(f"/api/v1/tasks/{world.pr_task.pk}/")
    assert response.status_code == 403, response.json()
    assert response.json()["code"] == "permission_denied"
    assert Task.objects.filter(pk=world.pr_task.pk).exists()
    trail.assert_untouched()


def test_a_dependency_that_would_close_a_cycle_is_refused_and_records_nothing(world, client_for):
    DependencyFactory(predecessor=world.marketing_task, successor=world.pr_task)
    trail = Trail(world.launch)
    response = client_for(world.office).post(
        "/api/v1/dependencies/",
        {"predecessor": world.pr_task.pk, "successor": world.marketing_task.pk},
        format="json",
    )
    assert response.status_code == 400, response.json()
    assert response.json()["code"] == "dependency_cycle"
    assert not Dependency.objects.filter(predecessor=world.pr_task, successor=world.marketing_task).exists()
    trail.assert_untouched()

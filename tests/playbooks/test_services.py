"""A launch made from a playbook keeps the plan's rules and records what creating its items one by one records."""

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from audit.models import AuditEvent
from gates.models import Gate
from gates.services import gate_create
from launches.models import Dependency, Launch, Milestone, Task, Workstream
from launches.services import dependency_create, launch_create, milestone_create, task_create
from notifications.models import LaunchEvent, Notification
from playbooks.models import Playbook
from playbooks.services import playbook_instantiate
from tests.playbooks.factories import PlaybookFactory, PlaybookTaskFactory
from tests.playbooks.test_api import _plan, _save

pytestmark = pytest.mark.django_db

T_ZERO = dt.datetime(2028, 6, 1, 7, tzinfo=dt.UTC)


def _database_state() -> dict[str, int]:
    models = (Launch, Workstream, Task, Dependency, Gate, Milestone, AuditEvent, LaunchEvent, Notification)
    return {model.__name__: model.objects.count() for model in models}


def _cyclic_playbook(world) -> tuple[Playbook, list]:
    """A playbook whose dependencies (as stored through the admin or by hand) run Alpha -> Beta -> Gamma -> Alpha,
    with a gate, so that instantiating it would otherwise create every kind of item."""
    playbook = PlaybookFactory(name="Cyclic")
    playbook.departments.set([world.marketing, world.pr])
    alpha, beta, gamma = (
        PlaybookTaskFactory(playbook=playbook, department=world.marketing, title=title)
        for title in ("Alpha", "Beta", "Gamma")
    )
    playbook.dependencies.create(predecessor=alpha, successor=beta)
    playbook.dependencies.create(predecessor=beta, successor=gamma)
    playbook.dependencies.create(predecessor=gamma, successor=alpha)
    playbook.milestones.create(name="Embargo", offset_days=0)
    gate = playbook.gates.create(name="Go/No-Go", offset_days=-1)
    gate.approver_departments.set([world.pr])
    return playbook, [alpha, beta, gamma]


def test_instantiating_a_playbook_whose_dependencies_form_a_cycle_is_refused_and_creates_nothing(world, client_for):
    playbook, (alpha, beta, gamma) = _cyclic_playbook(world)
    before = _database_state()
    response = client_for(world.office).post(
        f"/api/v1/playbooks/{playbook.pk}/instantiate/",
        {"name": "Nova", "t_zero": "2028-06-01T07:00:00Z", "time_zone": "UTC"},
        format="json",
    )
    assert response.status_code == 400, response.content
    body = response.json()
    # The same code and cycle as the API's refusal of a dependency closing a cycle (launches.errors).
    assert body["code"] == "dependency_cycle"
    assert body["extra"]["cycle"] == [alpha.pk, beta.pk, gamma.pk, alpha.pk]
    assert body["extra"]["cycle_titles"] == ["Alpha", "Beta", "Gamma", "Alpha"]
    assert "“Alpha” → “Beta” → “Gamma” → “Alpha”" in body["message"]
    assert _database_state() == before
    assert not Launch.objects.filter(name="Nova").exists()


def test_a_cycle_through_a_milestone_is_refused_naming_the_milestone_and_creates_nothing(world, client_for):
    playbook = PlaybookFactory(name="Through a moment")
    playbook.departments.set([world.marketing])
    alpha, beta = (
        PlaybookTaskFactory(playbook=playbook, department=world.marketing, title=title) for title in ("Alpha", "Beta")
    )
    ready = playbook.milestones.create(name="Ready", offset_days=0)
    gate = playbook.gates.create(name="Go/No-Go", offset_days=-1)
    playbook.dependencies.create(predecessor_gate=gate, successor=alpha)
    playbook.dependencies.create(predecessor=alpha, successor_milestone=ready)
    playbook.dependencies.create(predecessor_milestone=ready, successor=beta)
    playbook.dependencies.create(predecessor=beta, successor=alpha)
    before = _database_state()
    response = client_for(world.office).post(
        f"/api/v1/playbooks/{playbook.pk}/instantiate/",
        {"name": "Nova", "t_zero": "2028-06-01T07:00:00Z", "time_zone": "UTC"},
        format="json",
    )
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["code"] == "dependency_cycle"
    # Named as a launch's cycle check names one (launches.services): tasks by id, the milestone as such.
    assert body["extra"]["cycle"] == [alpha.pk, f"milestone {ready.pk}", beta.pk, alpha.pk]
    assert body["extra"]["cycle_titles"] == ["Alpha", "Ready", "Beta", "Alpha"]
    assert "“Alpha” → “Ready” → “Beta” → “Alpha”" in body["message"]
    assert _database_state() == before


def test_a_cycle_only_among_departments_left_out_does_not_stop_the_launch(world, client_for):
    playbook, _ = _cyclic_playbook(world)
    launch = playbook_instantiate(
        actor=world.office,
        playbook=playbook,
        name="PR only",
        t_zero=T_ZERO,
        time_zone=ZoneInfo("UTC"),
        departments=[world.pr],
    )
    assert not Task.objects.filter(workstream__launch=launch).exists()
    assert Gate.objects.filter(launch=launch).count() == 1


def _recorded(launch: Launch) -> tuple[Counter, Counter, Counter]:
    """What a launch's creation recorded: audit events by (entity, action, department), launch events by kind, and the
    notifications made from them by (person, kind)."""
    audit = Counter(AuditEvent.objects.filter(launch_id=launch.pk).values_list("entity", "action", "department"))
    events = Counter(LaunchEvent.objects.filter(launch=launch).values_list("kind", flat=True))
    notices = Counter(Notification.objects.filter(launch=launch).values_list("recipient__username", "kind"))
    return audit, events, notices


def _one_by_one(actor, playbook: Playbook, name: str) -> Launch:
    """The playbook's plan created through the services one item at a time, in an order their checks accept:
    tasks before the gates they are criteria of, every item before the links between them."""
    launch = launch_create(
        actor=actor,
        name=name,
        t_zero=T_ZERO,
        time_zone=ZoneInfo("UTC"),
        departments=list(playbook.departments.all()),
    )
    workstreams = {ws.department_id: ws for ws in launch.workstreams.all()}
    tasks = {
        item.pk: task_create(
            actor=actor,
            workstream=workstreams[item.department_id],
            title=item.title,
            offset_days=item.offset_days,
            duration_days=item.duration_days,
            needed_for_launch=item.needed_for_launch,
        )
        for item in playbook.tasks.order_by("id")
    }
    gates = {
        item.pk: gate_create(
            actor=actor,
            launch=launch,
            name=item.name,
            offset_days=item.offset_days,
            criteria=[tasks[task.pk] for task in item.criteria.all()],
            approver_departments=list(item.approver_departments.all()),
        )
        for item in playbook.gates.order_by("id")
    }
    milestones = {
        item.pk: milestone_create(actor=actor, launch=launch, name=item.name, offset_days=item.offset_days)
        for item in playbook.milestones.order_by("id")
    }
    # Every link, whatever its ends (work after a gate is a link from the gate).
    for dependency in playbook.dependencies.order_by("id"):
        dependency_create(
            actor=actor,
            predecessor=tasks.get(dependency.predecessor_id),
            predecessor_milestone=milestones.get(dependency.predecessor_milestone_id),
            predecessor_gate=gates.get(dependency.predecessor_gate_id),
            successor=tasks.get(dependency.successor_id),
            successor_milestone=milestones.get(dependency.successor_milestone_id),
            lag_days=dependency.lag_days,
        )
    return launch


def test_instantiation_records_the_same_events_as_creating_the_items_one_by_one(
    world, client_for, django_capture_on_commit_callbacks
):
    items = _plan(world)
    # Links to and from milestones too (a gate's is in the plan already).
    announcement, embargo = (
        Milestone.objects.get(launch=world.launch, name=name) for name in ("Announcement", "Embargo")
    )
    dependency_create(actor=world.office, predecessor=items["fixed"], successor_milestone=embargo)
    dependency_create(actor=world.office, predecessor_milestone=announcement, successor=world.pr_task)
    playbook = Playbook.objects.get(pk=_save(client_for(world.office), world)["id"])
    assert playbook.gates.get().approver_departments.exists()
    assert playbook.dependencies.count() == 4
    with django_capture_on_commit_callbacks(execute=True):
        by_hand = _one_by_one(world.office, playbook, "By hand")
    with django_capture_on_commit_callbacks(execute=True):
        instantiated = playbook_instantiate(
            actor=world.office, playbook=playbook, name="From playbook", t_zero=T_ZERO, time_zone=ZoneInfo("UTC")
        )
    audit, events, notices = _recorded(by_hand)
    # Besides the items' own records, the launch notes which playbook it came from.
    audit[("launch", "update", None)] += 1
    assert _recorded(instantiated) == (audit, events, notices)
    assert events == {"task.created": 4, "gate.created": 1}
    # The gate's approvers (the PR lead) are told it awaits them, as after gate_create.
    assert notices[("pr.lead", "gate_awaiting_approval")] == 1
    # Every event was dispatched after commit, once.
    assert not LaunchEvent.objects.filter(launch=instantiated, dispatched_at=None).exists()

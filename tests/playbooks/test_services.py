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
    """What a launch's creation recorded: audit events by (entity, action), launch events by kind, and the
    notifications made from them by (person, kind)."""
    audit = Counter(AuditEvent.objects.filter(launch_id=launch.pk).values_list("entity", "action"))
    events = Counter(LaunchEvent.objects.filter(launch=launch).values_list("kind", flat=True))
    notices = Counter(Notification.objects.filter(launch=launch).values_list("recipient__username", "kind"))
    return audit, events, notices


def _one_by_one(actor, playbook: Playbook, name: str) -> Launch:
    """The playbook's plan created through the services one item at a time, in an order their checks accept:
    tasks before the gates they are criteria of, gates before the tasks that come after them."""
    launch = launch_create(
        actor=actor,
        name=name,
        t_zero=T_ZERO,
        time_zone=ZoneInfo("UTC"),
        departments=list(playbook.departments.all()),
    )
    workstreams = {ws.department_id: ws for ws in launch.workstreams.all()}
    tasks = {}

    def create_task(item):
        tasks[item.pk] = task_create(
            actor=actor,
            workstream=workstreams[item.department_id],
            title=item.title,
            offset_days=item.offset_days,
            duration_days=item.duration_days,
            needed_for_launch=item.needed_for_launch,
        )
        if item.after_gate_id is not None:  # work after a gate: a link from it
            dependency_create(actor=actor, predecessor_gate=gates[item.after_gate_id], successor=tasks[item.pk])

    gates: dict[int, Gate] = {}
    for item in playbook.tasks.filter(after_gate=None).order_by("id"):
        create_task(item)
    for item in playbook.gates.order_by("id"):
        gates[item.pk] = gate_create(
            actor=actor,
            launch=launch,
            name=item.name,
            offset_days=item.offset_days,
            criteria=[tasks[task.pk] for task in item.criteria.all()],
            approver_departments=list(item.approver_departments.all()),
        )
    for item in playbook.tasks.exclude(after_gate=None).order_by("id"):
        create_task(item)
    for dependency in playbook.dependencies.order_by("id"):
        dependency_create(
            actor=actor,
            predecessor=tasks[dependency.predecessor_id],
            successor=tasks[dependency.successor_id],
            lag_days=dependency.lag_days,
        )
    for item in playbook.milestones.order_by("id"):
        milestone_create(actor=actor, launch=launch, name=item.name, offset_days=item.offset_days)
    return launch


def test_instantiation_records_the_same_events_as_creating_the_items_one_by_one(
    world, client_for, django_capture_on_commit_callbacks
):
    _plan(world)
    playbook = Playbook.objects.get(pk=_save(client_for(world.office), world)["id"])
    assert playbook.gates.get().approver_departments.exists()
    with django_capture_on_commit_callbacks(execute=True):
        by_hand = _one_by_one(world.office, playbook, "By hand")
    with django_capture_on_commit_callbacks(execute=True):
        instantiated = playbook_instantiate(
            actor=world.office, playbook=playbook, name="From playbook", t_zero=T_ZERO, time_zone=ZoneInfo("UTC")
        )
    audit, events, notices = _recorded(by_hand)
    # Besides the items' own records, the launch notes which playbook it came from.
    audit[("launch", "update")] += 1
    assert _recorded(instantiated) == (audit, events, notices)
    assert events == {"task.created": 4, "gate.created": 1}
    # The gate's approvers (the PR lead) are told it awaits them, as after gate_create.
    assert notices[("pr.lead", "gate_awaiting_approval")] == 1
    # Every event was dispatched after commit, once.
    assert not LaunchEvent.objects.filter(launch=instantiated, dispatched_at=None).exists()

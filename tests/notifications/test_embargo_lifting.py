"""Embargoes about to lift: an approved communication's author and the office are told once per embargo moment
(T-0, or the planned moment of a gate not yet approved), through a `communication.embargo_lifting` event."""

import datetime as dt

import pytest
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from communications.models import CommunicationStatus, Embargo
from config.celery import app
from gates import services as gate_services
from gates.models import Gate, GateStatus
from launches.models import LaunchStatus
from notifications import outbox, tasks
from notifications.models import EventKind, LaunchEvent, Notification, NotificationKind
from readiness.t_zero import launch_move_t_zero
from tests.communications.factories import CommunicationFactory

pytestmark = pytest.mark.django_db

KIND = NotificationKind.COMMUNICATION_EMBARGO_LIFTING


def _approved(world, **kwargs):
    defaults = {
        "launch": world.launch,
        "author": world.marketing_member,
        "department": world.marketing,
        "status": CommunicationStatus.APPROVED,
        "embargo": Embargo.T_ZERO,
        "offset_days": 0,
    }
    return CommunicationFactory(**{**defaults, **kwargs})


def _notify(capture, now: dt.datetime) -> int:
    with capture(execute=True):
        return outbox.embargoes_lifting_notify(now=now)


def _told(**filters) -> list[tuple[str, str]]:
    return sorted(Notification.objects.filter(kind=KIND, **filters).values_list("recipient__username", "dedupe_key"))


def test_a_t_zero_embargo_lifting_within_the_window_tells_the_author_and_the_office_once(
    world, django_capture_on_commit_callbacks
):
    item = _approved(world, title="Teaser post")
    now = world.launch.t_zero - dt.timedelta(hours=10)

    assert _notify(django_capture_on_commit_callbacks, now) == 1

    event = LaunchEvent.objects.get(kind=EventKind.COMMUNICATION_EMBARGO_LIFTING)
    assert event.dispatched_at is not None and event.gate_id is None and event.actor_id is None
    assert event.data["communication"] == item.pk
    assert (event.data["embargo"], event.data["lifts_at"]) == ("t_zero", world.launch.t_zero.isoformat())
    told = Notification.objects.filter(kind=KIND).order_by("recipient__username")
    assert [n.recipient for n in told] == [world.marketing_member, world.office]
    notice = told[0]
    assert notice.title == "Embargo lifts soon: Teaser post"
    # The launch's own time zone (Europe/Berlin): 08:00 UTC is 09:00 there in March.
    assert "T-0 is 2027-03-16 09:00 (Europe/Berlin)" in notice.body
    assert notice.url == f"/launches/{world.launch.pk}"
    # Every few minutes, and through the task: nothing more.
    assert _notify(django_capture_on_commit_callbacks, now + dt.timedelta(minutes=15)) == 0
    assert _notify(django_capture_on_commit_callbacks, now + dt.timedelta(hours=9)) == 0
    assert LaunchEvent.objects.filter(kind=EventKind.COMMUNICATION_EMBARGO_LIFTING).count() == 1
    assert Notification.objects.filter(kind=KIND).count() == 2


def test_the_periodic_task_sent_twice_announces_once(world, django_capture_on_commit_callbacks):
    world.launch.t_zero = timezone.now() + dt.timedelta(hours=3)
    world.launch.save()
    _approved(world)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.embargoes_lifting_notify.delay().get() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.embargoes_lifting_notify.delay().get() == 0
    assert [name for name, _key in _told()] == ["marketing.member", "office"]


@pytest.mark.parametrize(
    "case",
    ["draft", "submitted", "published", "withdrawn", "no embargo", "too far", "lifted", "cancelled launch"],
)
def test_only_approved_embargoed_items_whose_embargo_lifts_within_the_window_are_announced(
    world, django_capture_on_commit_callbacks, case
):
    now = world.launch.t_zero - dt.timedelta(hours=10)
    statuses = {"draft", "submitted", "published", "withdrawn"}
    _approved(world, status=case if case in statuses else CommunicationStatus.APPROVED)
    if case == "no embargo":
        world.launch.communications.update(embargo=Embargo.NONE)
    if case == "too far":
        now = world.launch.t_zero - dt.timedelta(hours=25)
    if case == "lifted":
        now = world.launch.t_zero
    if case == "cancelled launch":
        world.launch.status = LaunchStatus.CANCELLED
        world.launch.save()

    assert _notify(django_capture_on_commit_callbacks, now) == 0
    assert not LaunchEvent.objects.filter(kind=EventKind.COMMUNICATION_EMBARGO_LIFTING).exists()


def test_the_window_is_a_setting(world, settings, django_capture_on_commit_callbacks):
    _approved(world)
    now = world.launch.t_zero - dt.timedelta(hours=30)
    assert _notify(django_capture_on_commit_callbacks, now) == 0
    settings.EMBARGO_LIFTING_NOTICE_HOURS = 36
    assert _notify(django_capture_on_commit_callbacks, now) == 1


def test_moving_t_zero_makes_a_new_embargo_moment_and_a_new_notice(world, django_capture_on_commit_callbacks):
    _approved(world)
    first = world.launch.t_zero
    assert _notify(django_capture_on_commit_callbacks, first - dt.timedelta(hours=10)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        launch_move_t_zero(actor=world.office, launch=world.launch, t_zero=first + dt.timedelta(hours=4))

    assert _notify(django_capture_on_commit_callbacks, first - dt.timedelta(hours=6)) == 1
    assert _notify(django_capture_on_commit_callbacks, first - dt.timedelta(hours=5)) == 0

    assert len(_told(recipient=world.marketing_member)) == 2
    events = LaunchEvent.objects.filter(kind=EventKind.COMMUNICATION_EMBARGO_LIFTING).order_by("id")
    lifts = [event.data["lifts_at"] for event in events]
    assert lifts == [first.isoformat(), (first + dt.timedelta(hours=4)).isoformat()]


def test_a_gate_embargo_is_announced_while_its_unapproved_gate_is_planned_within_the_window(
    world, django_capture_on_commit_callbacks
):
    now = world.launch.t_zero - dt.timedelta(days=5)
    gate = Gate.objects.create(
        launch=world.launch, name="Go/No-Go", schedule_mode="fixed", at=now + dt.timedelta(hours=30)
    )
    item = _approved(world, embargo=Embargo.GATE, embargo_gate=gate, offset_days=-1)
    # Planned beyond the window: not yet.
    assert _notify(django_capture_on_commit_callbacks, now) == 0

    assert _notify(django_capture_on_commit_callbacks, now + dt.timedelta(hours=7)) == 1
    event = LaunchEvent.objects.get(kind=EventKind.COMMUNICATION_EMBARGO_LIFTING)
    assert (event.gate_id, event.data["embargo_gate"], event.data["gate_name"]) == (gate.pk, gate.pk, "Go/No-Go")
    assert event.data["lifts_at"] == (now + dt.timedelta(hours=30)).isoformat()
    assert event.data["planned_at"] == item.moment(world.launch).isoformat()
    notice = Notification.objects.get(kind=KIND, recipient=world.marketing_member)
    assert "its gate “Go/No-Go” is planned for" in notice.body and notice.url.endswith(f"?gate={gate.pk}")

    # The office moves the gate: a new moment, announced again.
    with django_capture_on_commit_callbacks(execute=True):
        gate_services.gate_update(actor=world.office, gate=gate, data={"at": now + dt.timedelta(hours=20)})
    assert _notify(django_capture_on_commit_callbacks, now + dt.timedelta(hours=8)) == 1
    assert Notification.objects.filter(kind=KIND, recipient=world.marketing_member).count() == 2


def test_an_approved_gate_has_lifted_the_embargo_already(world, django_capture_on_commit_callbacks):
    now = world.launch.t_zero - dt.timedelta(days=5)
    gate = Gate.objects.create(
        launch=world.launch,
        name="Go/No-Go",
        schedule_mode="fixed",
        at=now + dt.timedelta(hours=3),
        status=GateStatus.APPROVED,
    )
    _approved(world, embargo=Embargo.GATE, embargo_gate=gate, offset_days=-1)
    assert _notify(django_capture_on_commit_callbacks, now) == 0


def test_an_inactive_author_is_not_told_but_the_office_is(world, django_capture_on_commit_callbacks):
    _approved(world)
    world.marketing_member.is_active = False
    world.marketing_member.save()
    _notify(django_capture_on_commit_callbacks, world.launch.t_zero - dt.timedelta(hours=1))
    assert [name for name, _key in _told()] == ["office"]


def test_the_sweep_runs_a_fixed_number_of_queries_whatever_the_size(world, django_assert_num_queries):
    now = world.launch.t_zero - dt.timedelta(hours=10)
    gate = Gate.objects.create(
        launch=world.launch, name="Go/No-Go", schedule_mode="fixed", at=now + dt.timedelta(hours=2)
    )

    def grow(n: int) -> None:
        for _ in range(n):
            _approved(world)
            _approved(world, embargo=Embargo.GATE, embargo_gate=gate, offset_days=-1)

    grow(2)
    # candidates (with launch and gate), known keys, savepoint, insert, the new events' ids, release
    with django_assert_num_queries(6):
        assert outbox.embargoes_lifting_notify(now=now) == 4
    grow(20)
    with django_assert_num_queries(6):
        assert outbox.embargoes_lifting_notify(now=now) == 40


def test_the_sweep_is_in_the_beat_schedule_every_fifteen_minutes_and_every_scheduled_task_exists():
    scheduled = PeriodicTask.objects.select_related("crontab")
    sweep = scheduled.get(task="notifications.tasks.embargoes_lifting_notify")
    assert (sweep.crontab.minute, sweep.crontab.hour, sweep.enabled) == ("*/15", "*", True)
    app.loader.import_default_modules()
    assert {task.task for task in scheduled} - set(app.tasks) == set()

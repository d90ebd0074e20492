"""Dependencies between launches (docs/cross-launch.md) through the API: everyone signed in reads, only the office
links, changes and removes (refusals change nothing); bad input names its field; a link is checked against both
launches' scheduled dates and flagged, announced and told when the other launch moves; both timelines show it,
and the list and the timeline run a fixed number of queries."""

import datetime as dt
from zoneinfo import ZoneInfo

import orjson
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from launches.cross_launch import cross_link_days_late
from launches.models import CrossLaunchDependency, Launch, LaunchStatus, LinkType
from notifications.models import EventKind, LaunchEvent, Notification, NotificationKind
from tests.factories import LaunchFactory, TaskFactory, WorkstreamFactory
from tests.webhooks.server import receiver
from webhooks import services as webhook_services
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db

URL = "/api/v1/cross-launch-dependencies/"
ROLES = ("office", "marketing_lead", "marketing_member", "pr_lead", "viewer", "anonymous")
T_ZERO = dt.datetime(2031, 3, 16, 8, 0, tzinfo=dt.UTC)  # far ahead: no forecast from today moves these plans


@pytest.fixture
def plans(world):
    """Two launches: Spring's Marketing task (T-10, two days, the member's) may wait on Partner's PR task (T-20)."""
    spring = LaunchFactory(name="Spring", t_zero=T_ZERO, owner=world.office, time_zone=ZoneInfo("Europe/Berlin"))
    partner = LaunchFactory(name="Partner", t_zero=T_ZERO, owner=world.office, time_zone=ZoneInfo("Europe/Berlin"))
    spring_ws = WorkstreamFactory(launch=spring, department=world.marketing, lead=world.marketing_lead)
    partner_ws = WorkstreamFactory(launch=partner, department=world.pr, lead=world.pr_lead)
    return type(
        "Plans",
        (),
        {
            "spring": spring,
            "partner": partner,
            "spring_ws": spring_ws,
            "partner_ws": partner_ws,
            "waiting": TaskFactory(
                workstream=spring_ws, title="Co-marketing", offset_days=-10, assignee=world.marketing_member
            ),
            "partner_task": TaskFactory(workstream=partner_ws, title="Partner API", offset_days=-20),
            "other_partner_task": TaskFactory(workstream=partner_ws, title="Partner docs", offset_days=-15),
        },
    )


def _client(client_for, world, role):
    return client_for(None if role == "anonymous" else getattr(world, role))


def _link(plans, **more) -> CrossLaunchDependency:
    return CrossLaunchDependency.objects.create(
        launch=plans.spring,
        successor=plans.waiting,
        predecessor_launch=plans.partner,
        predecessor=plans.partner_task,
        **more,
    )


def _state() -> dict:
    return {
        "links": list(CrossLaunchDependency.objects.order_by("pk").values()),
        "audit": AuditEvent.objects.count(),
        "launches": list(Launch.objects.order_by("pk").values_list("pk", "plan_version")),
    }


def _plan_version(launch: Launch) -> int:
    return Launch.objects.values_list("plan_version", flat=True).get(pk=launch.pk)


def _timeline(client, launch):
    response = client.get(f"/api/v1/launches/{launch.pk}/timeline/")
    assert response.status_code == 200, response.content
    return response.json()


# The rule


@pytest.mark.parametrize(
    ("type", "lag", "late"),
    [
        # Predecessor 1..3 March, successor 4..5 March.
        (LinkType.FINISH_TO_START, 0, 0),  # starts the day after the predecessor's due day
        (LinkType.FINISH_TO_START, 1, 1),
        (LinkType.START_TO_START, 3, 0),  # start >= 1 March + 3
        (LinkType.START_TO_START, 4, 1),
        (LinkType.FINISH_TO_FINISH, 2, 0),  # due >= 3 March + 2
        (LinkType.FINISH_TO_FINISH, 5, 3),
        (LinkType.START_TO_FINISH, 5, 0),  # finishes (end of 5 March) no earlier than 1 March + 5 (its start)
        (LinkType.START_TO_FINISH, 6, 1),
    ],
)
def test_each_link_type_is_checked_in_calendar_days(type, lag, late):
    march = [dt.date(2031, 3, day) for day in (1, 3, 4, 5)]
    assert (
        cross_link_days_late(type=type, lag_days=lag, predecessor=(march[0], march[1]), successor=(march[2], march[3]))
        == late
    )


# Permissions: each role, each endpoint


@pytest.mark.parametrize(("role", "status"), list(zip(ROLES, (200, 200, 200, 200, 200, 401), strict=True)))
def test_everyone_signed_in_reads_the_list_and_a_link(world, plans, client_for, role, status):
    link = _link(plans)
    client = _client(client_for, world, role)
    listed = client.get(URL)
    one = client.get(f"{URL}{link.pk}/")
    assert (listed.status_code, one.status_code) == (status, status)
    if status == 200:
        assert [item["id"] for item in listed.json()["results"]] == [link.pk]
        assert one.json()["id"] == link.pk
    else:
        assert one.json()["code"] == "not_authenticated"


@pytest.mark.parametrize(("role", "status"), list(zip(ROLES, (201, 403, 403, 403, 403, 401), strict=True)))
def test_only_the_office_links_tasks_of_two_launches(world, plans, client_for, role, status):
    before = _state()
    response = _client(client_for, world, role).post(
        URL, {"successor": plans.waiting.pk, "predecessor": plans.partner_task.pk, "lag_days": 2}, format="json"
    )
    assert response.status_code == status, response.content
    if status != 201:
        assert response.json()["code"] in ("permission_denied", "not_authenticated")
        assert _state() == before
        return
    body = response.json()
    link = CrossLaunchDependency.objects.get()
    assert (link.launch_id, link.predecessor_launch_id, link.created_by_id) == (
        plans.spring.pk,
        plans.partner.pk,
        world.office.pk,
    )
    assert body == {
        "id": link.pk,
        "type": "finish_to_start",
        "lag_days": 2,
        "successor": {
            "id": plans.waiting.pk,
            "title": "Co-marketing",
            "launch": plans.spring.pk,
            "launch_name": "Spring",
            "department_name": world.marketing.name,
            "start": "2031-03-06",
            "due": "2031-03-07",
            "status": "todo",
        },
        "predecessor": {
            "id": plans.partner_task.pk,
            "title": "Partner API",
            "launch": plans.partner.pk,
            "launch_name": "Partner",
            "department_name": world.pr.name,
            "start": "2031-02-24",
            "due": "2031-02-25",
            "status": "todo",
        },
        "violated": False,
        "days_late": 0,
    }
    # Both launches' plans moved on, and both activities show the link.
    assert [version for _, version in _state()["launches"]] != [v for _, v in before["launches"]]
    assert _plan_version(plans.spring) == dict(before["launches"])[plans.spring.pk] + 1
    assert _plan_version(plans.partner) == dict(before["launches"])[plans.partner.pk] + 1
    audit = AuditEvent.objects.filter(entity="crosslaunchdependency", action="create")
    assert sorted(audit.values_list("launch_id", flat=True)) == sorted([plans.spring.pk, plans.partner.pk])


@pytest.mark.parametrize(("role", "status"), list(zip(ROLES, (200, 403, 403, 403, 403, 401), strict=True)))
def test_only_the_office_changes_a_links_type_and_lag(world, plans, client_for, role, status):
    link = _link(plans)
    before = _state()
    response = _client(client_for, world, role).patch(
        f"{URL}{link.pk}/", {"type": "start_to_start", "lag_days": 30}, format="json"
    )
    assert response.status_code == status, response.content
    if status != 200:
        assert _state() == before
        return
    # Start-to-start with 30 days: Co-marketing (6 March) may start on 26 March at the earliest.
    assert response.json()["type"] == "start_to_start"
    assert (response.json()["violated"], response.json()["days_late"]) == (True, 20)
    link.refresh_from_db()
    assert (link.type, link.lag_days) == ("start_to_start", 30)
    assert _plan_version(plans.spring) == dict(before["launches"])[plans.spring.pk] + 1
    assert _plan_version(plans.partner) == dict(before["launches"])[plans.partner.pk] + 1
    changes = AuditEvent.objects.filter(entity="crosslaunchdependency", action="update")
    assert changes.count() == 2 and changes.first().changes["lag_days"] == {"from": 0, "to": 30}


@pytest.mark.parametrize(("role", "status"), list(zip(ROLES, (204, 403, 403, 403, 403, 401), strict=True)))
def test_only_the_office_removes_a_link(world, plans, client_for, role, status):
    link = _link(plans)
    before = _state()
    response = _client(client_for, world, role).delete(f"{URL}{link.pk}/")
    assert response.status_code == status
    if status != 204:
        assert _state() == before
        return
    assert not CrossLaunchDependency.objects.exists()
    assert _plan_version(plans.partner) == dict(before["launches"])[plans.partner.pk] + 1
    assert AuditEvent.objects.filter(entity="crosslaunchdependency", action="delete").count() == 2


# Validation


def _post(client, body):
    return client.post(URL, body, format="json")


def _fields(response) -> dict:
    return response.json()["extra"]["fields"]


def test_a_pair_in_one_launch_is_refused_naming_the_predecessor(world, plans, client_for):
    same = TaskFactory(workstream=plans.spring_ws)
    before = _state()
    response = _post(client_for(world.office), {"successor": plans.waiting.pk, "predecessor": same.pk})
    assert response.status_code == 400
    assert response.json()["code"] == "same_launch" and "predecessor" in _fields(response)
    assert _state() == before


@pytest.mark.parametrize("field", ["successor", "predecessor"])
def test_a_task_that_does_not_exist_is_refused_naming_its_field(world, plans, client_for, field):
    body = {"successor": plans.waiting.pk, "predecessor": plans.partner_task.pk, field: 999999}
    response = _post(client_for(world.office), body)
    assert response.status_code == 400 and field in _fields(response)
    assert not CrossLaunchDependency.objects.exists()


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"launch": 1}, "launch"),
        ({"violated": True}, "violated"),
        ({"lag_days": 366}, "lag_days"),
        ({"type": "sideways"}, "type"),
    ],
)
def test_unknown_fields_and_bad_values_are_refused_naming_the_field(world, plans, client_for, extra, field):
    body = {"successor": plans.waiting.pk, "predecessor": plans.partner_task.pk, **extra}
    response = _post(client_for(world.office), body)
    assert response.status_code == 400 and field in _fields(response), response.content
    assert not CrossLaunchDependency.objects.exists()


def test_a_links_tasks_cannot_change(world, plans, client_for):
    link = _link(plans)
    before = _state()
    response = client_for(world.office).patch(
        f"{URL}{link.pk}/", {"predecessor": plans.other_partner_task.pk}, format="json"
    )
    assert response.status_code == 400 and "predecessor" in _fields(response)
    assert _state() == before


def test_a_links_answer_to_a_change_carries_the_etag_a_get_gives(world, plans, client_for):
    """Found in review: its update serializer is chosen by get_serializer_class, not update_serializer_class, so
    an ETag taken from the write's answer would not be the one If-Match is checked against."""
    link = _link(plans)
    office = client_for(world.office)
    response = office.patch(f"{URL}{link.pk}/", {"lag_days": 2}, format="json")
    assert response.status_code == 200, response.content
    assert response["ETag"] == office.get(f"{URL}{link.pk}/")["ETag"]
    again = office.patch(f"{URL}{link.pk}/", {"lag_days": 3}, format="json", HTTP_IF_MATCH=response["ETag"])
    assert again.status_code == 200, again.content


def test_a_pair_is_linked_once(world, plans, client_for):
    _link(plans)
    before = _state()
    response = _post(client_for(world.office), {"successor": plans.waiting.pk, "predecessor": plans.partner_task.pk})
    assert response.status_code == 400
    assert response.json()["code"] == "cross_launch_dependency_exists" and "predecessor" in _fields(response)
    assert _state() == before


def test_a_link_that_closes_a_cycle_across_launches_is_refused(world, plans, client_for):
    """Partner API waits on Co-marketing through Partner's own plan (Partner docs after Partner API), so Co-marketing
    cannot wait on Partner docs."""
    office = client_for(world.office)
    assert _post(office, {"successor": plans.partner_task.pk, "predecessor": plans.waiting.pk}).status_code == 201
    linked = office.post(
        "/api/v1/dependencies/",
        {"predecessor": plans.partner_task.pk, "successor": plans.other_partner_task.pk},
        format="json",
    )
    assert linked.status_code == 201, linked.content
    before = _state()
    response = _post(office, {"successor": plans.waiting.pk, "predecessor": plans.other_partner_task.pk})
    assert response.status_code == 400 and response.json()["code"] == "dependency_cycle"
    assert response.json()["extra"]["cycle"] == [
        plans.other_partner_task.pk,
        plans.waiting.pk,
        plans.partner_task.pk,
        plans.other_partner_task.pk,
    ]
    assert _state() == before


def test_a_dependency_inside_a_launch_that_closes_a_cycle_through_another_launch_is_refused(world, plans, client_for):
    office = client_for(world.office)
    _link(plans)  # Co-marketing waits on Partner API
    # Partner docs waits on Co-marketing: Partner API -> Co-marketing -> Partner docs.
    assert _post(office, {"successor": plans.other_partner_task.pk, "predecessor": plans.waiting.pk}).status_code == 201
    before = _state()
    response = office.post(
        "/api/v1/dependencies/",
        {"predecessor": plans.other_partner_task.pk, "successor": plans.partner_task.pk},
        format="json",
    )
    assert response.status_code == 400 and response.json()["code"] == "dependency_cycle", response.content
    assert _state() == before


@pytest.mark.parametrize("status", [LaunchStatus.CLOSED, LaunchStatus.CANCELLED])
def test_a_closed_or_cancelled_launch_takes_no_new_link(world, plans, client_for, status):
    Launch.objects.filter(pk=plans.partner.pk).update(status=status)
    before = _state()
    response = _post(client_for(world.office), {"successor": plans.waiting.pk, "predecessor": plans.partner_task.pk})
    assert response.status_code == 409
    assert response.json()["code"] == "launch_closed" and "predecessor" in _fields(response)
    assert _state() == before


def test_the_list_filters_by_either_launch_and_refuses_an_unknown_one(world, plans, client_for):
    link = _link(plans)
    viewer = client_for(world.viewer)
    for launch in (plans.spring, plans.partner):
        assert [item["id"] for item in viewer.get(URL, {"launch": launch.pk}).json()["results"]] == [link.pk]
    assert viewer.get(URL, {"launch": world.launch.pk}).json()["results"] == []
    response = viewer.get(URL, {"launch": 999999})
    assert response.status_code == 400 and "launch" in _fields(response)


# When the other launch moves


def _move_t_zero(client, launch, t_zero: dt.datetime):
    return client.post(
        f"/api/v1/launches/{launch.pk}/move-t-zero/", {"t_zero": t_zero.isoformat(), "preview": False}, format="json"
    )


def test_the_other_launch_moving_flags_the_link_on_both_timelines_and_tells_the_successors_people(
    world, plans, client_for, django_capture_on_commit_callbacks, settings
):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
    office = client_for(world.office)
    with django_capture_on_commit_callbacks(execute=True):
        created = _post(office, {"successor": plans.waiting.pk, "predecessor": plans.partner_task.pk})
    assert created.status_code == 201
    viewer = client_for(world.viewer)
    row = _timeline(viewer, plans.spring)["cross_launch"]
    assert [(r["direction"], r["task"], r["other"]["title"], r["violated"]) for r in row] == [
        ("incoming", plans.waiting.pk, "Partner API", False)
    ]
    assert not LaunchEvent.objects.filter(kind=EventKind.CROSS_LAUNCH_CONFLICT).exists()
    spring_version = _plan_version(plans.spring)
    with receiver([]) as received:
        webhook_services.webhook_create(actor=world.office, url=received.url, events=[EventKind.CROSS_LAUNCH_CONFLICT])
        # Partner's launch day two weeks later: Partner API ends 11 March, Co-marketing starts 6 March.
        with django_capture_on_commit_callbacks(execute=True):
            assert _move_t_zero(office, plans.partner, T_ZERO + dt.timedelta(days=14)).status_code == 200
    assert _plan_version(plans.spring) > spring_version  # Spring's timeline shows Partner's dates
    spring = _timeline(viewer, plans.spring)["cross_launch"][0]
    assert (spring["violated"], spring["days_late"], spring["other"]["due"]) == (True, 6, "2031-03-11")
    partner = _timeline(viewer, plans.partner)["cross_launch"][0]
    assert (partner["direction"], partner["task"], partner["other"]["id"], partner["violated"]) == (
        "outgoing",
        plans.partner_task.pk,
        plans.waiting.pk,
        True,
    )
    assert office.get(f"{URL}{created.json()['id']}/").json()["days_late"] == 6
    # Announced once, for webhooks, and told to the task's lead, its assignee and the office.
    event = LaunchEvent.objects.get(kind=EventKind.CROSS_LAUNCH_CONFLICT)
    assert (event.launch_id, event.task_id, event.data["days_late"], event.data["predecessor_launch_name"]) == (
        plans.spring.pk,
        plans.waiting.pk,
        6,
        "Partner",
    )
    told = Notification.objects.filter(kind=NotificationKind.CROSS_LAUNCH_CONFLICT)
    assert sorted(told.values_list("recipient__username", flat=True)) == sorted(
        ["office", "marketing.lead", "marketing.member"]
    )
    assert WebhookDelivery.objects.get(event=event).event_kind == "cross_launch.conflict"
    assert len(received.requests) == 1
    assert orjson.loads(received.requests[0][1])["event"] == "cross_launch.conflict"
    # Later still: still violated, told nothing more; back in time, then late again: told again.
    with django_capture_on_commit_callbacks(execute=True):
        _move_t_zero(office, plans.partner, T_ZERO + dt.timedelta(days=20))
    assert LaunchEvent.objects.filter(kind=EventKind.CROSS_LAUNCH_CONFLICT).count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        _move_t_zero(office, plans.partner, T_ZERO)
    assert CrossLaunchDependency.objects.get().violated_at is None
    with django_capture_on_commit_callbacks(execute=True):
        _move_t_zero(office, plans.partner, T_ZERO + dt.timedelta(days=14))
    assert LaunchEvent.objects.filter(kind=EventKind.CROSS_LAUNCH_CONFLICT).count() == 2


def test_a_task_of_the_other_launch_slipping_raises_the_dependent_launchs_version(
    world, plans, client_for, django_capture_on_commit_callbacks
):
    _link(plans)
    version = _plan_version(plans.spring)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world.pr_lead).patch(
            f"/api/v1/tasks/{plans.partner_task.pk}/", {"offset_days": -5}, format="json"
        )
    assert response.status_code == 200, response.content
    assert _plan_version(plans.spring) == version + 1
    # Partner API is now due 12 March; Co-marketing starts 6 March.
    assert _timeline(client_for(world.viewer), plans.spring)["cross_launch"][0]["days_late"] == 7


def test_cancelled_work_constrains_nobody(world, plans, client_for):
    link = _link(plans, lag_days=30)
    office = client_for(world.office)
    assert office.get(f"{URL}{link.pk}/").json()["violated"] is True
    plans.partner_task.status = "cancelled"
    plans.partner_task.save()
    assert office.get(f"{URL}{link.pk}/").json()["violated"] is False


# Query counts


def _grow_links(world, plans, n: int) -> None:
    """n more links, each from a task of a launch of its own (so n more launches' schedules are computed)."""
    for _ in range(n):
        launch = LaunchFactory(t_zero=T_ZERO, owner=world.office)
        workstream = WorkstreamFactory(launch=launch, department=world.pr)
        for _ in range(3):
            TaskFactory(workstream=workstream)
        CrossLaunchDependency.objects.create(
            launch=plans.spring,
            successor=TaskFactory(workstream=plans.spring_ws),
            predecessor_launch=launch,
            predecessor=TaskFactory(workstream=workstream),
        )
    Launch.objects.all().plan_changed()  # objects made without the services: the timelines' caches move on


def test_the_list_runs_a_fixed_number_of_queries_whatever_the_size(world, plans, client_for, django_assert_num_queries):
    viewer = client_for(world.viewer)
    _link(plans)
    # session, user, count, the page of links (tasks, departments, launches), the launches' tasks, their links
    with django_assert_num_queries(6):
        assert len(viewer.get(URL).json()["results"]) == 1
    _grow_links(world, plans, 6)
    with django_assert_num_queries(6):
        assert len(viewer.get(URL).json()["results"]) == 7
    with django_assert_num_queries(7):  # and the launch filtered on
        assert len(viewer.get(URL, {"launch": plans.spring.pk}).json()["results"]) == 7


def test_the_timeline_runs_a_fixed_number_of_queries_whatever_the_links(world, plans, client_for):
    viewer = client_for(world.viewer)
    with CaptureQueriesContext(connection) as none:
        assert _timeline(viewer, plans.spring)["cross_launch"] == []
    _link(plans)
    Launch.objects.all().plan_changed()
    with CaptureQueriesContext(connection) as small:
        assert len(_timeline(viewer, plans.spring)["cross_launch"]) == 1
    _grow_links(world, plans, 6)
    with CaptureQueriesContext(connection) as large:
        assert len(_timeline(viewer, plans.spring)["cross_launch"]) == 7
    # The links, then (when there are any) the other launches' tasks and dependencies, however many launches.
    assert len(small.captured_queries) == len(large.captured_queries) == len(none.captured_queries) + 2


@pytest.mark.parametrize("side", ["predecessor", "successor"])
def test_deleting_a_linked_task_records_the_links_removal_in_both_launches(world, client_for, plans, side):
    """Found in review: the link went with the task at the database level, unrecorded, and the other launch's
    timeline kept showing it (its plan version unchanged)."""
    link = _link(plans)
    deleted, other = (plans.partner_task, plans.spring) if side == "predecessor" else (plans.waiting, plans.partner)
    office = client_for(world.office)
    shown = office.get(f"/api/v1/launches/{other.pk}/timeline/").json()
    assert [entry["id"] for entry in shown["cross_launch"]] == [link.pk]
    version = Launch.objects.get(pk=other.pk).plan_version

    assert office.delete(f"/api/v1/tasks/{deleted.pk}/").status_code == 204

    assert not CrossLaunchDependency.objects.filter(pk=link.pk).exists()
    assert Launch.objects.get(pk=other.pk).plan_version > version
    assert office.get(f"/api/v1/launches/{other.pk}/timeline/").json()["cross_launch"] == []
    removals = AuditEvent.objects.filter(entity="crosslaunchdependency", entity_id=link.pk, action="delete")
    assert sorted(removals.values_list("launch_id", flat=True)) == sorted([plans.spring.pk, plans.partner.pk])


@pytest.mark.parametrize("deleted", ["workstream", "launch"])
def test_deleting_a_linked_workstream_or_launch_records_the_links_removal_in_the_other_launch(
    world, client_for, plans, deleted
):
    """Known since issue 21: a workstream or a launch deleted took its tasks' cross-launch links with it at the
    database level, unrecorded; the other launch's timeline kept showing them (its plan version unchanged)."""
    link = _link(plans)
    office = client_for(world.office)
    version = Launch.objects.get(pk=plans.spring.pk).plan_version
    url = (
        f"/api/v1/workstreams/{plans.partner_ws.pk}/"
        if deleted == "workstream"
        else f"/api/v1/launches/{plans.partner.pk}/"
    )

    assert office.delete(url).status_code == 204

    assert not CrossLaunchDependency.objects.filter(pk=link.pk).exists()
    assert Launch.objects.get(pk=plans.spring.pk).plan_version > version
    assert office.get(f"/api/v1/launches/{plans.spring.pk}/timeline/").json()["cross_launch"] == []
    removals = AuditEvent.objects.filter(entity="crosslaunchdependency", entity_id=link.pk, action="delete")
    assert plans.spring.pk in set(removals.values_list("launch_id", flat=True))

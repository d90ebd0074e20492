"""Issue 21: more than one person on a task. The assignee owns it; collaborators share it (their feeds, notices and
the timeline's people), and a member who collaborates may update it as the assignee may (the status) and comment.
Who may name them: whoever may name the assignee (the office and the department's lead). Effort in hours is a
planning field like the others."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import MembershipRole
from audit.models import AuditEvent
from launches.models import Launch, Task, TaskComment
from notifications import conflicts
from notifications.digests import reminders_send
from notifications.models import Notification, NotificationKind
from readiness.t_zero import launch_move_t_zero
from tests.factories import DependencyFactory, MembershipFactory, TaskFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def collaborator(world):
    """A marketing member who is not the marketing task's assignee."""
    person = UserFactory(username="marketing.helper", first_name="Dana", last_name="Scully")
    MembershipFactory(department=world.marketing, user=person)
    return person


def _task_url(task: Task) -> str:
    return f"/api/v1/tasks/{task.pk}/"


def _patch(client, task: Task, data: dict):
    return client.patch(_task_url(task), data, format="json")


def _share(world, *people) -> None:
    """The marketing lead names the collaborators of the marketing task (through the API)."""
    response = _patch(_lead(world), world.marketing_task, {"collaborators": [person.pk for person in people]})
    assert response.status_code == 200, response.content


def _lead(world):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_login(world.marketing_lead)
    return client


def _task_events(task: Task) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(entity="task", entity_id=task.pk, action="update").order_by("id"))


# Reading and writing through the API


def test_the_lead_names_collaborators_and_the_task_reads_them_with_their_names(world, client_for, collaborator):
    response = _patch(client_for(world.marketing_lead), world.marketing_task, {"collaborators": [collaborator.pk]})
    assert response.status_code == 200, response.content
    body = client_for(world.viewer).get(_task_url(world.marketing_task)).json()
    assert body["collaborators"] == [collaborator.pk]
    assert body["collaborators_detail"] == [
        {"id": collaborator.pk, "username": "marketing.helper", "full_name": "Dana Scully"}
    ]
    assert body["assignee"] == world.marketing_member.pk
    assert response.json()["collaborators"] == [collaborator.pk]


def test_a_task_is_created_with_collaborators_and_effort(world, client_for, collaborator):
    response = client_for(world.marketing_lead).post(
        "/api/v1/tasks/",
        {
            "workstream": world.marketing_ws.pk,
            "title": "Landing page",
            "offset_days": -5,
            "assignee": world.marketing_member.pk,
            "collaborators": [collaborator.pk, world.pr_member.pk],
            "effort_hours": 12,
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    task = Task.objects.get(pk=response.json()["id"])
    assert sorted(task.collaborators.values_list("pk", flat=True)) == sorted([collaborator.pk, world.pr_member.pk])
    assert task.effort_hours == 12
    created = AuditEvent.objects.get(entity="task", entity_id=task.pk, action="create")
    assert created.changes["collaborators"] == {"from": None, "to": sorted([collaborator.pk, world.pr_member.pk])}
    assert created.changes["effort_hours"] == {"from": None, "to": 12}


def test_collaborators_are_written_as_the_whole_list_and_duplicates_count_once(world, client_for, collaborator):
    lead = client_for(world.marketing_lead)
    assert (
        _patch(lead, world.marketing_task, {"collaborators": [collaborator.pk, world.pr_member.pk]}).status_code == 200
    )
    response = _patch(lead, world.marketing_task, {"collaborators": [world.pr_member.pk, world.pr_member.pk]})
    assert response.status_code == 200, response.content
    assert response.json()["collaborators"] == [world.pr_member.pk]
    assert _patch(lead, world.marketing_task, {"collaborators": []}).json()["collaborators"] == []


@pytest.mark.parametrize(
    "value",
    [
        "unknown",
        "inactive",
        "assignee",
        "not a list",
        "strings",
        "negative",
        "huge",
        "too many",
    ],
)
def test_bad_collaborators_are_a_400_naming_the_field_and_change_nothing(world, client_for, collaborator, value):
    _share(world, collaborator)
    inactive = UserFactory(is_active=False)
    values = {
        "unknown": [collaborator.pk, 999_999],
        "inactive": [inactive.pk],
        "assignee": [collaborator.pk, world.marketing_member.pk],
        "not a list": collaborator.pk,
        "strings": ["someone"],
        "negative": [-1],
        "huge": [2**70],
        "too many": [collaborator.pk] * 51,
    }
    task = world.marketing_task
    before = (Task.objects.get(pk=task.pk).updated_at, len(_task_events(task)))
    response = _patch(client_for(world.marketing_lead), task, {"collaborators": values[value], "title": "Renamed"})
    assert response.status_code == 400, response.content
    assert "collaborators" in response.json()["extra"]["fields"]
    task.refresh_from_db()
    assert list(task.collaborators.values_list("pk", flat=True)) == [collaborator.pk]
    assert task.title == "Campaign brief"
    assert (task.updated_at, len(_task_events(task))) == before


def test_naming_a_collaborator_as_the_assignee_takes_them_off_the_collaborators(world, client_for, collaborator):
    _share(world, collaborator)
    response = _patch(client_for(world.marketing_lead), world.marketing_task, {"assignee": collaborator.pk})
    assert response.status_code == 200, response.content
    assert response.json()["collaborators"] == []
    last = _task_events(world.marketing_task)[-1]
    assert last.changes["collaborators"] == {"from": [collaborator.pk], "to": []}
    assert last.changes["assignee"] == {"from": world.marketing_member.pk, "to": collaborator.pk}


@pytest.mark.parametrize("hours", [0, -3, 10_001, 2**40, "many", 1.5])
def test_bad_effort_is_a_400_naming_the_field_and_changes_nothing(world, client_for, hours):
    task = world.marketing_task
    response = _patch(client_for(world.marketing_lead), task, {"effort_hours": hours})
    assert response.status_code == 400, response.content
    assert "effort_hours" in response.json()["extra"]["fields"]
    task.refresh_from_db()
    assert task.effort_hours is None and _task_events(task) == []


def test_effort_is_set_and_cleared(world, client_for):
    lead = client_for(world.marketing_lead)
    assert _patch(lead, world.marketing_task, {"effort_hours": 10_000}).json()["effort_hours"] == 10_000
    assert _patch(lead, world.marketing_task, {"effort_hours": None}).json()["effort_hours"] is None
    assert [event.changes for event in _task_events(world.marketing_task)] == [
        {"effort_hours": {"from": None, "to": 10_000}},
        {"effort_hours": {"from": 10_000, "to": None}},
    ]


# The audit: like every other field, and only what changed


def test_a_collaborators_change_is_audited_from_and_to_as_ids_and_saves_nothing_else(world, client_for, collaborator):
    task = world.marketing_task
    _share(world, collaborator)
    _share(world, collaborator, world.pr_member)
    changes = [event.changes for event in _task_events(task)]
    assert changes == [
        {"collaborators": {"from": [], "to": [collaborator.pk]}},
        {"collaborators": {"from": [collaborator.pk], "to": sorted([collaborator.pk, world.pr_member.pk])}},
    ]
    activity = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/activity/?entity=task").json()
    assert activity["results"][0]["changes"]["collaborators"]["to"] == sorted([collaborator.pk, world.pr_member.pk])


def test_sending_the_same_collaborators_again_writes_nothing(world, client_for, collaborator):
    _share(world, collaborator)
    task = Task.objects.get(pk=world.marketing_task.pk)
    version = Launch.objects.get(pk=world.launch.pk).plan_version
    with CaptureQueriesContext(connection) as ctx:
        response = _patch(client_for(world.marketing_lead), task, {"collaborators": [collaborator.pk]})
    assert response.status_code == 200
    writes = [q["sql"] for q in ctx.captured_queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert [sql for sql in writes if "launches_task" in sql] == []
    assert len(_task_events(task)) == 1
    assert Launch.objects.get(pk=world.launch.pk).plan_version == version


def test_a_collaborators_change_can_be_undone_and_redone(world, client_for, collaborator):
    lead = client_for(world.marketing_lead)
    _share(world, collaborator)
    undo = lead.post(f"/api/v1/launches/{world.launch.pk}/undo/", {}, format="json")
    assert undo.status_code == 200, undo.content
    assert list(world.marketing_task.collaborators.all()) == []
    redo = lead.post(f"/api/v1/launches/{world.launch.pk}/redo/", {}, format="json")
    assert redo.status_code == 200, redo.content
    assert list(world.marketing_task.collaborators.all()) == [collaborator]


def test_undoing_the_delete_of_a_shared_task_brings_its_collaborators_back(world, client_for, collaborator):
    _share(world, collaborator)
    lead = client_for(world.marketing_lead)
    etag = lead.get(_task_url(world.marketing_task))["ETag"]
    assert lead.delete(_task_url(world.marketing_task), HTTP_IF_MATCH=etag).status_code == 204
    assert lead.post(f"/api/v1/launches/{world.launch.pk}/undo/", {}, format="json").status_code == 200
    back = Task.objects.get(workstream=world.marketing_ws, title="Campaign brief")
    assert list(back.collaborators.all()) == [collaborator]


# Who may change what


ROLES = ["office", "lead", "other_lead", "assignee", "collaborator", "other_member", "viewer", "anonymous"]


def _actor(world, collaborator, role: str):
    return {
        "office": world.office,
        "lead": world.marketing_lead,
        "other_lead": world.pr_lead,
        "assignee": world.marketing_member,
        "collaborator": collaborator,
        "other_member": world.pr_member,
        "viewer": world.viewer,
        "anonymous": None,
    }[role]


def _state(task: Task) -> tuple:
    task = Task.objects.get(pk=task.pk)
    return (
        task.status,
        task.title,
        task.effort_hours,
        sorted(task.collaborators.values_list("pk", flat=True)),
        task.updated_at,
        TaskComment.objects.filter(task=task).count(),
        AuditEvent.objects.filter(entity="task", entity_id=task.pk).count(),
    )


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("office", True),
        ("lead", True),
        ("other_lead", False),
        ("assignee", True),
        ("collaborator", True),
        ("other_member", False),
        ("viewer", False),
        ("anonymous", False),
    ],
)
def test_who_may_change_the_status_of_a_shared_task(world, client_for, collaborator, role, allowed):
    _share(world, collaborator)
    task = world.marketing_task
    before = _state(task)
    response = _patch(client_for(_actor(world, collaborator, role)), task, {"status": "in_progress"})
    if allowed:
        assert response.status_code == 200, response.content
        assert Task.objects.get(pk=task.pk).status == "in_progress"
    else:
        assert response.status_code in (401, 403) if role == "anonymous" else response.status_code == 403
        assert _state(task) == before


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("office", True),
        ("lead", True),
        ("other_lead", False),
        ("assignee", False),
        ("collaborator", False),
        ("other_member", False),
        ("viewer", False),
        ("anonymous", False),
    ],
)
@pytest.mark.parametrize("field", ["collaborators", "effort_hours", "title"])
def test_who_may_name_collaborators_and_plan_a_shared_task(world, client_for, collaborator, role, allowed, field):
    _share(world, collaborator)
    task = world.marketing_task
    value = {"collaborators": [world.pr_member.pk], "effort_hours": 8, "title": "Renamed"}[field]
    before = _state(task)
    response = _patch(client_for(_actor(world, collaborator, role)), task, {field: value})
    if allowed:
        assert response.status_code == 200, response.content
        assert response.json()[field] == value
        return
    assert response.status_code in ((401, 403) if role == "anonymous" else (403,)), response.content
    assert _state(task) == before
    if role in ("assignee", "collaborator"):
        body = response.json()
        assert body["extra"]["fields"] == [field]
        assert ("the assignee" if role == "assignee" else "a collaborator") in body["message"]


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("office", True),
        ("lead", True),
        ("other_lead", False),
        ("assignee", True),
        ("collaborator", True),
        ("other_member", False),
        ("viewer", False),
        ("anonymous", False),
    ],
)
def test_who_may_comment_on_a_shared_task(world, client_for, collaborator, role, allowed):
    _share(world, collaborator)
    task = world.marketing_task
    before = _state(task)
    response = client_for(_actor(world, collaborator, role)).post(
        "/api/v1/task-comments/", {"task": task.pk, "body": "On it"}, format="json"
    )
    if allowed:
        assert response.status_code == 201, response.content
        assert TaskComment.objects.filter(task=task, body="On it").count() == 1
    else:
        assert response.status_code in ((401, 403) if role == "anonymous" else (403,)), response.content
        assert _state(task) == before


def test_a_former_collaborator_may_no_longer_change_the_task(world, client_for, collaborator):
    _share(world, collaborator)
    _share(world)
    response = _patch(client_for(collaborator), world.marketing_task, {"status": "done"})
    assert response.status_code == 403
    assert Task.objects.get(pk=world.marketing_task.pk).status == "todo"


# The task list: a person's tasks, and a fixed number of queries


def test_the_person_filter_finds_tasks_assigned_to_or_shared_with_them_once_each(world, client_for, collaborator):
    own = TaskFactory(workstream=world.pr_ws, assignee=collaborator, title="Own task")
    _share(world, collaborator)
    other = TaskFactory(workstream=world.pr_ws, title="Someone else's")
    other.collaborators.add(world.pr_member)
    body = client_for(world.viewer).get(f"/api/v1/tasks/?person={collaborator.pk}").json()
    assert sorted(row["id"] for row in body["results"]) == sorted([own.pk, world.marketing_task.pk])
    assert body["count"] == 2
    member = client_for(world.viewer).get(f"/api/v1/tasks/?person={world.pr_member.pk}").json()
    assert sorted(row["id"] for row in member["results"]) == sorted([world.pr_task.pk, other.pk])
    assert client_for(world.viewer).get("/api/v1/tasks/?person=999999").status_code == 400


def _grow_shared(world, size: int) -> None:
    for _ in range(size):
        task = TaskFactory(workstream=world.marketing_ws, assignee=world.marketing_member)
        task.collaborators.add(UserFactory(), UserFactory())
    Launch.objects.filter(pk=world.launch.pk).plan_changed()


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(ctx.captured_queries)


def test_the_task_list_reads_collaborators_in_one_more_query_whatever_the_size(world, client_for):
    client = client_for(world.viewer)
    _grow_shared(world, 2)
    small = _count(client, "/api/v1/tasks/")
    _grow_shared(world, 30)
    large = _count(client, "/api/v1/tasks/?page_size=100")
    # session, user, count, the rows, their collaborators
    assert small == large == 5
    rows = client.get("/api/v1/tasks/?page_size=100").json()["results"]
    assert sum(len(row["collaborators_detail"]) for row in rows) == 64


# The timeline


def test_the_timeline_carries_each_tasks_collaborators_and_effort_and_names_them_among_people(
    world, client_for, collaborator
):
    outsider = UserFactory(username="agency.writer", first_name="Fox", last_name="Mulder")
    MembershipFactory(department=world.pr, user=outsider)
    _share(world, collaborator, outsider)
    _patch(client_for(world.marketing_lead), world.marketing_task, {"effort_hours": 6})
    body = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/timeline/").json()
    rows = {row["id"]: row for row in body["tasks"]}
    assert rows[world.marketing_task.pk]["collaborators"] == sorted([collaborator.pk, outsider.pk])
    assert rows[world.marketing_task.pk]["effort_hours"] == 6
    assert rows[world.pr_task.pk]["collaborators"] == [] and rows[world.pr_task.pk]["effort_hours"] is None
    people = {person["id"]: person for person in body["people"]}
    assert people[outsider.pk] == {"id": outsider.pk, "username": "agency.writer", "full_name": "Fox Mulder"}
    assert collaborator.pk in people


def test_the_timeline_reads_collaborators_in_one_query_whatever_the_size(world, client_for):
    client = client_for(world.viewer)
    url = f"/api/v1/launches/{world.launch.pk}/timeline/"
    _grow_shared(world, 2)
    small = _count(client, url)
    _grow_shared(world, 30)
    large = _count(client, url)
    assert small == large
    body = client.get(url).json()
    assert sum(len(row["collaborators"]) for row in body["tasks"]) == 64
    assert len(body["people"]) >= 64


# Notices


def test_people_added_as_collaborators_are_told_once_and_those_kept_are_not_told_again(
    world, client_for, collaborator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _share(world, collaborator)
    notice = Notification.objects.get(recipient=collaborator)
    assert notice.kind == NotificationKind.TASK_ASSIGNED
    assert notice.title == "Task shared with you: Campaign brief"
    assert notice.url == f"/launches/{world.launch.pk}?task={world.marketing_task.pk}"
    with django_capture_on_commit_callbacks(execute=True):
        _share(world, collaborator, world.pr_member)
    assert Notification.objects.filter(recipient=collaborator).count() == 1
    assert Notification.objects.filter(recipient=world.pr_member, kind=NotificationKind.TASK_ASSIGNED).count() == 1
    # The assignee, who did not change, hears nothing of it.
    assert not Notification.objects.filter(recipient=world.marketing_member).exists()


def test_collaborators_of_a_task_created_shared_are_told(
    world, client_for, collaborator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world.marketing_lead).post(
            "/api/v1/tasks/",
            {
                "workstream": world.marketing_ws.pk,
                "title": "Video",
                "offset_days": -3,
                "collaborators": [collaborator.pk],
            },
            format="json",
        )
    assert response.status_code == 201
    assert Notification.objects.get(recipient=collaborator).title == "Task shared with you: Video"


def test_a_slipping_dependency_tells_the_collaborators_too(world, collaborator, django_capture_on_commit_callbacks):
    from launches import services

    world.marketing_task.collaborators.add(collaborator)
    predecessor = TaskFactory(workstream=world.pr_ws, offset_days=-20, duration_days=2)
    DependencyFactory(predecessor=predecessor, successor=world.marketing_task)
    conflicts.launch_conflicts_check(launch_id=world.launch.pk)
    with django_capture_on_commit_callbacks(execute=True):
        services.task_update(actor=world.pr_lead, task=predecessor, data={"offset_days": -9})
    for person in (world.marketing_member, collaborator):
        assert Notification.objects.filter(recipient=person, kind=NotificationKind.TASK_CONFLICT).count() == 1


def test_due_soon_reminders_reach_collaborators_in_a_fixed_number_of_queries(world, collaborator):
    today = dt.datetime.now(world.launch.zone).date()

    def due_soon(count: int) -> None:
        for _ in range(count):
            task = TaskFactory(
                workstream=world.marketing_ws,
                schedule_mode="fixed",
                offset_days=None,
                start_date=today + dt.timedelta(days=1),
                duration_days=1,
            )
            task.collaborators.add(collaborator, UserFactory())

    due_soon(2)
    reminders_send()  # the first run also records the launch's conflict baseline
    due_soon(1)
    with CaptureQueriesContext(connection) as small:
        reminders_send()
    due_soon(20)
    with CaptureQueriesContext(connection) as large:
        reminders_send()
    assert Notification.objects.filter(recipient=collaborator, kind=NotificationKind.TASK_DUE_SOON).count() == 23
    # Nobody assigned: the collaborators alone are told.
    assert not Notification.objects.filter(recipient=world.marketing_member, kind=NotificationKind.TASK_DUE_SOON)
    selects = [len([q for q in ctx.captured_queries if q["sql"].startswith("SELECT")]) for ctx in (small, large)]
    assert selects[0] == selects[1]


def test_moving_t_zero_tells_collaborators(world, collaborator, django_capture_on_commit_callbacks):
    outsider = UserFactory()
    world.pr_task.collaborators.add(outsider)
    MembershipFactory(department=world.pr, user=UserFactory(), role=MembershipRole.MEMBER)
    with django_capture_on_commit_callbacks(execute=True):
        launch_move_t_zero(actor=world.office, launch=world.launch, t_zero=world.launch.t_zero + dt.timedelta(days=7))
    assert Notification.objects.filter(recipient=outsider, kind=NotificationKind.T_ZERO_MOVED).count() == 1
    assert not Notification.objects.filter(recipient=collaborator).exists()  # shares no task of this launch


def test_a_viewer_is_refused_as_a_collaborator_and_nothing_changes(world, client_for):
    """Found in review: a viewer made a collaborator was told of the task but could not update it."""
    task = world.marketing_task
    before = sorted(task.collaborators.values_list("pk", flat=True))
    response = client_for(world.office).patch(
        f"/api/v1/tasks/{task.pk}/", {"collaborators": [world.viewer.pk]}, format="json"
    )
    assert response.status_code == 400, response.content
    assert "collaborators" in response.json()["extra"]["fields"]
    assert "viewer" in response.json()["message"]
    assert sorted(task.collaborators.values_list("pk", flat=True)) == before

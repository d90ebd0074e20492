"""PRODUCT.md rule 5 through the API, for every role, endpoint and method: the office does everything; a lead
changes only their department's workstream (its tasks, the dependencies whose successor is one of them, its
notes but not its lead); a member changes only the status of tasks assigned to them and comments on those; a
viewer only reads; anonymous gets 401 everywhere. Every refusal leaves the database as it was."""

from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pytest

from accounts.models import Department, DepartmentMembership, MembershipRole
from audit.models import AuditEvent
from launches.models import Dependency, Launch, LaunchStatus, Milestone, Task, TaskComment, TaskStatus, Workstream
from tests.factories import DependencyFactory, MembershipFactory, MilestoneFactory, TaskFactory

pytestmark = pytest.mark.django_db

ROLES = ("office", "marketing_lead", "marketing_member", "pr_lead", "viewer", "anonymous")
ERROR_CODES = {401: "not_authenticated", 403: "permission_denied", 405: "method_not_allowed"}
STATE_MODELS = (
    Launch,
    Workstream,
    Task,
    Dependency,
    Milestone,
    TaskComment,
    Department,
    DepartmentMembership,
    AuditEvent,
)


def db_state() -> dict[str, list[dict]]:
    """Every row a refused write must leave alone (audit events included: a refusal records nothing)."""
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in STATE_MODELS}


def reads(status: int = 200) -> tuple[int, ...]:
    return (status, status, status, status, status, 401)


def office_only(status: int) -> tuple[int, ...]:
    return (status, 403, 403, 403, 403, 401)


def marketing_lead(status: int) -> tuple[int, ...]:
    """The office and Marketing's lead."""
    return (status, status, 403, 403, 403, 401)


def pr_lead(status: int) -> tuple[int, ...]:
    """The office and PR's lead."""
    return (status, 403, 403, status, 403, 401)


def marketing_lead_and_assignee(status: int) -> tuple[int, ...]:
    """The office, Marketing's lead and the Marketing member the task is assigned to."""
    return (status, status, status, 403, 403, 401)


@dataclass(frozen=True)
class Case:
    id: str
    method: str
    url: Callable[[Any, Any], str]
    expected: tuple[int, ...]  # one status per role, in ROLES order
    body: Callable[[Any, Any], dict] | None = None
    writes: bool = True  # whether a success changes the database
    done: Callable[[Any, Any], bool] | None = None  # the effect a success must have

    def __str__(self) -> str:
        return self.id


@pytest.fixture
def ctx(world):
    """Objects the cases act on, beside the world's: Marketing's task is assigned to the Marketing member."""
    legal = Department.objects.create(name="Legal", slug="legal")
    unassigned = TaskFactory(workstream=world.marketing_ws, title="Unassigned")
    media_list = TaskFactory(workstream=world.pr_ws, title="Media list")
    return SimpleNamespace(
        legal=legal,
        engineering=Department.objects.get(slug="engineering"),
        unassigned=unassigned,
        media_list=media_list,
        # Each dependency crosses departments; it belongs to its successor's.
        marketing_dependency=DependencyFactory(predecessor=world.pr_task, successor=world.marketing_task),
        pr_dependency=DependencyFactory(predecessor=unassigned, successor=media_list),
        milestone=MilestoneFactory(launch=world.launch, name="Embargo", offset_days=0),
        comment=TaskComment.objects.create(task=world.marketing_task, author=world.office, body="Kick-off"),
        membership=MembershipFactory(department=legal, user=world.pr_member),
    )


def check_case(world, ctx, client_for, case: Case, role: str) -> None:
    expected = case.expected[ROLES.index(role)]
    client = client_for(None if role == "anonymous" else getattr(world, role))
    client.raise_request_exception = False
    before = db_state()
    body = case.body(world, ctx) if case.body else None
    response = getattr(client, case.method.lower())(case.url(world, ctx), body)
    assert response.status_code == expected, (role, case.id, response.status_code, response.content)
    if expected >= 400:
        error = response.json()
        assert error["code"] == ERROR_CODES[expected], error
        assert isinstance(error["message"], str) and error["message"]
        assert db_state() == before, f"{role} was refused {case.id} but the database changed"
    elif case.writes and case.method != "GET":
        assert db_state() != before, f"{case.id} answered {expected} but changed nothing"
        if case.done is not None:
            assert case.done(world, ctx), f"{case.id} did not have its effect"
    else:
        assert db_state() == before, f"{case.id} should only read"


def _ids(cases: list[Case]) -> list[str]:
    return [case.id for case in cases]


# Reads: everyone signed in, nobody anonymous.

READS = [
    Case("GET-me", "GET", lambda w, c: "/api/v1/me/", reads()),
    Case("GET-users", "GET", lambda w, c: "/api/v1/users/", reads()),
    Case("GET-launches", "GET", lambda w, c: "/api/v1/launches/", reads()),
    Case("GET-launch", "GET", lambda w, c: f"/api/v1/launches/{w.launch.pk}/", reads()),
    Case("GET-timeline", "GET", lambda w, c: f"/api/v1/launches/{w.launch.pk}/timeline/", reads()),
    Case("GET-readiness", "GET", lambda w, c: f"/api/v1/launches/{w.launch.pk}/readiness/", reads()),
    Case("GET-activity", "GET", lambda w, c: f"/api/v1/launches/{w.launch.pk}/activity/", reads()),
    Case("GET-workstreams", "GET", lambda w, c: "/api/v1/workstreams/", reads()),
    Case("GET-workstream", "GET", lambda w, c: f"/api/v1/workstreams/{w.pr_ws.pk}/", reads()),
    Case("GET-tasks", "GET", lambda w, c: "/api/v1/tasks/", reads()),
    Case("GET-task", "GET", lambda w, c: f"/api/v1/tasks/{w.pr_task.pk}/", reads()),
    Case("GET-dependencies", "GET", lambda w, c: "/api/v1/dependencies/", reads()),
    Case("GET-dependency", "GET", lambda w, c: f"/api/v1/dependencies/{c.pr_dependency.pk}/", reads()),
    Case("GET-milestones", "GET", lambda w, c: "/api/v1/milestones/", reads()),
    Case("GET-milestone", "GET", lambda w, c: f"/api/v1/milestones/{c.milestone.pk}/", reads()),
    Case("GET-task-comments", "GET", lambda w, c: "/api/v1/task-comments/", reads()),
    Case("GET-task-comment", "GET", lambda w, c: f"/api/v1/task-comments/{c.comment.pk}/", reads()),
    Case("GET-departments", "GET", lambda w, c: "/api/v1/departments/", reads()),
    Case("GET-department", "GET", lambda w, c: f"/api/v1/departments/{c.legal.pk}/", reads()),
    Case("GET-memberships", "GET", lambda w, c: "/api/v1/department-memberships/", reads()),
    Case("GET-membership", "GET", lambda w, c: f"/api/v1/department-memberships/{c.membership.pk}/", reads()),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", READS, ids=_ids(READS))
def test_signed_in_users_read_everything_and_anonymous_gets_401(world, ctx, client_for, case, role):
    check_case(world, ctx, client_for, case, role)


# Launches, milestones, departments and memberships, and setting up workstreams: the office only.


def _launch_url(w, c) -> str:
    return f"/api/v1/launches/{w.launch.pk}/"


def _milestone_url(w, c) -> str:
    return f"/api/v1/milestones/{c.milestone.pk}/"


def _department_url(w, c) -> str:
    return f"/api/v1/departments/{c.legal.pk}/"


def _membership_url(w, c) -> str:
    return f"/api/v1/department-memberships/{c.membership.pk}/"


OFFICE_ONLY = [
    Case(
        "POST-launch",
        "POST",
        lambda w, c: "/api/v1/launches/",
        office_only(201),
        lambda w, c: {"name": "Next", "t_zero": "2027-06-01T08:00:00Z", "time_zone": "Europe/Berlin"},
        done=lambda w, c: Launch.objects.filter(name="Next").exists(),
    ),
    Case(
        "PUT-launch",
        "PUT",
        _launch_url,
        office_only(200),
        lambda w, c: {"name": "Renamed", "t_zero": "2027-03-16T08:00:00Z", "time_zone": "Europe/Berlin"},
        done=lambda w, c: Launch.objects.get(pk=w.launch.pk).name == "Renamed",
    ),
    Case(
        "PATCH-launch",
        "PATCH",
        _launch_url,
        office_only(200),
        lambda w, c: {"name": "Renamed"},
        done=lambda w, c: Launch.objects.get(pk=w.launch.pk).name == "Renamed",
    ),
    Case(
        "PATCH-launch-status",
        "PATCH",
        _launch_url,
        office_only(200),
        lambda w, c: {"status": "planning"},
        done=lambda w, c: Launch.objects.get(pk=w.launch.pk).status == LaunchStatus.PLANNING,
    ),
    Case(
        "DELETE-launch",
        "DELETE",
        _launch_url,
        office_only(204),
        done=lambda w, c: not Launch.objects.filter(pk=w.launch.pk).exists(),
    ),
    Case(
        "POST-launch-transition",
        "POST",
        lambda w, c: f"/api/v1/launches/{w.launch.pk}/transition/",
        office_only(200),
        lambda w, c: {"status": "planning"},
        done=lambda w, c: Launch.objects.get(pk=w.launch.pk).status == LaunchStatus.PLANNING,
    ),
    Case(
        "POST-launch-move-t-zero",
        "POST",
        lambda w, c: f"/api/v1/launches/{w.launch.pk}/move-t-zero/",
        office_only(200),
        lambda w, c: {"t_zero": "2027-03-20T08:00:00Z"},
        done=lambda w, c: Launch.objects.get(pk=w.launch.pk).t_zero.day == 20,
    ),
    Case(
        "POST-launch-move-t-zero-preview",
        "POST",
        lambda w, c: f"/api/v1/launches/{w.launch.pk}/move-t-zero/",
        office_only(200),
        lambda w, c: {"t_zero": "2027-03-20T08:00:00Z", "preview": True},
        writes=False,
    ),
    Case(
        "POST-workstream",
        "POST",
        lambda w, c: "/api/v1/workstreams/",
        office_only(201),
        lambda w, c: {"launch": w.launch.pk, "department": c.engineering.pk},
        done=lambda w, c: Workstream.objects.filter(launch=w.launch, department=c.engineering).exists(),
    ),
    Case(
        "PATCH-workstream-lead",
        "PATCH",
        lambda w, c: f"/api/v1/workstreams/{w.marketing_ws.pk}/",
        office_only(200),
        lambda w, c: {"lead": w.marketing_member.pk},
        done=lambda w, c: Workstream.objects.get(pk=w.marketing_ws.pk).lead_id == w.marketing_member.pk,
    ),
    Case(
        "PUT-workstream-lead",
        "PUT",
        lambda w, c: f"/api/v1/workstreams/{w.marketing_ws.pk}/",
        office_only(200),
        lambda w, c: {"lead": None, "notes": ""},
        done=lambda w, c: Workstream.objects.get(pk=w.marketing_ws.pk).lead_id is None,
    ),
    Case(
        "DELETE-workstream",
        "DELETE",
        lambda w, c: f"/api/v1/workstreams/{w.marketing_ws.pk}/",
        office_only(204),
        done=lambda w, c: not Workstream.objects.filter(pk=w.marketing_ws.pk).exists(),
    ),
    Case(
        "PATCH-task-to-another-department",
        "PATCH",
        lambda w, c: f"/api/v1/tasks/{w.marketing_task.pk}/",
        office_only(200),
        lambda w, c: {"workstream": w.pr_ws.pk},
        done=lambda w, c: Task.objects.get(pk=w.marketing_task.pk).workstream_id == w.pr_ws.pk,
    ),
    Case(
        "POST-milestone",
        "POST",
        lambda w, c: "/api/v1/milestones/",
        office_only(201),
        lambda w, c: {"launch": w.launch.pk, "name": "Press day", "offset_days": -2},
        done=lambda w, c: Milestone.objects.filter(name="Press day").exists(),
    ),
    Case(
        "PUT-milestone",
        "PUT",
        _milestone_url,
        office_only(200),
        lambda w, c: {"name": "Embargo lifts", "offset_days": 1},
        done=lambda w, c: Milestone.objects.get(pk=c.milestone.pk).offset_days == 1,
    ),
    Case(
        "PATCH-milestone",
        "PATCH",
        _milestone_url,
        office_only(200),
        lambda w, c: {"name": "Embargo lifts"},
        done=lambda w, c: Milestone.objects.get(pk=c.milestone.pk).name == "Embargo lifts",
    ),
    Case(
        "DELETE-milestone",
        "DELETE",
        _milestone_url,
        office_only(204),
        done=lambda w, c: not Milestone.objects.filter(pk=c.milestone.pk).exists(),
    ),
    Case(
        "POST-department",
        "POST",
        lambda w, c: "/api/v1/departments/",
        office_only(201),
        lambda w, c: {"name": "Sales", "slug": "sales"},
        done=lambda w, c: Department.objects.filter(slug="sales").exists(),
    ),
    Case(
        "PUT-department",
        "PUT",
        _department_url,
        office_only(200),
        lambda w, c: {"name": "Legal & Compliance", "slug": "legal"},
        done=lambda w, c: Department.objects.get(pk=c.legal.pk).name == "Legal & Compliance",
    ),
    Case(
        "PATCH-department",
        "PATCH",
        _department_url,
        office_only(200),
        lambda w, c: {"description": "Contracts"},
        done=lambda w, c: Department.objects.get(pk=c.legal.pk).description == "Contracts",
    ),
    Case(
        "DELETE-department",
        "DELETE",
        _department_url,
        office_only(204),
        done=lambda w, c: not Department.objects.filter(pk=c.legal.pk).exists(),
    ),
    Case(
        "POST-membership",
        "POST",
        lambda w, c: "/api/v1/department-memberships/",
        office_only(201),
        lambda w, c: {"department": c.legal.pk, "user": w.viewer.pk, "role": "member"},
        done=lambda w, c: DepartmentMembership.objects.filter(department=c.legal, user=w.viewer).exists(),
    ),
    Case(
        "PUT-membership",
        "PUT",
        _membership_url,
        office_only(200),
        lambda w, c: {"role": "lead"},
        done=lambda w, c: DepartmentMembership.objects.get(pk=c.membership.pk).role == MembershipRole.LEAD,
    ),
    Case(
        "PATCH-membership",
        "PATCH",
        _membership_url,
        office_only(200),
        lambda w, c: {"role": "lead"},
        done=lambda w, c: DepartmentMembership.objects.get(pk=c.membership.pk).role == MembershipRole.LEAD,
    ),
    Case(
        "DELETE-membership",
        "DELETE",
        _membership_url,
        office_only(204),
        done=lambda w, c: not DepartmentMembership.objects.filter(pk=c.membership.pk).exists(),
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", OFFICE_ONLY, ids=_ids(OFFICE_ONLY))
def test_launches_milestones_departments_memberships_and_workstream_setup_are_office_only(
    world, ctx, client_for, case, role
):
    check_case(world, ctx, client_for, case, role)


# Workstream notes: the office and the department's lead.

WORKSTREAM_NOTES = [
    Case(
        "PATCH-marketing-workstream-notes",
        "PATCH",
        lambda w, c: f"/api/v1/workstreams/{w.marketing_ws.pk}/",
        marketing_lead(200),
        lambda w, c: {"notes": "Video first"},
        done=lambda w, c: Workstream.objects.get(pk=w.marketing_ws.pk).notes == "Video first",
    ),
    Case(
        "PUT-marketing-workstream-notes",
        "PUT",
        lambda w, c: f"/api/v1/workstreams/{w.marketing_ws.pk}/",
        marketing_lead(200),
        lambda w, c: {"notes": "Video first", "lead": w.marketing_lead.pk},
        done=lambda w, c: Workstream.objects.get(pk=w.marketing_ws.pk).notes == "Video first",
    ),
    Case(
        "PATCH-pr-workstream-notes",
        "PATCH",
        lambda w, c: f"/api/v1/workstreams/{w.pr_ws.pk}/",
        pr_lead(200),
        lambda w, c: {"notes": "Embargo until T-0"},
        done=lambda w, c: Workstream.objects.get(pk=w.pr_ws.pk).notes == "Embargo until T-0",
    ),
    Case(
        "PATCH-marketing-workstream-notes-and-lead",
        "PATCH",
        lambda w, c: f"/api/v1/workstreams/{w.marketing_ws.pk}/",
        office_only(200),
        lambda w, c: {"notes": "Mine now", "lead": w.marketing_member.pk},
        done=lambda w, c: Workstream.objects.get(pk=w.marketing_ws.pk).lead_id == w.marketing_member.pk,
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", WORKSTREAM_NOTES, ids=_ids(WORKSTREAM_NOTES))
def test_lead_edits_their_workstreams_notes_but_not_its_lead(world, ctx, client_for, case, role):
    check_case(world, ctx, client_for, case, role)


# Tasks: the office and the department's lead change anything; the assignee only the status.


def _task_url(task_attr: str) -> Callable[[Any, Any], str]:
    def url(w, c) -> str:
        task = getattr(w, task_attr, None) or getattr(c, task_attr)
        return f"/api/v1/tasks/{task.pk}/"

    return url


def _task_is(task_attr: str, **values) -> Callable[[Any, Any], bool]:
    def done(w, c) -> bool:
        task = getattr(w, task_attr, None) or getattr(c, task_attr)
        task = Task.objects.get(pk=task.pk)
        return all(getattr(task, field) == value for field, value in values.items())

    return done


TASKS = [
    Case(
        "POST-task-in-marketing",
        "POST",
        lambda w, c: "/api/v1/tasks/",
        marketing_lead(201),
        lambda w, c: {"workstream": w.marketing_ws.pk, "title": "Landing page", "offset_days": -5},
        done=lambda w, c: Task.objects.filter(title="Landing page", workstream=w.marketing_ws).exists(),
    ),
    Case(
        "POST-task-in-pr",
        "POST",
        lambda w, c: "/api/v1/tasks/",
        pr_lead(201),
        lambda w, c: {"workstream": w.pr_ws.pk, "title": "Press kit", "offset_days": -5},
        done=lambda w, c: Task.objects.filter(title="Press kit", workstream=w.pr_ws).exists(),
    ),
    Case(
        "PUT-marketing-task",
        "PUT",
        _task_url("marketing_task"),
        marketing_lead(200),
        lambda w, c: {
            "workstream": w.marketing_ws.pk,
            "title": "Brief v2",
            "offset_days": -10,
            "duration_days": 2,
            "assignee": w.marketing_member.pk,
        },
        done=_task_is("marketing_task", title="Brief v2"),
    ),
    Case(
        "PATCH-marketing-task-title",
        "PATCH",
        _task_url("marketing_task"),
        marketing_lead(200),
        lambda w, c: {"title": "Brief v2"},
        done=_task_is("marketing_task", title="Brief v2"),
    ),
    Case(
        "PATCH-marketing-task-due-date",
        "PATCH",
        _task_url("marketing_task"),
        marketing_lead(200),
        lambda w, c: {"due_date": "2027-03-12"},
        done=_task_is("marketing_task", duration_days=7),
    ),
    Case(
        "PATCH-marketing-task-assignee",
        "PATCH",
        _task_url("marketing_task"),
        marketing_lead(200),
        lambda w, c: {"assignee": w.marketing_lead.pk},
        done=lambda w, c: Task.objects.get(pk=w.marketing_task.pk).assignee_id == w.marketing_lead.pk,
    ),
    Case(
        "PATCH-marketing-task-status",
        "PATCH",
        _task_url("marketing_task"),
        marketing_lead_and_assignee(200),
        lambda w, c: {"status": "done"},
        done=_task_is("marketing_task", status=TaskStatus.DONE),
    ),
    Case(
        "PATCH-marketing-task-status-and-title",
        "PATCH",
        _task_url("marketing_task"),
        marketing_lead(200),
        lambda w, c: {"status": "done", "title": "Brief v2"},
        done=_task_is("marketing_task", status=TaskStatus.DONE, title="Brief v2"),
    ),
    Case(
        "PATCH-unassigned-marketing-task-status",
        "PATCH",
        _task_url("unassigned"),
        marketing_lead(200),
        lambda w, c: {"status": "in_progress"},
        done=_task_is("unassigned", status=TaskStatus.IN_PROGRESS),
    ),
    Case(
        "PATCH-pr-task-status",
        "PATCH",
        _task_url("pr_task"),
        pr_lead(200),
        lambda w, c: {"status": "blocked"},
        done=_task_is("pr_task", status=TaskStatus.BLOCKED),
    ),
    Case(
        "PATCH-pr-task-title",
        "PATCH",
        _task_url("pr_task"),
        pr_lead(200),
        lambda w, c: {"title": "Press release v2"},
        done=_task_is("pr_task", title="Press release v2"),
    ),
    Case(
        "DELETE-marketing-task",
        "DELETE",
        _task_url("marketing_task"),
        marketing_lead(204),
        done=lambda w, c: not Task.objects.filter(pk=w.marketing_task.pk).exists(),
    ),
    Case(
        "DELETE-pr-task",
        "DELETE",
        _task_url("pr_task"),
        pr_lead(204),
        done=lambda w, c: not Task.objects.filter(pk=w.pr_task.pk).exists(),
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", TASKS, ids=_ids(TASKS))
def test_lead_changes_only_their_departments_tasks_and_assignee_only_the_status(world, ctx, client_for, case, role):
    check_case(world, ctx, client_for, case, role)


# Dependencies belong to the successor's department.


def _dependency_url(attr: str) -> Callable[[Any, Any], str]:
    return lambda w, c: f"/api/v1/dependencies/{getattr(c, attr).pk}/"


DEPENDENCIES = [
    Case(
        "POST-dependency-successor-in-marketing",
        "POST",
        lambda w, c: "/api/v1/dependencies/",
        marketing_lead(201),
        lambda w, c: {"predecessor": w.pr_task.pk, "successor": c.unassigned.pk, "lag_days": 1},
        done=lambda w, c: Dependency.objects.filter(predecessor=w.pr_task, successor=c.unassigned).exists(),
    ),
    Case(
        "POST-dependency-successor-in-pr",
        "POST",
        lambda w, c: "/api/v1/dependencies/",
        pr_lead(201),
        lambda w, c: {"predecessor": w.marketing_task.pk, "successor": c.media_list.pk},
        done=lambda w, c: Dependency.objects.filter(predecessor=w.marketing_task, successor=c.media_list).exists(),
    ),
    Case(
        "PATCH-dependency-successor-in-marketing",
        "PATCH",
        _dependency_url("marketing_dependency"),
        marketing_lead(200),
        lambda w, c: {"lag_days": 3},
        done=lambda w, c: Dependency.objects.get(pk=c.marketing_dependency.pk).lag_days == 3,
    ),
    Case(
        "PUT-dependency-successor-in-marketing",
        "PUT",
        _dependency_url("marketing_dependency"),
        marketing_lead(200),
        lambda w, c: {"lag_days": 3},
        done=lambda w, c: Dependency.objects.get(pk=c.marketing_dependency.pk).lag_days == 3,
    ),
    Case(
        "PATCH-dependency-successor-in-pr",
        "PATCH",
        _dependency_url("pr_dependency"),
        pr_lead(200),
        lambda w, c: {"lag_days": 3},
        done=lambda w, c: Dependency.objects.get(pk=c.pr_dependency.pk).lag_days == 3,
    ),
    Case(
        "DELETE-dependency-successor-in-marketing",
        "DELETE",
        _dependency_url("marketing_dependency"),
        marketing_lead(204),
        done=lambda w, c: not Dependency.objects.filter(pk=c.marketing_dependency.pk).exists(),
    ),
    Case(
        "DELETE-dependency-successor-in-pr",
        "DELETE",
        _dependency_url("pr_dependency"),
        pr_lead(204),
        done=lambda w, c: not Dependency.objects.filter(pk=c.pr_dependency.pk).exists(),
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", DEPENDENCIES, ids=_ids(DEPENDENCIES))
def test_dependency_is_changed_by_the_lead_of_its_successors_department(world, ctx, client_for, case, role):
    check_case(world, ctx, client_for, case, role)


# Comments: the office, the department's lead and the assignee; never edited or deleted.


def _comment_on(attr: str, text: str) -> Callable[[Any, Any], dict]:
    def body(w, c) -> dict:
        task = getattr(w, attr, None) or getattr(c, attr)
        return {"task": task.pk, "body": text}

    return body


COMMENTS = [
    Case(
        "POST-comment-on-assigned-marketing-task",
        "POST",
        lambda w, c: "/api/v1/task-comments/",
        marketing_lead_and_assignee(201),
        _comment_on("marketing_task", "Draft attached"),
        done=lambda w, c: TaskComment.objects.filter(body="Draft attached", task=w.marketing_task).exists(),
    ),
    Case(
        "POST-comment-on-unassigned-marketing-task",
        "POST",
        lambda w, c: "/api/v1/task-comments/",
        marketing_lead(201),
        _comment_on("unassigned", "Who takes this?"),
        done=lambda w, c: TaskComment.objects.filter(body="Who takes this?").exists(),
    ),
    Case(
        "POST-comment-on-pr-task",
        "POST",
        lambda w, c: "/api/v1/task-comments/",
        pr_lead(201),
        _comment_on("pr_task", "Quote approved"),
        done=lambda w, c: TaskComment.objects.filter(body="Quote approved").exists(),
    ),
    Case(
        "PUT-comment",
        "PUT",
        lambda w, c: f"/api/v1/task-comments/{c.comment.pk}/",
        (405, 405, 405, 405, 403, 401),
        lambda w, c: {"task": w.marketing_task.pk, "body": "Edited"},
    ),
    Case(
        "PATCH-comment",
        "PATCH",
        lambda w, c: f"/api/v1/task-comments/{c.comment.pk}/",
        (405, 405, 405, 405, 403, 401),
        lambda w, c: {"body": "Edited"},
    ),
    Case(
        "DELETE-comment",
        "DELETE",
        lambda w, c: f"/api/v1/task-comments/{c.comment.pk}/",
        (405, 405, 405, 405, 403, 401),
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", COMMENTS, ids=_ids(COMMENTS))
def test_member_comments_only_on_tasks_assigned_to_them_and_comments_are_never_edited(
    world, ctx, client_for, case, role
):
    check_case(world, ctx, client_for, case, role)


# A few rules spelled out on their own, with the answers' details.


def test_assignee_is_told_which_fields_they_may_not_change(world, client_for):
    before = db_state()
    response = client_for(world.marketing_member).patch(
        f"/api/v1/tasks/{world.marketing_task.pk}/", {"status": "done", "title": "Mine", "offset_days": -3}
    )
    assert response.status_code == 403
    body = response.json()
    assert body["code"] == "permission_denied"
    assert body["extra"]["fields"] == ["offset_days", "title"]
    assert db_state() == before


def test_assignee_may_send_unchanged_fields_with_a_status_change(world, client_for):
    task = world.marketing_task
    response = client_for(world.marketing_member).put(
        f"/api/v1/tasks/{task.pk}/",
        {"workstream": world.marketing_ws.pk, "title": task.title, "offset_days": -10, "status": "in_progress"},
    )
    assert response.status_code == 200, response.content
    task.refresh_from_db()
    assert (task.status, task.title) == (TaskStatus.IN_PROGRESS, "Campaign brief")


def test_member_cannot_change_status_of_a_task_assigned_to_someone_else_in_their_department(world, client_for):
    colleague_task = TaskFactory(workstream=world.marketing_ws, title="Colleague's", assignee=world.marketing_lead)
    before = db_state()
    response = client_for(world.marketing_member).patch(f"/api/v1/tasks/{colleague_task.pk}/", {"status": "done"})
    assert response.status_code == 403
    assert db_state() == before


def test_member_may_update_the_status_of_a_task_assigned_to_them_in_another_department(world, client_for):
    # Assignment, not department membership, is what lets a member update a task.
    world.pr_task.assignee = world.marketing_member
    world.pr_task.save()
    response = client_for(world.marketing_member).patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"status": "done"})
    assert response.status_code == 200, response.content
    world.pr_task.refresh_from_db()
    assert world.pr_task.status == TaskStatus.DONE


def test_lead_cannot_move_their_task_into_another_departments_workstream(world, client_for):
    before = db_state()
    response = client_for(world.marketing_lead).patch(
        f"/api/v1/tasks/{world.marketing_task.pk}/", {"workstream": world.pr_ws.pk}
    )
    assert response.status_code == 403
    assert db_state() == before


def test_lead_cannot_edit_other_department_task(world, client_for):
    before = db_state()
    response = client_for(world.marketing_lead).patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"title": "Hijacked"})
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert db_state() == before


def test_lead_cannot_add_a_dependency_to_another_departments_task_even_from_their_own(world, client_for):
    before = db_state()
    response = client_for(world.marketing_lead).post(
        "/api/v1/dependencies/", {"predecessor": world.marketing_task.pk, "successor": world.pr_task.pk}
    )
    assert response.status_code == 403
    assert db_state() == before


def test_anonymous_requests_are_told_how_to_authenticate(world, client_for):
    response = client_for(None).get("/api/v1/tasks/")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"
    assert response.headers["WWW-Authenticate"].startswith("Token")

"""docs/permissions.md is the permission table: every cell is checked against the live API, every role,
every endpoint and method (PRODUCT.md rule 5), and its admin table against the live Django admin."""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_celery_beat.models import PeriodicTask
from rest_framework.test import APIClient

from accounts.models import Department, DepartmentMembership, MembershipRole, User
from calendars.services import calendar_feed_create
from communications.briefings.services import briefing_create
from communications.models import Communication
from config.celery import app as celery_app
from deliverables.models import KnowledgeBaseArticle, RecruitmentRole
from feedback.models import FeedbackItem
from gates.models import Gate, GateDecision
from launches.models import Baseline, CrossLaunchDependency, Milestone, TaskComment
from notifications.models import LaunchEvent, Notification
from playbooks.models import Playbook
from tests.accounts.admin_forms import admin_client, change_form_data, user_change_data
from tests.factories import DependencyFactory, TaskFactory, UserFactory, WorkstreamFactory
from webhooks.models import Webhook, WebhookDelivery

TABLE = Path(__file__).resolve().parent.parent / "docs" / "permissions.md"
ROLES = ["office", "lead", "other lead", "member", "viewer", "anonymous"]
ROLE_USERS = {
    "office": "office",
    "lead": "marketing_lead",
    "other lead": "pr_lead",
    "member": "marketing_member",
    "viewer": "viewer",
    "anonymous": None,
}
ROW = re.compile(r"^\| `(?P<method>[A-Z]+) (?P<path>\S+)`(?P<variant>[^|]*)\|(?P<cells>.*)\|$")


def _sections() -> tuple[str, str]:
    """The API's table, and the admin's (under its own heading)."""
    api, _heading, admin_part = TABLE.read_text().partition("\n## The admin\n")
    assert admin_part, "docs/permissions.md has no admin section"
    return api, admin_part


def _table() -> list[tuple[str, str, str, dict[str, int]]]:
    rows = []
    for line in _sections()[0].splitlines():
        match = ROW.match(line.strip())
        if match:
            cells = [int(cell) for cell in match["cells"].split("|")]
            assert len(cells) == len(ROLES), line
            rows.append(
                (match["method"], match["path"], match["variant"].strip(), dict(zip(ROLES, cells, strict=True)))
            )
    return rows


ROWS = _table()


def _context(world) -> dict:
    """The objects the table's rows act on, all Marketing's where a department matters."""
    legal = Department.objects.create(name="Legal", slug="legal")
    unassigned = TaskFactory(workstream=world.marketing_ws, title="Unassigned")
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    gate.approver_departments.add(world.marketing)
    # An executive, say, approves this one by name.
    named_gate = Gate.objects.create(launch=world.launch, name="Executive sign-off", offset_days=-2)
    named_gate.approver_users.add(world.viewer)
    # Another launch, whose tasks Marketing's may wait on (docs/cross-launch.md).
    elsewhere = TaskFactory(workstream=WorkstreamFactory(department=world.pr), title="Firmware ready")
    return {
        "named_gate": named_gate,
        "elsewhere": elsewhere,
        "cross_link": CrossLaunchDependency.objects.create(
            launch=world.launch,
            successor=world.marketing_task,
            predecessor_launch=elsewhere.workstream.launch,
            predecessor=elsewhere,
        ),
        "legal": legal,
        "unassigned": unassigned,
        "dependency": DependencyFactory(predecessor=world.marketing_task, successor=unassigned),
        "milestone": Milestone.objects.create(launch=world.launch, name="Embargo", offset_days=0),
        "baseline": Baseline.objects.create(launch=world.launch, name="Kickoff", is_current=True),
        "gate": gate,
        "decision": GateDecision.objects.create(gate=gate, round=1, kind="approve", actor=world.office),
        "comment": TaskComment.objects.create(task=world.marketing_task, author=world.office, body="Hi"),
        "membership": DepartmentMembership.objects.create(department=legal, user=world.pr_member),
        "invited": UserFactory(username="invited", password=None),  # no usable password: invited
        "notification": Notification.objects.create(
            recipient=world.marketing_member, kind="task_assigned", title="Yours", dedupe_key="table"
        ),
        "webhook": (
            webhook := Webhook.objects.create(url="https://example.com/h", events=["gate.decided"], secret="s")
        ),
        "webhook_delivery": WebhookDelivery.objects.create(
            webhook=webhook,
            event=LaunchEvent.objects.create(kind="gate.decided", launch=world.launch),
            event_kind="gate.decided",
            payload={},
        ),
        "feed": calendar_feed_create(actor=world.marketing_member, kind="user"),
        "playbook": Playbook.objects.create(name="Standard"),
        "feedback": FeedbackItem.objects.create(launch=world.launch, source="survey", text="Too loud"),
        **{
            f"communication_{status}": Communication.objects.create(
                launch=world.launch,
                kind="social_post",
                title=f"Teaser ({status})",
                author=world.marketing_member,
                department=world.marketing,
                offset_days=-1,
                status=status,
            )
            for status in ("draft", "submitted", "approved")
        },
        "hint": Communication.objects.create(
            launch=world.launch,
            kind="employee_hint",
            title="Something is coming",
            author=world.marketing_member,
            department=world.marketing,
            offset_days=(timezone.now() - world.launch.t_zero).days - 1,
            status="approved",
        ),
        "briefing_item": (
            briefing_item := Communication.objects.create(
                launch=world.launch,
                kind="press_release",
                title="Nova ships",
                author=world.marketing_member,
                department=world.marketing,
                offset_days=0,
                embargo="t_zero",
                status="approved",
            )
        ),
        "briefing": briefing_create(actor=world.marketing_member, communication=briefing_item, name="Ada Reporter")[0],
        "kb_article": KnowledgeBaseArticle.objects.create(launch=world.launch, title="Setting up"),
        "recruitment_role": RecruitmentRole.objects.create(launch=world.launch, skill="Support agent", count=2),
    }


def _request(world, ctx, method: str, path: str, variant: str) -> tuple[str, dict | None]:
    """The concrete URL and a valid body for a row of the table."""
    launch, task = world.launch, world.marketing_task
    ids = {
        "/api/v1/departments/{id}/": ctx["legal"].pk,
        "/api/v1/users/{id}/": world.viewer.pk,
        "/api/v1/users/{id}/invitation/": ctx["invited"].pk,
        "/api/v1/department-memberships/{id}/": ctx["membership"].pk,
        "/api/v1/launches/{id}/": launch.pk,
        "/api/v1/launches/{id}/move-t-zero/": launch.pk,
        "/api/v1/launches/{id}/transition/": launch.pk,
        "/api/v1/launches/{id}/timeline/": launch.pk,
        "/api/v1/launches/{id}/readiness/": launch.pk,
        "/api/v1/workstreams/{id}/": world.marketing_ws.pk,
        "/api/v1/tasks/{id}/": ctx["unassigned"].pk if "not assigned" in variant else task.pk,
        "/api/v1/dependencies/{id}/": ctx["dependency"].pk,
        "/api/v1/milestones/{id}/": ctx["milestone"].pk,
        "/api/v1/baselines/{id}/": ctx["baseline"].pk,
        "/api/v1/gates/{id}/": ctx["gate"].pk,
        "/api/v1/gates/{id}/decide/": ctx["named_gate" if variant.startswith("(as a named") else "gate"].pk,
        "/api/v1/gates/{id}/reopen/": ctx["gate"].pk,
        "/api/v1/gate-decisions/{id}/": ctx["decision"].pk,
        "/api/v1/task-comments/{id}/": ctx["comment"].pk,
        "/api/v1/notifications/{id}/read/": ctx["notification"].pk,
        "/api/v1/webhooks/{id}/": ctx["webhook"].pk,
        "/api/v1/webhook-deliveries/{id}/": ctx["webhook_delivery"].pk,
        "/api/v1/calendar-feeds/{id}/": ctx["feed"].pk,
        "/api/v1/calendar-feeds/{id}/rotate/": ctx["feed"].pk,
        "/api/v1/playbooks/{id}/": ctx["playbook"].pk,
        "/api/v1/playbooks/{id}/instantiate/": ctx["playbook"].pk,
        "/api/v1/feedback-items/{id}/": ctx["feedback"].pk,
        "/api/v1/communications/{id}/": ctx["communication_draft"].pk,
        "/api/v1/communications/{id}/submit/": ctx["communication_draft"].pk,
        "/api/v1/communications/{id}/decide/": ctx["communication_submitted"].pk,
        "/api/v1/communications/{id}/publish/": ctx["communication_approved"].pk,
        "/api/v1/communications/{id}/withdraw/": ctx["communication_draft"].pk,
        "/api/v1/kb-articles/{id}/": ctx["kb_article"].pk,
        "/api/v1/recruitment-roles/{id}/": ctx["recruitment_role"].pk,
        "/api/v1/hints/{id}/share/": ctx["hint"].pk,
        "/api/v1/briefings/{id}/revoke/": ctx["briefing"].pk,
        "/api/v1/briefings/{id}/opens/": ctx["briefing"].pk,
        "/api/v1/cross-launch-dependencies/{id}/": ctx["cross_link"].pk,
    }
    url = (
        path.replace("{launch_id}", str(launch.pk))
        .replace("{kind}", "blog")
        .replace("{person_id}", str(world.pr_member.pk))
    )
    if "{id}" in path:
        url = path.replace("{id}", str(ids[path]))
    if path in ("/api/v1/feedback-items/summary/", "/api/v1/communication-board/"):
        url += f"?launch={launch.pk}"
    if path == "/api/v1/workload/preview/":
        url += f"?person={world.marketing_member.pk}&task={task.pk}"
    if method == "GET" and path == "/api/v1/briefings/":
        url += f"?communication={ctx['briefing_item'].pk}"
    if method in ("GET", "DELETE"):
        return url, None
    bodies = {
        ("POST", "/api/v1/auth/session/"): {"username": "office", "password": "wrong"},
        ("POST", "/api/v1/auth/token/"): {"username": "office", "password": "wrong"},
        ("POST", "/api/v1/users/"): {
            "username": "new.hire",
            "first_name": "Nia",
            "departments": [{"department": ctx["legal"].pk, "role": "lead"}],
        },
        ("PATCH", "/api/v1/users/{id}/"): {"first_name": "Renamed"},
        ("POST", "/api/v1/users/{id}/invitation/"): {"send_email": False},
        ("POST", "/api/v1/users/import/"): {
            "file": SimpleUploadedFile("people.csv", b"username,department,role\nnew.hire,legal,member\n"),
        },
        ("POST", "/api/v1/auth/password/"): {"uid": "MQ", "token": "wrong", "new_password": "a-Long-new-pass-42"},
        ("POST", "/api/v1/departments/"): {"name": "Sales", "slug": "sales"},
        ("PUT", "/api/v1/departments/{id}/"): {"name": "Legal", "slug": "legal", "description": "Contracts"},
        ("PATCH", "/api/v1/departments/{id}/"): {"description": "Contracts"},
        ("POST", "/api/v1/department-memberships/"): {
            "department": ctx["legal"].pk,
            "user": world.viewer.pk,
            "role": "member",
        },
        ("PUT", "/api/v1/department-memberships/{id}/"): {"role": MembershipRole.LEAD},
        ("PATCH", "/api/v1/department-memberships/{id}/"): {"role": MembershipRole.LEAD},
        ("POST", "/api/v1/launches/"): {"name": "Nova", "t_zero": "2027-09-01T08:00:00Z", "time_zone": "UTC"},
        ("PUT", "/api/v1/launches/{id}/"): {
            "name": "Nova",
            "t_zero": "2027-03-16T08:00:00Z",
            "time_zone": "Europe/Berlin",
        },
        ("PATCH", "/api/v1/launches/{id}/"): {"name": "Nova"},
        ("POST", "/api/v1/launches/{id}/move-t-zero/"): {"t_zero": "2027-04-01T08:00:00Z", "preview": True},
        ("POST", "/api/v1/launches/{id}/transition/"): {"status": "planning"},
        ("POST", "/api/v1/launches/{launch_id}/undo/"): {},
        ("POST", "/api/v1/launches/{launch_id}/redo/"): {},
        ("POST", "/api/v1/workstreams/"): {"launch": launch.pk, "department": ctx["legal"].pk},
        ("PUT", "/api/v1/workstreams/{id}/"): {"notes": "Agency booked"},
        ("PATCH", "/api/v1/workstreams/{id}/"): {"lead": world.pr_lead.pk}
        if variant == "(lead)"
        else {"notes": "Agency booked"},
        ("POST", "/api/v1/tasks/"): {"workstream": world.marketing_ws.pk, "title": "New", "offset_days": -5},
        ("PUT", "/api/v1/tasks/{id}/"): {"workstream": world.marketing_ws.pk, "title": "Renamed", "offset_days": -9},
        ("PATCH", "/api/v1/tasks/{id}/"): {"title": "Renamed"} if variant == "(title)" else {"status": "in_progress"},
        ("POST", "/api/v1/dependencies/"): {"predecessor": world.pr_task.pk, "successor": task.pk, "lag_days": 1},
        ("PUT", "/api/v1/dependencies/{id}/"): {"lag_days": 3},
        ("PATCH", "/api/v1/dependencies/{id}/"): {"lag_days": 3},
        ("POST", "/api/v1/milestones/"): {"launch": launch.pk, "name": "Announcement", "offset_days": -3},
        ("PUT", "/api/v1/milestones/{id}/"): {"name": "Embargo lifts", "offset_days": 0},
        ("PATCH", "/api/v1/milestones/{id}/"): {"name": "Embargo lifts"},
        ("POST", "/api/v1/baselines/"): {"launch": launch.pk, "name": "Before press week"},
        ("PUT", "/api/v1/baselines/{id}/"): {"name": "Kickoff plan", "is_current": True},
        ("PATCH", "/api/v1/baselines/{id}/"): {"name": "Kickoff plan"},
        ("POST", "/api/v1/gates/"): {"launch": launch.pk, "name": "Readiness review", "offset_days": -7},
        ("PUT", "/api/v1/gates/{id}/"): {"name": "Go / No-Go", "offset_days": -2},
        ("PATCH", "/api/v1/gates/{id}/"): {"name": "Go / No-Go"},
        ("POST", "/api/v1/gates/{id}/decide/"): {"decision": "approve", "department": world.marketing.pk}
        if variant == "(for Marketing)"
        else {"decision": "approve", "department": world.pr.pk}
        if variant == "(for PR, which the gate does not name)"
        else {"decision": "approve", "as_named": True}
        if variant.startswith("(as a named approver")
        else {"decision": "approve"},
        ("POST", "/api/v1/gates/{id}/reopen/"): {"reason": "The press kit changed"},
        ("POST", "/api/v1/task-comments/"): {"task": task.pk, "body": "On it"},
        ("POST", "/api/v1/notifications/{id}/read/"): {},
        ("POST", "/api/v1/notifications/read-all/"): {},
        ("PATCH", "/api/v1/notification-preferences/"): {"email_mode": "digest"},
        ("POST", "/api/v1/webhooks/"): {"url": "https://example.com/new", "events": ["gate.decided"]},
        ("PUT", "/api/v1/webhooks/{id}/"): {"url": "https://example.com/h2", "events": ["task.created"]},
        ("PATCH", "/api/v1/webhooks/{id}/"): {"is_active": False},
        ("POST", "/api/v1/calendar-feeds/"): {"kind": "department", "department": world.marketing.pk}
        if variant == "(Marketing's department feed)"
        else {"kind": "user"},
        ("POST", "/api/v1/calendar-feeds/{id}/rotate/"): {},
        ("PATCH", "/api/v1/communication-policies/{kind}/"): {"approval": "lead"},
        ("POST", "/api/v1/hints/{id}/share/"): {"network": "linkedin"},
        ("POST", "/api/v1/briefings/"): {
            "communication": ctx["briefing_item"].pk,
            "name": "Ada Reporter",
            "time_zone": "Europe/Berlin",
        },
        ("POST", "/api/v1/briefings/{id}/revoke/"): {},
        ("PATCH", "/api/v1/calendar-feeds/{id}/"): {"reminder_minutes": 60},
        ("POST", "/api/v1/playbooks/"): {"name": "Ours", "from_launch": launch.pk},
        ("POST", "/api/v1/playbooks/{id}/instantiate/"): {
            "name": "Nova",
            "t_zero": "2027-09-01T08:00:00Z",
            "time_zone": "UTC",
        },
        ("POST", "/api/v1/feedback-items/"): {"launch": launch.pk, "source": "survey", "text": "Hi"},
        ("PUT", "/api/v1/feedback-items/{id}/"): {"source": "survey", "text": "Too loud", "state": "accepted"},
        ("PATCH", "/api/v1/feedback-items/{id}/"): {"state": "accepted"},
        ("POST", "/api/v1/feedback-items/import/"): {
            "launch": launch.pk,
            "file": SimpleUploadedFile("feedback.csv", b"source,text\nsurvey,Hi\n"),
        },
        ("POST", "/api/v1/communications/"): {
            "launch": launch.pk,
            "kind": "blog",
            "title": "Behind the scenes",
            "offset_days": 0,
            "embargo": "t_zero",
        },
        ("PUT", "/api/v1/communications/{id}/"): {"kind": "blog", "title": "Renamed", "offset_days": -2},
        ("PATCH", "/api/v1/communications/{id}/"): {"title": "Renamed"},
        ("POST", "/api/v1/communications/{id}/submit/"): {},
        ("POST", "/api/v1/communications/{id}/decide/"): {"decision": "approve"},
        ("POST", "/api/v1/communications/{id}/publish/"): {},
        ("POST", "/api/v1/communications/{id}/withdraw/"): {},
        ("POST", "/api/v1/kb-articles/"): {"launch": launch.pk, "title": "Pairing the device"},
        ("PUT", "/api/v1/kb-articles/{id}/"): {"title": "Setting up", "status": "in_review"},
        ("PATCH", "/api/v1/kb-articles/{id}/"): {"status": "published"},
        ("POST", "/api/v1/recruitment-roles/"): {"launch": launch.pk, "skill": "Trainer", "count": 1},
        ("PUT", "/api/v1/recruitment-roles/{id}/"): {"skill": "Support agent", "count": 3},
        ("PATCH", "/api/v1/recruitment-roles/{id}/"): {"status": "filled"},
        ("POST", "/api/v1/cross-launch-dependencies/"): {
            "successor": ctx["unassigned"].pk,
            "predecessor": ctx["elsewhere"].pk,
        },
        ("PATCH", "/api/v1/cross-launch-dependencies/{id}/"): {"lag_days": 2},
    }
    return url, bodies[(method, path)]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("method", "path", "variant", "expected"),
    ROWS,
    ids=[f"{method} {path} {variant}".strip() for method, path, variant, _ in ROWS],
)
def test_permission_table_cell_matches_the_live_api(world, method, path, variant, expected, role):
    ctx = _context(world)
    url, body = _request(world, ctx, method, path, variant)
    client = APIClient()
    user = ROLE_USERS[role]
    if user is not None:
        client.force_login(getattr(world, user))
    if path in ("/api/v1/feedback-items/import/", "/api/v1/users/import/"):  # a file upload
        response = client.post(url, body, format="multipart")
    else:
        data = "" if body is None else json.dumps(body)
        response = client.generic(method, url, data=data, content_type="application/json")
    assert response.status_code == expected[role], (role, method, url, body, response.content[:300])


def test_every_operation_of_the_api_has_a_row(client, db):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    operations = {
        (method.upper(), path)
        for path, item in schema["paths"].items()
        for method in item
        if method in ("get", "post", "put", "patch", "delete")
    }
    documented = {(method, path) for method, path, _variant, _cells in ROWS}
    assert operations - documented == set(), "operations without a row in docs/permissions.md"
    assert documented - operations == set(), "rows in docs/permissions.md for operations that do not exist"


# The admin's table: office staff, a superuser, a lead with staff status (docs/permissions.md, "The admin").
ADMIN_ROLES = ["office", "superuser", "lead"]
ADMIN_ROW = re.compile(r"^\| `(?P<method>GET|POST) (?P<path>/admin/\S*)`(?P<variant>[^|]*)\|(?P<cells>.*)\|$")
ADMIN_CELL = re.compile(r"^(?P<status>\d{3})(?: (?P<effect>applied|ignored))?$")
SWEEP = "notifications.tasks.embargoes_lifting_notify"
NEW_PASSWORD = "a-Long-new-pass-42"


def _admin_table() -> list[tuple[str, str, str, dict[str, tuple[int, str | None]]]]:
    rows = []
    for line in _sections()[1].splitlines():
        match = ADMIN_ROW.match(line.strip())
        if match:
            cells = [ADMIN_CELL.match(cell.strip()) for cell in match["cells"].split("|")]
            assert len(cells) == len(ADMIN_ROLES) and all(cells), line
            rows.append(
                (
                    match["method"],
                    match["path"],
                    match["variant"].strip(),
                    {
                        role: (int(cell["status"]), cell["effect"])
                        for role, cell in zip(ADMIN_ROLES, cells, strict=True)
                    },
                )
            )
    return rows


ADMIN_ROWS = _admin_table()


@dataclass
class AdminCase:
    """What one admin row posts, what it tries to change (a snapshot), whether that change is fully in place,
    and whether the rest of the form went through."""

    urls: list[str]
    data: dict | None = None
    state: Callable[[], object] = lambda: None
    applied: Callable[[], bool] | None = None
    saved: Callable[[], bool] | None = None


def _admin_actors(world) -> dict[str, User]:
    lead = world.marketing_lead
    lead.is_staff = True
    lead.save(update_fields=["is_staff"])
    return {
        "office": UserFactory(username="office.staff", is_office=True, is_staff=True),
        "superuser": UserFactory(username="root", is_office=True, is_staff=True, is_superuser=True),
        "lead": lead,
    }


def _admin_case(world, actor: User, method: str, path: str, variant: str) -> AdminCase:
    """The concrete URLs, the body and the effect checks for a row of the admin table."""
    member, viewer = world.marketing_member, world.viewer
    other_root = UserFactory(username="other.root", is_office=True, is_staff=True, is_superuser=True)
    group = Group.objects.create(name="Everything")
    permission = Permission.objects.get(codename="change_group")
    sweep = PeriodicTask.objects.get(task=SWEEP)
    form_reader = admin_client(UserFactory(username="form.reader", is_staff=True, is_superuser=True))
    users = {"{member}": member, "{self}": actor, "{superuser}": other_root}
    user = next((users[key] for key in users if key in path), None)
    url = path
    for key, value in users.items():
        url = url.replace(key, str(value.pk))
    url = url.replace("{sweep}", str(sweep.pk)).replace("{task}", str(world.pr_task.pk))
    if "{feed}" in path:
        feed = calendar_feed_create(actor=member, kind="user")
        url = url.replace("{feed}", str(feed.pk))

    def fresh(obj):
        return type(obj).objects.filter(pk=obj.pk).first()

    def renamed(obj) -> Callable[[], bool]:
        return lambda: fresh(obj).first_name == "Renamed"

    if path == "/admin/{token}/":
        tokens = [
            f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
            for model in admin.site._registry
            if model._meta.app_label in ("authtoken", "knox")
        ]
        assert tokens, "no API token model is registered in the admin"
        return AdminCase(urls=tokens)
    if method == "GET":
        return AdminCase(urls=[url])
    if path == "/admin/accounts/user/add/":
        flags = {"is_staff": "on", "is_superuser": "on"} if "is_staff" in variant else {}
        body = {"username": "new.hire", "usable_password": "true", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}

        def created() -> User | None:
            return User.objects.filter(username="new.hire").first()

        def privileged() -> bool:
            return bool(created() and (created().is_staff or created().is_superuser))

        return AdminCase(
            urls=[url],
            data={**body, **flags},
            state=privileged if flags else lambda: bool(created()),
            applied=privileged if flags else lambda: bool(created() and created().check_password(NEW_PASSWORD)),
            saved=lambda: created() is not None,
        )
    if path.endswith("/change/") and "/accounts/user/" in path:
        changes = {
            "(name, email, time zone, is_active, is_office)": {
                "email": "mia@example.com",
                "time_zone": "Europe/Paris",
                "is_active": False,
                "is_office": True,
            },
            "(is_staff)": {"is_staff": True},
            "(is_superuser)": {"is_superuser": True},
            "(a group)": {"groups": [group.pk]},
            "(a permission)": {"user_permissions": [permission.pk]},
            "(is_superuser and a permission)": {"is_superuser": True, "user_permissions": [permission.pk]},
            "(email)": {"email": "owned@example.com"},
        }[variant]
        changes.setdefault("first_name", "Renamed")
        wanted = {name: value for name, value in changes.items() if name != "first_name"}

        def snapshot() -> dict:
            current = fresh(user)
            return {
                "is_staff": current.is_staff,
                "is_superuser": current.is_superuser,
                "is_active": current.is_active,
                "is_office": current.is_office,
                "email": current.email,
                "time_zone": str(current.time_zone),
                "groups": sorted(current.groups.values_list("pk", flat=True)),
                "user_permissions": sorted(current.user_permissions.values_list("pk", flat=True)),
            }

        def applied() -> bool:
            now = snapshot()
            return all(now[name] == (value if value != "on" else True) for name, value in wanted.items())

        return AdminCase(
            urls=[url], data=user_change_data(user, **changes), state=snapshot, applied=applied, saved=renamed(user)
        )
    if path.endswith("/password/"):
        data = (
            {"usable_password": "false", "unset-password": "1"}
            if "unset" in variant
            else {"usable_password": "true", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
        )
        return AdminCase(
            urls=[url],
            data=data,
            state=lambda: fresh(user).password,
            applied=lambda: (
                not fresh(user).has_usable_password()
                if "unset" in variant
                else fresh(user).check_password(NEW_PASSWORD)
            ),
        )
    if path == "/admin/accounts/user/{superuser}/delete/":
        return AdminCase(
            urls=[url],
            data={"post": "yes"},
            state=lambda: bool(fresh(other_root)),
            applied=lambda: not fresh(other_root),
        )
    if path == "/admin/accounts/user/":
        selected = [viewer] if variant == "(delete selected: the viewer)" else [viewer, other_root]

        def kept() -> list[bool]:
            return [bool(fresh(obj)) for obj in selected]

        return AdminCase(
            urls=[url],
            data={"action": "delete_selected", "_selected_action": [obj.pk for obj in selected], "post": "yes"},
            state=kept,
            applied=lambda: not any(kept()),
        )
    if path == "/admin/django_celery_beat/periodictask/{sweep}/change/":
        data = change_form_data(form_reader, url, args='["held"]')
        return AdminCase(
            urls=[url], data=data, state=lambda: fresh(sweep).args, applied=lambda: fresh(sweep).args == '["held"]'
        )
    if path == "/admin/django_celery_beat/periodictask/":
        if "run" in variant:
            runs = celery_app.tasks[SWEEP].apply_async
            return AdminCase(
                urls=[url],
                data={"action": "run_tasks", "_selected_action": [sweep.pk]},
                state=lambda: runs.call_count,
                applied=lambda: runs.call_count == 1,
            )
        return AdminCase(
            urls=[url],
            data={"action": "disable_tasks", "_selected_action": [sweep.pk]},
            state=lambda: fresh(sweep).enabled,
            applied=lambda: not fresh(sweep).enabled,
        )
    if path == "/admin/launches/task/{task}/change/":
        data = change_form_data(form_reader, url, title="Press release, final")
        return AdminCase(
            urls=[url],
            data=data,
            state=lambda: fresh(world.pr_task).title,
            applied=lambda: fresh(world.pr_task).title == "Press release, final",
        )
    if path == "/admin/calendars/calendarfeed/{feed}/delete/":
        return AdminCase(
            urls=[url],
            data={"post": "yes"},
            state=lambda: fresh(feed) is not None,
            applied=lambda: fresh(feed) is None,
        )
    raise AssertionError(f"no admin case for {method} {path} {variant}")


@pytest.mark.django_db
@pytest.mark.parametrize("role", ADMIN_ROLES)
@pytest.mark.parametrize(
    ("method", "path", "variant", "expected"),
    ADMIN_ROWS,
    ids=[f"{method} {path} {variant}".strip() for method, path, variant, _ in ADMIN_ROWS],
)
def test_admin_table_cell_matches_the_live_admin(world, method, path, variant, expected, role):
    status, effect = expected[role]
    actor = _admin_actors(world)[role]
    celery_app.loader.import_default_modules()
    with mock.patch.object(celery_app.tasks[SWEEP], "apply_async"):
        case = _admin_case(world, actor, method, path, variant)
        client = admin_client(actor)
        for url in case.urls:
            before = case.state()
            response = client.get(url) if method == "GET" else client.post(url, case.data)
            assert response.status_code == status, (role, method, url, response.content[:300])
            if method == "GET":
                continue
            assert effect or status == 403, "a write that answers other than 403 says applied or ignored"
            if effect == "applied":
                assert case.applied(), (role, url, "not applied")
            else:
                assert case.state() == before, (role, url, "a refused or ignored change reached the database")
            if case.saved is not None:
                assert case.saved() == (status == 302), (role, url, "the rest of the form")


def test_every_row_of_the_admin_table_is_read_and_the_privileged_pages_have_rows():
    rows = [line for line in _sections()[1].splitlines() if line.startswith("| `")]
    assert len(rows) == len(ADMIN_ROWS), "a row of the admin table the test cannot read"
    paths = {path for _method, path, _variant, _cells in ADMIN_ROWS}
    assert {
        "/admin/accounts/user/{member}/change/",
        "/admin/accounts/user/{member}/password/",
        "/admin/accounts/user/{superuser}/change/",
        "/admin/auth/group/",
        "/admin/{token}/",
        "/admin/django_celery_beat/periodictask/",
    } <= paths

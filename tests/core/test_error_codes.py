"""Each product rule that refuses a request answers its own stable code (docs/api.md lists each with its status);
plain field validation stays `invalid`; something that is not yours is a 404."""

import importlib
import io
import re
from pathlib import Path

import pytest
from django.apps import apps

from accounts.models import DepartmentMembership, MembershipRole
from core.errors import DomainError, NotFoundError
from launches.models import Dependency, Launch, Workstream
from notifications.models import Notification, NotificationKind
from notifications.services import notification_mark_read
from playbooks.models import Playbook
from playbooks.services import playbook_create
from tests.factories import LaunchFactory, TaskFactory, UserFactory, WorkstreamFactory
from webhooks.models import Webhook

pytestmark = pytest.mark.django_db

API_DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def _refused(response, status: int, code: str, field: str | None = None) -> dict:
    assert response.status_code == status, (response.status_code, response.content[:400])
    body = response.json()
    assert body["code"] == code, body
    if field is not None:
        assert field in body["extra"]["fields"], body
    return body


def _domain_errors() -> set[type[DomainError]]:
    for app in apps.get_app_configs():
        try:
            importlib.import_module(f"{app.name}.errors")
        except ModuleNotFoundError as error:
            if error.name != f"{app.name}.errors":
                raise
    found, todo = set(), [DomainError]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.add(sub)
            todo.append(sub)
    return found | {DomainError}


def _documented() -> dict[str, int]:
    """code -> status, from the table of docs/api.md's Errors section."""
    section = API_DOC.read_text().split("## Errors", 1)[1]
    table = {}
    for line in section.splitlines():
        match = re.match(r"\|\s*(\d{3})\s*\|(.*?)\|", line)
        if match:
            for code in re.findall(r"`([a-z_]+)`", match.group(2)):
                table[code] = int(match.group(1))
    return table


def test_every_domain_error_code_is_documented_with_its_status():
    documented = _documented()
    errors = _domain_errors()
    assert len(errors) >= 15
    for error in errors:
        assert documented.get(error.code) == error.status_code, (error.__name__, error.code, error.status_code)


def test_domain_errors_live_in_an_apps_errors_module_with_a_one_line_docstring():
    for error in _domain_errors():
        assert error.__module__.endswith("errors"), error
        assert error.__doc__ and "\n" not in error.__doc__.strip(), error


def test_codes_name_one_rule_each():
    rules = [error for error in _domain_errors() if error.code not in ("invalid",)]
    codes = [error.code for error in rules]
    assert len(codes) == len(set(codes)), sorted(codes)


def test_a_lifecycle_step_the_launch_does_not_allow_is_transition_not_allowed(world, client_for):
    response = client_for(world.office).post(
        f"/api/v1/launches/{world.launch.pk}/transition/", {"status": "closed"}, format="json"
    )

    body = _refused(response, 400, "transition_not_allowed", "status")
    assert "cannot become closed" in body["message"]
    assert Launch.objects.get(pk=world.launch.pk).status == world.launch.status


def test_a_second_link_between_the_same_tasks_is_dependency_exists(world, client_for):
    other = TaskFactory(workstream=world.marketing_ws)
    body = {"predecessor": world.marketing_task.pk, "successor": other.pk}
    client = client_for(world.office)
    assert client.post("/api/v1/dependencies/", body, format="json").status_code == 201

    _refused(client.post("/api/v1/dependencies/", body, format="json"), 400, "dependency_exists", "predecessor")
    assert Dependency.objects.count() == 1


def test_a_task_depending_on_itself_is_self_dependency(world, client_for):
    task = world.marketing_task
    body = {"predecessor": task.pk, "successor": task.pk}

    _refused(client_for(world.office).post("/api/v1/dependencies/", body, format="json"), 400, "self_dependency")
    assert not Dependency.objects.exists()


def test_a_link_to_a_task_of_another_launch_is_other_launch(world, client_for):
    foreign = TaskFactory(workstream=WorkstreamFactory(launch=LaunchFactory(), department=world.marketing))
    body = {"predecessor": foreign.pk, "successor": world.marketing_task.pk}

    _refused(client_for(world.office).post("/api/v1/dependencies/", body, format="json"), 400, "other_launch")
    assert not Dependency.objects.exists()


def test_a_second_workstream_of_a_department_is_workstream_exists(world, client_for):
    count = Workstream.objects.count()
    body = {"launch": world.launch.pk, "department": world.marketing.pk}

    _refused(
        client_for(world.office).post("/api/v1/workstreams/", body, format="json"),
        400,
        "workstream_exists",
        "department",
    )
    assert Workstream.objects.count() == count


def test_a_department_name_taken_is_department_exists(world, client_for):
    count = apps.get_model("accounts.Department").objects.count()
    body = {"name": world.marketing.name.upper(), "slug": "another-slug"}

    _refused(
        client_for(world.office).post("/api/v1/departments/", body, format="json"), 400, "department_exists", "name"
    )
    assert apps.get_model("accounts.Department").objects.count() == count


def test_membership_rules_have_their_codes(world, client_for):
    client = client_for(world.office)
    before = list(DepartmentMembership.objects.order_by("pk").values())
    body = {"department": world.marketing.pk, "user": world.marketing_member.pk, "role": MembershipRole.MEMBER}
    _refused(client.post("/api/v1/department-memberships/", body, format="json"), 400, "already_member", "user")

    newcomer = UserFactory()
    body = {"department": world.marketing.pk, "user": newcomer.pk, "role": MembershipRole.LEAD}
    _refused(client.post("/api/v1/department-memberships/", body, format="json"), 400, "department_has_lead", "role")
    assert list(DepartmentMembership.objects.order_by("pk").values()) == before


def test_a_playbook_name_taken_is_playbook_exists(world):
    playbook_create(actor=world.office, launch=world.launch, name="Our way")

    with pytest.raises(DomainError) as refused:
        playbook_create(actor=world.office, launch=world.launch, name="Our way")

    assert refused.value.code == "playbook_exists" and refused.value.extra["fields"]["name"]
    assert Playbook.objects.count() == 1


def test_a_private_webhook_address_is_url_refused(world, client_for):
    body = {"url": "http://127.0.0.1:8000/hook", "events": ["gate.decided"]}

    _refused(client_for(world.office).post("/api/v1/webhooks/", body, format="json"), 400, "url_refused", "url")
    assert not Webhook.objects.exists()


def test_an_import_with_bad_rows_is_import_rows_invalid(world, client_for):
    file = io.BytesIO(b"source,text\nsurvey,fine\nnowhere,bad source\n")
    file.name = "feedback.csv"

    response = client_for(world.office).post(
        "/api/v1/feedback-items/import/", {"launch": world.launch.pk, "file": file}, format="multipart"
    )

    body = _refused(response, 400, "import_rows_invalid")
    assert body["extra"]["rows"]
    assert not apps.get_model("feedback.FeedbackItem").objects.exists()


def test_a_field_that_breaks_a_plain_rule_stays_invalid(world, client_for):
    body = {"workstream": world.marketing_ws.pk, "title": "T", "schedule_mode": "fixed"}

    _refused(client_for(world.office).post("/api/v1/tasks/", body, format="json"), 400, "invalid", "start_date")


def test_marking_someone_elses_notification_read_is_not_found(world):
    notice = Notification.objects.create(
        recipient=world.pr_member, kind=NotificationKind.GATE_DECIDED, title="Mine", dedupe_key="k"
    )

    with pytest.raises(NotFoundError) as refused:
        notification_mark_read(user=world.marketing_member, notification=notice)

    assert refused.value.status_code == 404 and refused.value.code == "not_found"
    notice.refresh_from_db()
    assert notice.read_at is None

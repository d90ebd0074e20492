"""Every answer matches the published OpenAPI schema, for objects in every state the schema describes: an empty
relation is `null` only where the schema says nullable, and a write answers the same fields as a read.

Deterministic companions of tests/test_api_fuzz.py: each reads one object of tests/schema_world.py through the
WSGI app and validates the answer with schemathesis against the schema drf-spectacular publishes.
"""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from accounts.models import DepartmentMembership, MembershipRole
from tests.schema_world import api_token, schema_world_build, wsgi_keeps_test_connection

SCHEMA = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("_keep_test_connection")]


@pytest.fixture
def _keep_test_connection():
    with wsgi_keeps_test_connection():
        yield


@pytest.fixture
def schema_world(world):
    return schema_world_build(world)


def _call(user, method: str, path: str, *, path_parameters=None, query=None, body=None, headers=None):
    """Calls one operation as `user` and validates the answer against the schema; returns the answer."""
    operation = SCHEMA[path][method]
    kwargs = {"path_parameters": path_parameters or {}, "query": query}
    if body is not None:
        kwargs["body"] = body
        kwargs["media_type"] = "application/json"
    case = operation.Case(**kwargs)
    # The WSGI client does not decompress: ask for the plain body (compression: tests/core/test_compression.py).
    headers = {"Authorization": f"Token {api_token(user)}", "Accept-Encoding": "identity", **(headers or {})}
    response = case.call(headers=headers)
    case.validate_response(response, checks=CHECKS)
    return response


def test_task_without_assignee_matches_the_schema(world, schema_world):
    response = _call(
        world.office, "GET", "/api/v1/tasks/{id}/", path_parameters={"id": schema_world.unassigned_task.pk}
    )
    assert response.status_code == 200
    assert response.json()["assignee_detail"] is None


def test_workstream_without_lead_matches_the_schema(world, schema_world):
    response = _call(
        world.office, "GET", "/api/v1/workstreams/{id}/", path_parameters={"id": schema_world.leadless_workstream.pk}
    )
    assert response.status_code == 200
    assert response.json()["lead_detail"] is None


def test_office_gate_decision_without_department_matches_the_schema(world, schema_world):
    response = _call(
        world.office, "GET", "/api/v1/gate-decisions/{id}/", path_parameters={"id": schema_world.office_decision.pk}
    )
    assert response.status_code == 200
    assert response.json()["department"] is None
    assert response.json()["department_name"] is None


def test_audit_event_without_department_matches_the_schema(world, schema_world):
    response = _call(
        world.office,
        "GET",
        "/api/v1/launches/{launch_id}/activity/",
        path_parameters={"launch_id": world.launch.pk},
        query={"page_size": 100},
    )
    assert response.status_code == 200
    events = {event["id"]: event for event in response.json()["results"]}
    assert events[schema_world.office_audit_event.pk]["department_name"] is None


@pytest.mark.parametrize(
    ("path", "attribute"),
    [("/api/v1/feedback-items/{id}/", "taskless_feedback"), ("/api/v1/kb-articles/{id}/", "taskless_article")],
)
def test_patch_answers_what_a_get_answers(world, schema_world, path, attribute):
    """A PATCH of an item without a task answers every field a GET does (task_title: null included)."""
    item = getattr(schema_world, attribute)
    field = "text" if attribute == "taskless_feedback" else "title"
    patched = _call(world.office, "PATCH", path, path_parameters={"id": item.pk}, body={field: "Reworded"})
    assert patched.status_code == 200
    read = _call(world.office, "GET", path, path_parameters={"id": item.pk})
    assert patched.json() == read.json()
    assert read.json()["task_title"] is None
    assert read.json()[field] == "Reworded"
    assert patched.headers["etag"] == read.headers["etag"]


def _get_operations():
    return [op for op in (result.ok() for result in SCHEMA.get_all_operations()) if op.method.upper() == "GET"]


@pytest.mark.parametrize("role", ["office", "marketing_member"])
def test_every_read_of_every_object_matches_the_schema(world, schema_world, role):
    """Every list, and every object each list shows to this role, read one by one: all match the schema."""
    user = getattr(world, role)
    operations = _get_operations()
    read: set[str] = set()
    for operation in operations:
        if "{" in operation.path:
            continue
        listed = _call(
            user,
            "GET",
            operation.path,
            query={"launch": world.launch.pk}
            if operation.path.endswith(("/summary/", "/communication-board/"))
            else {"person": world.marketing_member.pk, "task": world.marketing_task.pk}
            if operation.path.endswith("/workload/preview/")
            else None,
        )
        # 204: GET auth/session/ with a token; 403: an office-only list (webhooks) read by someone else.
        assert listed.status_code in ((200, 204) if role == "office" else (200, 204, 403)), operation.path
        body = listed.json() if listed.status_code == 200 else None
        items = (
            body["results"] if isinstance(body, dict) and "results" in body else body if isinstance(body, list) else []
        )
        detail = f"{operation.path}{{id}}/"
        if "get" in SCHEMA.raw_schema["paths"].get(detail, {}):
            for item in items:
                assert _call(user, "GET", detail, path_parameters={"id": item["id"]}).status_code == 200, detail
                read.add(operation.path)
    for path in ("/api/v1/launches/{id}/timeline/", "/api/v1/launches/{id}/readiness/"):
        assert _call(user, "GET", path, path_parameters={"id": world.launch.pk}).status_code == 200
    # The world's objects were read one by one, not only empty lists.
    resources = {"tasks", "workstreams", "gate-decisions", "feedback-items", "kb-articles", "communications"}
    assert {f"/api/v1/{name}/" for name in resources} <= read


def test_membership_created_without_a_role_is_a_member(world, schema_world):
    """The schema makes `role` optional (the model's default): leaving it out makes a member, not a 500."""
    response = _call(
        world.office,
        "POST",
        "/api/v1/department-memberships/",
        body={"department": world.pr.pk, "user": world.viewer.pk},
    )
    assert response.status_code == 201
    assert response.json()["role"] == MembershipRole.MEMBER
    membership = DepartmentMembership.objects.get(department=world.pr, user=world.viewer)
    assert membership.role == MembershipRole.MEMBER

"""Strict input: a body field the endpoint does not accept (unknown, or read-only) is a 400 naming it; nothing is
silently dropped, and the OpenAPI schema says so (additionalProperties: false on every request body)."""

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile

from audit.models import AuditEvent
from launches.models import Dependency, Launch
from tests.factories import TaskFactory
from tests.schema_world import schema_world_build
from tests.test_api_fuzz import MODEL_OF_RESOURCE

pytestmark = pytest.mark.django_db

NOT_ACCEPTED = "This field is not accepted here."
UNKNOWN = "zz_not_a_field"


def _component(schema, ref: str) -> dict:
    return schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]


def _request_operations(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if method in ("post", "put", "patch") and "requestBody" in operation:
                yield path, method, operation


def test_dependency_with_a_field_the_api_does_not_take_is_refused_not_stored_as_finish_to_start(world, client_for):
    # The link type is "type" (tests/launches/test_link_types.py); a client guessing "link" is told, not ignored.
    other = TaskFactory(workstream=world.marketing_ws)
    body = {"predecessor": world.marketing_task.pk, "successor": other.pk, "link": "start_to_start"}

    response = client_for(world.office).post("/api/v1/dependencies/", body, format="json")

    assert response.status_code == 400, response.json()
    assert response.json()["code"] == "invalid"
    assert response.json()["extra"]["fields"] == {"link": [NOT_ACCEPTED]}
    assert not Dependency.objects.exists()


def test_launch_patch_with_an_invented_field_is_refused_and_changes_nothing(world, client_for):
    before = Launch.objects.values().get(pk=world.launch.pk)
    audit_before = AuditEvent.objects.count()

    response = client_for(world.office).patch(
        f"/api/v1/launches/{world.launch.pk}/", {"name": "Renamed", "priority": "high"}, format="json"
    )

    assert response.status_code == 400, response.json()
    assert response.json()["extra"]["fields"] == {"priority": [NOT_ACCEPTED]}
    assert "priority" in response.json()["message"]
    assert Launch.objects.values().get(pk=world.launch.pk) == before
    assert AuditEvent.objects.count() == audit_before


def test_read_only_field_in_a_body_is_refused_naming_it(world, client_for):
    task = world.marketing_task
    response = client_for(world.office).patch(
        f"/api/v1/tasks/{task.pk}/", {"title": "New title", "planned_start": "2030-01-01"}, format="json"
    )

    assert response.status_code == 400, response.json()
    assert response.json()["extra"]["fields"] == {"planned_start": [NOT_ACCEPTED]}
    task.refresh_from_db()
    assert task.title != "New title"


def test_unknown_field_is_named_next_to_the_other_problems(world, client_for):
    response = client_for(world.office).post("/api/v1/launches/", {UNKNOWN: 1}, format="json")

    assert response.status_code == 400
    fields = response.json()["extra"]["fields"]
    assert fields[UNKNOWN] == [NOT_ACCEPTED]
    assert "name" in fields  # the missing required field is still reported


def test_multipart_import_refuses_an_unknown_form_field(world, client_for):
    upload = SimpleUploadedFile("feedback.csv", b"title,text\nA,B\n", content_type="text/csv")

    response = client_for(world.office).post(
        "/api/v1/feedback-items/import/",
        {"launch": world.launch.pk, "file": upload, UNKNOWN: "x"},
        format="multipart",
    )

    assert response.status_code == 400, response.json()
    assert response.json()["extra"]["fields"] == {UNKNOWN: [NOT_ACCEPTED]}
    assert not apps.get_model("feedback.FeedbackItem").objects.exists()


def test_body_less_action_refuses_a_body_field(world, client_for):
    communication = schema_world_build(world).communication
    status = communication.status

    response = client_for(world.office).post(
        f"/api/v1/communications/{communication.pk}/withdraw/", {"reason": "x"}, format="json"
    )

    assert response.status_code == 400, response.json()
    assert response.json()["extra"]["fields"] == {"reason": [NOT_ACCEPTED]}
    communication.refresh_from_db()
    assert communication.status == status


def test_every_write_operation_refuses_an_unknown_and_a_read_only_field(world, client_for, schema):
    """Each operation with a request body, as the office on a real object: the unknown field and a field its
    answer has but its request does not (read-only there) are both named."""
    schema_world_build(world)
    client = client_for(world.office)
    checked = []
    for path, method, operation in _request_operations(schema):
        resource = path.removeprefix("/api/v1/").split("/")[0]
        if "{id}" in path:
            path = path.replace("{id}", str(apps.get_model(MODEL_OF_RESOURCE[resource]).objects.first().pk))
        path = path.replace("{kind}", "blog")
        content = operation["requestBody"]["content"]
        request_props = set(_component(schema, next(iter(content.values()))["schema"]["$ref"]).get("properties", {}))
        body = {UNKNOWN: "1"}
        answer = next(
            (r for code, r in operation["responses"].items() if code.startswith("2") and "content" in r), None
        )
        answer_ref = answer and answer["content"].get("application/json", {}).get("schema", {}).get("$ref")
        read_only = (
            sorted(set(_component(schema, answer_ref).get("properties", {})) - request_props) if answer_ref else []
        )
        if read_only:
            body[read_only[0]] = "1"
        audit_before = AuditEvent.objects.count()
        if "application/json" in content:
            response = getattr(client, method)(path, body, format="json")
        else:
            response = getattr(client, method)(path, body, format="multipart")
        label = f"{method.upper()} {path}"
        assert response.status_code == 400, (label, response.status_code, response.content[:300])
        fields = response.json()["extra"]["fields"]
        for name in body:
            assert fields.get(name) == [NOT_ACCEPTED], (label, name, fields)
        assert AuditEvent.objects.count() == audit_before, label
        checked.append(label)
    assert len(checked) >= 40


def test_schema_request_bodies_allow_no_other_properties(schema):
    """Every component a request body names (and the components nested in it) says additionalProperties: false;
    answers stay open so that adding a field to an answer is not a breaking change."""
    seen: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if ref and ref not in seen:
                seen.add(ref)
                walk(_component(schema, ref))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for _path, _method, operation in _request_operations(schema):
        walk(operation["requestBody"])
    objects = {ref: _component(schema, ref) for ref in seen if _component(schema, ref).get("type") == "object"}
    assert len(objects) >= 30
    for ref, component in objects.items():
        assert component.get("additionalProperties") is False, ref
    assert "additionalProperties" not in schema["components"]["schemas"]["Launch"]

"""The OpenAPI schema lists every resource, types every field and documents the error responses."""

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

RESOURCES = [
    "me",
    "users",
    "departments",
    "department-memberships",
    "launches",
    "workstreams",
    "tasks",
    "dependencies",
    "milestones",
    "task-comments",
]


def test_schema_lists_every_resource(schema):
    paths = schema["paths"]
    for resource in RESOURCES:
        assert f"/api/v1/{resource}/" in paths, resource


def test_schema_validates_without_warnings(tmp_path):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))
    assert (tmp_path / "schema.yaml").stat().st_size > 10_000


def test_every_operation_documents_its_errors_in_the_error_shape(schema):
    error_ref = "#/components/schemas/Error"
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            responses = operation["responses"]
            expected = {"401", "403"}
            if "{" in path:
                expected.add("404")
            if method in {"post", "put", "patch"}:
                expected.add("400")
            for code in expected:
                assert code in responses, f"{method.upper()} {path} lacks {code}"
                content = responses[code]["content"]["application/json"]["schema"]
                assert content == {"$ref": error_ref}, f"{method.upper()} {path} {code}"


def test_every_schema_property_has_a_type(schema):
    for name, component in schema["components"]["schemas"].items():
        for prop, spec in component.get("properties", {}).items():
            assert spec.get("type") or "$ref" in spec or "allOf" in spec or "oneOf" in spec, f"{name}.{prop}"

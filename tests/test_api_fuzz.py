"""Schemathesis fuzzes every operation of the OpenAPI schema as the office: no 5xx, and every response
(status, content type, body) matches what the schema documents. Bounded to a few examples per operation.

The operations are parametrized by hand (schemathesis' own pytest plugin does not run on pytest 9 yet), each
driven by hypothesis with the strategy schemathesis builds from the schema.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
SCHEMA = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


@pytest.fixture
def _keep_test_connection():
    """As Django's test client does: a request through the WSGI app must not close the connection that holds
    the test's transaction (with CONN_MAX_AGE=0, PostgreSQL would lose it after the first request)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@pytest.mark.usefixtures("_keep_test_connection")
@pytest.mark.parametrize("operation", OPERATIONS, ids=[f"{op.method.upper()} {op.path}" for op in OPERATIONS])
def test_api_conforms_to_its_schema_under_fuzzing(world, operation):
    token = Token.objects.create(user=world.office).key

    @given(case=operation.as_strategy())
    @settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck), database=None)
    def fuzz(case):
        case.call_and_validate(headers={"Authorization": f"Token {token}"}, checks=CHECKS)

    fuzz()

"""Schemathesis fuzzes every operation of the OpenAPI schema as the office and as a member, over a world with an
object in every state the schema describes (tests/schema_world.py): no 5xx, and every response (status, content
type, body) matches what the schema documents. Bounded to a few examples per operation, derandomized.

The operations are parametrized by hand (schemathesis' own pytest plugin does not run on pytest 9 yet), each
driven by hypothesis with the strategy schemathesis builds from the schema.
"""

import pytest
import schemathesis
from django.apps import apps
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.schema_world import api_token, schema_world_build, wsgi_keeps_test_connection

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
SCHEMA = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]
# Enough for each operation to meet the world's objects and keep the file around two minutes on two cores.
MAX_EXAMPLES = 12

# Random ids almost never name an object of the world: most cases name a real one instead (path parameters and
# the id fields of a JSON body), so reads and writes reach the serializers and services, not only the 404s.
MODEL_OF_RESOURCE = {
    "baselines": "launches.Baseline",
    "calendar-feeds": "calendars.CalendarFeed",
    "communications": "communications.Communication",
    "cross-launch-dependencies": "launches.CrossLaunchDependency",
    "department-memberships": "accounts.DepartmentMembership",
    "departments": "accounts.Department",
    "dependencies": "launches.Dependency",
    "feedback-items": "feedback.FeedbackItem",
    "gate-decisions": "gates.GateDecision",
    "gates": "gates.Gate",
    "hints": "communications.Communication",
    "briefings": "communications.Briefing",
    "kb-articles": "deliverables.KnowledgeBaseArticle",
    "launches": "launches.Launch",
    "milestones": "launches.Milestone",
    "notifications": "notifications.Notification",
    "playbooks": "playbooks.Playbook",
    "recruitment-roles": "deliverables.RecruitmentRole",
    "task-comments": "launches.TaskComment",
    "tasks": "launches.Task",
    "users": "accounts.User",
    "webhook-deliveries": "webhooks.WebhookDelivery",
    "webhooks": "webhooks.Webhook",
    "workstreams": "launches.Workstream",
}
MODEL_OF_FIELD = {
    "launch": "launches.Launch",
    "launch_id": "launches.Launch",
    "workstream": "launches.Workstream",
    "task": "launches.Task",
    "predecessor": "launches.Task",
    "successor": "launches.Task",
    "department": "accounts.Department",
    "gate": "gates.Gate",
    "predecessor_gate": "gates.Gate",
    "predecessor_milestone": "launches.Milestone",
    "successor_milestone": "launches.Milestone",
    "embargo_gate": "gates.Gate",
    "duplicate_of": "feedback.FeedbackItem",
    "assignee": "accounts.User",
    "lead": "accounts.User",
    "owner": "accounts.User",
    "reviewer": "accounts.User",
    "user": "accounts.User",
}


def _ids(label: str) -> list[int]:
    return list(apps.get_model(label).objects.order_by("pk").values_list("pk", flat=True))


def _steered(operation):
    """The operation's cases, with most ids replaced by ids of the world (and If-Match dropped from most
    writes, which would otherwise answer 412 before reaching the service)."""
    resource = operation.path.removeprefix("/api/v1/").split("/")[0]
    real = {"id": _ids(MODEL_OF_RESOURCE[resource])} if resource in MODEL_OF_RESOURCE else {}
    real |= {field: _ids(label) for field, label in MODEL_OF_FIELD.items()}
    real = {field: ids for field, ids in real.items() if ids}

    def steer(case, picks, keep_if_match):
        for name in list(case.path_parameters or {}):
            if picks.get(name) is not None:
                case.path_parameters[name] = str(picks[name])
        if isinstance(case.body, dict):
            for name, value in case.body.items():
                if picks.get(name) is not None and isinstance(value, int) and not isinstance(value, bool):
                    case.body[name] = picks[name]
        if case.headers and not keep_if_match:
            case.headers.pop("If-Match", None)
        return case

    # Three times in four a real id; otherwise the generated one (often a 404 or a 400, which must conform too).
    picks = st.fixed_dictionaries(
        {
            name: st.tuples(st.integers(0, 3), st.sampled_from(ids)).map(lambda pick: pick[1] if pick[0] else None)
            for name, ids in real.items()
        }
    )
    return st.builds(steer, operation.as_strategy(), picks, st.integers(0, 3).map(lambda n: n == 0))


@pytest.fixture
def _keep_test_connection():
    with wsgi_keeps_test_connection():
        yield


@pytest.mark.django_db
@pytest.mark.usefixtures("_keep_test_connection")
@pytest.mark.parametrize("role", ["office", "marketing_member"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=[f"{op.method.upper()} {op.path}" for op in OPERATIONS])
def test_api_conforms_to_its_schema_under_fuzzing(world, operation, role):
    schema_world_build(world)
    token = api_token(getattr(world, role))

    @given(case=_steered(operation))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def fuzz(case):
        # The WSGI client does not decompress: ask for the plain body.
        headers = {"Authorization": f"Token {token}", "Accept-Encoding": "identity"}
        case.call_and_validate(headers=headers, checks=CHECKS)

    fuzz()

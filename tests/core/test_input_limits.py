"""Limits: every free-text field has a documented maximum (400 naming the field), request bodies are capped
(413 in the error shape), the timeline carries bounded notes per lane, and every API URL answers JSON errors."""

import io

import pytest
from django.apps import apps
from django.db import models
from django.forms import modelform_factory

from feedback.models import FeedbackItem
from launches.models import Launch, Workstream
from tests.launches.test_api import assert_invalid, db_state

pytestmark = pytest.mark.django_db

# The limits docs/api.md ("Limits") promises.
DESCRIPTION_MAX_LENGTH = 10_000
COMMENT_MAX_LENGTH = 5_000
BODY_MAX_LENGTH = 20_000
MAX_JSON_BODY_BYTES = 1024 * 1024
MAX_UPLOAD_BODY_BYTES = 21 * 1024 * 1024
TIMELINE_NOTES_MAX_LENGTH = 500

# Text written by people (not by the system) through the API or the admin.
FREE_TEXT_FIELDS = {
    ("accounts", "Department", "description"): DESCRIPTION_MAX_LENGTH,
    ("launches", "Launch", "description"): DESCRIPTION_MAX_LENGTH,
    ("launches", "Workstream", "notes"): DESCRIPTION_MAX_LENGTH,
    ("playbooks", "PlaybookCommunication", "body"): BODY_MAX_LENGTH,
    ("launches", "Task", "description"): DESCRIPTION_MAX_LENGTH,
    ("launches", "Milestone", "description"): DESCRIPTION_MAX_LENGTH,
    ("launches", "TaskComment", "body"): COMMENT_MAX_LENGTH,
    ("gates", "Gate", "description"): DESCRIPTION_MAX_LENGTH,
    ("gates", "GateDecision", "comment"): COMMENT_MAX_LENGTH,
    ("communications", "Communication", "body"): BODY_MAX_LENGTH,
    ("communications", "CommunicationDecision", "comment"): COMMENT_MAX_LENGTH,
    ("playbooks", "Playbook", "description"): DESCRIPTION_MAX_LENGTH,
    ("playbooks", "PlaybookTask", "description"): DESCRIPTION_MAX_LENGTH,
    ("playbooks", "PlaybookMilestone", "description"): DESCRIPTION_MAX_LENGTH,
    ("playbooks", "PlaybookGate", "description"): DESCRIPTION_MAX_LENGTH,
}


@pytest.fixture
def office(world, client_for):
    client = client_for(world.office)
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize(("key", "limit"), FREE_TEXT_FIELDS.items(), ids=[".".join(key) for key in FREE_TEXT_FIELDS])
def test_every_free_text_field_has_its_documented_maximum(key, limit):
    app_label, model_name, field_name = key
    field = apps.get_model(app_label, model_name)._meta.get_field(field_name)
    assert isinstance(field, models.TextField)
    assert field.max_length == limit


@pytest.mark.parametrize(("key", "limit"), FREE_TEXT_FIELDS.items(), ids=[".".join(key) for key in FREE_TEXT_FIELDS])
def test_admin_forms_refuse_text_over_the_maximum(key, limit):
    # The admin builds its forms from the model: the model field's maximum is what it enforces.
    app_label, model_name, field_name = key
    form_class = modelform_factory(apps.get_model(app_label, model_name), fields=[field_name])
    form = form_class(data={field_name: "x" * (limit + 1)})
    assert not form.is_valid()
    assert field_name in form.errors


def test_task_description_over_the_maximum_is_refused_naming_the_field(world, office):
    before = db_state()
    body = {
        "workstream": world.marketing_ws.pk,
        "title": "Teaser",
        "offset_days": -3,
        "description": "x" * (DESCRIPTION_MAX_LENGTH + 1),
    }
    assert_invalid(office.post("/api/v1/tasks/", body), "description")
    assert db_state() == before
    # At the maximum it is accepted.
    body["description"] = "x" * DESCRIPTION_MAX_LENGTH
    assert office.post("/api/v1/tasks/", body).status_code == 201


def test_member_comment_over_the_maximum_is_refused(world, client_for):
    client = client_for(world.marketing_member)
    before = db_state()
    response = client.post(
        "/api/v1/task-comments/", {"task": world.marketing_task.pk, "body": "y" * (COMMENT_MAX_LENGTH + 1)}
    )
    assert_invalid(response, "body")
    assert db_state() == before


def test_lead_workstream_notes_over_the_maximum_are_refused(world, client_for):
    client = client_for(world.marketing_lead)
    before = db_state()
    response = client.patch(
        f"/api/v1/workstreams/{world.marketing_ws.pk}/", {"notes": "n" * (DESCRIPTION_MAX_LENGTH + 1)}
    )
    assert_invalid(response, "notes")
    assert db_state() == before


def test_launch_from_a_playbook_refuses_a_description_over_the_maximum(world, office):
    response = office.post(
        "/api/v1/playbooks/", {"name": "Standard", "description": "Ours", "from_launch": world.launch.pk}
    )
    assert response.status_code == 201, response.content
    data = {
        "name": "Nova",
        "t_zero": "2028-06-01T07:00:00Z",
        "time_zone": "UTC",
        "description": "d" * (DESCRIPTION_MAX_LENGTH + 1),
    }
    assert_invalid(office.post(f"/api/v1/playbooks/{response.json()['id']}/instantiate/", data), "description")
    assert Launch.objects.count() == 1


def _assert_too_large(response, limit: int) -> None:
    assert response.status_code == 413, (response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"code", "message", "extra"}
    assert body["code"] == "payload_too_large"
    assert body["extra"] == {"max_bytes": limit}


def test_json_body_over_the_cap_is_answered_413_in_the_error_shape(world, office):
    before = db_state()
    body = {
        "workstream": world.marketing_ws.pk,
        "title": "Big",
        "offset_days": -3,
        "description": "x" * (MAX_JSON_BODY_BYTES + 1),
    }
    _assert_too_large(office.post("/api/v1/tasks/", body), MAX_JSON_BODY_BYTES)
    _assert_too_large(office.patch(f"/api/v1/tasks/{world.marketing_task.pk}/", body), MAX_JSON_BODY_BYTES)
    assert db_state() == before


def test_form_encoded_body_over_the_cap_is_answered_413(world, office):
    response = office.post(
        "/api/v1/task-comments/",
        f"task={world.marketing_task.pk}&body={'x' * (MAX_JSON_BODY_BYTES + 1)}",
        content_type="application/x-www-form-urlencoded",
    )
    _assert_too_large(response, MAX_JSON_BODY_BYTES)
    assert not world.marketing_task.comments.exists()


def test_upload_over_its_cap_is_answered_413_and_imports_nothing(world, office):
    file = io.BytesIO(b"source,text\n" + b"survey,hello\n" * (MAX_UPLOAD_BODY_BYTES // 13 + 1))
    file.name = "feedback.csv"
    response = office.post(
        "/api/v1/feedback-items/import/", {"launch": world.launch.pk, "file": file}, format="multipart"
    )
    _assert_too_large(response, MAX_UPLOAD_BODY_BYTES)
    assert not FeedbackItem.objects.exists()


def test_multipart_form_fields_over_the_json_cap_are_answered_413(world, office):
    # Multipart is allowed the upload cap, but its non-file fields together stay under the JSON cap.
    response = office.post(
        "/api/v1/task-comments/",
        {"task": world.marketing_task.pk, "body": "x" * (MAX_JSON_BODY_BYTES + 1)},
        format="multipart",
    )
    _assert_too_large(response, MAX_JSON_BODY_BYTES)
    assert not world.marketing_task.comments.exists()


def test_timeline_carries_bounded_notes_per_lane_and_the_workstream_keeps_them_whole(world, office):
    # Notes written before the limit existed (or straight into the database) are as long as they are.
    huge = "n" * 1_000_000
    Workstream.objects.filter(pk=world.marketing_ws.pk).update(notes=huge)
    Workstream.objects.filter(pk=world.pr_ws.pk).update(notes="Short note")
    response = office.get(f"/api/v1/launches/{world.launch.pk}/timeline/")
    assert response.status_code == 200
    assert len(response.content) < 100_000
    lanes = {lane["id"]: lane for lane in response.json()["lanes"]}
    marketing, pr = lanes[world.marketing_ws.pk], lanes[world.pr_ws.pk]
    assert marketing["notes"] == huge[:TIMELINE_NOTES_MAX_LENGTH]
    assert marketing["notes_truncated"] is True
    assert (pr["notes"], pr["notes_truncated"]) == ("Short note", False)
    assert office.get(f"/api/v1/workstreams/{world.marketing_ws.pk}/").json()["notes"] == huge


def _assert_json_not_found(response) -> None:
    assert response.status_code == 404, (response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"code", "message", "extra"}
    assert body["code"] == "not_found"


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/api/v1/no-such-resource/"),
        ("post", "/api/v1/no-such-resource/"),
        ("delete", "/api/v1/launches/not-a-number/"),
        ("get", "/api/v2/launches/"),
        ("get", "/api/"),
        ("options", "/api/v1/nothing/here/"),
    ],
)
@pytest.mark.parametrize("signed_in", [True, False], ids=["signed-in", "anonymous"])
def test_unknown_api_urls_answer_404_in_the_error_shape(world, client_for, method, url, signed_in):
    client = client_for(world.office if signed_in else None)
    before = db_state()
    _assert_json_not_found(getattr(client, method)(url))
    assert db_state() == before


def test_unknown_api_url_without_a_trailing_slash_is_redirected_then_answered_json(world, client_for):
    client = client_for(world.office)
    response = client.get("/api/v1/no-such-resource")
    assert response.status_code == 301
    assert response["Location"] == "/api/v1/no-such-resource/"
    _assert_json_not_found(client.get(response["Location"]))
    # A known resource without its slash is still redirected to it.
    response = client.get("/api/v1/launches")
    assert (response.status_code, response["Location"]) == (301, "/api/v1/launches/")


def test_ui_routes_are_still_the_single_page_app(client_for):
    response = client_for(None).get("/launches/3/timeline")
    assert response.status_code in (200, 503)  # 503: the frontend is not built in this checkout
    assert not response["Content-Type"].startswith("application/json")

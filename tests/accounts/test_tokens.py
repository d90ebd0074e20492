"""API tokens (scripts): stored hashed, expire, can be revoked, and signing out revokes the token that signs out."""

from datetime import datetime, timedelta

import pytest
from django.apps import apps
from django.db import models
from django.utils import timezone
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

SESSION_URL = "/api/v1/auth/session/"
TOKEN_URL = "/api/v1/auth/token/"


def _token(username: str = "pr.lead") -> dict:
    response = APIClient().post(TOKEN_URL, {"username": username, "password": "pw"}, format="json")
    assert response.status_code == 200, response.content
    return response.json()


def _client(token: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return client


def _me_status(token: str) -> int:
    return _client(token).get("/api/v1/me/").status_code


def _rows_holding(value: str) -> list[str]:
    """Every text column of every table that holds exactly this value."""
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            is_text = isinstance(field, models.CharField | models.TextField)
            if is_text and model._default_manager.filter(**{field.attname: value}).exists():
                found.append(f"{model._meta.label}.{field.name}")
    return found


def test_a_token_is_stored_only_as_a_digest(world):
    token = _token()["token"]
    assert _me_status(token) == 200
    assert _rows_holding(token) == []


def test_a_token_answers_with_its_expiry_and_stops_working_after_it(world, settings):
    before = timezone.now()
    body = _token()
    expiry = datetime.fromisoformat(body["expiry"].replace("Z", "+00:00"))
    ttl = settings.REST_KNOX["TOKEN_TTL"]
    assert before + ttl <= expiry <= timezone.now() + ttl
    assert _me_status(body["token"]) == 200

    from knox.models import AuthToken

    AuthToken.objects.filter(user=world.pr_lead).update(expiry=timezone.now() - timedelta(seconds=1))
    response = _client(body["token"]).get("/api/v1/me/")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"
    assert response["WWW-Authenticate"] == "Token"


def test_each_sign_in_gets_a_token_of_its_own(world):
    first, second = _token()["token"], _token()["token"]
    assert first != second
    assert _me_status(first) == _me_status(second) == 200


def test_delete_token_revokes_the_token_of_the_request_only(world):
    revoked, kept = _token()["token"], _token()["token"]
    response = _client(revoked).delete(TOKEN_URL)
    assert response.status_code == 204, response.content
    assert _me_status(revoked) == 401
    assert _me_status(kept) == 200
    # Revoking twice: the token no longer authenticates anything.
    assert _client(revoked).delete(TOKEN_URL).status_code == 401


def test_delete_token_without_a_token_is_401_and_revokes_nothing(world, client_for):
    token = _token()["token"]
    for client in (client_for(None), client_for(world.pr_lead)):
        response = client.delete(TOKEN_URL)
        assert response.status_code == 401, response.content
        assert response.json()["code"] == "not_authenticated"
        assert response["WWW-Authenticate"] == "Token"
    assert _me_status(token) == 200


def test_signing_out_with_a_token_revokes_that_token(world):
    token, other = _token()["token"], _token()["token"]
    response = _client(token).delete(SESSION_URL)
    assert response.status_code == 204, response.content
    assert _me_status(token) == 401
    assert _me_status(other) == 200


def test_signing_out_a_browser_session_leaves_the_users_tokens_working(world):
    token = _token()["token"]
    client = APIClient()
    assert client.post(SESSION_URL, {"username": "pr.lead", "password": "pw"}, format="json").status_code == 200
    assert client.delete(SESSION_URL).status_code == 204
    assert client.get("/api/v1/me/").status_code == 401
    assert _me_status(token) == 200


def test_a_token_of_a_deactivated_user_is_refused(world):
    token = _token()["token"]
    world.pr_lead.is_active = False
    world.pr_lead.save(update_fields=["is_active"])
    assert _me_status(token) == 401


def test_a_token_sign_in_is_recorded_as_the_users_last_sign_in(world):
    assert world.pr_lead.last_login is None
    _token()
    world.pr_lead.refresh_from_db()
    assert world.pr_lead.last_login is not None


def test_a_token_request_sets_no_session_cookie(world):
    response = APIClient().post(TOKEN_URL, {"username": "pr.lead", "password": "pw"}, format="json")
    assert response.status_code == 200
    assert "sessionid" not in response.cookies
    me = _client(response.json()["token"]).get("/api/v1/me/")
    assert "sessionid" not in me.cookies

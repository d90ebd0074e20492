"""Sign-in is throttled per account and per client address on every sign-in path (the API's session and token
endpoints, the browsable API's form and the admin's), in a count every worker shares, and X-Forwarded-For counts
only when it comes from configured proxies."""

import json
import os
import subprocess
import sys
from datetime import timedelta
from functools import cache
from pathlib import Path

import pytest
from django.core.cache import cache as django_cache
from django.utils import timezone
from rest_framework.test import APIClient

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

BACKEND = Path(__file__).resolve().parent.parent.parent / "backend"
SESSION_URL = "/api/v1/auth/session/"
TOKEN_URL = "/api/v1/auth/token/"
API_SIGN_IN_URLS = [SESSION_URL, TOKEN_URL]
# SIGN_IN_FAILURE_LIMIT's default: failed sign-ins answered as such, before every further attempt is refused.
LIMIT = 20


def _api_sign_in(client: APIClient, url: str, username: str, password: str, **headers):
    return client.post(url, {"username": username, "password": password}, format="json", **headers)


def _fail_limit_times(client: APIClient, url: str, *, usernames=None, addresses=None, **headers) -> None:
    """LIMIT failed sign-ins, each answered 400 as a wrong password."""
    for attempt in range(LIMIT):
        username = usernames[attempt] if usernames else "office"
        extra = {"REMOTE_ADDR": addresses[attempt]} if addresses else {}
        response = _api_sign_in(client, url, username, "wrong", **extra, **headers)
        assert response.status_code == 400, (attempt, response.content)


def _assert_refused(response) -> None:
    """A lockout answers 429 in the API's error shape, saying when to come back."""
    assert response.status_code == 429, response.content
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"code", "message", "extra"}, body
    assert body["code"] == "throttled"
    assert body["message"] == (
        "Too many failed sign-ins for this account or from this address: try again in 15 minutes."
    ), body
    assert response["Retry-After"] == str(15 * 60)
    assert "token" not in body


def _assert_not_signed_in(client: APIClient, user) -> None:
    """Nothing was granted: no session, no token, no recorded sign-in."""
    assert client.get("/api/v1/me/").status_code == 401
    user.refresh_from_db()
    assert user.last_login is None
    assert not user.auth_token_set.exists()


@pytest.mark.parametrize("url", API_SIGN_IN_URLS)
def test_an_account_is_locked_after_the_failure_limit_whatever_the_client_address(world, url):
    client = APIClient()
    _fail_limit_times(client, url, addresses=[f"198.51.100.{n}" for n in range(LIMIT)])
    # The right password, from yet another address, is refused too.
    response = _api_sign_in(client, url, "office", "pw", REMOTE_ADDR="198.51.100.200")
    _assert_refused(response)
    _assert_not_signed_in(client, world.office)


@pytest.mark.parametrize("url", API_SIGN_IN_URLS)
def test_a_client_address_is_locked_after_the_failure_limit_whatever_the_account(world, url):
    client = APIClient()
    _fail_limit_times(client, url, usernames=[f"guess{n}" for n in range(LIMIT)])
    response = _api_sign_in(client, url, "viewer", "pw")
    _assert_refused(response)
    _assert_not_signed_in(client, world.viewer)


@pytest.mark.parametrize("url", API_SIGN_IN_URLS)
def test_a_new_x_forwarded_for_on_each_try_does_not_reset_the_count(world, url):
    client = APIClient()
    for attempt in range(LIMIT):
        response = _api_sign_in(client, url, f"guess{attempt}", "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{attempt}")
        assert response.status_code == 400, response.content
    response = _api_sign_in(client, url, "viewer", "pw", HTTP_X_FORWARDED_FOR="203.0.113.250")
    _assert_refused(response)
    _assert_not_signed_in(client, world.viewer)


@pytest.mark.parametrize("url", API_SIGN_IN_URLS)
def test_a_valid_token_sent_alongside_does_not_skip_the_count(world, url):
    token = _api_sign_in(APIClient(), TOKEN_URL, "pr.lead", "pw").json()["token"]
    client = APIClient()
    auth = {"HTTP_AUTHORIZATION": f"Token {token}"}
    _fail_limit_times(client, url, **auth)
    _assert_refused(_api_sign_in(client, url, "office", "pw", **auth))
    _assert_not_signed_in(client, world.office)


@pytest.mark.parametrize("url", API_SIGN_IN_URLS)
def test_the_count_is_shared_by_every_worker_not_kept_in_one_process(world, url):
    client = APIClient()
    _fail_limit_times(client, url)
    # Another worker process has a local cache of its own: it starts empty.
    django_cache.clear()
    _assert_refused(_api_sign_in(client, url, "office", "pw"))

    from axes.models import AccessAttempt

    assert AccessAttempt.objects.filter(username="office").exists()


def test_a_locked_account_signs_in_again_once_the_lockout_has_passed(world, settings):
    client = APIClient()
    _fail_limit_times(client, SESSION_URL)
    _assert_refused(_api_sign_in(client, SESSION_URL, "office", "pw"))

    from axes.models import AccessAttempt

    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1))
    response = _api_sign_in(client, SESSION_URL, "office", "pw")
    assert response.status_code == 200, response.content
    assert client.get("/api/v1/me/").json()["username"] == "office"


def test_a_successful_sign_in_is_not_counted_as_a_failure(world):
    client = APIClient()
    for _ in range(LIMIT + 5):
        assert _api_sign_in(client, TOKEN_URL, "pr.lead", "pw").status_code == 200
    assert _api_sign_in(client, SESSION_URL, "pr.lead", "pw").status_code == 200


# The browsable API's form (/api-auth/login/) and the admin's (/admin/login/)


@pytest.fixture
def csbo(db):
    return UserFactory(username="csbo", is_staff=True, is_superuser=True, is_office=True)


@pytest.mark.parametrize("url", ["/api-auth/login/", "/admin/login/"])
def test_the_sign_in_forms_are_locked_after_the_failure_limit(client, csbo, url):
    for attempt in range(LIMIT - 1):
        response = client.post(url, {"username": "csbo", "password": "wrong"}, REMOTE_ADDR=f"198.51.100.{attempt}")
        assert response.status_code == 200, (attempt, response.status_code)  # the form again, with its error
    # The attempt that reaches the limit, and every one after it, right password included.
    assert client.post(url, {"username": "csbo", "password": "wrong"}).status_code == 429
    response = client.post(url, {"username": "csbo", "password": "pw"}, REMOTE_ADDR="198.51.100.200")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    csbo.refresh_from_db()
    assert csbo.last_login is None


def test_the_sign_in_forms_and_the_api_share_one_count(world, client):
    for attempt in range(LIMIT):
        url = "/admin/login/" if attempt % 2 else "/api-auth/login/"
        client.post(url, {"username": "office", "password": "wrong"}, REMOTE_ADDR=f"198.51.100.{attempt}")
    _assert_refused(_api_sign_in(APIClient(), TOKEN_URL, "office", "pw", REMOTE_ADDR="198.51.100.200"))


# Client addresses behind proxies: TRUSTED_PROXY_COUNT


@cache
def _axes_settings_for(trusted_proxy_count: int) -> dict:
    """The client-address settings that settings.py derives from TRUSTED_PROXY_COUNT."""
    code = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({name: getattr(s, name) for name in "
        "('AXES_IPWARE_META_PRECEDENCE_ORDER', 'AXES_IPWARE_PROXY_COUNT', 'IPWARE_STRICT')}))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "TRUSTED_PROXY_COUNT": str(trusted_proxy_count)}
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=BACKEND, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _behind_proxies(settings, trusted_proxy_count: int) -> None:
    for name, value in _axes_settings_for(trusted_proxy_count).items():
        setattr(settings, name, tuple(value) if isinstance(value, list) else value)


def test_without_trusted_proxies_the_socket_address_is_the_client(world, settings):
    _behind_proxies(settings, 0)
    assert settings.AXES_IPWARE_META_PRECEDENCE_ORDER == ("REMOTE_ADDR",)
    client = APIClient()
    for attempt in range(LIMIT):
        _api_sign_in(client, TOKEN_URL, f"guess{attempt}", "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{attempt}")
    _assert_refused(_api_sign_in(client, TOKEN_URL, "viewer", "pw", HTTP_X_FORWARDED_FOR="203.0.113.99"))


def test_behind_one_trusted_proxy_each_client_is_counted_by_the_address_the_proxy_saw(world, settings):
    _behind_proxies(settings, 1)
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    client = APIClient()
    # One client, whatever it puts in front of the address the proxy appends.
    for attempt in range(LIMIT):
        forwarded = f"203.0.113.{attempt}, 198.51.100.7"
        response = _api_sign_in(client, TOKEN_URL, f"guess{attempt}", "wrong", HTTP_X_FORWARDED_FOR=forwarded, **proxy)
        assert response.status_code == 400
    _assert_refused(_api_sign_in(client, TOKEN_URL, "viewer", "pw", HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy))
    # Another client behind the same proxy is not locked out.
    response = _api_sign_in(client, TOKEN_URL, "viewer", "pw", HTTP_X_FORWARDED_FOR="198.51.100.8", **proxy)
    assert response.status_code == 200, response.content


def test_behind_two_trusted_proxies_the_client_is_the_address_the_outer_proxy_saw(world, settings):
    _behind_proxies(settings, 2)
    inner_proxy = {"REMOTE_ADDR": "10.0.0.3"}
    client = APIClient()
    for attempt in range(LIMIT):
        forwarded = f"203.0.113.{attempt}, 198.51.100.7, 10.0.0.2"
        _api_sign_in(client, TOKEN_URL, f"guess{attempt}", "wrong", HTTP_X_FORWARDED_FOR=forwarded, **inner_proxy)
    locked = _api_sign_in(
        client, TOKEN_URL, "viewer", "pw", HTTP_X_FORWARDED_FOR="198.51.100.7, 10.0.0.2", **inner_proxy
    )
    _assert_refused(locked)
    other = _api_sign_in(
        client, TOKEN_URL, "viewer", "pw", HTTP_X_FORWARDED_FOR="198.51.100.8, 10.0.0.2", **inner_proxy
    )
    assert other.status_code == 200, other.content

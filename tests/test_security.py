"""Production settings pass Django's deployment checks, and sign-in endpoints are throttled."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache

BACKEND = Path(__file__).resolve().parent.parent / "backend"


def test_check_deploy_reports_nothing_with_production_settings():
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "tminus.example.com",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BACKEND,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_turns_on_secure_cookies_hsts_and_https():
    env = {**os.environ, "DEBUG": "false", "SECRET_KEY": secrets.token_urlsafe(64)}
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0, s.SECURE_SSL_REDIRECT)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=BACKEND,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["True", "True", "True", "True"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/v1/auth/token/", "/api/v1/auth/session/"])
def test_sign_in_endpoints_are_throttled(client, url):
    cache.clear()
    statuses = [
        client.post(url, {"username": "nobody", "password": "wrong"}, content_type="application/json").status_code
        for _ in range(21)
    ]
    assert statuses[:20] == [400] * 20
    assert statuses[20] == 429
    cache.clear()


def test_health_endpoint_answers_without_authentication(client, db):
    response = client.get("/api/health/")
    # The cache and broker parts depend on the environment (tests/core/test_cache_outage.py covers each case).
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"status", "database", "cache", "broker"} and body["status"] == "ok", body


# Security headers: one strict Content-Security-Policy everywhere (the browser tests in frontend/e2e fail any page
# that reports a violation) and a Permissions-Policy that turns off every powerful feature T-Minus never uses.

STRICT_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb"]


def _policy(response) -> dict[str, str]:
    assert "Content-Security-Policy" in response, dict(response.headers)
    directives = [part.strip().split(None, 1) for part in response["Content-Security-Policy"].split(";")]
    return {name: value for name, value in directives}


def _assert_permissions_policy(response) -> None:
    assert "Permissions-Policy" in response, dict(response.headers)
    features = dict(part.strip().split("=", 1) for part in response["Permissions-Policy"].split(","))
    for feature in DENIED_FEATURES:
        assert features.get(feature) == "()", (feature, response["Permissions-Policy"])


@pytest.fixture
def built_app(tmp_path, settings):
    from core.views import _index_html

    (tmp_path / "index.html").write_text('<!doctype html><div id="root"></div><script type="module" src="/a.js">')
    settings.FRONTEND_DIST = tmp_path
    _index_html.cache_clear()
    yield tmp_path
    _index_html.cache_clear()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/", 200),  # the React app
        ("/launches/1/timeline", 200),
        ("/api/v1/me/", 401),  # the API, refusing
        ("/api/health/", 200),
        ("/api/schema/", 200),
        ("/calendars/" + "0" * 64 + ".ics", 404),
        ("/admin/login/", 200),  # the Django admin
        ("/api-auth/login/", 200),  # the browsable API's sign-in
    ],
)
def test_every_kind_of_page_carries_the_strict_csp_and_the_permissions_policy(client, built_app, path, status):
    response = client.get(path)
    assert response.status_code == status, response.content[:300]
    assert _policy(response) == STRICT_POLICY
    _assert_permissions_policy(response)


@pytest.mark.django_db
def test_signed_in_admin_and_api_answers_carry_both_headers(world, client_for):
    world.office.is_staff = True
    world.office.save(update_fields=["is_staff"])
    client = client_for(world.office)
    for path in ["/admin/", f"/api/v1/launches/{world.launch.pk}/timeline/", "/api/v1/tasks/"]:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        assert _policy(response) == STRICT_POLICY, path
        _assert_permissions_policy(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "relaxed"),
    [
        ("/api/docs/", {"style-src": "'self' 'unsafe-inline'"}),
        (
            "/api/redoc/",
            {
                "style-src": "'self' 'unsafe-inline' https://fonts.googleapis.com",
                "font-src": "'self' https://fonts.gstatic.com",
                "img-src": "'self' data: https://cdn.redoc.ly",
                "worker-src": "'self' blob:",
            },
        ),
    ],
)
def test_api_docs_relax_only_their_styles_fonts_and_logo_and_run_no_inline_script(client, path, relaxed):
    response = client.get(path)
    assert response.status_code == 200
    # Swagger UI and Redoc write <style> elements; their scripts stay same-origin files (no inline script).
    assert _policy(response) == {**STRICT_POLICY, **relaxed}
    assert b"<script>" not in response.content
    _assert_permissions_policy(response)


@pytest.mark.django_db
def test_swagger_ui_init_script_is_served_as_a_same_origin_file(client):
    page = client.get("/api/docs/").content.decode()
    assert '<script src="/api/docs/?script="></script>' in page
    script = client.get("/api/docs/?script=")
    assert script.status_code == 200 and script["Content-Type"].startswith("application/javascript")
    assert b"SwaggerUIBundle" in script.content

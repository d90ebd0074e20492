"""With Redis down the app degrades instead of failing: reads and sign-in answer from the database, a warning is
logged (not on every call), and the health check says what is down."""

import logging
import os
import re
import runpy
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.test import override_settings
from rest_framework.test import APIClient

from calendars.services import calendar_entries_sync

pytestmark = pytest.mark.django_db

DEAD_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1: every connection is refused
LIVE_REDIS = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
SETTINGS_FILE = Path(django_settings.BASE_DIR) / "config" / "settings.py"


@contextmanager
def _redis_at(monkeypatch, redis_url: str) -> Iterator[None]:
    """The cache and broker that config/settings.py builds for REDIS_URL=redis_url, as production would get them.
    Overriding CACHES drops the cache connections (Django's setting_changed), on entry and on exit."""
    with monkeypatch.context() as env:
        env.setenv("REDIS_URL", redis_url)
        env.delenv("CELERY_BROKER_URL", raising=False)
        production = runpy.run_path(str(SETTINGS_FILE))
    with override_settings(
        CACHES=production["CACHES"],
        CELERY_BROKER_URL=production["CELERY_BROKER_URL"],
        CELERY_TASK_ALWAYS_EAGER=production["CELERY_TASK_ALWAYS_EAGER"],
    ):
        yield


@pytest.fixture
def redis_down(monkeypatch):
    with _redis_at(monkeypatch, DEAD_REDIS):
        yield


def _timeline(client, launch):
    return client.get(f"/api/v1/launches/{launch.pk}/timeline/")


def test_timeline_answers_from_the_database_when_redis_is_down(world, client_for, redis_down):
    lead = client_for(world.marketing_lead)
    lead.raise_request_exception = False
    write = lead.patch(f"/api/v1/tasks/{world.marketing_task.pk}/", {"title": "Campaign brief v2"}, format="json")
    assert write.status_code == 200, write.content[:300]

    response = _timeline(lead, world.launch)
    assert response.status_code == 200, response.content[:300]
    assert "Campaign brief v2" in {task["title"] for task in response.json()["tasks"]}
    again = _timeline(lead, world.launch)
    assert again.status_code == 200 and again.json() == response.json()


def test_calendar_feed_answers_when_redis_is_down(world, client_for, redis_down):
    calendar_entries_sync(launch_ids=[world.launch.pk])
    created = client_for(world.marketing_member).post("/api/v1/calendar-feeds/", {"kind": "user"}, format="json")
    assert created.status_code == 201, created.content[:300]
    token = re.search(r"/calendars/([0-9a-f]{64})\.ics$", created.json()["url"])[1]

    anonymous = APIClient()
    anonymous.raise_request_exception = False
    response = anonymous.get(f"/calendars/{token}.ics")
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR") and "Campaign brief" in body


def test_session_sign_in_works_when_redis_is_down(world, redis_down):
    client = APIClient(enforce_csrf_checks=True)
    client.raise_request_exception = False
    assert client.get("/api/v1/auth/session/").json() == {"user": None}
    response = client.post(
        "/api/v1/auth/session/",
        {"username": "marketing.lead", "password": "pw"},
        format="json",
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )
    assert response.status_code == 200, response.content[:300]
    me = client.get("/api/v1/me/")
    assert me.status_code == 200 and me.json()["username"] == "marketing.lead"


def test_token_sign_in_works_when_redis_is_down(world, redis_down):
    client = APIClient()
    client.raise_request_exception = False
    response = client.post("/api/v1/auth/token/", {"username": "office", "password": "pw"}, format="json")
    assert response.status_code == 200, response.content[:300]
    token = response.json()["token"]
    me = APIClient().get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {token}")
    assert me.status_code == 200 and me.json()["username"] == "office"


def test_wrong_password_is_still_refused_when_redis_is_down(world, redis_down):
    client = APIClient()
    client.raise_request_exception = False
    response = client.post("/api/v1/auth/token/", {"username": "office", "password": "wrong"}, format="json")
    assert response.status_code == 400, response.content[:300]
    assert response.json()["code"] == "invalid"


def test_outage_is_logged_as_a_warning_once_a_minute_not_on_every_call(
    world, client_for, redis_down, caplog, monkeypatch
):
    from core import cache as resilient_cache

    now = [1000.0]
    monkeypatch.setattr(resilient_cache, "monotonic", lambda: now[0])
    client = client_for(world.viewer)

    def outage_warnings() -> list[logging.LogRecord]:
        return [record for record in caplog.records if record.name == "core.cache"]

    with caplog.at_level(logging.WARNING, logger="core.cache"):
        assert _timeline(client, world.launch).status_code == 200
        assert _timeline(client, world.launch).status_code == 200
        (warning,) = outage_warnings()
        assert warning.levelno == logging.WARNING and "127.0.0.1:1" in warning.getMessage()
        now[0] += resilient_cache.WARNING_INTERVAL_SECONDS + 1
        assert _timeline(client, world.launch).status_code == 200
        assert len(outage_warnings()) == 2


def test_every_cache_call_answers_as_a_miss_while_redis_is_down(redis_down):
    from django.core.cache import cache

    assert cache.get("k", "default") == "default"
    assert cache.get_or_set("k", "computed") == "computed"
    assert cache.add("k", 1) is False
    assert cache.incr("k", 3) == 3  # a throttle counter that cannot be read counts from zero
    assert cache.set("k", 1) is None and cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.get_many(["a", "b"]) == {} and cache.has_key("a") is False
    assert cache.touch("a") is False and cache.delete("a") is False and cache.delete_many(["a"]) is None
    assert cache.clear() is False and cache.ping() is False


# The health check


def test_health_without_redis_reports_the_local_cache_and_the_embedded_worker(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.CELERY_TASK_ALWAYS_EAGER = True
    response = client.get("/api/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "local", "broker": "embedded"}


def test_health_reports_redis_cache_and_broker_when_they_answer(client, monkeypatch):
    with _redis_at(monkeypatch, LIVE_REDIS):
        response = client.get("/api/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "broker": "ok"}


def test_health_reports_cache_and_broker_down_but_the_app_up_when_redis_is_down(client, redis_down):
    response = client.get("/api/health/")
    # 200: the app still serves (degraded); a load balancer must not take it out of rotation for a cache outage.
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "unavailable", "broker": "unavailable"}


def test_health_is_unavailable_when_the_database_is_down(client, monkeypatch):
    from django.db import DatabaseError
    from django.db.backends.utils import CursorWrapper

    def refuse(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", refuse)
    response = client.get("/api/health/")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable" and response.json()["database"] == "unavailable"

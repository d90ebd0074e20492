"""Shared fixtures: one user per role around one launch with two departments' workstreams."""

import os
import re
from dataclasses import dataclass

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from accounts.models import Department, MembershipRole, User
from launches.models import Launch, Task, Workstream
from tests.factories import LaunchFactory, MembershipFactory, TaskFactory, UserFactory, WorkstreamFactory


def _redis_database_per_xdist_worker() -> None:
    """Under pytest-xdist (-n), each worker has its own test database; it gets its own Redis database too (1, 2,
    ...) for the cache and the Celery broker, and a prefix of its own for the live stream's pub/sub channels,
    so that one worker's cache.clear() or real Celery worker never touches another's. Runs on import, before
    anything has used the cache or the broker."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not (worker.startswith("gw") and settings.REDIS_URL):
        return
    url = re.sub(r"(/\d*)?$", f"/{int(worker[2:]) + 1}", settings.REDIS_URL.rstrip("/"), count=1)
    if settings.CELERY_BROKER_URL == settings.REDIS_URL:
        settings.CELERY_BROKER_URL = url
        from config.celery import app

        app.conf.broker_url = url
    settings.CACHES["default"]["LOCATION"] = url
    settings.REDIS_URL = url
    # Redis pub/sub ignores the database number: each worker's live stream gets channel names of its own.
    layer = settings.CHANNEL_LAYERS["default"]
    layer["CONFIG"] = {"hosts": [url], "prefix": f"asgi-{worker}"}


_redis_database_per_xdist_worker()

# Production keeps a connection a minute (settings.CONN_MAX_AGE); the tests close each one after use, so that no
# thread of the live socket's tests (channels' database_sync_to_async) holds the test database at teardown.
settings.DATABASES["default"]["CONN_MAX_AGE"] = 0


@dataclass
class World:
    """A launch with Marketing and PR workstreams and a user of every role."""

    office: User
    marketing_lead: User
    marketing_member: User
    pr_lead: User
    pr_member: User
    viewer: User
    marketing: Department
    pr: Department
    launch: Launch
    marketing_ws: Workstream
    pr_ws: Workstream
    marketing_task: Task
    pr_task: Task


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Throttle counters live in the cache: each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _celery_eager():
    """Celery tasks run in-process for logic tests even when a broker is configured; the real-worker tests
    (tests/notifications/test_worker.py) switch this off."""
    from config.celery import app

    eager = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = eager


@pytest.fixture(autouse=True)
def _embedded_tasks_inline(settings):
    """Without a broker, tasks sent after commit run inline here, so tests stay synchronous; the test of the
    background pool (tests/webhooks/test_embedded_background.py) switches it on."""
    settings.EMBEDDED_TASKS_IN_BACKGROUND = False


@pytest.fixture
def world(db) -> World:
    marketing = Department.objects.get(slug="marketing")
    pr = Department.objects.get(slug="pr")
    office = UserFactory(username="office", is_office=True)
    marketing_lead = UserFactory(username="marketing.lead")
    marketing_member = UserFactory(username="marketing.member")
    pr_lead = UserFactory(username="pr.lead")
    pr_member = UserFactory(username="pr.member")
    viewer = UserFactory(username="viewer")
    MembershipFactory(department=marketing, user=marketing_lead, role=MembershipRole.LEAD)
    MembershipFactory(department=marketing, user=marketing_member)
    MembershipFactory(department=pr, user=pr_lead, role=MembershipRole.LEAD)
    MembershipFactory(department=pr, user=pr_member)
    launch = LaunchFactory(owner=office)
    marketing_ws = WorkstreamFactory(launch=launch, department=marketing, lead=marketing_lead)
    pr_ws = WorkstreamFactory(launch=launch, department=pr, lead=pr_lead)
    return World(
        office=office,
        marketing_lead=marketing_lead,
        marketing_member=marketing_member,
        pr_lead=pr_lead,
        pr_member=pr_member,
        viewer=viewer,
        marketing=marketing,
        pr=pr,
        launch=launch,
        marketing_ws=marketing_ws,
        pr_ws=pr_ws,
        marketing_task=TaskFactory(workstream=marketing_ws, title="Campaign brief", assignee=marketing_member),
        pr_task=TaskFactory(workstream=pr_ws, title="Press release", assignee=pr_member),
    )


@pytest.fixture
def client_for():
    """An API client signed in (session) as the given user, or anonymous with None."""

    def make(user: User | None) -> APIClient:
        client = APIClient()
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture(scope="module")
def schema(django_db_blocker) -> dict:
    """The published OpenAPI schema, as a client reads it (once per test module)."""
    with django_db_blocker.unblock():
        response = APIClient().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    return response.json()

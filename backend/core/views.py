"""Serves the built React app (index.html answers every route that is not the API, admin or static) and health."""

from functools import cache
from pathlib import Path

from celery import current_app as celery_app
from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_safe
from kombu.exceptions import OperationalError

from core.cache import ResilientRedisCache


@cache
def _index_html(dist: Path) -> str | None:
    index = dist / "index.html"
    return index.read_text(encoding="utf-8") if index.is_file() else None


@require_safe
def frontend_index(request: HttpRequest) -> HttpResponse:
    """The single-page app's shell; a hint to build it when frontend/dist is missing."""
    html = _index_html(Path(settings.FRONTEND_DIST))
    if html is None:
        return HttpResponse(
            "The frontend is not built yet: run `make run` (or `cd frontend && npm ci && npm run build`). "
            "The API is at /api/v1/ and its docs at /api/docs/.",
            status=503,
            content_type="text/plain; charset=utf-8",
        )
    return HttpResponse(html)


# The health check waits at most this long for the cache and for the broker.
HEALTH_TIMEOUT_SECONDS = 0.5


def _database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return "unavailable"
    return "ok"


def _cache_status() -> str:
    cache = caches["default"]
    if not isinstance(cache, ResilientRedisCache):
        return "local"  # in-process memory: up whenever this process is
    return "ok" if cache.ping() else "unavailable"


def _broker_status() -> str:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "embedded"  # no broker: tasks run in the web process (make run)
    try:
        with celery_app.connection_for_write(
            url=settings.CELERY_BROKER_URL, connect_timeout=HEALTH_TIMEOUT_SECONDS
        ) as broker:
            broker.ensure_connection(max_retries=0)
    except (OperationalError, OSError):
        return "unavailable"
    return "ok"


@require_safe
def health(request: HttpRequest) -> JsonResponse:
    """Liveness for load balancers and docker-compose health checks (no auth, no data): 503 only when the database
    is down. A cache or broker outage answers 200 "degraded": the app still serves reads and sign-in without
    them (core/cache.py), so taking it out of rotation would only turn a slowdown into an outage."""
    parts = {"database": _database_status(), "cache": _cache_status(), "broker": _broker_status()}
    if parts["database"] != "ok":
        return JsonResponse({"status": "unavailable", **parts}, status=503)
    degraded = "unavailable" in parts.values()
    return JsonResponse({"status": "degraded" if degraded else "ok", **parts})

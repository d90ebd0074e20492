"""Serves the built React app (index.html answers every route that is not the API, admin or static) and health."""

from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_safe


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


@require_safe
def health(request: HttpRequest) -> JsonResponse:
    """Liveness and database readiness for load balancers and docker-compose health checks (no auth, no data)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": False}, status=503)
    return JsonResponse({"status": "ok", "database": True})

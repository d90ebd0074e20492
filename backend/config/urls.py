"""Root URLs: the versioned API, its schema and docs, the admin, and the React app at /."""

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_update
from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView

from core.http import ApiNotFoundView
from core.views import frontend_index, health

DOCS_STYLES = {"style-src": [UNSAFE_INLINE]}
REDOC_STYLES = {
    "style-src": [UNSAFE_INLINE, "https://fonts.googleapis.com"],
    "font-src": [SELF, "https://fonts.gstatic.com"],
    "img-src": ["https://cdn.redoc.ly"],  # the "API docs by Redocly" logo
    "worker-src": [SELF, "blob:"],  # its search index runs in a worker made from a blob
}

api_v1 = [
    path("", include("accounts.api.urls")),
    path("", include("launches.api.urls")),
    path("", include("gates.api.urls")),
    path("", include("calendars.api.urls")),
    path("", include("notifications.api.urls")),
    path("", include("webhooks.api.urls")),
    path("", include("playbooks.api.urls")),
    path("", include("feedback.api.urls")),
    path("", include("communications.api.urls")),
    path("", include("communications.briefings.api_urls")),
    path("", include("deliverables.api.urls")),
    # Above every app: the reads that compose a launch's plan with them (the timeline, readiness).
    path("", include("readiness.api.urls")),
    # Undo and redo, through the services of every app below.
    path("", include("history.api.urls")),
]

urlpatterns = [
    path("api/v1/", include((api_v1, "api"), namespace="v1")),
    path("api/health/", health, name="health"),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The docs pages write <style> elements (Swagger UI, Redoc) and Redoc loads its web fonts: they alone may. Their
    # scripts stay same-origin files (the split view serves Swagger UI's start-up script from ?script=).
    path(
        "api/docs/", csp_update(DOCS_STYLES)(SpectacularSwaggerSplitView.as_view(url_name="schema")), name="swagger-ui"
    ),
    path("api/redoc/", csp_update(REDOC_STYLES)(SpectacularRedocView.as_view(url_name="schema")), name="redoc"),
    # After every API route: any other URL under api/ is a JSON 404. Only paths ending in a slash match, so
    # APPEND_SLASH still redirects /api/v1/launches to /api/v1/launches/.
    re_path(r"^api/(?:.*/)?$", ApiNotFoundView.as_view(), name="api-not-found"),
    path("api-auth/", include("rest_framework.urls")),
    path("admin/", admin.site.urls),
    path("calendars/", include("calendars.urls")),
    # Public pages, plain HTML without JavaScript (docs/communications.md): the newsroom and press briefings.
    path("newsroom/", include("communications.newsroom.urls")),
    path("briefings/", include("communications.briefings.urls")),
    re_path(r"^(?!api/|api-auth/|admin/|static/|calendars/|newsroom/|briefings/).*$", frontend_index, name="frontend"),
]

"""Root URLs: the versioned API, its schema and docs, the admin, and the React app at /."""

from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from core.views import frontend_index, health

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
    path("", include("deliverables.api.urls")),
]

urlpatterns = [
    path("api/v1/", include((api_v1, "api"), namespace="v1")),
    path("api/health/", health, name="health"),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    path("api-auth/", include("rest_framework.urls")),
    path("admin/", admin.site.urls),
    path("calendars/", include("calendars.urls")),
    re_path(r"^(?!api/|api-auth/|admin/|static/|calendars/).*$", frontend_index, name="frontend"),
]

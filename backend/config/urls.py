"""Root URLs: the versioned API, its schema and docs, the admin, and the React app at /."""

from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from core.views import frontend_index, health

api_v1 = [
    path("", include("accounts.api.urls")),
    path("", include("launches.api.urls")),
    path("", include("gates.api.urls")),
]

urlpatterns = [
    path("api/v1/", include((api_v1, "api"), namespace="v1")),
    path("api/health/", health, name="health"),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    path("api-auth/", include("rest_framework.urls")),
    path("admin/", admin.site.urls),
    re_path(r"^(?!api/|api-auth/|admin/|static/).*$", frontend_index, name="frontend"),
]

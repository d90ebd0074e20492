"""Routes for notifications under /api/v1/."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from notifications.api import views

router = SimpleRouter()
router.register("notifications", views.NotificationViewSet, basename="notification")

urlpatterns = [
    path("notification-preferences/", views.NotificationPreferenceView.as_view(), name="notification-preferences"),
    *router.urls,
]

"""Routes for people, sessions, departments and memberships under /api/v1/."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from accounts.api import people, views

router = SimpleRouter()
router.register("users", people.PersonViewSet, basename="user")
router.register("departments", views.DepartmentViewSet, basename="department")
router.register("department-memberships", views.MembershipViewSet, basename="department-membership")

urlpatterns = [
    path("me/", views.MeView.as_view(), name="me"),
    path("auth/session/", views.SessionView.as_view(), name="auth-session"),
    path("auth/token/", views.TokenView.as_view(), name="auth-token"),
    path("auth/password/", people.PasswordSetView.as_view(), name="auth-password"),
    *router.urls,
]

"""Routes for users, sessions, departments and memberships under /api/v1/."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from accounts.api import views

router = SimpleRouter()
router.register("departments", views.DepartmentViewSet, basename="department")
router.register("department-memberships", views.MembershipViewSet, basename="department-membership")

urlpatterns = [
    path("me/", views.MeView.as_view(), name="me"),
    path("users/", views.UserListView.as_view(), name="user-list"),
    path("auth/session/", views.SessionView.as_view(), name="auth-session"),
    path("auth/token/", views.TokenView.as_view(), name="auth-token"),
    *router.urls,
]

"""Routes of communications under /api/v1/."""

from django.urls import path
from rest_framework.routers import DefaultRouter

from communications.api import views

router = DefaultRouter()
router.register("communications", views.CommunicationViewSet, basename="communication")
router.register("communication-policies", views.CommunicationPolicyViewSet, basename="communication-policy")
router.register("hints", views.HintViewSet, basename="hint")
router.register("hint-shares", views.HintShareViewSet, basename="hint-share")

urlpatterns = [
    *router.urls,
    path("communication-board/", views.CommunicationBoardView.as_view(), name="communication-board"),
]

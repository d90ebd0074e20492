"""Routes for gates under /api/v1/."""

from rest_framework.routers import SimpleRouter

from gates.api import views

router = SimpleRouter()
router.register("gates", views.GateViewSet, basename="gate")
router.register("gate-decisions", views.GateDecisionViewSet, basename="gate-decision")

urlpatterns = router.urls

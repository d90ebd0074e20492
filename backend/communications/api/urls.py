"""Routes of communications under /api/v1/."""

from rest_framework.routers import DefaultRouter

from communications.api import views

router = DefaultRouter()
router.register("communications", views.CommunicationViewSet, basename="communication")

urlpatterns = router.urls

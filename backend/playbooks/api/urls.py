"""Routes of playbooks under /api/v1/."""

from rest_framework.routers import DefaultRouter

from playbooks.api import views

router = DefaultRouter()
router.register("playbooks", views.PlaybookViewSet, basename="playbook")

urlpatterns = router.urls

"""Routes of the timeline and readiness under /api/v1/: /launches/{id}/timeline/ and /launches/{id}/readiness/."""

from rest_framework.routers import DefaultRouter

from readiness.api import views

router = DefaultRouter()
router.include_root_view = False  # launches.api.urls serves the API root
# basename "launch": the routes keep their names, launch-timeline and launch-readiness.
router.register("launches", views.LaunchTimelineReadinessViewSet, basename="launch")

urlpatterns = router.urls

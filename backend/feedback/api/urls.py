"""Routes of feedback under /api/v1/."""

from rest_framework.routers import DefaultRouter

from feedback.api import views

router = DefaultRouter()
router.register("feedback-items", views.FeedbackItemViewSet, basename="feedback-item")

urlpatterns = router.urls

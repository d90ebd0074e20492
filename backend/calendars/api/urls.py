"""Routes of calendar feeds under /api/v1/."""

from rest_framework.routers import SimpleRouter

from calendars.api import views

router = SimpleRouter()
router.register("calendar-feeds", views.CalendarFeedViewSet, basename="calendar-feed")

urlpatterns = router.urls

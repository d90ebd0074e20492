"""Routes of briefings under /api/v1/."""

from django.urls import re_path
from rest_framework.routers import SimpleRouter

from communications.briefings import api_views

router = SimpleRouter()
router.register("briefings", api_views.BriefingViewSet, basename="briefing")

urlpatterns = [
    re_path(r"^briefings/(?P<pk>[0-9]{1,18})/opens/$", api_views.BriefingOpenListView.as_view(), name="briefing-opens"),
    *router.urls,
]

"""The feed URLs, outside the API: /calendars/<token>.ics (also reachable as webcal://)."""

from django.urls import re_path

from calendars.views import calendar_feed

urlpatterns = [
    re_path(r"^(?P<token>[^/]{1,128})\.ics$", calendar_feed, name="calendar-feed"),
]

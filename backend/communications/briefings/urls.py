"""A journalist's embargoed briefing page: /briefings/<token>/ (no account needed)."""

from django.urls import re_path

from communications.briefings.views import briefing_page

app_name = "briefings"

# Any token shape reaches the view, so that a malformed one is counted by the rate limit and answered 404 there.
urlpatterns = [
    re_path(r"^(?P<token>[^/]{1,128})/$", briefing_page, name="page"),
]

"""The public newsroom: /newsroom/ (the index), /newsroom/<launch>/ and their Atom feeds."""

from django.urls import path, re_path

from communications.newsroom import views

app_name = "newsroom"

# At most 18 digits: a launch id the database can hold (a longer one is an unknown page, not a database error).
LAUNCH = r"(?P<launch_id>[0-9]{1,18})"

urlpatterns = [
    path("", views.newsroom_index, name="index"),
    path("feed.atom", views.newsroom_feed, name="feed"),
    re_path(rf"^{LAUNCH}/$", views.newsroom_launch, name="launch"),
    re_path(rf"^{LAUNCH}/feed\.atom$", views.newsroom_launch_feed, name="launch-feed"),
    # Anything else under /newsroom/ is the newsroom's own 404 page (not the React app's, not a stack).
    # Only paths ending in a slash, so APPEND_SLASH still redirects /newsroom/3 to /newsroom/3/.
    re_path(r"^(?P<path>.+/)$", views.newsroom_not_found, name="not-found"),
]

"""Routes of the undo history under /api/v1/launches/{launch_id}/: history/, undo/, redo/."""

from django.urls import re_path

from history.api import views

LAUNCH = r"^launches/(?P<launch_id>[0-9]{1,18})"

urlpatterns = [
    re_path(rf"{LAUNCH}/history/$", views.LaunchHistoryView.as_view(), name="launch-history"),
    re_path(rf"{LAUNCH}/undo/$", views.LaunchUndoView.as_view(), name="launch-undo"),
    re_path(rf"{LAUNCH}/redo/$", views.LaunchRedoView.as_view(), name="launch-redo"),
]

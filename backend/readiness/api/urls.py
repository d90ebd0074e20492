"""Routes of the timeline and readiness under /api/v1/: /launches/{id}/timeline/, /launches/{id}/readiness/,
/launches/{launch_id}/burndown/, /portfolio/, /workload/ (and /workload/{person_id}/, /workload/preview/), and
the plan's exports /launches/{launch_id}/export.csv and export.xlsx."""

from django.urls import re_path
from rest_framework.routers import DefaultRouter

from readiness.api import views, workload_views

router = DefaultRouter()
router.include_root_view = False  # launches.api.urls serves the API root
# basename "launch": the routes keep their names, launch-timeline and launch-readiness.
router.register("launches", views.LaunchTimelineReadinessViewSet, basename="launch")

urlpatterns = [
    # The office's portfolio: every launch not closed or cancelled at a glance.
    re_path(r"^portfolio/$", views.PortfolioView.as_view(), name="portfolio"),
    # Everyone's workload across launches (issue 21): the weeks, one person's days, an assignment's preview.
    re_path(r"^workload/$", workload_views.WorkloadView.as_view(), name="workload"),
    re_path(r"^workload/preview/$", workload_views.WorkloadPreviewView.as_view(), name="workload-preview"),
    re_path(
        r"^workload/(?P<person_id>[0-9]{1,18})/$", workload_views.WorkloadPersonView.as_view(), name="workload-person"
    ),
    re_path(
        r"^launches/(?P<launch_id>[0-9]{1,18})/burndown/$", views.LaunchBurndownView.as_view(), name="launch-burndown"
    ),
    # Files: the extension says the format, so no trailing slash (a download's name ends in it).
    re_path(
        r"^launches/(?P<launch_id>[0-9]{1,18})/export\.csv$",
        views.LaunchPlanExportView.as_view(),
        name="launch-export-csv",
    ),
    re_path(
        r"^launches/(?P<launch_id>[0-9]{1,18})/export\.xlsx$",
        views.LaunchPlanXlsxExportView.as_view(),
        name="launch-export-xlsx",
    ),
    *router.urls,
]

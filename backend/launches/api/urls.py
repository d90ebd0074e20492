"""Routes of the launch model under /api/v1/."""

from django.urls import re_path
from rest_framework.routers import DefaultRouter

from launches.api import cross_launch_views, views

router = DefaultRouter()
router.register("launches", views.LaunchViewSet, basename="launch")
router.register("workstreams", views.WorkstreamViewSet, basename="workstream")
router.register("tasks", views.TaskViewSet, basename="task")
router.register("dependencies", views.DependencyViewSet, basename="dependency")
router.register("milestones", views.MilestoneViewSet, basename="milestone")
router.register("baselines", views.BaselineViewSet, basename="baseline")
router.register("task-comments", views.TaskCommentViewSet, basename="task-comment")
router.register(
    "cross-launch-dependencies", cross_launch_views.CrossLaunchDependencyViewSet, basename="cross-launch-dependency"
)

urlpatterns = [
    re_path(
        r"^launches/(?P<launch_id>[0-9]{1,18})/activity/$", views.LaunchActivityView.as_view(), name="launch-activity"
    ),
    *router.urls,
]

"""API views for the launch model: thin ViewSets whose writes each call one service. The launch's timeline and
readiness, which compose its plan with the apps above it, are served by readiness/api/views.py."""

import django_filters
from drf_spectacular.utils import extend_schema
from rest_framework import generics, mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated

from accounts.models import Department, User
from accounts.permissions import CanChangePlanOrReadOnly, IsOfficeOrReadOnly
from audit.models import AuditAction, AuditEvent
from audit.selectors import audit_events_for_launch
from core.viewsets import IF_MATCH
from launches import selectors, services
from launches.api import filters
from launches.api.serializers import (
    AuditEventSerializer,
    BaselineSerializer,
    BaselineUpdateSerializer,
    DependencySerializer,
    DependencyUpdateSerializer,
    LaunchSerializer,
    LaunchTransitionSerializer,
    MilestoneSerializer,
    MilestoneUpdateSerializer,
    TaskCommentSerializer,
    TaskSerializer,
    WorkstreamSerializer,
    WorkstreamUpdateSerializer,
)
from launches.api.viewsets import PlanViewSet
from launches.models import Baseline, Dependency, Launch, Milestone, Workstream


class LaunchViewSet(PlanViewSet):
    """Launches around their T-0. Everyone signed in reads; the office plans."""

    permission_classes = [IsOfficeOrReadOnly]
    serializer_class = LaunchSerializer
    filterset_class = filters.LaunchFilter
    ordering_fields = ["t_zero", "name", "status", "created_at"]

    def get_queryset(self):
        return selectors.launch_list()

    def create_object(self, *, data):
        data.pop("status", None)
        data.pop("owner", None)
        return services.launch_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        data.pop("departments", None)
        return services.launch_update(actor=self.request.user, launch=instance, data=data)

    def delete_object(self, *, instance):
        services.launch_delete(actor=self.request.user, launch=instance)

    @extend_schema(request=LaunchTransitionSerializer, responses=LaunchSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def transition(self, request, pk=None):
        """Move the launch along its lifecycle: draft, planning, ready, launched (every gate approved), closed;
        or cancelled. Each transition is recorded in the activity."""
        return self.guarded_action(
            lambda launch, status: services.launch_set_status(actor=request.user, launch=launch, status=status),
            LaunchTransitionSerializer,
        )


class WorkstreamViewSet(PlanViewSet):
    """One department's part of one launch. The office adds and removes; the lead keeps its notes."""

    permission_classes = [CanChangePlanOrReadOnly]
    filterset_class = filters.WorkstreamFilter
    ordering_fields = ["department__name", "created_at"]
    queryset = Workstream.objects.none()

    def get_queryset(self):
        return selectors.workstream_list()

    serializer_class = WorkstreamSerializer
    update_serializer_class = WorkstreamUpdateSerializer

    def create_object(self, *, data):
        return services.workstream_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.workstream_update(actor=self.request.user, workstream=instance, data=data)

    def delete_object(self, *, instance):
        services.workstream_delete(actor=self.request.user, workstream=instance)


class TaskViewSet(PlanViewSet):
    """Tasks, anchored to T-0 or fixed. Leads manage their department's; assignees update the status."""

    permission_classes = [CanChangePlanOrReadOnly]
    serializer_class = TaskSerializer
    filterset_class = filters.TaskFilter
    ordering_fields = ["offset_days", "start_date", "title", "status", "created_at", "updated_at"]

    def get_queryset(self):
        return selectors.task_list()

    def create_object(self, *, data):
        return services.task_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.task_update(actor=self.request.user, task=instance, data=data)

    def delete_object(self, *, instance):
        services.task_delete(actor=self.request.user, task=instance)


class DependencyViewSet(PlanViewSet):
    """Links between two tasks of one launch, in any workstreams: finish-to-start, start-to-start,
    finish-to-finish or start-to-finish, with a lag (or a lead)."""

    permission_classes = [CanChangePlanOrReadOnly]
    filterset_class = filters.DependencyFilter
    ordering_fields = ["created_at", "lag_days"]
    queryset = Dependency.objects.none()

    def get_queryset(self):
        return selectors.dependency_list()

    serializer_class = DependencySerializer
    update_serializer_class = DependencyUpdateSerializer

    def create_object(self, *, data):
        return services.dependency_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.dependency_update(actor=self.request.user, dependency=instance, data=data)

    def delete_object(self, *, instance):
        services.dependency_delete(actor=self.request.user, dependency=instance)


class MilestoneViewSet(PlanViewSet):
    """Named moments of a launch (announcement, embargo lift, ...). The office manages them."""

    permission_classes = [IsOfficeOrReadOnly]
    filterset_class = filters.MilestoneFilter
    ordering_fields = ["offset_days", "at", "name", "created_at"]
    queryset = Milestone.objects.none()

    def get_queryset(self):
        return selectors.milestone_list()

    serializer_class = MilestoneSerializer
    update_serializer_class = MilestoneUpdateSerializer

    def create_object(self, *, data):
        return services.milestone_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.milestone_update(actor=self.request.user, milestone=instance, data=data)

    def delete_object(self, *, instance):
        services.milestone_delete(actor=self.request.user, milestone=instance)


class BaselineViewSet(PlanViewSet):
    """Saved copies of a launch's computed dates: the timeline compares each task with the current one, and
    readiness lists what slipped. Everyone signed in reads; the office saves, renames, picks the current one
    and deletes. A launch that becomes ready gets one by itself."""

    permission_classes = [IsOfficeOrReadOnly]
    filterset_class = filters.BaselineFilter
    ordering_fields = ["created_at", "name"]
    queryset = Baseline.objects.none()

    def get_queryset(self):
        return selectors.baseline_list()

    serializer_class = BaselineSerializer
    update_serializer_class = BaselineUpdateSerializer

    def create_object(self, *, data):
        return services.baseline_save(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.baseline_update(actor=self.request.user, baseline=instance, data=data)

    def delete_object(self, *, instance):
        services.baseline_delete(actor=self.request.user, baseline=instance)


class TaskCommentViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Comments on tasks: kept, never edited. Office, the department's lead and the assignee write."""

    permission_classes = [CanChangePlanOrReadOnly]
    serializer_class = TaskCommentSerializer
    filterset_class = filters.TaskCommentFilter
    ordering_fields = ["created_at"]

    def get_queryset(self):
        return selectors.task_comment_list()

    def perform_create(self, serializer):
        serializer.instance = services.task_comment_create(actor=self.request.user, **serializer.validated_data)


class ActivityFilter(django_filters.FilterSet):
    department = django_filters.ModelChoiceFilter(queryset=Department.objects.all())
    actor = django_filters.ModelChoiceFilter(queryset=User.objects.all())
    entity = django_filters.CharFilter()
    action = django_filters.ChoiceFilter(choices=AuditAction.choices)

    class Meta:
        model = AuditEvent
        fields = ["department", "actor", "entity", "action"]


class LaunchActivityView(generics.ListAPIView):
    """A launch's audit history, newest first: who changed what, when, field by field."""

    permission_classes = [IsAuthenticated]
    serializer_class = AuditEventSerializer
    filterset_class = ActivityFilter
    ordering_fields = ["created_at"]
    queryset = AuditEvent.objects.none()

    def get_queryset(self):
        if (
            not Launch.objects.filter(pk=self.kwargs["launch_id"]).exists()
            and not AuditEvent.objects.filter(launch_id=self.kwargs["launch_id"]).exists()
        ):
            raise NotFound()
        return audit_events_for_launch(self.kwargs["launch_id"])

"""API views for the reads that compose a launch's plan with the apps around it: the timeline and readiness."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from accounts.permissions import IsOfficeOrReadOnly
from launches.api.filters import LaunchFilter
from launches.api.views import LaunchViewSet
from launches.models import Launch
from launches.selectors import launch_list
from readiness import selectors
from readiness.api.serializers import ReadinessSerializer, TimelineSerializer


class LaunchTimelineReadinessViewSet(viewsets.GenericViewSet):
    """Two reads of one launch under /launches/{id}/, beside the launch's own routes (launches.api.views), and
    looked up, permitted and filtered as LaunchViewSet does: everyone signed in reads them."""

    permission_classes = [IsOfficeOrReadOnly]
    filterset_class = LaunchFilter
    ordering_fields = LaunchViewSet.ordering_fields
    lookup_value_regex = LaunchViewSet.lookup_value_regex

    def get_queryset(self):
        return launch_list()

    @extend_schema(
        responses={200: TimelineSerializer, 304: OpenApiResponse(description="Not modified since the ETag.")}
    )
    @action(detail=True, methods=["get"])
    def timeline(self, request, pk=None):
        """Everything the timeline shows, in one response, with ETag and Last-Modified (304 when unchanged)."""
        launch = Launch.objects.filter(pk=pk).first()
        if launch is None:
            raise NotFound()
        etag = selectors.launch_timeline_etag(launch)
        last_modified = int(launch.updated_at.timestamp())  # HTTP dates carry whole seconds
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            return not_modified
        response = HttpResponse(selectors.launch_timeline_json(launch=launch), content_type="application/json")
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        patch_cache_control(response, private=True, no_cache=True)
        return response

    @extend_schema(responses=ReadinessSerializer)
    @action(detail=True, methods=["get"])
    def readiness(self, request, pk=None):
        """Per department: done, in progress, late and blocked tasks; gates at risk; the critical path."""
        launch = self.get_object()
        today = timezone.now().astimezone(launch.zone).date()
        return Response(ReadinessSerializer(selectors.launch_readiness(launch=launch, today=today)).data)

"""API views that compose a launch's plan with the apps around it: the timeline, readiness, the burn-down, the
plan's exports (CSV, XLSX), and moving T-0."""

from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.generics import GenericAPIView
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.models import Department
from accounts.permissions import IsOfficeOrReadOnly
from core.http import accepts_gzip
from core.viewsets import IF_MATCH, if_match_check, representation_etag
from launches.api.filters import LaunchFilter
from launches.api.serializers import LaunchSerializer
from launches.api.views import LaunchViewSet
from launches.locks import plan_lock
from launches.models import Launch
from launches.selectors import launch_list
from readiness import selectors
from readiness.api.serializers import (
    BurndownSerializer,
    PortfolioLaunchSerializer,
    ReadinessSerializer,
    TimelineSerializer,
    TZeroMoveRequestSerializer,
    TZeroMoveSerializer,
)
from readiness.burndown import launch_burndown
from readiness.exports import (
    CSV_CONTENT_TYPE,
    XLSX_CONTENT_TYPE,
    launch_plan_rows,
    plan_csv,
    plan_filename,
    plan_xlsx,
)
from readiness.portfolio import PORTFOLIO_STATUSES, launches_of_department, portfolio, portfolio_launch_list
from readiness.t_zero import launch_move_t_zero


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
        last_modified = int(selectors.launch_timeline_last_modified(launch).timestamp())  # HTTP: whole seconds
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            return not_modified
        if accepts_gzip(request):
            response = HttpResponse(selectors.launch_timeline_gzip(launch=launch), content_type="application/json")
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(selectors.launch_timeline_json(launch=launch), content_type="application/json")
        patch_vary_headers(response, ("Accept-Encoding",))
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

    @extend_schema(request=TZeroMoveRequestSerializer, responses=TZeroMoveSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"], url_path="move-t-zero")
    def move_t_zero(self, request, pk=None):
        """Move launch day: every anchored task and milestone moves with it, fixed items stay (rule 1).
        With `preview: true`, answer what would move and what would newly conflict, and change nothing."""
        launch = self.get_object()
        serializer = TZeroMoveRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with transaction.atomic():
            plan_lock(launch)
            if_match_check(request, launch, lambda: self._launch_etag(launch))
            report = launch_move_t_zero(actor=request.user, launch=launch, **serializer.validated_data)
        return Response(report)

    def _launch_etag(self, launch: Launch) -> str:
        """The launch's ETag as its own GET answers it (launches.api.views.LaunchViewSet)."""
        return representation_etag(
            LaunchSerializer(launch_list().get(pk=launch.pk), context=self.get_serializer_context()).data
        )


def _launch_or_404(launch_id: str) -> Launch:
    launch = Launch.objects.filter(pk=launch_id).first()
    if launch is None:
        raise NotFound()
    return launch


class LaunchBurndownView(APIView):
    """The burn-down of one launch's open work (readiness/burndown.py): everyone signed in reads it."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=BurndownSerializer)
    def get(self, request, launch_id: str):
        """Open tasks per day by the plan, by the current baseline and, up to today, in fact."""
        launch = _launch_or_404(launch_id)
        today = timezone.now().astimezone(launch.zone).date()
        return Response(BurndownSerializer(launch_burndown(launch=launch, today=today)).data)


class FirstRendererNegotiation(BaseContentNegotiation):
    """A file download answers its own type whatever the client accepts, and errors in JSON (the first renderer):
    a browser's download link and a fetch asking for text/csv both get the file, never a 406."""

    def select_parser(self, request, parsers):
        return parsers[0]

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class LaunchPlanExportView(APIView):
    """The plan as a spreadsheet, one row per task (readiness/exports.py): CSV or XLSX by the path's extension.
    Everyone signed in reads every launch, so everyone signed in exports it."""

    permission_classes = [IsAuthenticated]
    content_negotiation_class = FirstRendererNegotiation
    extension = "csv"

    @extend_schema(
        responses={
            (200, CSV_CONTENT_TYPE.split(";")[0]): OpenApiResponse(OpenApiTypes.BINARY, description="CSV, UTF-8.")
        },
        operation_id="launches_export_csv",
    )
    def get(self, request, launch_id: str):
        """The plan as CSV (UTF-8 with a byte order mark; a cell that would run as a formula starts with ')."""
        launch = _launch_or_404(launch_id)
        rows = launch_plan_rows(launch=launch)
        if self.extension == "xlsx":
            body, content_type = plan_xlsx(rows, title=launch.name), XLSX_CONTENT_TYPE
        else:
            body, content_type = plan_csv(rows), CSV_CONTENT_TYPE
        response = HttpResponse(body, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{plan_filename(launch, self.extension)}"'
        patch_cache_control(response, private=True, no_cache=True)
        return response


class LaunchPlanXlsxExportView(LaunchPlanExportView):
    extension = "xlsx"

    @extend_schema(
        responses={(200, XLSX_CONTENT_TYPE): OpenApiResponse(OpenApiTypes.BINARY, description="One sheet, Plan.")},
        operation_id="launches_export_xlsx",
    )
    def get(self, request, launch_id: str):
        """The plan as an Excel workbook (XLSX): the same rows as the CSV, dates as dates."""
        return super().get(request, launch_id)


class PortfolioFilter(filters.FilterSet):
    status = filters.MultipleChoiceFilter(
        choices=[(status.value, status.label) for status in PORTFOLIO_STATUSES],
        help_text="Only launches in these statuses (repeat for several); closed and cancelled are never shown.",
    )
    department = filters.ModelChoiceFilter(
        queryset=Department.objects.all(),
        method="filter_department",
        help_text="Only launches with a workstream of this department (its id).",
    )

    class Meta:
        model = Launch
        fields = ["status", "department"]

    # The filter's method hides the department's id type from drf-spectacular: say it.
    @extend_schema_field({"type": "integer", "description": "Only launches with a workstream of this department."})
    def filter_department(self, queryset, name, value):
        return launches_of_department(queryset, value)


class PortfolioView(GenericAPIView):
    """The office's portfolio (readiness/portfolio.py): everyone signed in reads every launch, so everyone
    signed in reads it."""

    permission_classes = [IsAuthenticated]
    filter_backends = [filters.DjangoFilterBackend]
    filterset_class = PortfolioFilter
    pagination_class = None
    serializer_class = PortfolioLaunchSerializer

    def get_queryset(self):
        return portfolio_launch_list()

    @extend_schema(responses=PortfolioLaunchSerializer(many=True))
    def get(self, request):
        """Every launch not closed or cancelled, by T-0: days to T-0, readiness, gates due in the next two weeks
        and at risk, open conflicts, the forecast slip of T-0, and its gates and milestones for the timeline."""
        launches = list(self.filter_queryset(self.get_queryset()))
        return Response(PortfolioLaunchSerializer(portfolio(launches=launches, now=timezone.now()), many=True).data)

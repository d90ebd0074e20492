"""API views of the workload (readiness/workload.py): everyone's weeks, one person's days, and what an assignment
would do. The office and department leads read everyone; members and viewers only their own workload; only the
office and leads preview an assignment."""

import datetime as dt

from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.models import User
from core.schema import ErrorSerializer
from readiness import workload
from readiness.api.workload_serializers import (
    WorkloadListQuerySerializer,
    WorkloadListSerializer,
    WorkloadPersonQuerySerializer,
    WorkloadPersonSerializer,
    WorkloadPreviewQuerySerializer,
    WorkloadPreviewSerializer,
)

_ERRORS = {400: ErrorSerializer, 403: ErrorSerializer}


def _query(serializer_class: type, request, now: dt.datetime) -> dict:
    """The query string, validated; `from` defaults to this week's Monday in the reader's own zone."""
    today = now.astimezone(request.user.time_zone).date()
    query = serializer_class(data=request.query_params, context={"this_monday": workload.week_start(today)})
    query.is_valid(raise_exception=True)
    return query.validated_data


class WorkloadView(APIView):
    """Everyone's open work per week across every launch (members and viewers: only their own row)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="workload_list",
        parameters=[WorkloadListQuerySerializer],
        responses={200: WorkloadListSerializer, **_ERRORS},
    )
    def get(self, request):
        """Per person and ISO week: open tasks (assignee or collaborator) on their scheduled days, their hours
        (effort spread over the tasks' working days), in how many launches, and whether that is over the
        capacity the office set. The office and leads see everyone active with work in these weeks or a
        capacity; members and viewers see only their own row."""
        now = timezone.now()
        query = _query(WorkloadListQuerySerializer, request, now)
        body = workload.workload_list(
            actor=request.user,
            first_week=query["from"],
            weeks=query["weeks"],
            department=query.get("department"),
            over_only=query["over"],
            now=now,
        )
        return Response(WorkloadListSerializer(body).data)


class WorkloadPersonView(APIView):
    """One person's open work per day (the office and leads: anyone's; others: their own)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="workload_person",
        parameters=[WorkloadPersonQuerySerializer],
        responses={200: WorkloadPersonSerializer, **_ERRORS, 404: ErrorSerializer},
    )
    def get(self, request, person_id: str):
        """Each day from `from` to `to` (at most 92 days; default four weeks from this Monday): open tasks and
        hours, over when the day's week is over capacity; the weeks those days fall in; and the tasks."""
        person = User.objects.filter(pk=person_id, is_active=True).first()
        if person is None:
            raise NotFound("No active person with this id.")
        workload.workload_access_check(request.user, person.pk)
        now = timezone.now()
        query = _query(WorkloadPersonQuerySerializer, request, now)
        first, last = query["from"], query["to"]
        body = workload.workload_person(actor=request.user, person=person, first=first, last=last, now=now)
        return Response(WorkloadPersonSerializer(body).data)


class WorkloadPreviewView(APIView):
    """What putting a person on a task would do to their weeks (the office and leads only)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="workload_preview",
        parameters=[WorkloadPreviewQuerySerializer],
        responses={200: WorkloadPreviewSerializer, **_ERRORS, 409: ErrorSerializer},
    )
    def get(self, request):
        """For each week the task overlaps: the person's other open work, and the tasks and hours with this task;
        over_allocated_after, and a message naming the first week over capacity."""
        workload.workload_preview_access_check(request.user)
        now = timezone.now()
        query = _query(WorkloadPreviewQuerySerializer, request, now)
        body = workload.workload_preview(actor=request.user, person=query["person"], task=query["task"], now=now)
        return Response(WorkloadPreviewSerializer(body).data)

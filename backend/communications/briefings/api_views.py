"""API of press briefings: the office and the item's department list, create and revoke journalists' links, and
see who opened them. Thin: each write calls one service, each read one selector."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from communications.briefings import selectors, services
from communications.briefings.api_serializers import (
    BriefingCreateSerializer,
    BriefingListQuerySerializer,
    BriefingOpenSerializer,
    BriefingSerializer,
)
from communications.models import Briefing, BriefingOpen, Communication
from core.schema import ErrorSerializer
from core.serializers import NoBody


def _briefing(pk: str) -> Briefing:
    briefing = selectors.briefing_get(briefing_id=int(pk))
    if briefing is None:
        raise NotFound("No such briefing.")
    return briefing


class BriefingViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """Embargoed press briefings: one named journalist's personal, revocable link to a press release, blog or
    newsletter before its embargo lifts. The office and members of the item's department manage them."""

    permission_classes = [IsAuthenticated]
    serializer_class = BriefingSerializer
    queryset = Briefing.objects.none()
    lookup_value_regex = r"[0-9]{1,18}"
    filter_backends: list = []

    def get_queryset(self):
        query = BriefingListQuerySerializer(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        communication_id = query.validated_data.get("communication")
        communication = None
        if communication_id is not None:
            communication = Communication.objects.select_related("department").filter(pk=communication_id).first()
            if communication is None:
                raise NotFound("No such communication.")
        return selectors.briefing_list(actor=self.request.user, communication=communication)

    @extend_schema(parameters=[BriefingListQuerySerializer])
    def list(self, request, *args, **kwargs):
        """The briefings of one communication (`?communication=`: 403 for those who may not brief on it), or
        every briefing you may manage (none for a viewer), newest first. `url` is null: the link is shown once."""
        return super().list(request, *args, **kwargs)

    @extend_schema(
        request=BriefingCreateSerializer,
        responses={201: BriefingSerializer, 400: ErrorSerializer, 403: ErrorSerializer, 409: ErrorSerializer},
    )
    def create(self, request):
        """Brief a journalist: the answer's `url` is their secret link, shown this once (only a hash is kept). For
        a press release, blog or newsletter submitted or approved, not yet published, in a launch not cancelled."""
        serializer = BriefingCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        briefing, token = services.briefing_create(actor=request.user, **serializer.validated_data)
        answer = selectors.briefing_with_count(briefing_id=briefing.pk)
        body = BriefingSerializer(answer, context={"request": request, "token": token}).data
        return Response(body, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses={200: BriefingSerializer, 403: ErrorSerializer, 404: ErrorSerializer})
    @action(detail=True, methods=["post"])
    def revoke(self, request, pk=None):
        """Revoke the link: the page answers 410 Gone from now on; who opened it stays on record. Idempotent."""
        NoBody(data=request.data).is_valid(raise_exception=True)
        briefing = services.briefing_revoke(actor=request.user, briefing=_briefing(pk))
        return Response(self.get_serializer(selectors.briefing_with_count(briefing_id=briefing.pk)).data)


class BriefingOpenListView(generics.ListAPIView):
    """Who opened a briefing's link, when (newest first), from which address and browser, and whether the page
    was still embargoed. For the office and members of the item's department (403 for others)."""

    permission_classes = [IsAuthenticated]
    serializer_class = BriefingOpenSerializer
    queryset = BriefingOpen.objects.none()
    filter_backends: list = []

    def get_queryset(self):
        return selectors.briefing_opens(actor=self.request.user, briefing=_briefing(self.kwargs["pk"]))

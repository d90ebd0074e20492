"""API views for communications: thin, each write calls one service."""

from django.shortcuts import get_object_or_404
from django.utils import timezone
from django_filters import rest_framework as filters
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.permissions import CanChangePlanOrReadOnly, IsOffice
from communications import selectors, services
from communications.api.serializers import (
    CommunicationBoardSerializer,
    CommunicationDecideSerializer,
    CommunicationPolicySerializer,
    CommunicationPolicyUpdateSerializer,
    CommunicationSerializer,
    CommunicationUpdateSerializer,
    HintSerializer,
    HintShareRequestSerializer,
    HintShareSerializer,
)
from communications.errors import EmbargoNotLiftedError
from communications.models import Communication, CommunicationKind, CommunicationStatus
from core.errors import ValidationError
from core.schema import ErrorSerializer
from core.viewsets import IF_MATCH
from launches.api.viewsets import PlanViewSet
from launches.models import Launch


class CommunicationFilter(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=CommunicationStatus.choices)
    kind = filters.MultipleChoiceFilter(choices=CommunicationKind.choices)

    class Meta:
        model = Communication
        fields = ["launch", "status", "kind", "department", "author", "embargo_gate"]


class CommunicationViewSet(PlanViewSet):
    """Outbound communications of a launch. Everyone signed in reads; members of the launch's departments (and
    the office) draft; the author edits, submits, publishes and withdraws; the office (or the lead, per the kind's
    policy) and the item's named approvers approve."""

    permission_classes = [CanChangePlanOrReadOnly]
    filterset_class = CommunicationFilter
    ordering_fields = ["offset_days", "at", "created_at", "updated_at", "status", "kind", "title"]
    queryset = Communication.objects.none()

    def get_queryset(self):
        return selectors.communication_list()

    def get_permissions(self):
        if self.action == "decide":
            # A named approver may be a viewer (an executive): communication_decide checks who decides.
            return [IsAuthenticated()]
        return super().get_permissions()

    serializer_class = CommunicationSerializer
    update_serializer_class = CommunicationUpdateSerializer

    def create_object(self, *, data):
        return services.communication_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.communication_update(actor=self.request.user, item=instance, data=data)

    def delete_object(self, *, instance):
        services.communication_delete(actor=self.request.user, item=instance)

    def _step(self, service, body=None):
        return self.guarded_action(lambda item, **data: service(actor=self.request.user, item=item, **data), body)

    @extend_schema(request=None, responses=CommunicationSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        """The author submits a draft for the office's approval."""
        return self._step(services.communication_submit)

    @extend_schema(request=CommunicationDecideSerializer, responses=CommunicationSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def decide(self, request, pk=None):
        """The kind's approver (the office, or the lead its policy lets) or a named approver (`as_named`) approves or
        rejects a submitted item (a rejection needs a comment); approved once all of them approved; never edited."""
        return self._step(services.communication_decide, CommunicationDecideSerializer)

    @extend_schema(request=None, responses=CommunicationSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        """The author or the office publishes an approved item once its embargo lifted (409 otherwise: the
        attempt is recorded and the office alerted); it goes out to its destinations."""
        try:
            return self._step(services.communication_publish)
        except EmbargoNotLiftedError:
            # The refused write rolled back: the alert is its own write.
            services.communication_publish_blocked_record(actor=request.user, item=self.get_object())
            raise

    @extend_schema(request=None, responses=CommunicationSerializer, parameters=[IF_MATCH])
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        """The author or the office withdraws an item that is not published."""
        return self._step(services.communication_withdraw)


class CommunicationPolicyViewSet(viewsets.ViewSet):
    """Who approves each kind of communication: everyone signed in reads, the office sets (PATCH)."""

    lookup_field = "kind"
    lookup_value_regex = r"[a-z_]{1,20}"

    def get_permissions(self):
        return [IsAuthenticated()] if self.action == "list" else [IsOffice()]

    def _row(self, kind: str, stored: dict[str, str]) -> dict:
        return {
            "kind": kind,
            "kind_label": CommunicationKind(kind).label,
            "approval": selectors.policy_approval(kind, stored),
        }

    @extend_schema(responses=CommunicationPolicySerializer(many=True))
    def list(self, request):
        """Every kind with who approves it (a kind the office never set shows its default)."""
        stored = selectors.communication_policies()
        return Response(
            CommunicationPolicySerializer(
                [self._row(kind, stored) for kind in CommunicationKind.values], many=True
            ).data
        )

    @extend_schema(request=CommunicationPolicyUpdateSerializer, responses=CommunicationPolicySerializer)
    def partial_update(self, request, kind=None):
        """The office sets who approves this kind: office, lead (the department's lead, or the office) or none."""
        if kind not in CommunicationKind.values:
            raise NotFound("No such kind of communication.")
        body = CommunicationPolicyUpdateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.communication_policy_set(actor=request.user, kind=kind, **body.validated_data)
        return Response(CommunicationPolicySerializer(self._row(kind, selectors.communication_policies())).data)


class CommunicationBoardView(APIView):
    """The office's view of one launch's communications: out, queued, embargoed, awaiting approval, and early
    publish attempts. Everyone signed in reads launches, so everyone may read it."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        parameters=[OpenApiParameter("launch", int, required=True, description="The launch.")],
        responses={200: CommunicationBoardSerializer, 400: ErrorSerializer, 404: ErrorSerializer},
    )
    def get(self, request):
        launch_id = request.query_params.get("launch", "")
        if not launch_id.isdigit() or len(launch_id) > 18:
            raise ValidationError("Name the launch: ?launch=<id>.", field="launch")
        launch = get_object_or_404(Launch, pk=int(launch_id))
        board = selectors.communication_board(launch=launch, now=timezone.now())
        context = {"request": request}
        return Response(CommunicationBoardSerializer(board, context=context).data)


class HintViewSet(viewsets.GenericViewSet):
    """Employee hints open for sharing now, for everyone signed in; sharing one records who shared it where."""

    permission_classes = [IsAuthenticated]
    serializer_class = HintSerializer
    queryset = Communication.objects.none()
    lookup_value_regex = r"[0-9]{1,18}"
    filter_backends: list = []
    pagination_class = None

    def _row(self, item: Communication, mine: list[str]) -> dict:
        share_url = self.request.build_absolute_uri(f"/newsroom/{item.launch_id}/")
        text = item.title if not item.body else f"{item.title}: {item.body}"
        return {
            "id": item.pk,
            "title": item.title,
            "body": item.body,
            "launch": item.launch_id,
            "launch_name": item.launch.name,
            "share_until": selectors.hint_share_until(item),
            "share_text": text[:280],
            "share_url": share_url,
            "shared_by_me": mine,
        }

    def list(self, request):
        """The hints anyone may share now (inside their window, their embargo lifted)."""
        rows = selectors.hints_shareable(user_id=request.user.pk, now=timezone.now())
        return Response(HintSerializer([self._row(item, mine) for item, mine in rows], many=True).data)

    @extend_schema(request=HintShareRequestSerializer, responses={201: HintShareSerializer})
    @action(detail=True, methods=["post"])
    def share(self, request, pk=None):
        """Record a share (the page calls it when its share link or copy button is used)."""
        body = HintShareRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        item = get_object_or_404(
            Communication.objects.select_related("launch", "embargo_gate", "embargo_task"),
            pk=pk,
            kind=CommunicationKind.EMPLOYEE_HINT,
        )
        share = services.hint_share_record(actor=request.user, item=item, **body.validated_data)
        return Response(HintShareSerializer(share).data, status=status.HTTP_201_CREATED)


class HintShareFilter(filters.FilterSet):
    launch = filters.NumberFilter(field_name="communication__launch")

    class Meta:
        model = HintShareSerializer.Meta.model
        fields = ["communication", "launch", "user", "network"]


class HintShareViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """Who shared which hint, where and when: the office monitors it."""

    permission_classes = [IsOffice]
    serializer_class = HintShareSerializer
    filterset_class = HintShareFilter
    queryset = HintShareSerializer.Meta.model.objects.none()

    def get_queryset(self):
        return selectors.hint_share_list()

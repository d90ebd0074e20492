"""API views for playbooks: thin, each write calls one service."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.response import Response

from accounts.permissions import IsOfficeOrReadOnly
from core.viewsets import ServiceModelViewSet
from launches.api.serializers import LaunchSerializer
from launches.selectors import launch_list
from playbooks import selectors, services
from playbooks.api.serializers import PlaybookInstantiateSerializer, PlaybookSerializer, PlaybookSummarySerializer
from playbooks.models import Playbook


class PlaybookViewSet(ServiceModelViewSet):
    """Reusable launch plans. Everyone signed in reads; the office saves, instantiates and deletes."""

    permission_classes = [IsOfficeOrReadOnly]
    http_method_names = ["get", "post", "delete", "head", "options"]
    ordering_fields = ["name", "created_at"]
    queryset = Playbook.objects.none()

    def get_queryset(self):
        # The items are read only where they are answered: a retrieve, or the playbook a create just saved.
        return selectors.playbook_detail_list() if self.action in ("retrieve", "create") else selectors.playbook_list()

    def get_serializer_class(self):
        return PlaybookSummarySerializer if self.action == "list" else PlaybookSerializer

    def create_object(self, *, data):
        return services.playbook_create(
            actor=self.request.user,
            launch=data["from_launch"],
            name=data["name"],
            description=data.get("description", ""),
        )

    def delete_object(self, *, instance):
        services.playbook_delete(actor=self.request.user, playbook=instance)

    @extend_schema(request=PlaybookInstantiateSerializer, responses={201: LaunchSerializer})
    @action(detail=True, methods=["post"])
    def instantiate(self, request, pk=None):
        """Create a launch from this playbook: every item on its offset from the new T-0, in one transaction."""
        playbook = self.get_object()
        serializer = PlaybookInstantiateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        launch = services.playbook_instantiate(actor=request.user, playbook=playbook, **serializer.validated_data)
        return Response(LaunchSerializer(launch_list().get(pk=launch.pk)).data, status=status.HTTP_201_CREATED)

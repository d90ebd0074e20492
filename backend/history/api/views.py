"""The undo history of a launch, for the person asking: what Undo and Redo would do, and doing it."""

from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.access import access_for
from accounts.models import Role
from core.serializers import NoBody
from history import selectors, services
from history.api.serializers import HistoryAppliedSerializer, HistoryStateSerializer
from launches.models import Launch


class CanUndo(BasePermission):
    """Signed in and not only a viewer: a viewer changes nothing, so has nothing to undo."""

    message = "Viewers may only read: they have nothing to undo."

    def has_permission(self, request, view) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        return access_for(request.user).roles != [Role.VIEWER.value]


def _launch(launch_id: str) -> Launch:
    launch = Launch.objects.filter(pk=launch_id).first()
    if launch is None:
        raise NotFound()
    return launch


class LaunchHistoryView(APIView):
    """What Undo would take back and Redo would do again: your own latest changes in this launch."""

    permission_classes = [CanUndo]

    @extend_schema(responses=HistoryStateSerializer)
    def get(self, request, launch_id: str):
        launch = _launch(launch_id)
        state = selectors.history_state(actor=request.user, launch_id=launch.pk)
        return Response(HistoryStateSerializer(state).data)


class _StepApplyView(APIView):
    permission_classes = [CanUndo]
    direction: services.Direction

    def post(self, request, launch_id: str):
        NoBody(data=request.data).is_valid(raise_exception=True)
        launch = _launch(launch_id)
        step = services.history_step_apply(actor=request.user, launch=launch, direction=self.direction)
        state = selectors.history_state(actor=request.user, launch_id=launch.pk)
        return Response(HistoryAppliedSerializer({"undo": state.undo, "redo": state.redo, "applied": step}).data)


class LaunchUndoView(_StepApplyView):
    """Undo your latest change in this launch, through the same checks as any change: 403 if you may no longer
    make it, 409 `changed_since` if its item changed since (nothing changes; a refused step is dropped), 409
    `nothing_to_undo` if there is none."""

    direction = "undo"

    @extend_schema(request=None, responses=HistoryAppliedSerializer)
    def post(self, request, launch_id: str):
        return super().post(request, launch_id)


class LaunchRedoView(_StepApplyView):
    """Redo the change you undid last in this launch (until you make a new one): as Undo, 409 `changed_since` or
    `nothing_to_redo`."""

    direction = "redo"

    @extend_schema(request=None, responses=HistoryAppliedSerializer)
    def post(self, request, launch_id: str):
        return super().post(request, launch_id)

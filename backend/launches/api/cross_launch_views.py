"""The API of dependencies between launches (docs/cross-launch.md): everyone signed in reads, the office links,
changes and removes. Each answer carries both ends' scheduled days and whether the link holds."""

from typing import Any

from django.db.models import Model, Q
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers

from accounts.permissions import IsOfficeOrReadOnly
from core.serializers import ModelSerializer
from core.viewsets import ServiceModelViewSet
from launches import cross_launch
from launches.api.serializers import CrossLaunchTaskSerializer
from launches.locks import launch_lock
from launches.models import CrossLaunchDependency, Launch, Task


class CrossLaunchDependencyListSerializer(serializers.ListSerializer):
    """A page of links: both launches' schedules are computed once for all of them (a fixed number of queries)."""

    def to_representation(self, data: Any) -> list[Any]:
        links = list(data.all() if hasattr(data, "all") else data)
        self.child.states = cross_launch.cross_launch_link_states(links)
        return [self.child.to_representation(link) for link in links]


class CrossLaunchDependencySerializer(serializers.Serializer):
    """A link as read: the successor waits on the predecessor, of another launch."""

    id = serializers.IntegerField()
    type = serializers.CharField()
    lag_days = serializers.IntegerField(help_text="Calendar days.")
    successor = CrossLaunchTaskSerializer(help_text="The task that waits (its launch is the link's).")
    predecessor = CrossLaunchTaskSerializer(help_text="The task of the other launch it waits on.")
    violated = serializers.BooleanField(help_text="The scheduled days no longer allow the link.")
    days_late = serializers.IntegerField(help_text="By how many days (0 when the link holds).")

    class Meta:
        list_serializer_class = CrossLaunchDependencyListSerializer

    states: dict[int, Any] | None = None

    def to_representation(self, instance: CrossLaunchDependency) -> Any:
        states = self.states if self.states and instance.pk in self.states else None
        state = (states or cross_launch.cross_launch_link_states([instance]))[instance.pk]
        return super().to_representation(state)


class CrossLaunchDependencyCreateSerializer(ModelSerializer):
    """A new link: `successor` waits on `predecessor`, a task of another launch."""

    successor = serializers.PrimaryKeyRelatedField(queryset=Task.objects.select_related("workstream"))
    predecessor = serializers.PrimaryKeyRelatedField(queryset=Task.objects.select_related("workstream"))

    class Meta:
        model = CrossLaunchDependency
        fields = ["successor", "predecessor", "type", "lag_days"]
        extra_kwargs = {"lag_days": {"min_value": -365, "max_value": 365}}
        validators = []  # each pair once is a service rule with a clearer message

    def to_representation(self, instance: CrossLaunchDependency) -> Any:
        return CrossLaunchDependencySerializer(instance, context=self.context).data


class CrossLaunchDependencyUpdateSerializer(CrossLaunchDependencyCreateSerializer):
    """The type and the lag; its two tasks never change (remove it and link again)."""

    class Meta(CrossLaunchDependencyCreateSerializer.Meta):
        fields = ["type", "lag_days"]


class CrossLaunchDependencyFilter(filters.FilterSet):
    launch = filters.ModelChoiceFilter(
        queryset=Launch.objects.all(), method="either_end", help_text="Links with either end in this launch."
    )

    class Meta:
        model = CrossLaunchDependency
        fields = ["launch"]

    def either_end(self, queryset: Any, name: str, value: Launch) -> Any:
        return queryset.filter(Q(launch=value) | Q(predecessor_launch=value))


@extend_schema_view(
    create=extend_schema(
        request=CrossLaunchDependencyCreateSerializer, responses={201: CrossLaunchDependencySerializer}
    ),
    update=extend_schema(request=CrossLaunchDependencyUpdateSerializer, responses=CrossLaunchDependencySerializer),
    partial_update=extend_schema(
        request=CrossLaunchDependencyUpdateSerializer, responses=CrossLaunchDependencySerializer
    ),
)
class CrossLaunchDependencyViewSet(ServiceModelViewSet):
    """A task waiting on a task of another launch: checked against both launches' scheduled days, never part of
    either schedule. Everyone signed in reads; the office links, changes the type or lag, and removes."""

    permission_classes = [IsOfficeOrReadOnly]
    filterset_class = CrossLaunchDependencyFilter
    ordering_fields: list[str] = []
    queryset = CrossLaunchDependency.objects.none()
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return cross_launch.cross_launch_dependency_list()

    def get_serializer_class(self):
        if self.action == "create":
            return CrossLaunchDependencyCreateSerializer
        if self.action in ("update", "partial_update"):
            return CrossLaunchDependencyUpdateSerializer
        return CrossLaunchDependencySerializer

    def lock_for_write(self, obj: Model) -> None:
        # Both launches by id, then the link (launches/locks.py's order).
        launch_lock(obj.launch_id, obj.predecessor_launch_id)  # type: ignore[attr-defined]
        super().lock_for_write(obj)

    def create_object(self, *, data):
        return cross_launch.cross_launch_dependency_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return cross_launch.cross_launch_dependency_update(actor=self.request.user, dependency=instance, data=data)

    def delete_object(self, *, instance):
        cross_launch.cross_launch_dependency_delete(actor=self.request.user, dependency=instance)

"""API views for webhooks (office only) and their delivery log."""

from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets

from accounts.permissions import IsOffice
from core.viewsets import ServiceModelViewSet
from webhooks import selectors, services
from webhooks.api.serializers import WebhookCreatedSerializer, WebhookDeliverySerializer, WebhookSerializer
from webhooks.models import Webhook, WebhookDelivery


class WebhookViewSet(ServiceModelViewSet):
    """URLs that receive launch events, per launch or for all launches. The secret is shown once, on creation."""

    permission_classes = [IsOffice]
    filterset_fields = ["launch", "is_active"]
    ordering_fields = ["created_at"]
    queryset = Webhook.objects.none()

    def get_queryset(self):
        return selectors.webhook_list()

    def get_serializer_class(self):
        return WebhookCreatedSerializer if self.action == "create" else WebhookSerializer

    @extend_schema(responses={201: WebhookCreatedSerializer})
    def create(self, request, *args, **kwargs):
        return super().create(request, *args, **kwargs)

    def create_object(self, *, data):
        return services.webhook_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.webhook_update(actor=self.request.user, webhook=instance, data=data)

    def delete_object(self, *, instance):
        services.webhook_delete(actor=self.request.user, webhook=instance)


class WebhookDeliveryFilter(filters.FilterSet):
    class Meta:
        model = WebhookDelivery
        fields = ["webhook", "status", "event_kind"]


class WebhookDeliveryViewSet(viewsets.ReadOnlyModelViewSet):
    """The delivery log: each event sent to each webhook, with every attempt's status or error."""

    permission_classes = [IsOffice]
    serializer_class = WebhookDeliverySerializer
    filterset_class = WebhookDeliveryFilter
    ordering_fields = ["created_at"]
    lookup_value_regex = r"[0-9]{1,18}"
    queryset = WebhookDelivery.objects.none()

    def get_queryset(self):
        return selectors.webhook_delivery_list()

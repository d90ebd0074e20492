"""Reads of webhooks and their delivery log."""

from django.db.models import QuerySet

from webhooks.models import Webhook, WebhookDelivery


def webhook_list() -> QuerySet[Webhook]:
    return Webhook.objects.order_by("id")


def webhook_delivery_list() -> QuerySet[WebhookDelivery]:
    """Deliveries with their attempts (two queries per page)."""
    return WebhookDelivery.objects.prefetch_related("attempts").order_by("-created_at", "-id")

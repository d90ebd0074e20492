"""Webhooks: launch events posted to chat tools (Slack, Teams) and other systems, signed and retried."""

from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "webhooks"

"""Department deliverables counted in readiness: Customer Care's knowledge base, HR's recruiting."""

from django.apps import AppConfig


class DeliverablesConfig(AppConfig):
    name = "deliverables"

"""Communications: outbound content planned for a launch, approved, and sent out after its embargo."""

from importlib import import_module

from django.apps import AppConfig
from django.conf import settings


class CommunicationsConfig(AppConfig):
    name = "communications"

    def ready(self) -> None:
        # The built-in channels, then any a deployment plugs in (COMMUNICATION_CHANNEL_MODULES: modules whose
        # classes register themselves with @channel_register; docs/communications.md#channels).
        import_module("communications.channels")
        for module in settings.COMMUNICATION_CHANNEL_MODULES:
            import_module(module)

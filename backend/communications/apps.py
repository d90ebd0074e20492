"""Communications: outbound content planned for a launch, approved by the office, published after its embargo."""

from django.apps import AppConfig


class CommunicationsConfig(AppConfig):
    name = "communications"

"""Playbooks: reusable launch plans saved from a launch and instantiated into new launches."""

from django.apps import AppConfig


class PlaybooksConfig(AppConfig):
    name = "playbooks"

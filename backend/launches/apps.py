"""Launches: launches, workstreams, tasks, dependencies and milestones."""

from django.apps import AppConfig


class LaunchesConfig(AppConfig):
    name = "launches"

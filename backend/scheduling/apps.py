"""Scheduling: the pure schedule engine (engine.py) and its mapping from the launch model (plan.py)."""

from django.apps import AppConfig


class SchedulingConfig(AppConfig):
    name = "scheduling"

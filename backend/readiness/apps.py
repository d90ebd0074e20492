"""Readiness: the reads that compose a launch's plan with the apps planned around it (the timeline, readiness)
and the daily digest built from them; an app without models, above every app it reads."""

from django.apps import AppConfig


class ReadinessConfig(AppConfig):
    name = "readiness"

"""Developer feedback: what early users say about a launch, triaged by Engineering."""

from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "feedback"

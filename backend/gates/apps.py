"""Gates: approval checkpoints on a launch's timeline (PRODUCT.md rule 4)."""

from django.apps import AppConfig


class GatesConfig(AppConfig):
    name = "gates"

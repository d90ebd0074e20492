"""History: undo and redo of one's own recent changes to a launch's plan (docs/undo.md), applied through the
ordinary services so each is permission-checked and audited like any change; above the apps it undoes."""

from django.apps import AppConfig


class HistoryConfig(AppConfig):
    name = "history"

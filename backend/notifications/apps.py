"""Notifications: in-app notices, reminders, digests and email, driven by launch events (PRODUCT.md)."""

from importlib import import_module

from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class NotificationsConfig(AppConfig):
    name = "notifications"

    def ready(self) -> None:
        # Each app above notifications says who hears of its events in its announcements.py (found like the
        # admin's admin.py); those of launches, below notifications, are said here.
        import_module("notifications.launch_announcements")
        autodiscover_modules("announcements")

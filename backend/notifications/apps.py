"""Notifications: in-app notices, reminders, digests and email, driven by launch events (PRODUCT.md)."""

from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"

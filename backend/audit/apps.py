"""Audit: who changed what and when, for every change to a launch's plan (PRODUCT.md rule 6)."""

from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "audit"

"""Accounts: users, departments, roles, and the access_* checks."""

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"

"""Admin permissions follow the org chart: an active office user holds every permission on T-Minus's own apps."""

from django.contrib.auth.backends import BaseBackend

# Django's own auth app (groups, permissions) stays with superusers.
OFFICE_APP_LABELS = frozenset(
    {
        "accounts",
        "launches",
        "gates",
        "audit",
        "calendars",
        "notifications",
        "webhooks",
        "playbooks",
        "feedback",
        "communications",
        "deliverables",
        "authtoken",
        "django_celery_beat",
    }
)


class OfficePermissionBackend(BaseBackend):
    """Grants permissions only (authentication stays with ModelBackend), from the one flag that makes someone
    the office: a group that must be kept in step with every new model cannot drift out of date this way."""

    def _is_office(self, user_obj) -> bool:
        return bool(user_obj.is_active and getattr(user_obj, "is_office", False))

    def has_perm(self, user_obj, perm: str, obj=None) -> bool:
        return self._is_office(user_obj) and perm.split(".", 1)[0] in OFFICE_APP_LABELS

    def has_module_perms(self, user_obj, app_label: str) -> bool:
        return self._is_office(user_obj) and app_label in OFFICE_APP_LABELS

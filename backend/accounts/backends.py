"""Admin permissions follow the org chart: an active office user holds every permission on T-Minus's own apps."""

from django.contrib.auth.backends import BaseBackend

# T-Minus's own apps, and nothing else. What stays with superusers: Django's auth app (groups, permissions);
# the API tokens (DRF's authtoken, or knox): a key, or its digest, is a credential; and django_celery_beat:
# a periodic task runs any registered task with the arguments it holds, and the package's run/enable actions
# need only view permission, so even a view-only office could start any task at will. The beat schedule is
# deployment configuration, written by migrations.
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
        "history",
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

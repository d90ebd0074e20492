"""Admin pieces shared by the apps."""

from django.http import HttpRequest


class ViewOnlyAdminMixin:
    """Shown in the admin, never added or changed there: the services own those writes (and their rules, audit
    and plan version). Deleting stays allowed only where `deletable` says so."""

    deletable = False

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return self.deletable and super().has_delete_permission(request, obj)

"""DRF permission classes: the coarse gate before the services' object-level access_* checks."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

from accounts.access import access_for
from accounts.models import Role


class IsOfficeOrReadOnly(BasePermission):
    """Any signed-in user reads; only the office writes."""

    message = "Only the Social Business Office may change this."

    def has_permission(self, request, view) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        return request.method in SAFE_METHODS or access_for(request.user).is_office


class CanChangePlanOrReadOnly(BasePermission):
    """Any signed-in user reads; office, leads and members write (services then check the object)."""

    message = "Viewers may only read."

    def has_permission(self, request, view) -> bool:
        if not (request.user and request.user.is_authenticated):
            return False
        return request.method in SAFE_METHODS or access_for(request.user).roles != [Role.VIEWER.value]


class IsOffice(BasePermission):
    """Only the office, for reading and writing (webhooks and their delivery log)."""

    message = "Only the Social Business Office may see or change this."

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_authenticated and access_for(request.user).is_office)

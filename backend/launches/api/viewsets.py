"""The API's base for everything that belongs to a launch's plan."""

from django.db.models import Model

from core.viewsets import ServiceModelViewSet
from launches.locks import plan_lock


class PlanViewSet(ServiceModelViewSet):
    """A ServiceModelViewSet whose writes lock the launch first, then the object (launches/locks.py's order)."""

    def lock_for_write(self, obj: Model) -> None:
        plan_lock(obj)

"""Reads of the audit history."""

from django.db.models import QuerySet

from audit.models import AuditEvent


def audit_events_for_launch(launch_id: int) -> QuerySet[AuditEvent]:
    """A launch's history, newest first, with actor and department (one query per page)."""
    return AuditEvent.objects.filter(launch_id=launch_id).select_related("actor", "department")

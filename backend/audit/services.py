"""The rows of the audit trail, written by audit.followers for every emitted Change (rule 6: nothing is lost).
What a write changed is worked out with events.changes."""

from collections.abc import Iterable
from typing import Any

from accounts.models import User
from audit.models import AuditEvent
from events.kinds import Change


def _event(
    actor: User | None,
    action: str,
    entity: str,
    entity_id: int,
    entity_label: str,
    launch_id: int | None,
    department_id: int | None,
    changes: dict[str, Any] | None,
    message: str,
) -> AuditEvent:
    return AuditEvent(
        actor=actor if actor is not None and actor.pk else None,
        action=action,
        entity=entity,
        entity_id=entity_id,
        entity_label=entity_label[:200],
        launch_id=launch_id,
        department_id=department_id,
        changes=changes or {},
        message=message[:500],
    )


def audit_rows_create(changes: Iterable[Change]) -> list[AuditEvent]:
    """The audit rows of emitted changes, inserted in bulk (a 500-task playbook stays one statement)."""
    return AuditEvent.objects.bulk_create(
        _event(
            change.actor,
            change.action,
            change.entity,
            change.id,
            change.label,
            change.launch_id,
            change.department_id,
            dict(change.changes),
            change.message,
        )
        for change in changes
    )

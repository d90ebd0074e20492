"""The audit trail follows every Change (rule 6: nothing is lost), in the transaction that made it."""

from collections.abc import Sequence

from audit.models import AuditAction
from audit.services import audit_rows_create
from events.kinds import Change


def audit_changes_record(events: Sequence[Change]) -> None:
    """One audit row per change, inserted in one statement; an update that changed nothing records nothing."""
    audit_rows_create(event for event in events if event.action != AuditAction.UPDATE or event.changes)

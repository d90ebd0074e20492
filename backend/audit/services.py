"""Recording audit events; every service that changes a launch's plan calls audit_record in its transaction."""

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from accounts.models import User
from audit.models import AuditAction, AuditEvent

_encoder = DjangoJSONEncoder()


def _plain(value: Any) -> Any:
    """A JSON-ready form of a field value (dates, time zones and decimals become strings)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "key"):  # ZoneInfo
        return value.key
    return _encoder.default(value)


def audit_snapshot(instance: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The current values of fields (foreign keys as ids), for diffing after a change."""
    meta = instance._meta
    return {name: _plain(meta.get_field(name).value_from_object(instance)) for name in fields}


def audit_diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: {"from": before[name], "to": after[name]} for name in after if before.get(name) != after[name]}


@contextmanager
def audit_changes(instance: models.Model, fields: Iterable[str]) -> Iterator[dict[str, dict[str, Any]]]:
    """The field-level changes made to instance inside the block: the yielded dict is empty inside it and holds
    {field: {"from", "to"}} once the block ends, ready for audit_object. An error inside records nothing."""
    fields = tuple(fields)
    before = audit_snapshot(instance, fields)
    changes: dict[str, dict[str, Any]] = {}
    yield changes
    changes.update(audit_diff(before, audit_snapshot(instance, fields)))


def audit_record(
    *,
    actor: User | None,
    action: str,
    entity: str,
    entity_id: int,
    entity_label: str,
    launch_id: int | None,
    department_id: int | None = None,
    changes: dict[str, Any] | None = None,
    message: str = "",
) -> AuditEvent | None:
    """Rule 6 (nothing is lost): records who did what, when, with the field-level changes.

    An update that changed nothing records nothing.
    """
    if action == AuditAction.UPDATE and not changes:
        return None
    event = _event(actor, action, entity, entity_id, entity_label, launch_id, department_id, changes, message)
    event.save()
    return event


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


def audit_objects_created(
    actor: User | None,
    objs: Iterable[models.Model],
    *,
    launch_id: int | None,
    department_of: Callable[[models.Model], int | None] = lambda obj: None,
    message: str = "",
) -> None:
    """One creation event per object, inserted in bulk (a 500-task playbook stays a handful of queries)."""
    AuditEvent.objects.bulk_create(
        _event(
            actor,
            AuditAction.CREATE,
            obj._meta.model_name,
            obj.pk,
            str(obj),
            launch_id,
            department_of(obj),
            None,
            message,
        )
        for obj in objs
    )


def audit_object(
    actor: User | None,
    action: str,
    obj: models.Model,
    *,
    launch_id: int | None,
    department_id: int | None = None,
    changes: dict[str, Any] | None = None,
    message: str = "",
) -> AuditEvent | None:
    """audit_record for a model instance: its model name, id and current label. A deletion keeps the deleted
    object's last values (rule 6: nothing is lost), unless the caller names the changes itself."""
    if action == AuditAction.DELETE and changes is None:
        changes = audit_deleted(obj)
    return audit_record(
        actor=actor,
        action=action,
        entity=obj._meta.model_name,
        entity_id=obj.pk,
        entity_label=str(obj),
        launch_id=launch_id,
        department_id=department_id,
        changes=changes,
        message=message,
    )


def audit_created(obj: models.Model, fields: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The changes of a creation: every field from nothing to its value."""
    return {name: {"from": None, "to": value} for name, value in audit_snapshot(obj, fields).items()}


# Bookkeeping columns say nothing about what was deleted.
_NOT_AUDITED = frozenset({"id", "created_at", "updated_at"})


def audit_deleted(obj: models.Model, fields: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """The changes of a deletion: the given fields (every concrete one by default) from their last value to
    nothing."""
    if fields is None:
        fields = [field.name for field in obj._meta.concrete_fields if field.name not in _NOT_AUDITED]
    return {name: {"from": value, "to": None} for name, value in audit_snapshot(obj, fields).items()}

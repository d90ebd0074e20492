"""What a write changed, as the {field: {"from", "to"}} its event carries (and the audit trail keeps): a
snapshot and diff of model fields, JSON-ready (dates, zones and decimals as strings)."""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

_encoder = DjangoJSONEncoder()


def _plain(value: Any) -> Any:
    """A JSON-ready form of a field value (dates, time zones and decimals become strings)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "key"):  # ZoneInfo
        return value.key
    if isinstance(value, list | tuple):  # a JSON list field
        return [_plain(item) for item in value]
    if isinstance(value, dict):  # a JSON object, or a list field's objects (a launch's closures)
        return {str(key): _plain(item) for key, item in value.items()}
    return _encoder.default(value)


def audit_snapshot(instance: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The current values of fields (foreign keys as ids, many-to-many as sorted ids), for diffing after a change."""
    meta = instance._meta
    return {name: _field_value(instance, meta.get_field(name)) for name in fields}


def _field_value(instance: models.Model, field: Any) -> Any:
    if field.many_to_many:  # a task's collaborators: read through a prefetch when there is one
        return sorted(related.pk for related in field.value_from_object(instance))
    return _plain(field.value_from_object(instance))


def audit_diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: {"from": before[name], "to": after[name]} for name in after if before.get(name) != after[name]}


@contextmanager
def audit_changes(instance: models.Model, fields: Iterable[str]) -> Iterator[dict[str, dict[str, Any]]]:
    """The field-level changes made to instance inside the block: the yielded dict is empty inside it and holds
    {field: {"from", "to"}} once the block ends, ready for the write's event. An error inside records nothing."""
    fields = tuple(fields)
    before = audit_snapshot(instance, fields)
    changes: dict[str, dict[str, Any]] = {}
    yield changes
    changes.update(audit_diff(before, audit_snapshot(instance, fields)))


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

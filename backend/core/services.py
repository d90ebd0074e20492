"""Shared write helpers for services."""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.db import models


def model_assign(*, instance: models.Model, data: Mapping[str, Any], fields: Iterable[str]) -> None:
    """Set the given fields that data names on the instance, without saving (the caller validates first)."""
    for field in fields:
        if field in data:
            setattr(instance, field, data[field])


def model_update(*, instance: models.Model, data: Mapping[str, Any], fields: Iterable[str]) -> list[str]:
    """Set the given fields from data on the instance and save only those that changed; returns their names."""
    changed = []
    for field in fields:
        if field in data and getattr(instance, field) != data[field]:
            setattr(instance, field, data[field])
            changed.append(field)
    if changed:
        if any(f.name == "updated_at" for f in instance._meta.fields):
            changed.append("updated_at")
        instance.save(update_fields=changed)
    return [f for f in changed if f != "updated_at"]


def model_refresh_for_update(instance: models.Model, *, related: Sequence[str] = ()) -> None:
    """Lock the instance's row and re-read it (rule 6): a write starts from what is saved now, not from what the
    caller read earlier, so it neither undoes a change that landed since nor records a stale "from". `related`
    names foreign keys read in the same query (not locked: only the instance's own row is)."""
    queryset = type(instance)._base_manager.select_for_update(no_key=True, of=("self",) if related else ())
    instance.refresh_from_db(from_queryset=queryset.select_related(*related) if related else queryset)


def model_save_changed(instance: models.Model, fields: Iterable[str]) -> None:
    """Save only the named fields (and updated_at): a concurrent change of any other field stays saved."""
    changed = list(fields)
    if not changed:
        return
    if any(f.name == "updated_at" for f in instance._meta.concrete_fields):
        changed.append("updated_at")
    instance.save(update_fields=changed)

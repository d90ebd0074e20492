"""The real followers table (config/followers.py) and the kinds it follows agree with the models they end in:
each row names importable followers and kinds of events/kinds.py that some event is; each announced kind is an
outbox kind (notifications.models.EventKind); each change fits the audit trail's columns."""

import dataclasses
import inspect

import pytest
from django.conf import settings
from django.utils.module_loading import import_string

from audit.models import AuditAction, AuditEvent
from config.followers import FOLLOWERS
from events import bus, kinds
from events.bus import AFTER_COMMIT, IN_TRANSACTION, Follow
from events.kinds import Announced, Change, Event, PlanChange
from notifications.models import EventKind

CONCRETE = [
    cls
    for _, cls in inspect.getmembers(kinds, inspect.isclass)
    if cls.__module__ == kinds.__name__
    and issubclass(cls, Event)
    and dataclasses.is_dataclass(cls)
    and cls not in (Event, Change, PlanChange)
]


def _kinds_of(row: Follow) -> tuple[type, ...]:
    return row.kinds if isinstance(row.kinds, tuple) else (row.kinds,)


def _row_id(row: Follow) -> str:
    return row.follower.__qualname__


def test_the_bus_follows_this_table():
    assert settings.EVENT_FOLLOWERS == "config.followers.FOLLOWERS"
    bus.followers.cache_clear()
    assert bus.followers() == FOLLOWERS
    assert FOLLOWERS and all(isinstance(row, Follow) for row in FOLLOWERS)


@pytest.mark.parametrize("row", FOLLOWERS, ids=_row_id)
def test_each_row_names_an_importable_follower(row):
    assert row.when in (IN_TRANSACTION, AFTER_COMMIT)
    assert callable(row.follower)
    # A module-level function, found again by its dotted path (no lambda, no closure).
    assert import_string(f"{row.follower.__module__}.{row.follower.__qualname__}") is row.follower
    assert list(inspect.signature(row.follower).parameters) == ["events"]


@pytest.mark.parametrize("row", FOLLOWERS, ids=_row_id)
def test_each_row_follows_kinds_of_events_that_are_emitted(row):
    """Kinds are classes of events/kinds.py: an Event subclass, or the Announced mixin (every class mixing it
    in is an Event); each matches at least one concrete kind, so no row waits for an event that cannot come."""
    for kind in _kinds_of(row):
        assert inspect.isclass(kind) and kind.__module__ == kinds.__name__, kind
        if not issubclass(kind, Event):
            assert kind is Announced, f"{kind.__name__} is neither an Event nor the Announced mixin"
        assert any(issubclass(concrete, kind) for concrete in CONCRETE), f"no concrete kind is a {kind.__name__}"


def test_every_announced_kind_is_mixed_into_an_event():
    announced = [cls for cls in CONCRETE if issubclass(cls, Announced)]
    assert announced
    for _, cls in inspect.getmembers(kinds, inspect.isclass):
        if cls is not Announced and issubclass(cls, Announced):
            assert issubclass(cls, Event), cls


@pytest.mark.parametrize("kind", [cls for cls in CONCRETE if issubclass(cls, Announced)], ids=lambda k: k.__name__)
def test_every_announced_kind_is_an_outbox_kind(kind):
    assert kind.announced_as in EventKind.values, f"{kind.__name__}.announced_as {kind.announced_as!r}"


def test_the_two_new_announcements_are_outbox_kinds():
    assert "task.deleted" in EventKind.values
    assert "launch.status_changed" in EventKind.values


@pytest.mark.parametrize("kind", [cls for cls in CONCRETE if issubclass(cls, Change)], ids=lambda k: k.__name__)
def test_every_change_fits_the_audit_trail(kind):
    entity_length = AuditEvent._meta.get_field("entity").max_length
    assert entity_length == 30
    assert isinstance(kind.entity, str) and 0 < len(kind.entity) <= entity_length, kind.entity
    assert kind.action in AuditAction.values, kind.action

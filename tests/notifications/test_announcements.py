"""Who hears of each outbox kind is registered once, by the app that owns it (notifications/announcements.py), and
the layers hold: notifications imports nothing of webhooks, delivery is a leaf."""

import sys

import grimp
import pytest
from django.core.exceptions import ImproperlyConfigured

from events import kinds
from notifications import announcements
from notifications.models import EventKind


def _announced_kinds() -> set[str]:
    """Every announced_as of events/kinds.py (the kinds emit turns into outbox rows)."""
    found, todo = set(), [kinds.Announced]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if "announced_as" in vars(cls):
            found.add(cls.announced_as)
    return found


def test_every_outbox_kind_has_exactly_one_registered_announcement():
    registered = announcements.announcements()
    assert set(registered) == set(EventKind.values)
    assert all(found.kind == kind for kind, found in registered.items())


def test_every_announced_event_kind_is_an_outbox_kind_with_its_announcement():
    announced = _announced_kinds()
    assert announced  # the walk found the kinds
    assert announced - set(EventKind.values) == set()
    assert announced - set(announcements.announcements()) == set()


def test_a_kind_cannot_be_announced_twice_nor_an_unknown_one_at_all():
    before = announcements.announcements()
    with pytest.raises(ImproperlyConfigured, match="announced twice"):
        announcements.announcement(EventKind.GATE_DECIDED)(lambda event: [])
    with pytest.raises(ImproperlyConfigured, match="not an outbox kind"):
        announcements.announcement("task.renamed")(lambda event: [])
    with pytest.raises(ImproperlyConfigured, match="two sweeps"):
        announcements.announcement_sweep(EventKind.COMMUNICATION_EMBARGO_LIFTING)(lambda *, now: [])
    assert announcements.announcements() == before


def _graph() -> grimp.ImportGraph:
    return grimp.build_graph("notifications", "webhooks", "delivery", "core", include_external_packages=True)


def test_notifications_imports_nothing_of_webhooks():
    graph = _graph()
    assert not graph.chain_exists(importer="notifications", imported="webhooks", as_packages=True)
    assert graph.chain_exists(importer="webhooks", imported="notifications", as_packages=True)  # the one way


def test_delivery_is_a_leaf_of_django_celery_and_core():
    graph = _graph()
    imported = {
        name.split(".")[0]
        for module in graph.find_children("delivery")
        for name in graph.find_modules_directly_imported_by(module)
    }
    assert imported - set(sys.stdlib_module_names) - {"delivery"} <= {"django", "celery", "core"}

"""audit_changes: the one way services turn an update into field-level changes."""

import pytest

from events.changes import audit_changes
from tests.factories import TaskFactory

pytestmark = pytest.mark.django_db


def test_audit_changes_holds_only_the_fields_that_changed_once_the_block_ends():
    task = TaskFactory(title="Brief", duration_days=2)
    with audit_changes(task, ("title", "duration_days", "workstream")) as changes:
        task.title = "Brief v2"
        task.duration_days = 2
        assert changes == {}
    assert changes == {"title": {"from": "Brief", "to": "Brief v2"}}


def test_audit_changes_records_nothing_when_the_block_fails():
    task = TaskFactory(title="Brief")
    with pytest.raises(ValueError), audit_changes(task, ("title",)) as changes:
        task.title = "Half done"
        raise ValueError("refused")
    assert changes == {}

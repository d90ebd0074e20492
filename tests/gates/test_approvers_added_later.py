"""Issue 21: approvers added to a gate are told it awaits them (a named person, a department's lead); those named
before are not told again. A gate approved before is pending again once someone new must approve it."""

import pytest

from gates.models import Gate, GateStatus
from notifications.models import Notification, NotificationKind

pytestmark = pytest.mark.django_db


def _awaiting(user) -> int:
    return Notification.objects.filter(recipient=user, kind=NotificationKind.GATE_AWAITING_APPROVAL).count()


@pytest.fixture
def patch(client_for, world, django_capture_on_commit_callbacks):
    def call(gate, **body):
        with django_capture_on_commit_callbacks(execute=True):  # the people are told after commit
            response = client_for(world.office).patch(f"/api/v1/gates/{gate.pk}/", body, format="json")
        assert response.status_code == 200, response.content
        return response.json()

    return call


def test_a_person_and_a_department_added_to_a_pending_gate_are_told_it_awaits_them(world, patch):
    gate = Gate.objects.create(launch=world.launch, name="Executive sign-off", offset_days=-3)
    before = {user.pk: _awaiting(user) for user in (world.viewer, world.pr_lead, world.marketing_lead)}
    patch(gate, approver_users=[world.viewer.pk], approver_departments=[world.pr.pk])
    assert _awaiting(world.viewer) == before[world.viewer.pk] + 1
    assert _awaiting(world.pr_lead) == before[world.pr_lead.pk] + 1
    assert _awaiting(world.marketing_lead) == before[world.marketing_lead.pk]
    # Adding Marketing later tells only its lead, not the viewer and PR's lead again.
    patch(gate, approver_departments=[world.pr.pk, world.marketing.pk])
    assert _awaiting(world.marketing_lead) == before[world.marketing_lead.pk] + 1
    assert _awaiting(world.viewer) == before[world.viewer.pk] + 1
    assert _awaiting(world.pr_lead) == before[world.pr_lead.pk] + 1


def test_a_renamed_gate_tells_nobody(world, patch):
    gate = Gate.objects.create(launch=world.launch, name="Review", offset_days=-4)
    gate.approver_users.add(world.viewer)
    count = Notification.objects.count()
    patch(gate, name="Final review")
    assert Notification.objects.count() == count


def test_a_person_named_on_an_approved_gate_makes_it_pending_again_and_is_told(world, patch):
    gate = Gate.objects.create(launch=world.launch, name="Legal", offset_days=-3, status=GateStatus.APPROVED)
    body = patch(gate, approver_users=[world.viewer.pk])
    assert body["status"] == GateStatus.PENDING
    assert _awaiting(world.viewer) == 1

"""Playbooks in the admin: the office sees and edits the calendar, roles and communications a playbook keeps."""

import pytest
from django.db.models import RestrictedError
from django.test import Client

from playbooks.models import Playbook, PlaybookCommunication, PlaybookGate
from tests.factories import UserFactory
from tests.playbooks.factories import PlaybookFactory, PlaybookTaskFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(world) -> Client:
    client = Client()
    client.force_login(UserFactory(username="office.staff", is_office=True, is_staff=True))
    return client


def _playbook(world, name: str) -> Playbook:
    playbook = PlaybookFactory(name=name, closures=[{"name": "Offsite", "start_offset": -15, "end_offset": -14}])
    playbook.departments.set([world.pr])
    role = playbook.roles.create(department=world.pr, role="member", label=f"PR member of {name}")
    PlaybookTaskFactory(playbook=playbook, department=world.pr, title=f"Task of {name}", assignee_role=role)
    gate = playbook.gates.create(name="Go/No-Go", offset_days=-1)
    playbook.communications.create(
        kind="press_release", title=f"Release of {name}", offset_days=0, embargo="gate", embargo_gate=gate
    )
    return playbook


def test_the_admin_shows_a_playbooks_calendar_roles_and_communications(world, staff):
    playbook = _playbook(world, "Ours")
    other = _playbook(world, "Theirs")
    page = staff.get(f"/admin/playbooks/playbook/{playbook.pk}/change/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "start_offset" in html and "PR member of Ours" in html and "Release of Ours" in html
    # A task's role and a communication's embargo gate are offered from this playbook only.
    assert "PR member of Theirs" not in html
    for model in ("playbookrole", "playbookcommunication", "playbooktask"):
        assert staff.get(f"/admin/playbooks/{model}/").status_code == 200
    item = PlaybookCommunication.objects.get(playbook=other)
    assert staff.get(f"/admin/playbooks/playbookcommunication/{item.pk}/change/").status_code == 200


def test_a_gate_that_embargoes_a_communication_goes_only_with_its_playbook(world, staff):
    playbook = _playbook(world, "Ours")
    with pytest.raises(RestrictedError):
        PlaybookGate.objects.get(playbook=playbook).delete()
    response = staff.post(f"/admin/playbooks/playbook/{playbook.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Playbook.objects.exists() and not PlaybookCommunication.objects.exists()


def test_the_admin_lists_a_playbooks_links_of_every_kind_by_their_ends(world, staff):
    playbook = _playbook(world, "Ours")
    task, gate = playbook.tasks.get(), playbook.gates.get()
    later = PlaybookTaskFactory(playbook=playbook, department=world.pr, title="Pitch journalists")
    milestone = playbook.milestones.create(name="Announcement", offset_days=-3)
    playbook.dependencies.create(predecessor=task, successor_milestone=milestone)
    playbook.dependencies.create(predecessor_milestone=milestone, successor=later)
    playbook.dependencies.create(predecessor_gate=gate, successor=later)
    page = staff.get("/admin/playbooks/playbookdependency/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Milestone Announcement" in html and "Gate Go/No-Go" in html and "Task of Ours" in html
    link = playbook.dependencies.get(predecessor_gate=gate)
    assert staff.get(f"/admin/playbooks/playbookdependency/{link.pk}/change/").status_code == 200

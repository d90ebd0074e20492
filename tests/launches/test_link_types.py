"""Links of four types (issue 15): finish-to-start, start-to-start, finish-to-finish and start-to-finish, each
with a lag or a lead, stored, scheduled, audited, shown on the timeline and kept by playbooks."""

import datetime as dt

import pytest

from audit.models import AuditEvent
from launches.models import Dependency, LinkType
from tests.factories import TaskFactory

pytestmark = pytest.mark.django_db


def _link(client, predecessor, successor, **more):
    return client.post(
        "/api/v1/dependencies/", {"predecessor": predecessor.pk, "successor": successor.pk, **more}, format="json"
    )


def _timeline(client, launch):
    return client.get(f"/api/v1/launches/{launch.pk}/timeline/").json()


def test_a_start_to_start_link_with_a_lead_is_stored_scheduled_and_shown(world, client_for):
    office = client_for(world.office)
    shoot = TaskFactory(workstream=world.marketing_ws, title="Shoot video", offset_days=-20, duration_days=5)
    edit = TaskFactory(workstream=world.pr_ws, title="Edit video", offset_days=-30, duration_days=3)

    response = _link(office, shoot, edit, type="start_to_start", lag_days=2)

    assert response.status_code == 201, response.json()
    assert response.json()["type"] == "start_to_start"
    link = Dependency.objects.get()
    assert (link.type, link.lag_days) == (LinkType.START_TO_START, 2)
    audit = AuditEvent.objects.get(entity="dependency", action="create")
    assert audit.changes["type"] == {"from": None, "to": "start_to_start"}
    body = _timeline(office, world.launch)
    assert body["dependencies"] == [
        {
            "id": link.pk,
            "predecessor": shoot.pk,
            "predecessor_milestone": None,
            "predecessor_gate": None,
            "successor": edit.pk,
            "successor_milestone": None,
            "type": "start_to_start",
            "lag_days": 2,
            "lag_count": "working",
        }
    ]
    tasks = {task["id"]: task for task in body["tasks"]}
    # It starts two days after the shoot starts (T-18), not after it ends.
    assert tasks[edit.pk]["start"] == (world.launch.t_zero_date + dt.timedelta(days=-18)).isoformat()


def test_a_finish_to_finish_link_finishes_the_successor_with_its_predecessor(world, client_for):
    office = client_for(world.office)
    build = TaskFactory(workstream=world.marketing_ws, offset_days=-20, duration_days=10)  # T-20 .. T-11
    docs = TaskFactory(workstream=world.pr_ws, offset_days=-30, duration_days=2)
    assert _link(office, build, docs, type="finish_to_finish").status_code == 201
    tasks = {task["id"]: task for task in _timeline(office, world.launch)["tasks"]}
    assert tasks[docs.pk]["due"] == (world.launch.t_zero_date + dt.timedelta(days=-11)).isoformat()


def test_changing_a_links_type_is_audited_and_an_unknown_type_is_refused(world, client_for):
    office = client_for(world.office)
    a = TaskFactory(workstream=world.marketing_ws)
    b = TaskFactory(workstream=world.marketing_ws)
    link_id = _link(office, a, b).json()["id"]
    assert Dependency.objects.get().type == LinkType.FINISH_TO_START  # the default

    changed = office.patch(f"/api/v1/dependencies/{link_id}/", {"type": "start_to_finish"}, format="json")
    assert changed.status_code == 200, changed.json()
    assert Dependency.objects.get().type == LinkType.START_TO_FINISH
    audit = AuditEvent.objects.get(entity="dependency", action="update")
    assert audit.changes == {"type": {"from": "finish_to_start", "to": "start_to_finish"}}

    refused = office.patch(f"/api/v1/dependencies/{link_id}/", {"type": "sideways"}, format="json")
    assert refused.status_code == 400
    assert "type" in refused.json()["extra"]["fields"]
    assert Dependency.objects.get().type == LinkType.START_TO_FINISH


def test_a_playbook_round_trip_keeps_each_links_type_and_lag(world, client_for):
    office = client_for(world.office)
    a = TaskFactory(workstream=world.marketing_ws, title="A", offset_days=-20)
    b = TaskFactory(workstream=world.pr_ws, title="B", offset_days=-20)
    c = TaskFactory(workstream=world.pr_ws, title="C", offset_days=-20)
    assert _link(office, a, b, type="start_to_start", lag_days=-1).status_code == 201
    assert _link(office, b, c, type="finish_to_finish", lag_days=3).status_code == 201

    saved = office.post("/api/v1/playbooks/", {"name": "Links", "from_launch": world.launch.pk}, format="json")
    assert saved.status_code == 201, saved.json()
    started = office.post(
        f"/api/v1/playbooks/{saved.json()['id']}/instantiate/",
        {"name": "Again", "t_zero": "2027-09-01T08:00:00Z", "time_zone": "Europe/Berlin"},
        format="json",
    )
    assert started.status_code == 201, started.json()
    links = Dependency.objects.filter(successor__workstream__launch_id=started.json()["id"]).select_related(
        "predecessor", "successor"
    )
    assert sorted((d.predecessor.title, d.successor.title, d.type, d.lag_days) for d in links) == [
        ("A", "B", "start_to_start", -1),
        ("B", "C", "finish_to_finish", 3),
    ]

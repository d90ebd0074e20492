"""Undo and redo of one's own recent changes (docs/undo.md), through the API: each applied through the ordinary
services as the person asking, so permission-checked, audited and raising the plan version like any change."""

import datetime as dt

import pytest

from accounts.models import DepartmentMembership
from audit.models import AuditEvent
from history.models import STEPS_KEPT, UndoStep
from launches.models import Dependency, Launch, Task
from launches.services import task_update
from tests.factories import DependencyFactory, TaskFactory

pytestmark = pytest.mark.django_db


def _history(client, launch) -> dict:
    response = client.get(f"/api/v1/launches/{launch.pk}/history/")
    assert response.status_code == 200, response.content
    return response.json()


def _undo(client, launch, status: int = 200, verb: str = "undo") -> dict:
    response = client.post(f"/api/v1/launches/{launch.pk}/{verb}/", {}, format="json")
    assert response.status_code == status, response.content
    return response.json()


def _redo(client, launch, status: int = 200) -> dict:
    return _undo(client, launch, status, verb="redo")


def _patch_task(client, task, data: dict) -> dict:
    response = client.patch(f"/api/v1/tasks/{task.pk}/", data, format="json")
    assert response.status_code == 200, response.content
    return response.json()


def _plan_version(launch) -> int:
    return Launch.objects.values_list("plan_version", flat=True).get(pk=launch.pk)


def _plan_state(launch) -> dict:
    """Every row undo may touch, to prove a refusal changed nothing."""
    return {
        "tasks": list(Task.objects.filter(workstream__launch=launch).order_by("pk").values()),
        "links": list(Dependency.objects.filter(launch=launch).order_by("pk").values()),
        "launch": list(Launch.objects.filter(pk=launch.pk).values()),
        "audit": AuditEvent.objects.count(),
    }


def test_undo_of_a_drag_moves_the_task_back_and_redo_moves_it_again(world, client_for):
    lead, task = client_for(world.marketing_lead), world.marketing_task
    assert _history(lead, world.launch) == {"undo": None, "redo": None}
    _patch_task(lead, task, {"offset_days": -7})

    state = _history(lead, world.launch)
    assert state["undo"]["label"] == "Move “Campaign brief” 3 days later"
    assert state["redo"] is None
    version = _plan_version(world.launch)

    undone = _undo(lead, world.launch)
    task.refresh_from_db()
    assert task.offset_days == -10
    assert undone["applied"]["label"] == "Move “Campaign brief” 3 days later"
    assert undone["undo"] is None
    assert undone["redo"]["label"] == "Move “Campaign brief” 3 days later"
    assert _plan_version(world.launch) > version  # every open view of the plan reloads

    # Audited as the lead's own change, with a row saying it came from undo.
    change = AuditEvent.objects.filter(entity="task", entity_id=task.pk).order_by("-id").first()
    assert change.actor == world.marketing_lead
    assert change.changes == {"offset_days": {"from": -7, "to": -10}}
    marker = AuditEvent.objects.get(entity="undostep")
    assert marker.actor == world.marketing_lead
    assert marker.message == "Undone: Move “Campaign brief” 3 days later"
    assert marker.changes == {"state": {"from": "done", "to": "undone"}}

    redone = _redo(lead, world.launch)
    task.refresh_from_db()
    assert task.offset_days == -7
    assert redone["undo"]["label"] == "Move “Campaign brief” 3 days later"
    assert redone["redo"] is None
    # And back again: the step goes on working both ways.
    _undo(lead, world.launch)
    task.refresh_from_db()
    assert task.offset_days == -10


def test_undo_of_a_resize_restores_the_duration(world, client_for):
    lead, task = client_for(world.marketing_lead), world.marketing_task
    _patch_task(lead, task, {"duration_days": 5})
    assert _history(lead, world.launch)["undo"]["label"] == "Resize “Campaign brief” to 5 days"
    _undo(lead, world.launch)
    task.refresh_from_db()
    assert (task.duration_days, task.offset_days) == (2, -10)


def test_undo_of_a_move_to_another_day_and_lane_is_one_step(world, client_for):
    office, task = client_for(world.office), world.marketing_task
    _patch_task(office, task, {"offset_days": -12, "workstream": world.pr_ws.pk})
    assert _history(office, world.launch)["undo"]["label"] == "Move “Campaign brief” to PR, 2 days earlier"
    _undo(office, world.launch)
    task.refresh_from_db()
    assert (task.workstream_id, task.offset_days) == (world.marketing_ws.pk, -10)
    assert _history(office, world.launch)["undo"] is None


def test_undo_of_a_delete_brings_the_task_back_with_its_links(world, client_for):
    lead, task = client_for(world.marketing_lead), world.marketing_task
    before = TaskFactory(workstream=world.marketing_ws, title="Brief the agency")
    after = TaskFactory(workstream=world.marketing_ws, title="Launch post")
    DependencyFactory(predecessor=before, successor=task, lag_days=2)
    DependencyFactory(predecessor=task, successor=after, type="start_to_start", lag_days=-1)
    fields = Task.objects.filter(pk=task.pk).values(
        "title", "offset_days", "duration_days", "assignee", "schedule_mode", "workstream"
    )[0]
    _patch_task(lead, task, {"offset_days": -8})  # an earlier step, on the same task
    assert lead.delete(f"/api/v1/tasks/{task.pk}/").status_code == 204
    assert _history(lead, world.launch)["undo"]["label"] == "Delete “Campaign brief”"

    _undo(lead, world.launch)
    back = Task.objects.get(title="Campaign brief")
    assert back.pk != task.pk
    assert {**fields, "offset_days": -8} == Task.objects.filter(pk=back.pk).values(*fields)[0]
    links = Dependency.objects.filter(launch=world.launch)
    assert sorted((link.predecessor_id, link.successor_id, link.type, link.lag_days) for link in links) == sorted(
        [(before.pk, back.pk, "finish_to_start", 2), (back.pk, after.pk, "start_to_start", -1)]
    )

    # Redo deletes it again (with its links), undo brings it back once more: the step follows the new ids.
    _redo(lead, world.launch)
    assert not Task.objects.filter(title="Campaign brief").exists()
    assert not Dependency.objects.filter(launch=world.launch).exists()
    _undo(lead, world.launch)
    again = Task.objects.get(title="Campaign brief")
    assert Dependency.objects.filter(launch=world.launch).count() == 2

    # The earlier move reaches the recreated task.
    assert _history(lead, world.launch)["undo"]["label"] == "Move “Campaign brief” 2 days later"
    _undo(lead, world.launch)
    again.refresh_from_db()
    assert again.offset_days == -10


def test_undo_of_a_create_removes_the_task_and_redo_adds_it_back(world, client_for):
    lead = client_for(world.marketing_lead)
    response = lead.post(
        "/api/v1/tasks/",
        {"workstream": world.marketing_ws.pk, "title": "Draft the press kit", "offset_days": -5, "duration_days": 3},
        format="json",
    )
    assert response.status_code == 201, response.content
    assert _history(lead, world.launch)["undo"]["label"] == "Add “Draft the press kit”"
    _undo(lead, world.launch)
    assert not Task.objects.filter(title="Draft the press kit").exists()
    _redo(lead, world.launch)
    task = Task.objects.get(title="Draft the press kit")
    assert (task.workstream_id, task.offset_days, task.duration_days) == (world.marketing_ws.pk, -5, 3)


def test_undo_of_a_launch_day_move_moves_it_back(world, client_for):
    office = client_for(world.office)
    before = world.launch.t_zero
    response = office.post(
        f"/api/v1/launches/{world.launch.pk}/move-t-zero/", {"t_zero": "2027-03-20T08:00:00Z"}, format="json"
    )
    assert response.status_code == 200, response.content
    assert _history(office, world.launch)["undo"]["label"] == "Move launch day to 20 Mar"
    version = _plan_version(world.launch)
    _undo(office, world.launch)
    launch = Launch.objects.get(pk=world.launch.pk)
    assert launch.t_zero == before
    assert launch.plan_version > version
    assert AuditEvent.objects.filter(action="move_t_zero").order_by("-id").first().changes["t_zero"]["to"] == (
        before.isoformat()
    )
    _redo(office, world.launch)
    assert Launch.objects.get(pk=world.launch.pk).t_zero == dt.datetime(2027, 3, 20, 8, tzinfo=dt.UTC)


def test_undo_of_a_link_lag_change(world, client_for):
    lead = client_for(world.marketing_lead)
    other = TaskFactory(workstream=world.marketing_ws, title="Launch post")
    link = DependencyFactory(predecessor=world.marketing_task, successor=other, lag_days=0)
    response = lead.patch(f"/api/v1/dependencies/{link.pk}/", {"lag_days": 3}, format="json")
    assert response.status_code == 200, response.content
    assert _history(lead, world.launch)["undo"]["label"] == "Set the lag of “Campaign brief” → “Launch post” to 3 days"
    _undo(lead, world.launch)
    link.refresh_from_db()
    assert link.lag_days == 0


def test_undo_of_a_new_link_removes_it_and_redo_links_again(world, client_for):
    lead = client_for(world.marketing_lead)
    other = TaskFactory(workstream=world.marketing_ws, title="Launch post")
    response = lead.post(
        "/api/v1/dependencies/", {"predecessor": world.marketing_task.pk, "successor": other.pk}, format="json"
    )
    assert response.status_code == 201, response.content
    assert _history(lead, world.launch)["undo"]["label"] == "Link “Campaign brief” → “Launch post”"
    _undo(lead, world.launch)
    assert not Dependency.objects.filter(launch=world.launch).exists()
    _redo(lead, world.launch)
    link = Dependency.objects.get(launch=world.launch)
    assert (link.predecessor_id, link.successor_id) == (world.marketing_task.pk, other.pk)


def test_a_member_undoes_their_status_change_and_its_recorded_start_goes_with_it(world, client_for):
    member, task = client_for(world.marketing_member), world.marketing_task
    _patch_task(member, task, {"status": "in_progress"})
    task.refresh_from_db()
    assert task.actual_start is not None
    assert _history(member, world.launch)["undo"]["label"] == "Mark “Campaign brief” in progress"
    _undo(member, world.launch)
    task.refresh_from_db()
    assert (task.status, task.actual_start) == ("todo", None)


def test_undo_is_refused_when_someone_else_changed_the_task_since_and_nothing_changes(world, client_for):
    lead, task = client_for(world.marketing_lead), world.marketing_task
    _patch_task(lead, task, {"offset_days": -7})
    _patch_task(client_for(world.office), task, {"offset_days": -4})
    state = _plan_state(world.launch)

    response = lead.post(f"/api/v1/launches/{world.launch.pk}/undo/", {}, format="json")
    assert response.status_code == 409, response.content
    body = response.json()
    assert body["code"] == "changed_since"
    assert "“Campaign brief” was changed since by" in body["message"]
    assert body["message"].endswith("undo was not applied.")
    assert _plan_state(world.launch) == state
    # The step can no longer apply as recorded: it is dropped, so Undo offers what came before it.
    assert _history(lead, world.launch) == {"undo": None, "redo": None}


def test_undo_is_refused_when_the_task_was_deleted_since(world, client_for):
    lead, task = client_for(world.marketing_lead), world.marketing_task
    _patch_task(lead, task, {"offset_days": -7})
    assert client_for(world.office).delete(f"/api/v1/tasks/{task.pk}/").status_code == 204
    state = _plan_state(world.launch)
    body = _undo(lead, world.launch, 409)
    assert body["code"] == "changed_since"
    assert body["message"] == "“Campaign brief” was deleted since; undo was not applied."
    assert _plan_state(world.launch) == state


def test_undo_is_refused_when_the_actor_may_no_longer_make_the_change_and_nothing_changes(world, client_for):
    lead, task = client_for(world.marketing_lead), world.marketing_task
    _patch_task(lead, task, {"offset_days": -7})
    DepartmentMembership.objects.filter(user=world.marketing_lead).update(role="member")
    state = _plan_state(world.launch)

    body = _undo(lead, world.launch, 403)
    assert body["code"] == "permission_denied"
    assert _plan_state(world.launch) == state
    # It would be refused again, and would block what came before it: it is dropped.
    assert _history(lead, world.launch)["undo"] is None


def test_undo_of_a_delete_is_refused_whole_when_a_link_is_another_departments(world, client_for):
    lead, task = client_for(world.marketing_lead), world.marketing_task
    DependencyFactory(predecessor=task, successor=world.pr_task, lag_days=1)  # PR's lead and the office add it
    assert lead.delete(f"/api/v1/tasks/{task.pk}/").status_code == 204
    state = _plan_state(world.launch)
    body = _undo(lead, world.launch, 403)
    assert body["code"] == "permission_denied"
    assert _plan_state(world.launch) == state
    assert not Task.objects.filter(title="Campaign brief").exists()


def test_a_new_change_discards_what_could_be_redone(world, client_for):
    lead, task = client_for(world.marketing_lead), world.marketing_task
    _patch_task(lead, task, {"offset_days": -7})
    _undo(lead, world.launch)
    assert _history(lead, world.launch)["redo"] is not None
    _patch_task(lead, task, {"duration_days": 4})
    state = _history(lead, world.launch)
    assert state["redo"] is None
    assert state["undo"]["label"] == "Resize “Campaign brief” to 4 days"
    body = _redo(lead, world.launch, 409)
    assert body["code"] == "nothing_to_redo"
    task.refresh_from_db()
    assert (task.offset_days, task.duration_days) == (-10, 4)


def test_someone_elses_steps_are_not_yours(world, client_for):
    _patch_task(client_for(world.marketing_lead), world.marketing_task, {"offset_days": -7})
    for user in (world.office, world.pr_lead, world.marketing_member):
        client = client_for(user)
        assert _history(client, world.launch) == {"undo": None, "redo": None}
        assert _undo(client, world.launch, 409)["code"] == "nothing_to_undo"
    world.marketing_task.refresh_from_db()
    assert world.marketing_task.offset_days == -7


def test_steps_are_per_launch(world, client_for):
    from tests.factories import LaunchFactory, WorkstreamFactory

    lead = client_for(world.marketing_lead)
    _patch_task(lead, world.marketing_task, {"offset_days": -7})
    other = LaunchFactory(owner=world.office)
    WorkstreamFactory(launch=other, department=world.marketing, lead=world.marketing_lead)
    assert _history(lead, other) == {"undo": None, "redo": None}
    assert _undo(lead, other, 409)["code"] == "nothing_to_undo"


def test_viewers_and_anonymous_clients_are_refused(world, client_for):
    _patch_task(client_for(world.office), world.marketing_task, {"offset_days": -7})
    state = _plan_state(world.launch)
    for user, status in ((world.viewer, 403), (None, 401)):
        client = client_for(user)
        assert client.get(f"/api/v1/launches/{world.launch.pk}/history/").status_code == status
        for verb in ("undo", "redo"):
            assert client.post(f"/api/v1/launches/{world.launch.pk}/{verb}/", {}, format="json").status_code == status
    assert _plan_state(world.launch) == state


def test_an_unknown_launch_is_a_404_and_an_unknown_field_a_400(world, client_for):
    office = client_for(world.office)
    assert office.get("/api/v1/launches/999999/history/").status_code == 404
    assert office.post("/api/v1/launches/999999/undo/", {}, format="json").status_code == 404
    _patch_task(office, world.marketing_task, {"offset_days": -7})
    response = office.post(f"/api/v1/launches/{world.launch.pk}/undo/", {"steps": 2}, format="json")
    assert response.status_code == 400
    assert "steps" in response.json()["extra"]["fields"]
    world.marketing_task.refresh_from_db()
    assert world.marketing_task.offset_days == -7


def test_only_the_newest_steps_are_kept(world):
    for offset in range(STEPS_KEPT + 5):
        task_update(actor=world.marketing_lead, task=world.marketing_task, data={"offset_days": -20 + offset})
    steps = UndoStep.objects.filter(actor=world.marketing_lead, launch=world.launch)
    assert steps.count() == STEPS_KEPT
    assert steps.order_by("id").first().redo[0]["set"] == {"offset_days": -20 + 5}


def test_history_reads_a_fixed_number_of_queries(world, client_for, django_assert_num_queries):
    lead = client_for(world.marketing_lead)
    task_update(actor=world.marketing_lead, task=world.marketing_task, data={"offset_days": -7})
    # session, user, the lead's roles, the launch, the step to undo, the step to redo
    with django_assert_num_queries(6):
        assert _history(lead, world.launch)["undo"] is not None
    for offset in range(20):
        task_update(actor=world.marketing_lead, task=world.marketing_task, data={"offset_days": offset})
    _undo(lead, world.launch)
    lead = client_for(world.marketing_lead)
    with django_assert_num_queries(6):
        state = _history(lead, world.launch)
    assert state["undo"] is not None and state["redo"] is not None

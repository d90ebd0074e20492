"""The live socket end to end (docs/live.md): real WebSocket connections to the ASGI application, writes through
the API as other people make them, and what each open view receives. On SQLite the channel layer is the
process's own; with REDIS_URL set (the PostgreSQL pass of CI) it is Redis pub/sub, so the same tests run the
stream through Redis.

Transactional: the sockets read the database from other threads, and a change is sent only after its commit."""

import asyncio
import datetime as dt
import io
import json

import pytest
from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.db.backends.utils import CursorWrapper
from knox.models import AuthToken

from config.asgi import application
from gates.models import Gate
from tests.accounts.admin_forms import admin_client, change_form_data
from tests.factories import TaskFactory, UserFactory, WorkstreamFactory
from tests.live.deltas import changed_rows, delta_apply

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ORIGIN = (b"origin", b"http://testserver")
WAIT = 5  # seconds: far above the time a message takes, so a slow machine does not fail the test


def session_cookie(client) -> tuple[bytes, bytes]:
    cookies = "; ".join(f"{name}={morsel.value}" for name, morsel in client.cookies.items())
    return (b"cookie", cookies.encode())


async def socket_for(client_for, user, *, headers=None) -> WebsocketCommunicator:
    client = await sync_to_async(client_for)(user)
    communicator = WebsocketCommunicator(
        application, "/ws/live/", headers=headers if headers is not None else [ORIGIN, session_cookie(client)]
    )
    connected, _ = await communicator.connect(timeout=WAIT)
    assert connected
    return communicator


async def receive(communicator: WebsocketCommunicator, kind: str) -> dict:
    """The next message of this type (presence and others may come in between)."""
    while True:
        message = await communicator.receive_json_from(timeout=WAIT)
        if message["type"] == kind:
            return message


async def receive_where(communicator: WebsocketCommunicator, kind: str, **expected) -> dict:
    """The next message of this type whose fields have these values (through Redis, presence announcements of
    different connections may come in any order)."""
    while True:
        message = await receive(communicator, kind)
        if all(message.get(key) == value for key, value in expected.items()):
            return message


async def watching(client_for, user, launch_id: int) -> tuple[WebsocketCommunicator, dict, dict]:
    communicator = await socket_for(client_for, user)
    hello = await receive(communicator, "hello")
    await communicator.send_json_to({"type": "watch", "launch": launch_id})
    answer = await receive(communicator, "watching")
    return communicator, hello, answer


async def api(client_for, user, method: str, url: str, body=None, **extra):
    def call():
        client = client_for(user)
        return getattr(client, method)(url, body, format="json", **extra)

    return await sync_to_async(call)()


@pytest.mark.asyncio
async def test_a_task_moved_by_one_lead_reaches_every_open_view_with_what_the_schedule_made_of_it(world, client_for):
    successor = await sync_to_async(TaskFactory)(
        workstream=world.marketing_ws, title="Launch post", offset_days=world.pr_task.offset_days + 1
    )
    await sync_to_async(lambda: world.launch.dependencies.create(predecessor=world.pr_task, successor=successor))()
    office, _, office_watch = await watching(client_for, world.office, world.launch.pk)
    viewer, _, viewer_watch = await watching(client_for, world.viewer, world.launch.pk)
    timeline = (await api(client_for, world.viewer, "get", f"/api/v1/launches/{world.launch.pk}/timeline/")).json()
    assert timeline["version"] == viewer_watch["version"] == office_watch["version"]
    before = {task["id"]: task for task in timeline["tasks"]}

    response = await api(
        client_for,
        world.pr_lead,
        "patch",
        f"/api/v1/tasks/{world.pr_task.pk}/",
        {"offset_days": world.pr_task.offset_days + 3},
    )
    assert response.status_code == 200, response.content

    for communicator in (office, viewer):
        change = await receive(communicator, "change")
        assert change["launch"] == world.launch.pk
        assert change["actor"]["id"] == world.pr_lead.pk
        assert change["summary"] == f"{change['actor']['name']} moved “Press release” 3 days later"
        assert {"entity": "task", "action": "update", "id": world.pr_task.pk, "label": "Press release"} in change[
            "items"
        ]
        assert change["plan"] is True and "timeline" not in change  # the note at once; the schedule follows
        schedule = await receive(communicator, "schedule")
        assert schedule["launch"] == world.launch.pk and schedule["actor"] == change["actor"]
        delta = schedule["timeline"]
        assert delta["base"] == timeline["version"] and delta["refetch"] is False
        changed = changed_rows(delta, "tasks")
        # The moved task, the successor it pushed, and any whose slack or critical flag changed: only the fields
        # that differ, of rows that stay in place.
        assert {world.pr_task.pk, successor.pk} <= set(changed)
        assert delta["lists"]["tasks"]["upsert"] == [] and delta["lists"]["tasks"]["order"] is None
        for task_id, fields in changed.items():
            assert set(fields) > {"id"}
            assert all(before[task_id][name] != value for name, value in fields.items() if name != "id")
        assert changed[world.pr_task.pk]["offset_days"] == before[world.pr_task.pk]["offset_days"] + 3
        assert "title" not in changed[world.pr_task.pk]
        assert changed[successor.pk]["start"] > before[successor.pk]["start"]
    after = (await api(client_for, world.viewer, "get", f"/api/v1/launches/{world.launch.pk}/timeline/")).json()
    assert after["version"] == delta["version"]
    # Applying the difference gives exactly what the timeline answers now.
    assert delta_apply(timeline, delta) == after
    await office.disconnect()
    await viewer.disconnect()


@pytest.mark.asyncio
async def test_the_note_of_a_change_does_not_wait_for_the_schedule(world, client_for, monkeypatch):
    """The `change` goes out at commit, from the process that wrote it: a live worker busy rendering other
    launches' timelines (here: never running) delays what the schedule made of it, not who changed what."""
    from live import tasks as live_tasks

    monkeypatch.setattr(live_tasks.launch_schedule_publish, "run", lambda *args, **kwargs: None)
    viewer, _, _ = await watching(client_for, world.viewer, world.launch.pk)
    moved = {"offset_days": world.pr_task.offset_days + 2}
    assert (
        await api(client_for, world.pr_lead, "patch", f"/api/v1/tasks/{world.pr_task.pk}/", moved)
    ).status_code == 200
    change = await receive(viewer, "change")
    assert change["summary"].endswith("moved “Press release” 2 days later") and change["plan"] is True
    assert {"entity": "task", "action": "update", "id": world.pr_task.pk, "label": "Press release"} in change["items"]
    assert await viewer.receive_nothing(timeout=0.5)  # no schedule without its worker
    await viewer.disconnect()


@pytest.mark.asyncio
async def test_a_new_task_and_a_deleted_one_change_the_order_of_ids(world, client_for):
    office, _, _ = await watching(client_for, world.office, world.launch.pk)
    await api(client_for, world.viewer, "get", f"/api/v1/launches/{world.launch.pk}/timeline/")
    created = await api(
        client_for,
        world.pr_lead,
        "post",
        "/api/v1/tasks/",
        {"workstream": world.pr_ws.pk, "title": "Brief analysts", "offset_days": -2},
    )
    assert created.status_code == 201, created.content
    change = await receive(office, "change")
    assert change["summary"].endswith("added “Brief analysts”")
    tasks = (await receive(office, "schedule"))["timeline"]["lists"]["tasks"]
    assert "Brief analysts" in [row["title"] for row in tasks["upsert"]]
    assert created.json()["id"] in tasks["order"]

    deleted = await api(client_for, world.pr_lead, "delete", f"/api/v1/tasks/{created.json()['id']}/")
    assert deleted.status_code == 204
    change = await receive(office, "change")
    assert change["summary"].endswith("deleted “Brief analysts”")
    assert created.json()["id"] not in (await receive(office, "schedule"))["timeline"]["lists"]["tasks"]["order"]
    await office.disconnect()


@pytest.mark.asyncio
async def test_moving_t_zero_asks_for_a_reload_rather_than_sending_every_task(world, client_for, monkeypatch):
    monkeypatch.setattr("live.timeline_delta.FIELDS_MAX", 1)
    office, _, _ = await watching(client_for, world.office, world.launch.pk)
    await api(client_for, world.viewer, "get", f"/api/v1/launches/{world.launch.pk}/timeline/")
    t_zero = (world.launch.t_zero + dt.timedelta(days=7)).isoformat()
    response = await api(
        client_for, world.office, "post", f"/api/v1/launches/{world.launch.pk}/move-t-zero/", {"t_zero": t_zero}
    )
    assert response.status_code == 200, response.content
    change = await receive(office, "change")
    assert change["summary"].endswith("moved T-0 7 days later")
    delta = (await receive(office, "schedule"))["timeline"]
    assert delta["refetch"] is True and "lists" not in delta
    await office.disconnect()


@pytest.mark.asyncio
async def test_a_gate_decision_and_a_communication_approval_reach_the_views(world, client_for):
    gate = await sync_to_async(Gate.objects.create)(launch=world.launch, name="Go / no-go", offset_days=-1)
    await sync_to_async(gate.approver_departments.add)(world.marketing)
    viewer, _, _ = await watching(client_for, world.viewer, world.launch.pk)
    await api(client_for, world.viewer, "get", f"/api/v1/launches/{world.launch.pk}/timeline/")
    decide = f"/api/v1/gates/{gate.pk}/decide/"
    response = await api(client_for, world.office, "post", decide, {"decision": "approve"})
    assert response.status_code in (200, 201), response.content
    change = await receive(viewer, "change")
    assert change["summary"].endswith("approved the gate “Go / no-go”")
    # Marketing's approval is the last one the gate needs: the timeline shows it approved.
    body = {"decision": "approve", "department": world.marketing.pk}
    assert (await api(client_for, world.marketing_lead, "post", decide, body)).status_code in (200, 201)
    change = await receive(viewer, "change")
    gates = changed_rows((await receive(viewer, "schedule"))["timeline"], "gates")
    assert [(pk, row["status"]) for pk, row in gates.items()] == [(gate.pk, "approved")]

    body = {
        "launch": world.launch.pk,
        "kind": "social_post",
        "channel": "LinkedIn",
        "title": "Teaser",
        "offset_days": -1,
    }
    draft = await api(client_for, world.marketing_member, "post", "/api/v1/communications/", body)
    assert draft.status_code == 201, draft.content
    assert (await receive(viewer, "change"))["summary"].endswith("added the communication “Teaser”")
    url = f"/api/v1/communications/{draft.json()['id']}/"
    assert (await api(client_for, world.marketing_member, "post", f"{url}submit/")).status_code == 200
    assert (await receive(viewer, "change"))["summary"].endswith("submitted “Teaser” for approval")
    assert (await api(client_for, world.office, "post", f"{url}decide/", {"decision": "approve"})).status_code == 200
    change = await receive(viewer, "change")
    assert change["summary"].endswith("approved “Teaser”")
    rows = changed_rows((await receive(viewer, "schedule"))["timeline"], "communications")
    assert [(pk, row["status"]) for pk, row in rows.items()] == [(draft.json()["id"], "approved")]
    await viewer.disconnect()


@pytest.mark.asyncio
async def test_a_change_in_the_admin_reaches_the_views(world, client_for):
    viewer, _, _ = await watching(client_for, world.viewer, world.launch.pk)
    staff = await sync_to_async(UserFactory)(username="office.staff", is_office=True, is_staff=True)
    admin = await sync_to_async(admin_client)(staff)
    task = world.marketing_task

    def edit():
        url = f"/admin/launches/task/{task.pk}/change/"
        return admin.post(url, change_form_data(admin, url, title="Campaign brief v2"))

    response = await sync_to_async(edit)()
    assert response.status_code == 302, response.content[:2000]
    change = await receive(viewer, "change")
    assert change["summary"].endswith("renamed “Campaign brief” to “Campaign brief v2”")
    await viewer.disconnect()


@pytest.mark.asyncio
async def test_only_signed_in_people_may_listen_and_no_page_of_another_site(world, client_for):
    anonymous = WebsocketCommunicator(application, "/ws/live/", headers=[ORIGIN])
    connected, _ = await anonymous.connect(timeout=WAIT)
    assert connected
    assert await anonymous.receive_output(timeout=WAIT) == {"type": "websocket.close", "code": 4401}

    client = await sync_to_async(client_for)(world.viewer)
    foreign = WebsocketCommunicator(
        application, "/ws/live/", headers=[(b"origin", b"https://evil.example"), session_cookie(client)]
    )
    connected, _ = await foreign.connect(timeout=WAIT)
    assert not connected


@pytest.mark.asyncio
async def test_an_api_token_on_the_handshake_signs_the_socket_in(world):
    _, key = await sync_to_async(AuthToken.objects.create)(world.pr_member)
    communicator = WebsocketCommunicator(
        application, "/ws/live/", headers=[(b"authorization", f"Token {key}".encode())]
    )
    connected, _ = await communicator.connect(timeout=WAIT)
    assert connected
    hello = await receive(communicator, "hello")
    assert hello["user"]["id"] == world.pr_member.pk
    await communicator.disconnect()


@pytest.mark.asyncio
async def test_closed_with_4401_without_a_valid_token(world):
    communicator = WebsocketCommunicator(application, "/ws/live/", headers=[(b"authorization", b"Token nope")])
    await communicator.connect(timeout=WAIT)
    output = await communicator.receive_output(timeout=WAIT)
    assert output == {"type": "websocket.close", "code": 4401}


@pytest.mark.asyncio
async def test_presence_shows_who_is_here_and_what_they_edit_and_when_they_leave(world, client_for):
    office, _, _ = await watching(client_for, world.office, world.launch.pk)
    lead, lead_hello, _ = await watching(client_for, world.pr_lead, world.launch.pk)
    # The office hears the lead arrive; the lead hears at once of the office, which answered directly.
    arrived = await receive(office, "presence")
    assert (arrived["user"]["id"], arrived["state"], arrived["connection"]) == (
        world.pr_lead.pk,
        "here",
        lead_hello["connection"],
    )
    already = await receive(lead, "presence")
    assert (already["user"]["id"], already["state"]) == (world.office.pk, "here")

    await lead.send_json_to({"type": "editing", "launch": world.launch.pk, "item": {"kind": "task", "id": 5}})
    editing = await receive_where(office, "presence", connection=lead_hello["connection"], state="here")
    while editing["editing"] is None:  # the lead's answers to the office may come first
        editing = await receive_where(office, "presence", connection=lead_hello["connection"], state="here")
    assert editing["editing"] == {"kind": "task", "id": 5}

    await lead.disconnect()
    gone = await receive_where(office, "presence", state="gone")
    assert gone["connection"] == lead_hello["connection"]
    await office.disconnect()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("message", "named"),
    [
        ({"type": "watch", "launch": "12"}, "`launch`"),
        ({"type": "watch", "launch": 1, "token": "x"}, "`token`"),
        ({"type": "dance"}, "`type`"),
        ({"type": "editing", "launch": 999999, "item": None}, "`launch`"),
        ({"type": "editing", "launch": 1, "item": {"kind": "webhook", "id": 1}}, "`launch`"),
    ],
)
async def test_a_bad_message_is_answered_with_an_error_naming_the_field_and_the_socket_stays(
    world, client_for, message, named
):
    communicator = await socket_for(client_for, world.viewer)
    await receive(communicator, "hello")
    await communicator.send_json_to(message)
    error = await receive(communicator, "error")
    assert error["code"] == "bad_message" and named in error["message"]
    await communicator.send_json_to({"type": "ping"})
    assert (await receive(communicator, "pong"))["type"] == "pong"
    await communicator.disconnect()


@pytest.mark.asyncio
async def test_watching_a_launch_that_does_not_exist_is_not_found(world, client_for):
    communicator = await socket_for(client_for, world.viewer)
    await communicator.send_json_to({"type": "watch", "launch": 999999})
    error = await receive(communicator, "error")
    assert (error["code"], error["launch"]) == ("not_found", 999999)
    await communicator.disconnect()


@pytest.mark.asyncio
async def test_a_flood_of_messages_closes_the_socket(world, client_for):
    communicator = await socket_for(client_for, world.viewer)
    for _ in range(40):
        await communicator.send_to(text_data=json.dumps({"type": "ping"}))
    while True:
        output = await communicator.receive_output(timeout=WAIT)
        if output["type"] == "websocket.close":
            assert output["code"] == 4429
            break


@pytest.mark.asyncio
async def test_calendar_feeds_and_webhooks_are_never_sent(world, client_for):
    office, _, _ = await watching(client_for, world.office, world.launch.pk)
    feed = await api(
        client_for, world.office, "post", "/api/v1/calendar-feeds/", {"kind": "launch", "launch": world.launch.pk}
    )
    assert feed.status_code == 201, feed.content
    token = feed.json().get("token") or feed.json().get("url", "")
    # Then a task change, so that something arrives: the feed's creation came before it, or not at all.
    await api(client_for, world.pr_lead, "patch", f"/api/v1/tasks/{world.pr_task.pk}/", {"title": "PR v2"})
    change = await receive(office, "change")
    assert [item["entity"] for item in change["items"]] == ["task"]
    assert token and token not in json.dumps(change)
    await office.disconnect()


@pytest.mark.asyncio
async def test_a_new_notice_tells_its_recipients_open_tabs(world, client_for):
    member = await socket_for(client_for, world.pr_member)
    await receive(member, "hello")
    # The lead gives the member another task: the member is told (task assigned).
    response = await api(
        client_for, world.pr_lead, "patch", f"/api/v1/tasks/{world.pr_task.pk}/", {"assignee": world.pr_lead.pk}
    )
    assert response.status_code == 200
    response = await api(
        client_for, world.pr_lead, "patch", f"/api/v1/tasks/{world.pr_task.pk}/", {"assignee": world.pr_member.pk}
    )
    assert response.status_code == 200
    await receive(member, "notifications")
    await member.disconnect()


@pytest.mark.asyncio
async def test_an_idle_view_costs_no_query(world, client_for, monkeypatch):
    office, _, _ = await watching(client_for, world.office, world.launch.pk)
    queries = []
    real_execute = CursorWrapper.execute

    def counting(self, sql, params=None):
        queries.append(sql)
        return real_execute(self, sql, params)

    monkeypatch.setattr(CursorWrapper, "execute", counting)
    for _ in range(3):
        await office.send_json_to({"type": "ping"})
        await receive(office, "pong")
        await asyncio.sleep(0.2)
    await office.send_json_to({"type": "editing", "launch": world.launch.pk, "item": {"kind": "gate", "id": 2}})
    await asyncio.sleep(0.2)
    assert queries == []
    await office.disconnect()


def test_the_layer_is_redis_pub_sub_when_redis_is_configured():
    layer = get_channel_layer()
    expected = "RedisPubSubChannelLayer" if settings.REDIS_URL else "InMemoryChannelLayer"
    assert type(layer).__name__ == expected


@pytest.mark.asyncio
@pytest.mark.parametrize("role", ["office", "marketing_lead", "pr_lead", "marketing_member", "pr_member", "viewer"])
async def test_everyone_signed_in_may_watch_a_launch_as_everyone_reads_it(world, client_for, role):
    communicator, hello, answer = await watching(client_for, getattr(world, role), world.launch.pk)
    assert hello["user"]["id"] == getattr(world, role).pk
    assert answer["launch"] == world.launch.pk and answer["version"].startswith(f"launch-{world.launch.pk}-plan-")
    await communicator.disconnect()


@pytest.mark.asyncio
async def test_a_feedback_import_reaches_the_views(world, client_for):
    from accounts.models import Department, MembershipRole
    from tests.factories import MembershipFactory

    engineer = await sync_to_async(UserFactory)(username="eng.member", first_name="Eve", last_name="Ng")
    engineering = await sync_to_async(Department.objects.get)(slug="engineering")
    await sync_to_async(MembershipFactory)(department=engineering, user=engineer, role=MembershipRole.MEMBER)
    viewer, _, _ = await watching(client_for, world.viewer, world.launch.pk)

    def upload():
        file = io.BytesIO(b"source,text\nbeta_forum,Pairing fails\n")
        file.name = "feedback.csv"
        body = {"launch": world.launch.pk, "file": file}
        return client_for(engineer).post("/api/v1/feedback-items/import/", body, format="multipart")

    response = await sync_to_async(upload)()
    assert response.status_code == 201, response.content
    change = await receive(viewer, "change")
    assert change["summary"] == "Eve Ng imported feedback"
    assert change["plan"] is False  # feedback is not on the timeline: the views reload their feedback panels
    await viewer.disconnect()


@pytest.mark.asyncio
async def test_a_conflict_found_after_commit_by_the_check_reaches_the_views(world, client_for):
    timeline = (await api(client_for, world.office, "get", f"/api/v1/launches/{world.launch.pk}/timeline/")).json()
    due = next(task["due"] for task in timeline["tasks"] if task["id"] == world.pr_task.pk)
    start = (dt.date.fromisoformat(due) + dt.timedelta(days=3)).isoformat()
    body = {"workstream": world.pr_ws.pk, "title": "Pitch the press", "schedule_mode": "fixed", "start_date": start}
    successor = (await api(client_for, world.office, "post", "/api/v1/tasks/", body)).json()
    link = {"predecessor": world.pr_task.pk, "successor": successor["id"]}
    assert (await api(client_for, world.office, "post", "/api/v1/dependencies/", link)).status_code == 201
    viewer, _, _ = await watching(client_for, world.viewer, world.launch.pk)

    longer = {"duration_days": world.pr_task.duration_days + 10}
    assert (
        await api(client_for, world.pr_lead, "patch", f"/api/v1/tasks/{world.pr_task.pk}/", longer)
    ).status_code == 200
    # Two messages, in either order: the lead's change, and what the conflict check found after its commit.
    changes = sorted(
        [await receive(viewer, "change"), await receive(viewer, "change")], key=lambda c: c["actor"] is None
    )
    assert changes[0]["summary"].endswith("made “Press release” 10 days longer")
    found = changes[1]
    assert found["summary"] == "T-Minus found that a task now starts before “Press release” allows"
    assert found["items"] == [{"entity": "task", "action": "conflict", "id": successor["id"], "label": ""}]
    await viewer.disconnect()


@pytest.mark.asyncio
async def test_deactivating_a_person_closes_their_open_sockets(world, client_for):
    member = await socket_for(client_for, world.pr_member)
    await receive(member, "hello")
    response = await api(
        client_for, world.office, "patch", f"/api/v1/users/{world.pr_member.pk}/", {"is_active": False}
    )
    assert response.status_code == 200, response.content
    while True:
        output = await member.receive_output(timeout=WAIT)
        if output["type"] == "websocket.close":
            assert output["code"] == 4401
            break


@pytest.mark.asyncio
async def test_presence_is_said_again_only_every_so_many_pings(world, client_for, monkeypatch, settings):
    # Counts messages exactly, so on the in-process layer: through Redis pub/sub a presence message was seen
    # delivered twice now and then (harmless: the browser keys presence by connection).
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    monkeypatch.setattr("live.consumers.PRESENCE_REFRESH_PINGS", 3)
    office, _, _ = await watching(client_for, world.office, world.launch.pk)
    lead, lead_hello, _ = await watching(client_for, world.pr_lead, world.launch.pk)
    await receive_where(office, "presence", connection=lead_hello["connection"])
    for _ in range(2):
        await lead.send_json_to({"type": "ping"})
        await receive(lead, "pong")
    # Two pings said nothing to the others; the third says the lead is still here.
    assert await office.receive_nothing(timeout=0.5)
    await lead.send_json_to({"type": "ping"})
    refreshed = await receive(office, "presence")
    assert (refreshed["connection"], refreshed["state"]) == (lead_hello["connection"], "here")
    assert await office.receive_nothing(timeout=0.3)
    await office.disconnect()
    await lead.disconnect()


@pytest.mark.asyncio
async def test_a_move_in_another_launch_reaches_the_views_of_a_launch_whose_task_waits_on_it(world, client_for):
    """docs/cross-launch.md: the companion launch's timeline shows the other launch's dates; when that launch
    moves, its open views get them live (the cross-launch check after commit), not at their next reload."""
    other_ws = await sync_to_async(WorkstreamFactory)(department=world.pr)
    firmware = await sync_to_async(TaskFactory)(workstream=other_ws, title="Ship the firmware", offset_days=-30)
    body = {"successor": world.marketing_task.pk, "predecessor": firmware.pk}
    assert (await api(client_for, world.office, "post", "/api/v1/cross-launch-dependencies/", body)).status_code == 201
    timeline = (await api(client_for, world.viewer, "get", f"/api/v1/launches/{world.launch.pk}/timeline/")).json()
    [entry] = timeline["cross_launch"]
    viewer, _, _ = await watching(client_for, world.viewer, world.launch.pk)

    moved = {"offset_days": firmware.offset_days + 4}
    assert (await api(client_for, world.office, "patch", f"/api/v1/tasks/{firmware.pk}/", moved)).status_code == 200

    change = await receive(viewer, "change")
    assert change["launch"] == world.launch.pk
    other_name = await sync_to_async(lambda: other_ws.launch.name)()
    assert change["summary"] == f"T-Minus noticed that “{other_name}” changed, which tasks here wait on"
    delta = (await receive(viewer, "schedule"))["timeline"]
    assert delta["base"] == timeline["version"] and delta["refetch"] is False
    [updated] = delta["set"]["cross_launch"]  # a short list: sent whole
    assert updated["other"]["start"] > entry["other"]["start"]
    after = (await api(client_for, world.viewer, "get", f"/api/v1/launches/{world.launch.pk}/timeline/")).json()
    assert after["version"] == delta["version"] and after["cross_launch"] == [updated]
    await viewer.disconnect()

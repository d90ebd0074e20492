"""Issue 20: communications go out by themselves, once, at their planned moment after their embargo; an approval
policy per kind; a task embargo; channels (newsroom, email, webhooks); early attempts refused and alerted;
employee hints shared inside their window."""

import datetime as dt

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from communications import channels, services
from communications.models import Communication, CommunicationPolicy, HintShare, Publication
from gates.models import Gate, GateStatus
from launches.models import Launch, TaskStatus
from notifications.models import EmailDelivery, EventKind, LaunchEvent, Notification, NotificationKind
from tests.communications.factories import CommunicationFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/communications/"


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs what the writes inside send after commit (deliveries, the outbox's notices), as a commit would."""

    def block():
        return django_capture_on_commit_callbacks(execute=True)

    return block


def _approved(world, client_for, **fields) -> Communication:
    """A communication drafted, submitted and approved through the API."""
    fields.setdefault("author", world.pr_member)
    fields.setdefault("department", world.pr)
    item = CommunicationFactory(launch=world.launch, **fields)
    assert client_for(item.author).post(f"{URL}{item.pk}/submit/").status_code == 200
    if Communication.objects.get(pk=item.pk).status == "submitted":
        decided = client_for(world.office).post(f"{URL}{item.pk}/decide/", {"decision": "approve"})
        assert decided.status_code == 200, decided.content
    item.refresh_from_db()
    assert item.status == "approved"
    return item


def _past(world, days: int = 1) -> int:
    """An offset that puts a communication's planned moment `days` before now."""
    return (timezone.now() - world.launch.t_zero).days - days


# Scheduled publishing, exactly once


def test_an_approved_item_goes_out_by_itself_once_its_moment_has_come(world, client_for, mailoutbox, committed):
    item = _approved(
        world,
        client_for,
        offset_days=_past(world),
        destinations=["newsroom", "email", "webhooks"],
        email_recipients="press@example.com, Editor@Example.com\npress@example.com",
    )
    with committed():
        assert services.communications_publish_due() == 1
        assert services.communications_publish_due() == 0  # a duplicated run publishes nothing more
    assert services.communication_publish_when_due(communication_id=item.pk) is False
    item.refresh_from_db()
    assert item.status == "published" and item.published_at is not None
    publications = {p.channel: p for p in Publication.objects.filter(communication=item)}
    assert set(publications) == {"newsroom", "email", "webhooks"}
    assert {p.status for p in publications.values()} == {"sent"}
    assert publications["email"].detail == "Emailed to 2 recipients"
    assert sorted(EmailDelivery.objects.values_list("to", flat=True)) == ["editor@example.com", "press@example.com"]
    assert sorted(message.to[0] for message in mailoutbox) == ["editor@example.com", "press@example.com"]
    assert LaunchEvent.objects.filter(kind=EventKind.COMMUNICATION_BROADCAST).count() == 1
    assert LaunchEvent.objects.filter(kind=EventKind.COMMUNICATION_PUBLISHED).count() == 1
    # Audited: the transition by T-Minus itself (no actor), and the author told.
    audit = AuditEvent.objects.get(entity="communication", entity_id=item.pk, changes__status__to="published")
    assert audit.actor_id is None and "by itself" in audit.message
    assert Notification.objects.filter(recipient=world.pr_member, kind=NotificationKind.COMMUNICATION_PUBLISHED)
    body = client_for(world.viewer).get(f"{URL}{item.pk}/").json()
    assert {p["channel"] for p in body["publications"]} == {"newsroom", "email", "webhooks"}
    assert body["newsroom_url"] == f"http://testserver/newsroom/{world.launch.pk}/#communication-{item.pk}"


def test_an_item_whose_moment_is_ahead_waits_and_a_move_of_t_zero_reschedules_it(world, client_for):
    item = _approved(world, client_for, offset_days=_past(world), destinations=["newsroom"])
    # T-0 moves a month later: the planned moment (anchored to T-0) is ahead again.
    launch = world.launch
    moved = client_for(world.office).post(
        f"/api/v1/launches/{launch.pk}/move-t-zero/",
        {"t_zero": (launch.t_zero + dt.timedelta(days=400)).isoformat()},
    )
    assert moved.status_code == 200, moved.content
    assert services.communications_publish_due() == 0
    assert Communication.objects.get(pk=item.pk).status == "approved"
    assert not Publication.objects.exists()


def test_a_cancelled_launch_sends_nothing(world, client_for):
    item = _approved(world, client_for, offset_days=_past(world), destinations=["newsroom"])
    Launch.objects.filter(pk=world.launch.pk).update(status="cancelled")
    assert services.communications_publish_due() == 0
    assert Communication.objects.get(pk=item.pk).status == "approved"


def test_a_gate_embargo_holds_it_until_the_gate_is_approved_and_a_reopened_gate_holds_it_again(world, client_for):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-30)
    item = _approved(
        world, client_for, offset_days=_past(world), embargo="gate", embargo_gate=gate, destinations=["newsroom"]
    )
    assert services.communications_publish_due() == 0
    Gate.objects.filter(pk=gate.pk).update(status=GateStatus.APPROVED)
    Gate.objects.filter(pk=gate.pk).update(status=GateStatus.PENDING)  # reopened before the sweep ran
    assert services.communications_publish_due() == 0
    Gate.objects.filter(pk=gate.pk).update(status=GateStatus.APPROVED)
    assert services.communications_publish_due() == 1
    assert Communication.objects.get(pk=item.pk).status == "published"


def test_a_task_embargo_holds_it_until_the_task_is_done_and_the_done_task_sends_it(
    world, client_for, django_capture_on_commit_callbacks
):
    response = client_for(world.pr_member).post(
        URL,
        {
            "launch": world.launch.pk,
            "kind": "social_post",
            "title": "The packages are public",
            "offset_days": _past(world),
            "embargo": "task",
            "embargo_task": world.pr_task.pk,
            "destinations": ["newsroom"],
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    item = Communication.objects.get(pk=response.json()["id"])
    assert response.json()["embargo_until"] == f"task “{world.pr_task.title}”"
    client_for(world.pr_member).post(f"{URL}{item.pk}/submit/")
    client_for(world.office).post(f"{URL}{item.pk}/decide/", {"decision": "approve"})
    assert services.communications_publish_due() == 0
    with django_capture_on_commit_callbacks(execute=True):
        done = client_for(world.pr_lead).patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"status": TaskStatus.DONE})
    assert done.status_code == 200, done.content
    # The task's change ran the launch's publishing sweep after commit.
    assert Communication.objects.get(pk=item.pk).status == "published"


def test_a_task_edit_that_leaves_its_status_runs_no_publishing_sweep(
    world, client_for, monkeypatch, django_capture_on_commit_callbacks
):
    """Only a task's status can lift an embargo: its dates or title change nothing for communications, and the
    sweep would cost every edit of a busy plan a background task; a status change still runs it."""
    from communications import tasks as communication_tasks

    sent = []
    monkeypatch.setattr("communications.followers.task_send", lambda task, *args: sent.append((task, args)))
    lead = client_for(world.pr_lead)
    with django_capture_on_commit_callbacks(execute=True):
        edited = lead.patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"title": "Press release, v2", "duration_days": 6})
    assert edited.status_code == 200, edited.content
    assert sent == []
    with django_capture_on_commit_callbacks(execute=True):
        done = lead.patch(f"/api/v1/tasks/{world.pr_task.pk}/", {"status": TaskStatus.DONE})
    assert done.status_code == 200, done.content
    assert sent == [(communication_tasks.communications_publish_due, (world.launch.pk,))]


def test_a_task_embargo_names_a_task_of_the_same_launch(world, client_for):
    from tests.factories import TaskFactory

    other = TaskFactory()
    client = client_for(world.pr_member)
    body = {"launch": world.launch.pk, "kind": "social_post", "title": "T", "offset_days": -1, "embargo": "task"}
    missing = client.post(URL, body, format="json")
    assert missing.status_code == 400 and "embargo_task" in missing.json()["extra"]["fields"]
    elsewhere = client.post(URL, {**body, "embargo_task": other.pk}, format="json")
    assert elsewhere.status_code == 400 and "embargo_task" in elsewhere.json()["extra"]["fields"]
    assert not Communication.objects.exists()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"destinations": ["fax"]}, "destinations"),
        ({"destinations": ["email"]}, "email_recipients"),
        ({"destinations": ["email"], "email_recipients": "not-an-address"}, "email_recipients"),
        ({"destinations": ["newsroom", "newsroom"]}, "destinations"),
        ({"share_until": "2027-04-01T00:00:00Z"}, "share_until"),
    ],
)
def test_bad_destinations_are_refused_naming_the_field(world, client_for, fields, field):
    body = {"launch": world.launch.pk, "kind": "social_post", "title": "T", "offset_days": -1, **fields}
    response = client_for(world.pr_member).post(URL, body, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["extra"]["fields"]
    assert not Communication.objects.exists()


# Early attempts


def test_publishing_before_the_embargo_is_refused_recorded_and_the_office_alerted(world, client_for, committed):
    item = _approved(world, client_for, offset_days=-1, embargo="t_zero")
    with committed():
        response = client_for(world.pr_member).post(f"{URL}{item.pk}/publish/")
    assert response.status_code == 409 and response.json()["code"] == "embargo_not_lifted"
    assert Communication.objects.get(pk=item.pk).status == "approved"
    assert not Publication.objects.exists()
    alerts = Notification.objects.filter(recipient=world.office, kind=NotificationKind.COMMUNICATION_PUBLISH_BLOCKED)
    assert alerts.count() == 1 and world.pr_member.full_name in alerts.get().body
    board = client_for(world.office).get(f"/api/v1/communication-board/?launch={world.launch.pk}").json()
    (attempt,) = board["blocked_attempts"]
    assert attempt["communication"] == item.pk and attempt["actor_name"] == world.pr_member.full_name
    assert [entry["id"] for entry in board["embargoed"]] == [item.pk]
    assert AuditEvent.objects.filter(entity="communication", action="publish_blocked").count() == 1


def test_the_board_sorts_what_is_out_queued_embargoed_and_awaiting(world, client_for):
    out = _approved(world, client_for, offset_days=_past(world), destinations=["newsroom"])
    services.communications_publish_due()
    queued = _approved(world, client_for, offset_days=400)
    embargoed = _approved(world, client_for, offset_days=-1, embargo="t_zero")
    waiting = CommunicationFactory(launch=world.launch, author=world.pr_member, department=world.pr)
    client_for(world.pr_member).post(f"{URL}{waiting.pk}/submit/")
    response = client_for(world.viewer).get(f"/api/v1/communication-board/?launch={world.launch.pk}")
    assert response.status_code == 200
    board = response.json()
    assert [e["id"] for e in board["out"]] == [out.pk]
    assert [e["id"] for e in board["queued"]] == [queued.pk]
    assert [e["id"] for e in board["embargoed"]] == [embargoed.pk]
    assert [e["id"] for e in board["awaiting_approval"]] == [waiting.pk]
    assert client_for(world.viewer).get("/api/v1/communication-board/").status_code == 400
    assert client_for(None).get(f"/api/v1/communication-board/?launch={world.launch.pk}").status_code in (401, 403)


def test_the_board_runs_a_fixed_number_of_queries(world, client_for, django_assert_max_num_queries):
    client = client_for(world.office)
    counts = []
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for size in (2, 12):
        for _ in range(size):
            CommunicationFactory(launch=world.launch, author=world.pr_member, department=world.pr, status="approved")
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/api/v1/communication-board/?launch={world.launch.pk}").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


# A channel that fails is retried, and the office told


def test_a_failing_channel_is_retried_and_the_office_told_then_it_goes_out_once(
    world, client_for, monkeypatch, committed
):
    attempts = []

    class Flaky:
        key, label = "flaky", "Fails at first"

        def send(self, publication, item):
            attempts.append(publication.attempts)
            if publication.attempts == 1:
                raise OSError("receiver down")
            return "Taken"

    monkeypatch.setitem(channels.CHANNELS, "flaky", Flaky())
    item = _approved(world, client_for, offset_days=_past(world), destinations=["flaky"])
    with committed():
        assert services.communications_publish_due() == 1
    publication = Publication.objects.get(communication=item)
    assert (publication.status, publication.attempts, publication.last_error) == ("pending", 1, "receiver down")
    told = Notification.objects.filter(recipient=world.office, kind=NotificationKind.COMMUNICATION_PUBLISH_FAILED)
    assert told.count() == 1
    # Not due yet: a duplicated task sends nothing.
    assert services.publication_send(publication_id=publication.pk) > 0
    Publication.objects.filter(pk=publication.pk).update(next_attempt_at=timezone.now())
    assert services.publication_send(publication_id=publication.pk) is None
    publication.refresh_from_db()
    assert (publication.status, publication.attempts, publication.detail) == ("sent", 2, "Taken")
    assert services.publication_send(publication_id=publication.pk) is None
    assert attempts == [1, 2] and told.count() == 1


def test_a_channel_that_keeps_failing_is_given_up_and_the_office_told(
    world, client_for, monkeypatch, settings, committed
):
    settings.COMMUNICATION_PUBLISH_MAX_ATTEMPTS = 2

    class Broken:
        key, label = "broken", "Always fails"

        def send(self, publication, item):
            raise OSError("gone")

    monkeypatch.setitem(channels.CHANNELS, "broken", Broken())
    item = _approved(world, client_for, offset_days=_past(world), destinations=["broken"])
    with committed():
        services.communications_publish_due()
    publication = Publication.objects.get(communication=item)
    Publication.objects.filter(pk=publication.pk).update(next_attempt_at=timezone.now())
    with committed():
        assert services.publication_send(publication_id=publication.pk) is None
    publication.refresh_from_db()
    assert publication.status == "failed"
    told = Notification.objects.filter(recipient=world.office, kind=NotificationKind.COMMUNICATION_PUBLISH_FAILED)
    assert told.count() == 2  # the first failure, and giving up


# The approval policy


def test_an_internal_notice_needs_no_approval_but_its_embargo_still_holds(world, client_for):
    item = CommunicationFactory(
        launch=world.launch,
        author=world.pr_member,
        department=world.pr,
        kind="internal_notice",
        offset_days=-1,
        embargo="t_zero",
    )
    response = client_for(world.pr_member).post(f"{URL}{item.pk}/submit/")
    assert response.status_code == 200 and response.json()["status"] == "approved"
    assert response.json()["approval"] == "none"
    assert not item.decisions.exists()
    assert client_for(world.pr_member).post(f"{URL}{item.pk}/publish/").status_code == 409


def test_the_office_sets_a_policy_that_lets_the_lead_approve_for_their_department(world, client_for):
    policies = client_for(world.viewer).get("/api/v1/communication-policies/")
    assert policies.status_code == 200
    assert {row["kind"]: row["approval"] for row in policies.json()}["blog"] == "office"
    refused = client_for(world.pr_lead).patch("/api/v1/communication-policies/blog/", {"approval": "lead"})
    assert refused.status_code == 403 and not CommunicationPolicy.objects.exists()
    bad = client_for(world.office).patch("/api/v1/communication-policies/blog/", {"approval": "anyone"})
    assert bad.status_code == 400 and "approval" in bad.json()["extra"]["fields"]
    extra = client_for(world.office).patch("/api/v1/communication-policies/blog/", {"approval": "lead", "x": 1})
    assert extra.status_code == 400 and not CommunicationPolicy.objects.exists()
    assert (
        client_for(world.office).patch("/api/v1/communication-policies/fax/", {"approval": "lead"}).status_code == 404
    )
    set_ = client_for(world.office).patch("/api/v1/communication-policies/blog/", {"approval": "lead"})
    assert set_.status_code == 200 and set_.json()["approval"] == "lead"
    assert AuditEvent.objects.filter(entity="communication_policy").count() == 1

    item = CommunicationFactory(launch=world.launch, author=world.pr_member, department=world.pr, kind="blog")
    client_for(world.pr_member).post(f"{URL}{item.pk}/submit/")
    other_lead = client_for(world.marketing_lead).post(f"{URL}{item.pk}/decide/", {"decision": "approve"})
    assert other_lead.status_code == 403
    assert Communication.objects.get(pk=item.pk).status == "submitted"
    approved = client_for(world.pr_lead).post(f"{URL}{item.pk}/decide/", {"decision": "approve"})
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    assert approved.json()["decisions"][0]["actor"] == world.pr_lead.pk
    # Other kinds stay the office's.
    press = CommunicationFactory(launch=world.launch, author=world.pr_member, department=world.pr, kind="press_release")
    client_for(world.pr_member).post(f"{URL}{press.pk}/submit/")
    assert client_for(world.pr_lead).post(f"{URL}{press.pk}/decide/", {"decision": "approve"}).status_code == 403


# Employee hints


def _hint(world, client_for, **fields) -> Communication:
    return _approved(world, client_for, kind="employee_hint", offset_days=_past(world), **fields)


def test_employees_see_hints_inside_their_window_and_sharing_is_recorded(world, client_for):
    hint = _hint(world, client_for, title="Something is coming", body="Watch this space")
    later = _approved(world, client_for, kind="employee_hint", offset_days=400, title="Not yet")
    client = client_for(world.marketing_member)
    hints = client.get("/api/v1/hints/").json()
    assert [row["id"] for row in hints] == [hint.pk]
    (row,) = hints
    assert row["share_text"] == "Something is coming: Watch this space"
    assert row["share_url"] == f"http://testserver/newsroom/{world.launch.pk}/"
    assert row["shared_by_me"] == []
    shared = client.post(f"/api/v1/hints/{hint.pk}/share/", {"network": "linkedin"}, format="json")
    assert shared.status_code == 201, shared.content
    assert client.get("/api/v1/hints/").json()[0]["shared_by_me"] == ["linkedin"]
    bad = client.post(f"/api/v1/hints/{hint.pk}/share/", {"network": "myspace"}, format="json")
    assert bad.status_code == 400 and "network" in bad.json()["extra"]["fields"]
    closed = client.post(f"/api/v1/hints/{later.pk}/share/", {"network": "x"}, format="json")
    assert closed.status_code == 409
    assert HintShare.objects.count() == 1
    shares = client_for(world.office).get(f"/api/v1/hint-shares/?launch={world.launch.pk}")
    assert shares.status_code == 200
    assert [(s["title"], s["user"], s["network"]) for s in shares.json()["results"]] == [
        ("Something is coming", world.marketing_member.pk, "linkedin")
    ]
    assert client.get("/api/v1/hint-shares/").status_code == 403


def test_a_hint_past_its_window_is_no_longer_offered(world, client_for):
    hint = _hint(world, client_for)
    Communication.objects.filter(pk=hint.pk).update(share_until=timezone.now() - dt.timedelta(minutes=1))
    assert client_for(world.viewer).get("/api/v1/hints/").json() == []
    response = client_for(world.viewer).post(f"/api/v1/hints/{hint.pk}/share/", {"network": "copy"}, format="json")
    assert response.status_code == 409 and not HintShare.objects.exists()


def test_a_plugged_in_channel_module_registers_itself(settings):
    from importlib import import_module

    module = import_module("tests.communications.extra_channel")
    assert channels.CHANNELS["carrier-pigeon"].__class__ is module.CarrierPigeon
    channels.CHANNELS.pop("carrier-pigeon")


def test_a_leads_digest_carries_the_hints_of_the_day(world, client_for):
    from readiness import digests
    from tests.notifications.factories import NotificationPreferenceFactory

    _hint(world, client_for, title="Something is coming")
    _approved(world, client_for, kind="employee_hint", offset_days=400, title="Not yet")
    NotificationPreferenceFactory(user=world.pr_lead, email_events=["daily_digest"])
    NotificationPreferenceFactory(user=world.pr_member, email_events=["daily_digest"])
    today = dt.datetime.now(world.launch.zone).date()
    body = digests.digest_send(user_id=world.pr_lead.pk, day=today).body
    assert "Hints your team may share today (1)" in body and "Something is coming" in body
    assert "Not yet" not in body and "/hints" in body
    assert digests.digest_send(user_id=world.pr_member.pk, day=today) is None  # a member leads nothing


def test_a_playbook_keeps_a_task_embargo_and_the_destinations(world, client_for):
    item = CommunicationFactory(
        launch=world.launch,
        author=world.pr_member,
        department=world.pr,
        title="Packages are public",
        embargo="task",
        embargo_task=world.pr_task,
        destinations=["newsroom", "email"],
        email_recipients="desk@example.com",
    )
    office = client_for(world.office)
    playbook = office.post("/api/v1/playbooks/", {"name": "Ours", "from_launch": world.launch.pk}, format="json")
    assert playbook.status_code == 201, playbook.content
    made = office.post(
        f"/api/v1/playbooks/{playbook.json()['id']}/instantiate/",
        {"name": "Nova", "t_zero": "2027-09-01T08:00:00Z", "time_zone": "UTC"},
        format="json",
    )
    assert made.status_code == 201, made.content
    copy = Communication.objects.exclude(pk=item.pk).get(title="Packages are public")
    assert copy.embargo == "task" and copy.embargo_task.title == world.pr_task.title
    assert copy.embargo_task.workstream.launch_id == copy.launch_id != world.launch.pk
    assert (copy.destinations, copy.email_recipients) == (["newsroom", "email"], "desk@example.com")
    only_marketing = office.post(
        f"/api/v1/playbooks/{playbook.json()['id']}/instantiate/",
        {"name": "Nova 2", "t_zero": "2027-09-01T08:00:00Z", "time_zone": "UTC", "departments": [world.marketing.pk]},
        format="json",
    )
    assert only_marketing.status_code == 201, only_marketing.content

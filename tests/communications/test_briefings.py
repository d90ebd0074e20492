"""Embargoed press briefings: PR gives a named journalist a personal, revocable link before the embargo; the page
shows "EMBARGOED UNTIL" on the reader's clock and their name as a watermark, logs every opening, stops working
when revoked, cancelled or withdrawn, switches to the public version once out, and is rate-limited."""

import datetime as dt
import hashlib
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from audit.models import AuditEvent
from communications.briefings import throttle
from communications.models import Briefing, BriefingOpen, Communication, Embargo, Publication
from communications.services import communication_publish_when_due
from gates.models import Gate
from launches.models import Launch, LaunchStatus, TaskStatus
from tests.communications.factories import CommunicationFactory
from tests.factories import TaskFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/briefings/"
# The world's launch: T-0 on Tuesday 16 March 2027, 08:00 UTC (09:00 in Berlin; the US is on summer time then).
NEW_YORK_T_ZERO = "Tuesday 16 March 2027, 04:00 EDT (America/New_York)"


def _press_release(world, **fields) -> Communication:
    defaults = {
        "launch": world.launch,
        "kind": "press_release",
        "title": "Nova ships",
        "body": "Nova is here. Details: https://example.com/nova",
        "author": world.pr_member,
        "department": world.pr,
        "offset_days": 0,
        "embargo": Embargo.T_ZERO,
        "status": "approved",
        "destinations": ["newsroom"],
    }
    return CommunicationFactory(**{**defaults, **fields})


def _brief(client, item, **fields):
    body = {"communication": item.pk, "name": "Ada Reporter", "outlet": "The Daily", "time_zone": "America/New_York"}
    return client.post(URL, {**body, **fields}, format="json")


def _path(url: str) -> str:
    match = re.fullmatch(r"http://testserver(/briefings/[A-Za-z0-9_-]{43}/)", url)
    assert match, url
    return match[1]


def _briefed(world, client_for, item=None, **fields) -> tuple[str, int]:
    """A briefing made by the PR member through the API: its page's path and its id."""
    response = _brief(client_for(world.pr_member), item or _press_release(world), **fields)
    assert response.status_code == 201, response.content
    return _path(response.json()["url"]), response.json()["id"]


def _text(response) -> str:
    return response.content.decode()


def test_pr_member_briefs_a_journalist_whose_link_shows_the_embargo_on_their_clock_and_their_name(world, client_for):
    item = _press_release(world)
    response = _brief(client_for(world.pr_member), item, email="ada@daily.example")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["communication"] == item.pk
    assert body["name"] == "Ada Reporter"
    assert body["created_by_name"] == world.pr_member.full_name
    assert body["opens_count"] == 0 and body["last_opened_at"] is None and body["revoked_at"] is None

    page = client_for(None).get(_path(body["url"]))
    assert page.status_code == 200
    text = _text(page)
    assert "<strong>EMBARGOED UNTIL</strong>" in text
    assert NEW_YORK_T_ZERO in text
    # The watermark: the name in the header, the footer and repeated behind the text.
    assert text.count("Ada Reporter") >= 10
    assert 'class="watermark"' in text
    assert "Nova ships" in text
    assert re.search(r"<a href=\"https://example.com/nova\"[^>]*>https://example.com/nova</a>", text)
    assert page["Cache-Control"] == "no-store, private, no-transform"
    assert page["X-Robots-Tag"] == "noindex, nofollow"
    assert page["Referrer-Policy"] == "no-referrer"
    # CSP-safe: no inline script or style.
    assert "<script" not in text and "style=" not in text and "<style" not in text


def test_the_link_is_shown_once_and_only_its_digest_is_stored(world, client_for):
    path, briefing_id = _briefed(world, client_for)
    token = path.split("/")[2]
    briefing = Briefing.objects.get(pk=briefing_id)
    assert briefing.token_digest == hashlib.sha256(token.encode()).hexdigest()
    stored = [str(value) for value in Briefing.objects.filter(pk=briefing_id).values().get().values()]
    assert not any(token in value for value in stored)
    listed = client_for(world.pr_member).get(URL, {"communication": briefing.communication_id}).json()["results"]
    assert [row["url"] for row in listed] == [None]


@pytest.mark.parametrize("who", ["marketing_member", "marketing_lead", "viewer"])
def test_someone_outside_the_items_department_cannot_brief_and_nothing_is_made(world, client_for, who):
    response = _brief(client_for(getattr(world, who)), _press_release(world))
    assert response.status_code == 403, response.content
    assert response.json()["code"] == "permission_denied"
    assert not Briefing.objects.exists()


@pytest.mark.parametrize("who", ["pr_lead", "office"])
def test_the_departments_lead_and_the_office_brief(world, client_for, who):
    assert _brief(client_for(getattr(world, who)), _press_release(world)).status_code == 201


def test_an_item_of_the_office_with_no_department_is_briefed_by_the_office_alone(world, client_for):
    item = _press_release(world, department=None, author=world.office)
    assert _brief(client_for(world.pr_member), item).status_code == 403
    assert _brief(client_for(world.office), item).status_code == 201


@pytest.mark.parametrize(
    ("fields", "code", "field"),
    [
        ({"kind": "employee_hint"}, 400, "communication"),
        ({"kind": "internal_notice"}, 400, "communication"),
        ({"status": "draft"}, 409, None),
        ({"status": "published"}, 409, None),
        ({"status": "withdrawn"}, 409, None),
    ],
)
def test_only_press_items_on_their_way_out_are_briefed(world, client_for, fields, code, field):
    response = _brief(client_for(world.pr_member), _press_release(world, **fields))
    assert response.status_code == code, response.content
    if field:
        assert field in response.json()["extra"]["fields"]
    assert not Briefing.objects.exists()


def test_a_submitted_item_is_briefed(world, client_for):
    assert _brief(client_for(world.pr_member), _press_release(world, status="submitted")).status_code == 201


def test_nothing_is_briefed_in_a_cancelled_launch(world, client_for):
    item = _press_release(world)
    Launch.objects.filter(pk=world.launch.pk).update(status=LaunchStatus.CANCELLED)
    assert _brief(client_for(world.pr_member), item).status_code == 409


@pytest.mark.parametrize("zone", ["Mars/Olympus", "../../etc/passwd", "localtime"])
def test_an_unknown_time_zone_is_a_400_naming_the_field(world, client_for, zone):
    response = _brief(client_for(world.pr_member), _press_release(world), time_zone=zone)
    assert response.status_code == 400
    assert "time_zone" in response.json()["extra"]["fields"]


def test_an_unknown_field_and_a_blank_name_are_refused(world, client_for):
    item = _press_release(world)
    unknown = _brief(client_for(world.pr_member), item, token="mine")
    assert unknown.status_code == 400 and "token" in unknown.json()["extra"]["fields"]
    blank = _brief(client_for(world.pr_member), item, name="   ")
    assert blank.status_code == 400 and "name" in blank.json()["extra"]["fields"]
    assert not Briefing.objects.exists()


def test_each_opening_is_logged_with_whether_it_was_embargoed(world, client_for):
    path, briefing_id = _briefed(world, client_for)
    anonymous = client_for(None)
    for _ in range(3):
        assert anonymous.get(path, HTTP_USER_AGENT="Mail/1.0", REMOTE_ADDR="203.0.113.9").status_code == 200
    assert anonymous.head(path).status_code == 200  # a HEAD is no reading
    opens = list(BriefingOpen.objects.filter(briefing_id=briefing_id))
    assert len(opens) == 3
    assert all(o.embargoed and o.ip_address == "203.0.113.9" and o.user_agent == "Mail/1.0" for o in opens)
    briefing = Briefing.objects.get(pk=briefing_id)
    assert briefing.last_opened_at == opens[0].opened_at

    listed = client_for(world.pr_member).get(URL, {"communication": briefing.communication_id}).json()["results"]
    assert listed[0]["opens_count"] == 3
    log = client_for(world.pr_lead).get(f"{URL}{briefing_id}/opens/")
    assert log.status_code == 200
    assert log.json()["count"] == 3
    assert log.json()["results"][0] == {
        "opened_at": opens[0].opened_at.isoformat().replace("+00:00", "Z"),
        "ip_address": "203.0.113.9",
        "user_agent": "Mail/1.0",
        "embargoed": True,
    }


def test_a_long_user_agent_is_cut_to_fit(world, client_for):
    path, briefing_id = _briefed(world, client_for)
    assert client_for(None).get(path, HTTP_USER_AGENT="x" * 5000).status_code == 200
    assert len(BriefingOpen.objects.get(briefing_id=briefing_id).user_agent) == 300


@pytest.mark.parametrize("who", ["marketing_member", "viewer"])
def test_others_see_neither_the_briefings_nor_who_opened_them(world, client_for, who):
    path, briefing_id = _briefed(world, client_for)
    client = client_for(getattr(world, who))
    item_id = Briefing.objects.get(pk=briefing_id).communication_id
    assert client.get(URL, {"communication": item_id}).status_code == 403
    assert client.get(URL).json()["results"] == []
    assert client.get(f"{URL}{briefing_id}/opens/").status_code == 403
    assert client.post(f"{URL}{briefing_id}/revoke/").status_code == 403
    assert client_for(None).get(path).status_code == 200


def test_revoked_link_answers_gone_and_keeps_its_openings(world, client_for):
    path, briefing_id = _briefed(world, client_for)
    assert client_for(None).get(path).status_code == 200
    response = client_for(world.pr_lead).post(f"{URL}{briefing_id}/revoke/")
    assert response.status_code == 200
    assert response.json()["revoked_at"] is not None and response.json()["url"] is None
    assert response.json()["opens_count"] == 1

    gone = client_for(None).get(path)
    assert gone.status_code == 410
    assert "Nova ships" not in _text(gone) and "Ada Reporter" not in _text(gone)
    assert gone["Cache-Control"] == "no-store, private, no-transform"
    assert BriefingOpen.objects.filter(briefing_id=briefing_id).count() == 1
    assert client_for(world.office).post(f"{URL}{briefing_id}/revoke/", {"why": "x"}, format="json").status_code == 400
    # Revoking again changes nothing, and is recorded once.
    assert client_for(world.office).post(f"{URL}{briefing_id}/revoke/").json() == response.json()
    assert AuditEvent.objects.filter(entity="briefing", entity_id=briefing_id, action="revoke").count() == 1


def test_creation_and_revocation_are_audited_off_the_launch_activity(world, client_for):
    _, briefing_id = _briefed(world, client_for, email="ada@daily.example")
    client_for(world.pr_member).post(f"{URL}{briefing_id}/revoke/")
    created = AuditEvent.objects.get(entity="briefing", entity_id=briefing_id, action="create")
    assert created.actor == world.pr_member and created.department == world.pr
    assert created.changes["name"] == {"from": None, "to": "Ada Reporter"}
    assert "token_digest" not in created.changes
    assert created.launch_id is None  # the launch's activity, which every reader sees, names no journalist
    activity = client_for(world.viewer).get(f"/api/v1/launches/{world.launch.pk}/activity/").json()["results"]
    assert not [row for row in activity if row.get("entity") == "briefing"]


def test_a_cancelled_launch_ends_the_link(world, client_for):
    path, _ = _briefed(world, client_for)
    Launch.objects.filter(pk=world.launch.pk).update(status=LaunchStatus.CANCELLED)
    assert client_for(None).get(path).status_code == 410
    assert not BriefingOpen.objects.exists()


@pytest.mark.parametrize("status", ["withdrawn", "rejected", "draft"])
def test_a_withdrawn_rejected_or_redrafted_item_ends_the_link(world, client_for, status):
    item = _press_release(world, status="submitted")
    path, _ = _briefed(world, client_for, item)
    Communication.objects.filter(pk=item.pk).update(status=status)
    assert client_for(None).get(path).status_code == 410


def test_a_withdrawal_through_the_api_ends_the_link(world, client_for):
    item = _press_release(world)
    path, _ = _briefed(world, client_for, item)
    assert client_for(world.pr_member).post(f"/api/v1/communications/{item.pk}/withdraw/").status_code == 200
    assert client_for(None).get(path).status_code == 410


def test_once_the_embargo_lifts_and_the_item_is_out_the_page_is_the_public_version(
    world, client_for, django_capture_on_commit_callbacks
):
    item = _press_release(world)
    path, briefing_id = _briefed(world, client_for, item)
    t_zero = timezone.now() - dt.timedelta(hours=1)
    Launch.objects.filter(pk=world.launch.pk).update(t_zero=t_zero)
    # Lifted but not out yet (the publishing sweep has not run): still embargoed, with no moment left to name.
    waiting = _text(client_for(None).get(path))
    assert "<strong>EMBARGOED UNTIL</strong> it is published" in waiting

    with django_capture_on_commit_callbacks(execute=True):
        assert communication_publish_when_due(communication_id=item.pk)
    assert Publication.objects.get(communication=item, channel="newsroom").status == "sent"
    page = client_for(None).get(path)
    assert page.status_code == 200
    text = _text(page)
    assert "EMBARGOED" not in text and 'class="watermark"' not in text
    assert "Nova ships" in text and "Published " in text
    assert f'href="/newsroom/{world.launch.pk}/#communication-{item.pk}"' in text
    assert page["Cache-Control"] == "no-store, private, no-transform"
    assert [o.embargoed for o in BriefingOpen.objects.filter(briefing_id=briefing_id)] == [False, True]


def test_a_published_item_whose_gate_was_reopened_stays_embargoed(world, client_for):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1, status="approved")
    item = _press_release(world, embargo=Embargo.GATE, embargo_gate=gate)
    path, _ = _briefed(world, client_for, item)
    Communication.objects.filter(pk=item.pk).update(status="published", published_at=timezone.now())
    Gate.objects.filter(pk=gate.pk).update(status="pending")
    text = _text(client_for(None).get(path))
    assert "<strong>EMBARGOED UNTIL</strong>" in text
    assert f"{NEW_YORK_T_ZERO}, and until the gate is approved" in text


def test_a_gate_embargo_holds_until_the_later_of_the_gate_and_the_planned_moment(world, client_for):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=2)
    item = _press_release(world, embargo=Embargo.GATE, embargo_gate=gate, offset_days=-3)
    path, _ = _briefed(world, client_for, item, time_zone="Europe/Berlin")
    text = _text(client_for(None).get(path))
    assert "Thursday 18 March 2027, 09:00 CET (Europe/Berlin), and until the gate is approved" in text


def test_a_task_embargo_names_the_task_and_lifts_with_it(world, client_for):
    task = TaskFactory(workstream=world.pr_ws, title="Packages are public")
    item = _press_release(world, embargo=Embargo.TASK, embargo_task=task, offset_days=1)
    path, _ = _briefed(world, client_for, item, time_zone="UTC")
    text = _text(client_for(None).get(path))
    assert "Wednesday 17 March 2027, 08:00 UTC, and until “Packages are public” is done" in text
    task.status = TaskStatus.DONE
    task.save()
    text = _text(client_for(None).get(path))
    assert "<strong>EMBARGOED UNTIL</strong>" in text and "Packages are public" not in text
    assert "Wednesday 17 March 2027, 08:00 UTC" in text and "(UTC)" not in text


def test_a_t_zero_embargo_on_an_item_planned_after_t_zero_holds_until_the_item(world, client_for):
    path, _ = _briefed(world, client_for, _press_release(world, offset_days=1))
    assert "Wednesday 17 March 2027, 04:00 EDT (America/New_York)" in _text(client_for(None).get(path))


@pytest.mark.parametrize("token", ["short", "x" * 43, "A" * 42 + "!", "%00" * 20, "A" * 128])
def test_an_unknown_or_malformed_token_is_404(world, client_for, token):
    _briefed(world, client_for)
    response = client_for(None).get(f"/briefings/{token}/")
    assert response.status_code == 404
    assert response["Cache-Control"] == "no-store, private, no-transform"
    assert not BriefingOpen.objects.exists()


def test_a_malformed_token_costs_no_query(world, client_for):
    client = client_for(None)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/briefings/not-a-token/").status_code == 404
    assert len(queries) == 0


def test_the_page_takes_no_post(world, client_for):
    path, _ = _briefed(world, client_for)
    assert client_for(None).post(path).status_code == 405


def test_past_the_rate_limit_the_page_answers_429_with_retry_after(world, client_for, settings):
    settings.BRIEFING_PAGE_RATE_PER_MINUTE = 5
    path, _ = _briefed(world, client_for)
    client = client_for(None)
    # Guesses count too: three unknown tokens, then two readings, and the sixth request of the minute is refused.
    for guess in range(3):
        assert client.get(f"/briefings/{'A' * 42}{guess}/").status_code == 404
    assert client.get(path).status_code == 200
    assert client.get(path).status_code == 200
    refused = client.get(path)
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert "Nova ships" not in _text(refused)
    assert BriefingOpen.objects.count() == 2
    # Another address is not held back.
    assert client.get(path, REMOTE_ADDR="198.51.100.7").status_code == 200


def test_the_rate_limit_counts_per_minute():
    assert throttle.briefing_page_limit() == 30
    start = 1_800_000_000 - 1_800_000_000 % 60  # the first second of a minute
    for second in range(30):
        assert throttle.briefing_page_throttled("192.0.2.1", now=start + second) is None
    assert throttle.briefing_page_throttled("192.0.2.1", now=start + 45) == 15
    assert throttle.briefing_page_throttled("192.0.2.1", now=start + 60) is None


def test_hostile_name_title_and_body_stay_text(world, client_for):
    item = _press_release(
        world,
        title="<script>alert('title')</script>",
        body="<img src=x onerror=alert(1)> javascript:alert(2) mailto:boss@example.com https://ok.example/a?b=<c>",
    )
    path, _ = _briefed(world, client_for, item, name="<script>alert('name')</script>", outlet="<b>Outlet</b>")
    text = _text(client_for(None).get(path))
    assert "<script>" not in text and "<img" not in text and "<b>Outlet" not in text
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in text
    assert "&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    links = re.findall(r'href="([^"]*)"', text)
    assert all(link.startswith(("https://", "http://", "/static/")) for link in links), links
    assert any(link.startswith("https://ok.example/a") for link in links)


def test_the_list_reads_in_a_fixed_number_of_queries(world, client_for):
    item = _press_release(world)
    client = client_for(world.pr_member)

    def queries_for_list() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL, {"communication": item.pk})
        assert response.status_code == 200
        return len(queries)

    BriefingOpen.objects.create(briefing_id=_brief(client, item).json()["id"], embargoed=True)
    one = queries_for_list()
    for n in range(6):
        briefing_id = _brief(client, item, name=f"Reporter {n}").json()["id"]
        Briefing.objects.filter(pk=briefing_id).update(last_opened_at=timezone.now())
        BriefingOpen.objects.create(briefing_id=briefing_id, embargoed=True)
    assert client.get(URL, {"communication": item.pk}).json()["count"] == 7
    assert queries_for_list() == one

    def queries_for_opens(briefing_id: int) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"{URL}{briefing_id}/opens/").status_code == 200
        return len(queries)

    first = Briefing.objects.order_by("id").first()
    BriefingOpen.objects.create(briefing=first, embargoed=True)
    few = queries_for_opens(first.pk)
    BriefingOpen.objects.bulk_create([BriefingOpen(briefing=first, embargoed=True) for _ in range(20)])
    assert queries_for_opens(first.pk) == few


def test_the_list_without_a_communication_is_what_you_may_manage(world, client_for):
    _briefed(world, client_for)
    marketing_item = _press_release(world, department=world.marketing, author=world.marketing_member)
    assert _brief(client_for(world.marketing_member), marketing_item).status_code == 201
    assert client_for(world.pr_member).get(URL).json()["count"] == 1
    assert client_for(world.marketing_lead).get(URL).json()["count"] == 1
    assert client_for(world.office).get(URL).json()["count"] == 2
    assert client_for(world.pr_member).get(URL, {"communication": 10**12}).status_code == 404
    assert client_for(world.pr_member).get(URL, {"communication": "x"}).status_code == 400
    assert client_for(None).get(URL).status_code == 401

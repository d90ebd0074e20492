"""The public newsroom (/newsroom/): only what has gone out to it, escaped, as HTML pages and Atom feeds that a
real feed parser (feedparser) reads; no sign-in, GET and HEAD only, cacheable, a fixed number of queries."""

import calendar
import datetime as dt
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import feedparser
import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client
from django.utils import timezone
from django.utils.http import http_date

from communications.models import Communication, CommunicationKind, Embargo, Publication
from communications.newsroom.rendering import newsroom_body_html
from gates.models import Gate, GateStatus
from launches.models import Launch, LaunchStatus, TaskStatus
from tests.communications.factories import CommunicationFactory
from tests.factories import LaunchFactory

pytestmark = pytest.mark.django_db

INDEX = "/newsroom/"
FEED = "/newsroom/feed.atom"
ATOM = "{http://www.w3.org/2005/Atom}"


def _page_url(launch) -> str:
    return f"/newsroom/{launch.pk}/"


def _feed_url(launch) -> str:
    return f"/newsroom/{launch.pk}/feed.atom"


def _out(world, *, launch=None, hours_ago: float = 1, newsroom: str | None = "sent", **fields) -> Communication:
    """A published communication, as the publishing service leaves it: published_at set and, unless
    `newsroom` is None, a newsroom Publication with that status."""
    published_at = timezone.now() - dt.timedelta(hours=hours_ago)
    defaults = {
        "launch": launch or world.launch,
        "author": world.pr_member,
        "department": world.pr,
        "status": "published",
        "published_at": published_at,
    }
    item = CommunicationFactory(**{**defaults, **fields})
    if item.published_at is not None:
        # Last saved when it was published, as the publishing service leaves it.
        Communication.objects.filter(pk=item.pk).update(updated_at=item.published_at)
    if newsroom is not None:
        Publication.objects.create(
            communication=item,
            channel="newsroom",
            status=newsroom,
            sent_at=published_at if newsroom == "sent" else None,
        )
    return item


def _age_launches() -> None:
    """Launches last changed a week ago, so that Last-Modified is the latest item's published_at (it takes the
    launches' updated_at too)."""
    Launch.objects.update(updated_at=timezone.now() - dt.timedelta(days=7))


def _anonymous() -> Client:
    return Client()


def _html(response) -> str:
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("text/html")
    return response.content.decode()


def _parsed(response) -> feedparser.FeedParserDict:
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def _hrefs(html: str) -> list[str]:
    return re.findall(r'<a\s[^>]*href="([^"]*)"', html)


def test_pages_and_feeds_show_only_what_has_gone_out_to_the_newsroom(world):
    shown = _out(world, title="Shown: out in the newsroom")
    _out(world, title="Hidden: approved, not published", status="approved", published_at=None, newsroom=None)
    _out(world, title="Hidden: published, no newsroom publication", newsroom=None)
    _out(world, title="Hidden: published, newsroom still pending", newsroom="pending")
    _out(world, title="Hidden: published, newsroom failed", newsroom="failed")
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1, status=GateStatus.PENDING)
    _out(world, title="Hidden: its gate is not approved", embargo=Embargo.GATE, embargo_gate=gate)
    # world.launch's T-0 is in March 2027: an item embargoed until T-0 is not out yet, whatever its status says.
    _out(world, title="Hidden: before its T-0", embargo=Embargo.T_ZERO)
    cancelled = LaunchFactory(owner=world.office, name="Cancelled launch", status=LaunchStatus.CANCELLED)
    _out(world, launch=cancelled, title="Hidden: its launch is cancelled")

    client = _anonymous()
    pages = {
        "index": _html(client.get(INDEX)),
        "launch": _html(client.get(_page_url(world.launch))),
    }
    feeds = {"site": _parsed(client.get(FEED)), "launch": _parsed(client.get(_feed_url(world.launch)))}

    for name, html in pages.items():
        assert shown.title in html, name
        assert "Hidden:" not in html, name
        assert "Cancelled launch" not in html, name
    for name, feed in feeds.items():
        assert [entry.title for entry in feed.entries] == [shown.title], name
    assert client.get(_page_url(cancelled)).status_code == 404
    assert client.get(_feed_url(cancelled)).status_code == 404


def test_an_approved_gate_and_a_past_t_zero_lift_the_embargo(world):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1, status=GateStatus.APPROVED)
    _out(world, title="After the gate", embargo=Embargo.GATE, embargo_gate=gate)
    launched = LaunchFactory(owner=world.office, name="Launched", t_zero=timezone.now() - dt.timedelta(days=1))
    _out(world, launch=launched, title="After T-0", embargo=Embargo.T_ZERO, department=None)

    html = _html(_anonymous().get(INDEX))

    assert "After the gate" in html
    assert "After T-0" in html


def test_a_task_embargo_holds_the_item_until_the_task_is_done(world):
    held = _out(world, title="After the packages", embargo=Embargo.TASK, embargo_task=world.pr_task)
    client = _anonymous()
    assert client.get(_page_url(world.launch)).status_code == 404

    world.pr_task.status = TaskStatus.DONE
    world.pr_task.save()

    assert held.title in _html(client.get(_page_url(world.launch)))
    assert [entry.title for entry in _parsed(client.get(FEED)).entries] == [held.title]


def test_index_lists_launches_by_latest_item_with_t_zero_count_and_latest(world):
    t_zero = dt.datetime(2027, 6, 1, 15, 30, tzinfo=dt.UTC)
    other = LaunchFactory(owner=world.office, name="Second launch", t_zero=t_zero)
    _out(world, title="Old news", hours_ago=30)
    _out(world, title="Older news", hours_ago=40)
    _out(world, launch=other, title="Fresh news", hours_ago=2)
    _out(world, launch=other, title="Oldest news", hours_ago=50)

    html = _html(_anonymous().get(INDEX))

    assert html.index("Second launch") < html.index(world.launch.name)
    second, first = html.split(world.launch.name, 1)
    # T-0 in the launch's zone (Europe/Berlin: 15:30 UTC is 17:30 CEST), with the zone named.
    assert "1 June 2027, 17:30 CEST" in second and "Europe/Berlin" in second
    assert "2 items out" in second and "2 items out" in first
    assert "Latest: " in second and "Fresh news" in second and "Oldest news" not in html
    assert "Old news" in first and "Older news" not in first
    assert f'href="/newsroom/{other.pk}/"' in html


def test_index_says_when_nothing_is_out(world):
    _out(world, title="Not yet", status="approved", published_at=None, newsroom=None)

    html = _html(_anonymous().get(INDEX))

    assert "Nothing has gone out yet." in html
    assert "Not yet" not in html


def test_launch_page_lists_items_newest_first_with_kind_times_body_and_anchor(world):
    fixed = dt.datetime(2026, 7, 1, 6, 5, tzinfo=dt.UTC)
    older = _out(world, title="Teaser", body="Something is coming.")
    newer = _out(world, title="It is here", kind=CommunicationKind.PRESS_RELEASE, body="Line one.\nLine two.")
    newer.department = None  # the office's own item
    newer.save()
    Communication.objects.filter(pk=older.pk).update(published_at=fixed - dt.timedelta(days=2))
    Communication.objects.filter(pk=newer.pk).update(published_at=fixed)

    html = _html(_anonymous().get(_page_url(world.launch)))

    assert html.index(f'id="communication-{newer.pk}"') < html.index(f'id="communication-{older.pk}"')
    article = html.split(f'id="communication-{newer.pk}"', 1)[1].split("</article>", 1)[0]
    assert "Press release" in article
    assert "1 July 2026, 06:05 UTC" in article
    assert "1 July 2026, 08:05 CEST (Europe/Berlin)" in article
    assert "Line one.<br>Line two." in article
    assert "T-Minus" in article  # the office's item, no department
    assert world.pr.name in html.split(f'id="communication-{older.pk}"', 1)[1]
    assert f'href="/newsroom/{world.launch.pk}/feed.atom"' in html


def test_pages_link_their_atom_feeds_and_a_same_origin_stylesheet_only(world):
    _out(world, title="Styled")

    for url in (INDEX, _page_url(world.launch)):
        response = _anonymous().get(url)
        html = _html(response)
        assert f'<link rel="alternate" type="application/atom+xml" title="T-Minus newsroom" href="{FEED}">' in html
        # The CSP allows this origin's files only: no inline style, no style element, no script at all.
        policy = response["Content-Security-Policy"]
        assert "style-src 'self'" in policy and "script-src 'self'" in policy
        assert "unsafe-inline" not in policy
        assert "<style" not in html and " style=" not in html and "<script" not in html
        assert '<link rel="stylesheet" href="/static/newsroom/newsroom.css">' in html
    assert finders.find("newsroom/newsroom.css")
    launch_html = _html(_anonymous().get(_page_url(world.launch)))
    assert f'type="application/atom+xml" title="{world.launch.name} — T-Minus newsroom"' in launch_html


def test_feeds_parse_as_atom_with_stable_ids_links_authors_and_updated(world):
    first = _out(world, title="First", hours_ago=3, body="Hello.")
    second = _out(world, title="Second", hours_ago=1, department=None)
    other = LaunchFactory(owner=world.office, name="Elsewhere")
    elsewhere = _out(world, launch=other, title="Elsewhere news", hours_ago=2)
    client = _anonymous()

    site = _parsed(client.get(FEED))
    launch = _parsed(client.get(_feed_url(world.launch)))

    assert site.feed.title == "T-Minus newsroom"
    assert [entry.title for entry in site.entries] == ["Second", "Elsewhere news", "First"]
    assert launch.feed.title == f"{world.launch.name} — T-Minus newsroom"
    assert [entry.title for entry in launch.entries] == ["Second", "First"]
    by_title = {entry.title: entry for entry in site.entries}
    host = urlsplit(settings.SITE_URL).hostname  # the site's own host, whatever host the feed was read by
    for item in (first, second, elsewhere):
        entry = by_title[item.title]
        assert entry.link == f"http://testserver/newsroom/{item.launch_id}/#communication-{item.pk}"
        assert entry.id == f"tag:{host},{item.published_at:%Y-%m-%d}:newsroom/communication/{item.pk}"
        assert calendar.timegm(entry.updated_parsed) == int(item.published_at.timestamp())
    assert by_title["First"].author == world.pr.name
    assert by_title["Second"].author == "T-Minus"
    assert by_title["First"].summary == "Hello."
    # The same entry has the same id in both feeds and on a second read.
    assert {entry.id for entry in launch.entries} <= {entry.id for entry in site.entries}
    assert [entry.id for entry in _parsed(client.get(FEED)).entries] == [entry.id for entry in site.entries]


def test_site_feed_carries_the_latest_fifty_entries(world):
    items = [_out(world, title=f"Item {n}", hours_ago=n + 1) for n in range(51)]

    feed = _parsed(_anonymous().get(FEED))

    assert len(feed.entries) == 50
    assert feed.entries[0].title == items[0].title
    assert "Item 50" not in {entry.title for entry in feed.entries}
    assert len(_parsed(_anonymous().get(_feed_url(world.launch))).entries) == 51


def test_site_feed_still_fills_fifty_entries_when_newer_items_are_hidden(world):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1)
    for n in range(3):
        _out(world, title=f"Held {n}", hours_ago=0.1, embargo=Embargo.GATE, embargo_gate=gate)
    for n in range(50):
        _out(world, title=f"Item {n}", hours_ago=n + 1)

    feed = _parsed(_anonymous().get(FEED))

    assert len(feed.entries) == 50
    assert not any(entry.title.startswith("Held") for entry in feed.entries)


HOSTILE_TITLE = '<script>alert("title")</script> & more'
HOSTILE_BODY = (
    "Read https://example.com/launch?a=1&b=2 now.\n"
    "Then javascript:alert(document.cookie) and <img src=x onerror=alert(1)>\n"
    '<a href="javascript:alert(2)">click</a>'
)


def test_hostile_title_and_body_stay_text_on_the_page(world):
    item = _out(world, title=HOSTILE_TITLE, body=HOSTILE_BODY)

    for url in (INDEX, _page_url(world.launch)):
        html = _html(_anonymous().get(url))
        assert "<script>" not in html
        assert "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; more" in html
    html = _html(_anonymous().get(_page_url(world.launch)))
    body = html.split(f'id="communication-{item.pk}"', 1)[1].split("</article>", 1)[0]
    assert "<img" not in body and "&lt;img src=x onerror=alert(1)&gt;" in body
    assert '<a href="https://example.com/launch?a=1&amp;b=2">https://example.com/launch?a=1&amp;b=2</a>' in body
    assert "now.<br>Then" in body
    assert "javascript:" in body  # shown as text ...
    assert all(href.startswith(("https://", "http://", "#", "/")) for href in _hrefs(html))  # ... never linked


def test_hostile_title_and_body_stay_text_in_the_atom_feed(world):
    _out(world, title=HOSTILE_TITLE, body=HOSTILE_BODY)

    for url in (FEED, _feed_url(world.launch)):
        response = _anonymous().get(url)
        raw = response.content.decode()
        assert "<script>" not in raw and "<img" not in raw
        entry = _parsed(response).entries[0]
        assert entry.title == HOSTILE_TITLE  # a plain-text title: the reader shows it as typed
        root = ET.fromstring(response.content)  # noqa: S314 - our own feed, read to see its raw summary
        summary = root.find(f"{ATOM}entry/{ATOM}summary")
        assert summary.get("type") == "html"
        # The summary's HTML, as a reader gets it once the XML is read: the markup of the body is escaped text.
        assert "&lt;img src=x onerror=alert(1)&gt;" in summary.text
        assert '<a href="https://example.com/launch?a=1&amp;b=2">' in summary.text
        assert all(href.startswith(("https://", "http://")) for href in _hrefs(summary.text))


@pytest.mark.parametrize(
    "word",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "javascript://example.com/%0Aalert(1)",
        "javascript:alert('example.com')",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "press@example.com",
        "[docs](javascript:alert(1))",
        "(javascript:alert(1)).com",
        "javascript:alert(1).com",
        "javascript:alert(1)//example.org",
    ],
)
def test_only_http_addresses_become_links(word):
    html = newsroom_body_html(f"See {word} and https://example.org/ok.")

    assert _hrefs(html)[-1] == "https://example.org/ok"
    assert all(re.match(r"^https?://[^\s\"'<>]+$", href) for href in _hrefs(html)), html
    # A word of it may link on its own as a web address (example.com in the quotes), never the script itself.
    assert not any(re.search(r"script|data:|mailto:", href, re.IGNORECASE) for href in _hrefs(html)), html


def test_bare_web_names_link_as_http(world):
    html = newsroom_body_html("Visit www.example.com or example.org/launch.")

    assert _hrefs(html) == ["http://www.example.com", "http://example.org/launch"]


@pytest.mark.parametrize(
    "path",
    [
        "/newsroom/999999/",
        "/newsroom/999999/feed.atom",
        "/newsroom/9999999999999999999999999/",
        "/newsroom/not-a-launch/",
        "/newsroom/1/nothing-here/",
    ],
)
def test_unknown_pages_are_a_plain_404(world, path):
    response = _anonymous().get(path)

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
    text = response.content.decode()
    assert "Not found" in text
    assert "Traceback" not in text and "<script" not in text


def test_a_launch_with_nothing_out_is_a_404(world):
    _out(world, title="Approved only", status="approved", published_at=None, newsroom=None)

    assert _anonymous().get(_page_url(world.launch)).status_code == 404
    assert _anonymous().get(_feed_url(world.launch)).status_code == 404


def test_cancelling_a_launch_takes_its_page_down(world):
    _out(world, title="Out, then cancelled")
    client = _anonymous()
    assert client.get(_page_url(world.launch)).status_code == 200

    world.launch.status = LaunchStatus.CANCELLED
    world.launch.save()

    assert client.get(_page_url(world.launch)).status_code == 404
    assert "Out, then cancelled" not in _html(client.get(INDEX))
    assert _parsed(client.get(FEED)).entries == []


def _urls(world) -> list[str]:
    return [INDEX, _page_url(world.launch), FEED, _feed_url(world.launch)]


def test_no_sign_in_needed_and_never_a_redirect(world, client_for):
    _out(world, title="Public")

    for url in _urls(world):
        anonymous = _anonymous().get(url)
        assert anonymous.status_code == 200, url
        assert "Location" not in anonymous
        assert not anonymous.cookies
        assert "Cookie" not in anonymous.get("Vary", "")
        # Signed in or not, the same public answer.
        assert client_for(world.viewer).get(url).content == anonymous.content


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
def test_only_get_and_head_are_allowed(world, method):
    _out(world, title="Read only")

    for url in _urls(world):
        response = getattr(_anonymous(), method)(url)
        assert response.status_code == 405, (method, url)
        assert response["Allow"] == "GET, HEAD"


def test_head_answers_like_get(world):
    _out(world, title="Heads up")

    for url in _urls(world):
        response = _anonymous().head(url)
        assert response.status_code == 200, url
        assert response["Last-Modified"] == _anonymous().get(url)["Last-Modified"]


def test_pages_are_briefly_cacheable_and_answer_304_when_unchanged(world):
    _out(world, title="Older", hours_ago=5)
    latest = _out(world, title="Latest", hours_ago=2)
    _age_launches()
    last_modified = http_date(int(latest.published_at.timestamp()))
    client = _anonymous()

    for url in _urls(world):
        response = client.get(url)
        assert response.status_code == 200, url
        assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=60"}
        assert response["Last-Modified"] == last_modified, url
        unchanged = client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified)
        assert unchanged.status_code == 304, url
        assert unchanged.content == b""
        assert unchanged["Last-Modified"] == last_modified
        earlier = http_date(int(latest.published_at.timestamp()) - 60)
        assert client.get(url, HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200, url


def test_a_new_item_makes_the_page_modified_again(world):
    first = _out(world, title="First", hours_ago=5)
    _age_launches()
    client = _anonymous()
    seen = http_date(int(first.published_at.timestamp()))
    assert client.get(INDEX, HTTP_IF_MODIFIED_SINCE=seen).status_code == 304

    _out(world, title="Second", hours_ago=0.5)

    response = client.get(INDEX, HTTP_IF_MODIFIED_SINCE=seen)
    assert response.status_code == 200
    assert "Second" in response.content.decode()


def test_a_cancelled_launch_makes_the_index_modified_though_no_new_item_came(world):
    """Its items leave the newsroom: a reader that revalidates must not keep them (Last-Modified takes the
    launches' updated_at too)."""
    _out(world, title="Elsewhere", launch=LaunchFactory(owner=world.office), hours_ago=0.1)
    _out(world, title="Soon gone", hours_ago=0.2)
    client = _anonymous()
    seen = client.get(INDEX)["Last-Modified"]

    # As launch_set_status saves it: the status and updated_at (a second later, past Last-Modified's seconds).
    Launch.objects.filter(pk=world.launch.pk).update(
        status=LaunchStatus.CANCELLED, updated_at=timezone.now() + dt.timedelta(seconds=2)
    )

    response = client.get(INDEX, HTTP_IF_MODIFIED_SINCE=seen)
    assert response.status_code == 200
    assert "Soon gone" not in response.content.decode()


@pytest.mark.parametrize("size", [2, 12])
def test_pages_and_feeds_read_in_one_query_whatever_the_size(world, size, django_assert_num_queries):
    gate = Gate.objects.create(launch=world.launch, name="Go/No-Go", offset_days=-1, status=GateStatus.APPROVED)
    other = LaunchFactory(owner=world.office)
    for n in range(size):
        _out(world, title=f"Here {n}", hours_ago=n + 1, embargo=Embargo.GATE, embargo_gate=gate)
        _out(world, launch=other, title=f"There {n}", hours_ago=n + 1.5, department=world.marketing)
    client = _anonymous()

    for url in _urls(world):
        with django_assert_num_queries(1):
            response = client.get(url)
        assert response.status_code == 200
        expected = {INDEX: 1, FEED: size}.get(url, size)  # the index names each launch's latest item only
        assert response.content.count(b"Here ") == expected, url
    assert f"{size} items out".encode() in client.get(INDEX).content

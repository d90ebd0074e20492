"""The public newsroom's pages and Atom feeds: no sign-in, GET and HEAD only, briefly cacheable, conditional on
Last-Modified. Plain HTML without JavaScript; the feeds come from Django's syndication framework."""

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from communications.models import Communication
from communications.newsroom import selectors
from communications.newsroom.rendering import newsroom_body_html
from launches.models import Launch

SITE_NAME = "T-Minus"
# Public and the same for everyone: a shared cache may keep a page a minute, then revalidates with Last-Modified.
CACHE_SECONDS = 60


def item_path(item: Communication) -> str:
    """The item's place on its launch's page."""
    return f"{reverse('newsroom:launch', args=[item.launch_id])}#communication-{item.pk}"


def _author(item: Communication) -> str:
    return item.department.name if item.department_id else SITE_NAME


def _cached(response: HttpResponse, last_modified: dt.datetime | None) -> HttpResponse:
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    if last_modified is not None:
        response["Last-Modified"] = http_date(int(last_modified.timestamp()))
    return response


def _conditional(request: HttpRequest, last_modified: dt.datetime | None) -> HttpResponse | None:
    """A 304 when the client's If-Modified-Since is not older than the selection; None to answer in full."""
    if last_modified is None:
        return None
    response = get_conditional_response(request, last_modified=int(last_modified.timestamp()))
    return _cached(response, last_modified) if response is not None else None


def _not_found(what: str) -> HttpResponse:
    body = render_to_string("newsroom/not_found.html", {"what": what, "site_name": SITE_NAME})
    response = HttpResponse(body, status=404)
    # Not cached: the page may appear the moment its first item goes out.
    patch_cache_control(response, no_cache=True)
    return response


def _page(template: str, context: dict[str, Any], last_modified: dt.datetime | None) -> HttpResponse:
    # No request context: the page reads neither the session nor the user, so nothing varies on a cookie.
    body = render_to_string(template, {"site_name": SITE_NAME, **context})
    return _cached(HttpResponse(body), last_modified)


# No session and no form, so no CSRF: csrf_exempt lets require_safe answer 405 (with Allow) to a POST rather than
# the CSRF check's 403.
@csrf_exempt
@require_safe
def newsroom_index(request: HttpRequest) -> HttpResponse:
    """Each launch with something out: its name, T-0, how many items and the latest; newest first."""
    launches, last_modified = selectors.newsroom_launches(now=timezone.now())
    conditional = _conditional(request, last_modified)
    if conditional is not None:
        return conditional
    return _page("newsroom/index.html", {"launches": launches}, last_modified)


@csrf_exempt
@require_safe
def newsroom_launch(request: HttpRequest, launch_id: str) -> HttpResponse:
    """One launch's items, newest first; 404 when it is unknown, cancelled or has nothing out."""
    page, last_modified = selectors.newsroom_launch(launch_id=int(launch_id), now=timezone.now())
    if page is None:
        return _not_found("This launch has nothing in the newsroom.")
    conditional = _conditional(request, last_modified)
    if conditional is not None:
        return conditional
    entries = [{"item": item, "body_html": newsroom_body_html(item.body)} for item in page.items]
    return _page("newsroom/launch.html", {"launch": page.launch, "entries": entries}, last_modified)


@dataclass
class _FeedSubject:
    launch: Launch | None
    items: list[Communication]


class NewsroomAtomFeed(Feed):
    """Everything out, or one launch's items, as Atom 1.0. Titles are plain text and summaries escaped HTML (the
    feed generator escapes both as XML), so markup in a title stays text in a reader too."""

    feed_type = Atom1Feed
    author_name = SITE_NAME

    def __init__(self) -> None:
        super().__init__()
        # Entry ids are tag: URIs (RFC 4151) on the site's own host (SITE_URL): stable whatever host a reader
        # fetched the feed by, and whatever the item's page or title becomes.
        self.host = urlsplit(settings.SITE_URL).hostname or "localhost"

    def get_object(self, request: HttpRequest, subject: _FeedSubject) -> _FeedSubject:
        return subject

    def title(self, subject: _FeedSubject) -> str:
        return f"{subject.launch.name} — {SITE_NAME} newsroom" if subject.launch else f"{SITE_NAME} newsroom"

    def subtitle(self, subject: _FeedSubject) -> str:
        return "What has gone out" + (f" for {subject.launch.name}." if subject.launch else " for every launch.")

    def link(self, subject: _FeedSubject) -> str:
        return reverse("newsroom:launch", args=[subject.launch.pk]) if subject.launch else reverse("newsroom:index")

    def feed_url(self, subject: _FeedSubject) -> str:
        if subject.launch:
            return reverse("newsroom:launch-feed", args=[subject.launch.pk])
        return reverse("newsroom:feed")

    def feed_guid(self, subject: _FeedSubject) -> str:
        return f"tag:{self.host},2026:newsroom" + (f"/launch/{subject.launch.pk}" if subject.launch else "")

    def items(self, subject: _FeedSubject) -> list[Communication]:
        return subject.items

    def item_title(self, item: Communication) -> str:
        return item.title

    def item_description(self, item: Communication) -> str:
        return newsroom_body_html(item.body)

    def item_link(self, item: Communication) -> str:
        return item_path(item)

    def item_guid(self, item: Communication) -> str:
        return f"tag:{self.host},{item.published_at:%Y-%m-%d}:newsroom/communication/{item.pk}"

    def item_guid_is_permalink(self, item: Communication) -> bool:
        return False

    def item_pubdate(self, item: Communication) -> dt.datetime:
        return item.published_at

    def item_updateddate(self, item: Communication) -> dt.datetime:
        return item.published_at

    def item_author_name(self, item: Communication) -> str:
        return _author(item)

    def item_categories(self, item: Communication) -> list[str]:
        return [item.get_kind_display()]


def _feed(request: HttpRequest, subject: _FeedSubject, last_modified: dt.datetime | None) -> HttpResponse:
    conditional = _conditional(request, last_modified)
    if conditional is not None:
        return conditional
    return _cached(NewsroomAtomFeed()(request, subject=subject), last_modified)


@csrf_exempt
@require_safe
def newsroom_feed(request: HttpRequest) -> HttpResponse:
    """The latest items out, every launch's, as Atom (at most FEED_MAX_ENTRIES)."""
    selection = selectors.newsroom_items(now=timezone.now(), limit=selectors.FEED_MAX_ENTRIES)
    return _feed(request, _FeedSubject(launch=None, items=selection.items), selection.last_modified)


@csrf_exempt
@require_safe
def newsroom_launch_feed(request: HttpRequest, launch_id: str) -> HttpResponse:
    """One launch's items as Atom; 404 as its page."""
    selection = selectors.newsroom_items(now=timezone.now(), launch_id=int(launch_id))
    if not selection.items:
        return _not_found("This launch has nothing in the newsroom.")
    launch = selection.items[0].launch
    return _feed(request, _FeedSubject(launch=launch, items=selection.items), selection.last_modified)


@csrf_exempt
@require_safe
def newsroom_not_found(request: HttpRequest, path: str = "") -> HttpResponse:
    """Any other address under /newsroom/."""
    return _not_found("There is no such page in the newsroom.")

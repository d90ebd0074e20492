"""Serves a calendar feed at /calendars/<token>.ics: no session or sign-in, GET and HEAD only, conditional."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, HttpResponseNotFound
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from calendars import selectors, services
from calendars.models import FeedKind

# The URL is a credential: shared caches must not keep the feed, and clients revalidate with the ETag.
CACHE_CONTROL = "private, max-age=0, must-revalidate"
BODY_CACHE_SECONDS = 60 * 60 * 24


def _not_found() -> HttpResponse:
    response = HttpResponseNotFound("No such calendar feed.", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = CACHE_CONTROL
    return response


def _plain_http_refused() -> HttpResponse:
    response = HttpResponseForbidden(
        "Calendar feeds are served over HTTPS only. Subscribe with the https:// URL that T-Minus shows under "
        "Calendar feeds, and rotate this feed there: its secret URL was just sent unencrypted.",
        content_type="text/plain; charset=utf-8",
    )
    response["Cache-Control"] = "no-store"
    return response


# No session, so no CSRF: the token in the URL is the credential. require_safe answers 405 with Allow to the rest.
@csrf_exempt
@require_safe
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The feed as text/calendar with ETag and Last-Modified; 304 when unchanged; the body is rendered once
    per revision and host, then served from the cache. In production plain http is refused, never redirected:
    a redirect would teach the client to keep sending the token in clear first."""
    if settings.CALENDAR_FEEDS_REQUIRE_HTTPS and not request.is_secure():
        return _plain_http_refused()
    feed = selectors.calendar_feed_get_by_token(token=token)
    if feed is None:
        return _not_found()
    if feed.entries_behind:
        # A subscriber right after a write sees it, even before (or without) the sync task after its commit.
        services.calendar_entries_catch_up()
    if feed.kind == FeedKind.LAUNCH and feed.launch_id is None:
        # Its launch was deleted: its items are cancelled (the follower of the deletion may not have run yet).
        services.calendar_entries_update(launch_id=feed.launch_ref)
    now = timezone.now()
    state = selectors.calendar_feed_state(feed=feed, now=now)
    services.calendar_feed_served(feed=feed, revision=state.revision, now=now)
    # The links in the body name the host the feed is reached by: one ETag per revision and host.
    base_url = request.build_absolute_uri("/").rstrip("/")
    key = hashlib.sha256(f"{feed.pk}:{state.revision}:{base_url}".encode()).hexdigest()
    etag = f'"{key[:32]}"'
    last_modified = feed.revision_at.timestamp()
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        key = f"calendars:feed:{key}"
        body = cache.get(key)
        if body is None:
            body = services.calendar_feed_render(feed=feed, state=state, now=now, base_url=base_url)
            cache.set(key, body, BODY_CACHE_SECONDS)
        response = HttpResponse(body if request.method == "GET" else b"", content_type="text/calendar; charset=utf-8")
        response["Content-Length"] = str(len(body))
        response["Content-Disposition"] = 'inline; filename="t-minus.ics"'
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = CACHE_CONTROL
    return response

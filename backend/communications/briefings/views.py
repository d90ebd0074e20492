"""A journalist's embargoed briefing page, /briefings/<token>/: no account, no session, no JavaScript; GET and HEAD
only, rate-limited per client address, never cached or indexed, and no referrer leaves it (the URL is the
credential)."""

import datetime as dt
import zoneinfo
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from communications.briefings import selectors, services
from communications.briefings.selectors import PageState
from communications.briefings.throttle import briefing_page_throttled, client_address
from communications.models import Briefing
from communications.newsroom.rendering import newsroom_body_html

SITE_NAME = "T-Minus"
# How many times the watermark repeats the reader's name across the page's background.
WATERMARK_REPEAT = 24


def _reader_zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):  # a zone the service accepted, since dropped
        return zoneinfo.ZoneInfo("UTC")


def moment_in_zone(moment: dt.datetime, zone_name: str) -> str:
    """ "Tuesday 16 March 2027, 09:00 CET (Europe/Berlin)": the moment on the reader's clock; the zone's name only
    when its abbreviation is not already it ("08:00 UTC", not "08:00 UTC (UTC)")."""
    local = moment.astimezone(_reader_zone(zone_name))
    abbreviation = local.tzname()
    named = "" if abbreviation == zone_name else f" ({zone_name})"
    return f"{local:%A} {local.day} {local:%B %Y, %H:%M} {abbreviation}{named}"


def embargo_text(line: selectors.EmbargoLine, briefing: Briefing) -> str:
    """What follows "EMBARGOED UNTIL": the moment on the reader's clock, and what else holds the item."""
    moment = moment_in_zone(line.until, briefing.time_zone) if line.until else ""
    if moment and line.condition:
        return f"{moment}, and until {line.condition}"
    return moment or line.condition or "it is published"


def _answer(template: str, context: dict[str, Any], status: int = 200) -> HttpResponse:
    # No request context: the page reads neither the session nor the user.
    response = HttpResponse(render_to_string(template, {"site_name": SITE_NAME, **context}), status=status)
    response["Cache-Control"] = "no-store, private"
    response["X-Robots-Tag"] = "noindex, nofollow"
    # SecurityMiddleware only fills in a policy the view has not set: the token never goes to a linked site.
    response["Referrer-Policy"] = "no-referrer"
    return response


def _notice(title: str, text: str, status: int, **headers: str) -> HttpResponse:
    response = _answer("briefings/notice.html", {"title": title, "text": text}, status=status)
    for header, value in headers.items():
        response[header] = value
    return response


# No session and no form, so no CSRF: csrf_exempt lets require_safe answer 405 (with Allow) to a POST.
@csrf_exempt
@require_safe
def briefing_page(request: HttpRequest, token: str) -> HttpResponse:
    """Embargoed: "EMBARGOED UNTIL <moment in the reader's zone>", the reader's name as a watermark, the title and
    body. Public once the item is out (no banner). 410 when the link was revoked, the launch cancelled or the
    item withdrawn; 404 for an unknown link; 429 past the rate limit. Each GET of a working link is logged."""
    address = client_address(request)
    retry_after = briefing_page_throttled(address)
    if retry_after is not None:
        return _notice(
            "Too many requests",
            f"Too many requests from your address. Try again in {retry_after} seconds.",
            429,
            **{"Retry-After": str(retry_after)},
        )
    briefing = selectors.briefing_get_by_token(token=token)
    if briefing is None:
        return _notice("No such briefing", "There is no briefing at this address. Check the link you were sent.", 404)
    now = timezone.now()
    page = selectors.briefing_page(briefing=briefing, now=now)
    if page.state == PageState.GONE:
        return _notice(
            "This briefing is no longer available",
            "This briefing link no longer works. If you think it should, ask the person who sent it to you.",
            410,
        )
    embargoed = page.state == PageState.EMBARGOED
    if request.method == "GET":
        services.briefing_opened(
            briefing=briefing,
            ip_address=address,
            user_agent=request.headers.get("User-Agent", ""),
            embargoed=embargoed,
            now=now,
        )
    item = briefing.communication
    context: dict[str, Any] = {
        "briefing": briefing,
        "item": item,
        "body_html": newsroom_body_html(item.body),
        "embargoed": embargoed,
        "newsroom_path": page.newsroom_path,
    }
    if embargoed:
        line = page.embargo
        context.update(watermark=range(WATERMARK_REPEAT), until=line.until, embargo_text=embargo_text(line, briefing))
    elif item.published_at:
        context["published_text"] = moment_in_zone(item.published_at, briefing.time_zone)
    return _answer("briefings/page.html", context)

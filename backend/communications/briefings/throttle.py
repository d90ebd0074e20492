"""The briefing page's rate limit: requests per client address per minute, counted in Django's cache (shared by
every worker with Redis), unknown tokens included, so that guessing links costs as much as reading them."""

import ipaddress
import time

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

WINDOW_SECONDS = 60


def briefing_page_limit() -> int:
    """Requests one client address may make per minute (settings.BRIEFING_PAGE_RATE_PER_MINUTE, 30 by default)."""
    return settings.BRIEFING_PAGE_RATE_PER_MINUTE


def client_address(request: HttpRequest) -> str | None:
    """The client's address as the sign-in throttle sees it: the socket's, or behind TRUSTED_PROXY_COUNT proxies
    the one the outermost proxy saw (settings' AXES_IPWARE_*); a client's own X-Forwarded-For entries count for
    nothing."""
    address = get_client_ip_address(request) or request.META.get("REMOTE_ADDR") or ""
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def briefing_page_throttled(address: str | None, now: float | None = None) -> int | None:
    """Counts one request from `address` in the current minute; answers the seconds until the next minute when
    this one is over the limit (Retry-After), None when it may go on. A fixed window: at most twice the limit
    across a window's edge, which is plenty against guessing 256-bit tokens. A cache that cannot count (Redis
    down: core.cache answers every incr as the first) lets requests through rather than lock journalists out."""
    now = time.time() if now is None else now
    window = int(now // WINDOW_SECONDS)
    key = f"briefings:rate:{address or 'unknown'}:{window}"
    # add() starts the counter only if it is not there yet (atomic in Redis and in the local-memory cache).
    cache.add(key, 0, timeout=WINDOW_SECONDS * 2)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS * 2)
        count = 1
    if count > briefing_page_limit():
        return max(1, (window + 1) * WINDOW_SECONDS - int(now))
    return None

"""A Redis cache that a Redis outage cannot take down: unreachable means a miss, with a warning now and then; and
single_flight, so that a value many readers miss at once is computed once."""

import logging
from collections.abc import Callable
from time import monotonic, sleep
from typing import Any, TypeVar
from urllib.parse import urlsplit

from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# Only an unreachable or stalled server is an outage; any other Redis error is a bug and still raises.
OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError)
# One warning per process (and thread) per interval while Redis stays down, not one per cache call.
WARNING_INTERVAL_SECONDS = 60.0


def _without_credentials(url: str) -> str:
    """redis://user:secret@host:6379/0 -> host:6379/0: a password never reaches the log."""
    parts = urlsplit(url)
    return parts.netloc.rpartition("@")[2] + parts.path


T = TypeVar("T")

# How long a computation holds its claim at most (a worker that died leaves it this long), how long another reader
# waits for it before computing the value itself, and how often it looks.
SINGLE_FLIGHT_CLAIM_SECONDS = 30
SINGLE_FLIGHT_WAIT_SECONDS = 10.0
SINGLE_FLIGHT_POLL_SECONDS = 0.02


def single_flight(name: str, find: Callable[[], T | None], make: Callable[[], T]) -> T:
    """The value `find` reads from the cache, computed by `make` (which stores it) in one process at a time across
    every process sharing the cache: a reader that misses while another computes it waits for that one's result
    instead of computing it again (a new plan version read by many people at once). It computes the value itself
    when the other gives up or takes longer than SINGLE_FLIGHT_WAIT_SECONDS, and at once when the cache is down
    (no claim can be seen). Never returns a value older than what `find` accepts."""
    claim = f"single-flight:{name}"
    if cache.add(claim, 1, SINGLE_FLIGHT_CLAIM_SECONDS):
        try:
            # Looked for once more under the claim: the one before may have stored it and let go since our miss.
            value = find()
            return make() if value is None else value
        finally:
            cache.delete(claim)
    deadline = monotonic() + SINGLE_FLIGHT_WAIT_SECONDS
    while monotonic() < deadline:
        sleep(SINGLE_FLIGHT_POLL_SECONDS)
        value = find()
        if value is not None:
            return value
        if not cache.has_key(claim):  # done (read once more: it may have stored just now), failed, or no cache
            value = find()
            return make() if value is None else value
    return make()


class ResilientRedisCache(RedisCache):
    """Django's RedisCache, except that while Redis is unreachable every read is a miss and every write is
    dropped, so the timeline and calendar feeds are computed from the database instead of answering 500.
    Keep the socket timeouts short in OPTIONS (settings.CACHES) so a dead server does not stall requests."""

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._warned_at: float | None = None

    def _outage(self, operation: str, error: Exception) -> None:
        now = monotonic()
        if self._warned_at is None or now - self._warned_at >= WARNING_INTERVAL_SECONDS:
            self._warned_at = now
            logger.warning(
                "Redis cache at %s is unreachable (%s: %s); serving without the cache until it answers again",
                ", ".join(_without_credentials(server) for server in self._servers),
                operation,
                error,
            )

    def _call(self, method: Callable[..., Any], fallback: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except OUTAGE_ERRORS as error:
            self._outage(method.__name__, error)
            return fallback

    def ping(self) -> bool:
        """Whether Redis answers now (the health check); an outage is False, never an error."""
        return bool(self._call(self._cache.get_client(write=True).ping, False))

    def add(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return self._call(super().add, False, key, value, timeout, version)

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        return self._call(super().get, default, key, default, version)

    def set(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> None:
        self._call(super().set, None, key, value, timeout, version)

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return self._call(super().touch, False, key, timeout, version)

    def delete(self, key: Any, version: int | None = None) -> bool:
        return self._call(super().delete, False, key, version)

    def get_many(self, keys: Any, version: int | None = None) -> dict[Any, Any]:
        return self._call(super().get_many, {}, keys, version)

    def has_key(self, key: Any, version: int | None = None) -> bool:
        return self._call(super().has_key, False, key, version)

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        # A counter that cannot be read counts from zero, as after add (decr goes through incr too).
        return self._call(super().incr, delta, key, delta, version)

    def set_many(self, data: dict[Any, Any], timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> list:
        # Django's contract: set_many answers the keys it could not store.
        return self._call(super().set_many, list(data), data, timeout, version)

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        self._call(super().delete_many, None, keys, version)

    def clear(self) -> bool:
        return self._call(super().clear, False)

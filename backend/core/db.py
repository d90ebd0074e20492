"""Transactions that the database may refuse under contention (a deadlock victim, a serialization failure) run
again instead of failing the request."""

import logging
import time
from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import Any, TypeVar

from django.db import OperationalError, transaction

logger = logging.getLogger(__name__)
T = TypeVar("T")

# PostgreSQL's serialization_failure and deadlock_detected: the transaction did nothing and may simply run again.
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})
WRITE_ATTEMPTS = 4

# The locks the current attempt of atomic_with_retry took: key -> (the savepoints open when it was taken, what it
# was taken for). None outside such a write: every lock is taken again.
_write_locks: ContextVar[dict[Hashable, tuple[tuple[str | None, ...], Any]] | None] = ContextVar(
    "tminus_write_locks", default=None
)


def is_retryable(exc: BaseException) -> bool:
    """A database error that means "lost a race, try again" rather than a fault: PostgreSQL's deadlock and
    serialization failures, and SQLite's busy database."""
    if not isinstance(exc, OperationalError):
        return False
    sqlstate = getattr(exc.__cause__, "sqlstate", None)
    return sqlstate in RETRYABLE_SQLSTATES or "database is locked" in str(exc)


def atomic_with_retry(write: Callable[[], T], *, attempts: int = WRITE_ATTEMPTS) -> T:
    """Run write() in one transaction; when the database aborts it as a deadlock victim or a serialization
    failure, run it again from the start (a short, growing pause between tries). Inside an outer transaction the
    block is a savepoint, and rolling back to it releases the locks it took (PostgreSQL), so it retries too."""
    for attempt in range(1, attempts + 1):
        token = _write_locks.set({})
        try:
            with transaction.atomic():
                return write()
        except OperationalError as exc:
            if attempt == attempts or not is_retryable(exc):
                raise
            logger.warning("write retried after %s (attempt %d of %d)", exc.__class__.__name__, attempt, attempts)
            time.sleep(0.01 * 2**attempt)
        finally:
            _write_locks.reset(token)
    raise AssertionError("unreachable")  # pragma: no cover


def lock_once(key: Hashable, lock: Callable[[], None], holder: Any = None) -> None:
    """Run lock() unless this write (atomic_with_retry's attempt) already ran it for `key` in a savepoint that is
    still open: a view and the service it calls lock the same rows once, not twice. A savepoint rolled back
    releases its locks (PostgreSQL), so a lock taken inside one counts only while it is open. `holder` is kept
    with the key (an instance keyed by its id() stays alive, so the id cannot be reused meanwhile)."""
    held = _write_locks.get()
    if held is None:
        lock()
        return
    open_now = tuple(transaction.get_connection().savepoint_ids)
    taken = held.get(key)
    if taken is not None and open_now[: len(taken[0])] == taken[0]:
        return
    lock()
    held[key] = (open_now, holder)

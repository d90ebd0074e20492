"""emit: the one way a change is recorded. A write emits its events inside its transaction; each follower of
config/followers.py gets every event of its kinds in one list (so a playbook's 500 tasks stay a few queries):
the in-transaction followers at once, the after-commit ones once the transaction commits, once per transaction
however many writes it made (nothing of a transaction that rolled back follows)."""

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from django.conf import settings
from django.db import transaction
from django.utils.module_loading import import_string

from events.kinds import Event

logger = logging.getLogger(__name__)

When = Literal["in_transaction", "after_commit"]
IN_TRANSACTION: When = "in_transaction"
AFTER_COMMIT: When = "after_commit"


@dataclass(frozen=True)
class Follow:
    """One row of the followers table: `follower` gets, in one list, the emitted events that are instances of
    `kinds` (a kind, a base such as PlanChange, or a tuple of them), `when` it says."""

    kinds: type | tuple[type, ...]  # Event kinds or bases, or the Announced mixin
    follower: Callable[[Sequence[Event]], None]
    when: When = IN_TRANSACTION


@cache
def followers() -> tuple[Follow, ...]:
    """The table named by settings.EVENT_FOLLOWERS (read once; config sits above every app, so it may name any)."""
    return tuple(import_string(settings.EVENT_FOLLOWERS))


def _run(events: Sequence[Event], when: When) -> None:
    for row in followers():
        if row.when != when:
            continue
        mine = [event for event in events if isinstance(event, row.kinds)]
        if not mine:
            continue
        if when == IN_TRANSACTION:
            row.follower(mine)  # an error here rolls the write back: a follower may refuse (raise a domain error)
            continue
        try:
            row.follower(mine)
        except Exception:  # the write is committed: one follower failing must not cost the others
            logger.exception("Follower %s failed after commit", row.follower.__qualname__)


@transaction.atomic
def emit(*events: Event) -> None:
    """Record that these things happened: their in-transaction followers run now (in order; a follower may
    emit further events, which follow the same way), their after-commit followers once the transaction
    commits, once for all the events of the transaction."""
    if not events:
        return
    _run(events, IN_TRANSACTION)
    _after_commit(events)


class _Flush:
    """The one after-commit callback of a transaction: runs the after-commit followers with the events whose
    savepoint did not roll back (each emit's marker adds them as the commit runs; the flush runs last). Runs
    once; events marked after it ran (a callback that emits as the commit hooks run) follow at once."""

    def __init__(self, savepoints: set[str]) -> None:
        self.savepoints = savepoints  # where the transaction's first emit was: it goes if that rolls back
        self.committed: list[Event] = []
        self.done = False

    def add(self, events: Sequence[Event]) -> None:
        if self.done:
            _run(events, AFTER_COMMIT)
        else:
            self.committed.extend(events)

    def __call__(self) -> None:
        if self.done:
            return
        self.done = True
        _run(self.committed, AFTER_COMMIT)


def _nothing() -> None:
    pass


def _after_commit(events: Sequence[Event]) -> None:
    # Django keeps a transaction's on-commit callbacks as (savepoint ids, callback, robust) and drops those of a
    # savepoint that rolls back. Each emit adds a marker in its own savepoint (dropped with it), and keeps the
    # transaction's one flush last (tied to the savepoints of the first emit), so the flush sees exactly the
    # events that stayed.
    connection = transaction.get_connection()
    flush = None
    for index, (savepoints, callback, robust) in enumerate(connection.run_on_commit):
        if isinstance(callback, _Flush) and not callback.done:
            # Moved last: its old place does nothing (in place, so no other callback moves).
            flush = callback
            connection.run_on_commit[index] = (savepoints, _nothing, robust)
    flush = flush or _Flush(set(connection.savepoint_ids))
    marked = list(events)
    transaction.on_commit(lambda: flush.add(marked))
    # robust: the write is committed; a follower failing (a broker outage) is logged, never raised.
    connection.run_on_commit.append((flush.savepoints, flush, True))

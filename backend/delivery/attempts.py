"""A delivery row's attempts: claimed one at a time, retried after a growing wait, resumed by a periodic sweep."""

import datetime as dt
from typing import Any

from django.db.models import F, QuerySet
from django.utils import timezone

# Deliveries that fail (emails, webhook posts) are tried again after base, 2 x base, 4 x base … seconds.
MAX_RETRY_WAIT_SECONDS = 3600.0
# An attempt claims its delivery for this long (its next attempt moves this far ahead while it sends): longer
# than a worker's task time limit, so no second attempt starts while one may still be sending; a process that
# died mid-attempt leaves the delivery to the resume sweep after it.
DELIVERY_CLAIM_SECONDS = 300.0


def delivery_claim(pending: QuerySet, *, delivery_id: int, count_field: str) -> float | None:
    """Claim one due delivery for an attempt, in one conditional UPDATE (committed at once, outside any lock
    held while sending): its attempt count goes up and its next attempt moves DELIVERY_CLAIM_SECONDS ahead, so
    a duplicated task, a sweep or another worker finds it not due and sends nothing. Answers 0 when claimed,
    the seconds until it is due when it is not, None when it is no longer pending."""
    now = timezone.now()
    claimed = pending.filter(pk=delivery_id, next_attempt_at__lte=now).update(
        **{count_field: F(count_field) + 1},
        next_attempt_at=now + dt.timedelta(seconds=DELIVERY_CLAIM_SECONDS),
        updated_at=now,
    )
    if claimed:
        return 0.0
    due = pending.filter(pk=delivery_id).values_list("next_attempt_at", flat=True).first()
    if due is None:
        return None
    return max((due - now).total_seconds(), 0.001)


def retry_backoff_seconds(attempt: int, base: float) -> float:
    """The wait after failed attempt 1, 2, 3 …: base, 2 x base, 4 x base …, at most an hour."""
    return min(MAX_RETRY_WAIT_SECONDS, base * 2 ** (attempt - 1))


def deliveries_resume(pending: QuerySet, task: Any, *, limit: int = 1000) -> int:
    """Enqueue `task` for the pending deliveries (emails or webhook posts) whose next attempt is due, oldest due
    first. Without a broker a failed attempt is not retried inside the request that caused it, so this periodic
    sweep is what retries it; with workers it recovers a retry that was lost. Answers how many it enqueued."""
    ids = list(
        pending.filter(next_attempt_at__lte=timezone.now())
        .order_by("next_attempt_at", "id")
        .values_list("pk", flat=True)[:limit]
    )
    for delivery_id in ids:
        task.delay(delivery_id)
    return len(ids)

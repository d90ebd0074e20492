"""Reads of feedback: the list and the per-state summary of a launch, each in a fixed number of queries."""

from django.db.models import QuerySet

from core.selectors import counts_by_choice
from feedback.models import FeedbackItem, FeedbackState
from launches.models import Launch


def feedback_item_list() -> QuerySet[FeedbackItem]:
    """Feedback items with their task and recorder (one query)."""
    return FeedbackItem.objects.select_related("task", "created_by").order_by("-created_at", "-id")


def launch_feedback_counts(*, launch: Launch) -> dict[str, int]:
    """How many items of the launch are in each state, every state named, and the total (one query); the
    readiness view shows them."""
    return counts_by_choice(FeedbackItem.objects.filter(launch=launch), "state", FeedbackState.values)


def feedback_summary(*, launch: Launch) -> dict:
    """How many items of the launch are in each state, every state named (one query)."""
    counts = launch_feedback_counts(launch=launch)
    total = counts.pop("total")
    return {"launch": launch.pk, "counts": counts, "total": total}

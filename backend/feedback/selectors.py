"""Reads of feedback: the list and the per-state summary of a launch, each in a fixed number of queries."""

from django.db.models import Count, QuerySet

from feedback.models import FeedbackItem, FeedbackState
from launches.models import Launch


def feedback_item_list() -> QuerySet[FeedbackItem]:
    """Feedback items with their task and recorder (one query)."""
    return FeedbackItem.objects.select_related("task", "created_by").order_by("-created_at", "-id")


def launch_feedback_counts(*, launch: Launch) -> dict[str, int]:
    """How many items of the launch are in each state, every state named, and the total (one query); the
    readiness view shows them."""
    counts = {state: 0 for state in FeedbackState.values}
    for state, count in (
        FeedbackItem.objects.filter(launch=launch).order_by().values_list("state").annotate(n=Count("pk"))
    ):
        counts[state] = count
    return {**counts, "total": sum(counts.values())}


def feedback_summary(*, launch: Launch) -> dict:
    """How many items of the launch are in each state, every state named (one query)."""
    counts = launch_feedback_counts(launch=launch)
    total = counts.pop("total")
    return {"launch": launch.pk, "counts": counts, "total": total}

"""Read helpers shared by the apps' selectors."""

from collections.abc import Iterable

from django.db.models import Count, QuerySet


def counts_by_choice(queryset: QuerySet, field: str, choices: Iterable[str]) -> dict[str, int]:
    """How many rows hold each choice of `field` (every choice named, 0 when none) and the total (one query)."""
    counts = dict.fromkeys(choices, 0)
    for value, n in queryset.order_by().values_list(field).annotate(n=Count("pk")):
        counts[value] = n
    return {**counts, "total": sum(counts.values())}

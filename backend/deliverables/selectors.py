"""Reads of department deliverables, each list in a fixed number of queries."""

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import Coalesce

from core.selectors import counts_by_choice
from deliverables.models import ArticleStatus, KnowledgeBaseArticle, RecruitmentRole, RecruitmentStatus
from launches.models import Launch


def kb_article_list() -> QuerySet[KnowledgeBaseArticle]:
    """Articles with their reviewer and task (one query)."""
    return KnowledgeBaseArticle.objects.select_related("reviewer", "task").order_by("launch_id", "title", "id")


def recruitment_role_list() -> QuerySet[RecruitmentRole]:
    return RecruitmentRole.objects.order_by("launch_id", "skill", "id")


def launch_kb_counts(*, launch: Launch) -> dict[str, int]:
    """How many of the launch's articles are in each status, and the total (one query)."""
    return counts_by_choice(KnowledgeBaseArticle.objects.filter(launch=launch), "status", ArticleStatus.values)


def launch_recruiting_counts(*, launch: Launch) -> dict[str, int]:
    """Roles not cancelled, the positions they recruit for, and the positions filled (one query)."""
    totals = (
        RecruitmentRole.objects.filter(launch=launch)
        .exclude(status=RecruitmentStatus.CANCELLED)
        .aggregate(
            roles=Count("pk"),
            positions=Coalesce(Sum("count"), 0),
            filled=Coalesce(Sum("count", filter=Q(status=RecruitmentStatus.FILLED)), 0),
        )
    )
    return {"roles": totals["roles"], "positions": totals["positions"], "filled": totals["filled"]}

"""Department deliverables a launch's readiness counts: Customer Care's knowledge base articles, HR's open roles."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from core.models import BaseModel
from launches.models import Launch, Task


class ArticleStatus(models.TextChoices):
    TO_WRITE = "to_write", "To write"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"


class RecruitmentStatus(models.TextChoices):
    OPEN = "open", "Open"
    INTERVIEWING = "interviewing", "Interviewing"
    FILLED = "filled", "Filled"
    CANCELLED = "cancelled", "Cancelled"


class KnowledgeBaseArticle(BaseModel):
    """A knowledge base article Customer Care needs for the launch, with its review state."""

    launch = models.ForeignKey(Launch, on_delete=models.CASCADE, related_name="kb_articles")
    title = models.CharField(max_length=200)
    url = models.URLField(max_length=500, blank=True)
    status = models.CharField(max_length=12, choices=ArticleStatus.choices, default=ArticleStatus.TO_WRITE)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="kb_reviews"
    )
    task = models.ForeignKey(Task, null=True, blank=True, on_delete=models.SET_NULL, related_name="kb_articles")

    class Meta:
        ordering = ["launch_id", "title", "id"]
        indexes = [models.Index(fields=["launch", "status"])]

    def __str__(self) -> str:
        return self.title


class RecruitmentRole(BaseModel):
    """Skills HR recruits for the launch: how many people, and how far along."""

    launch = models.ForeignKey(Launch, on_delete=models.CASCADE, related_name="recruitment_roles")
    skill = models.CharField(max_length=200)
    count = models.PositiveIntegerField(default=1, help_text="How many people, at least 1.")
    status = models.CharField(max_length=12, choices=RecruitmentStatus.choices, default=RecruitmentStatus.OPEN)

    class Meta:
        ordering = ["launch_id", "skill", "id"]
        indexes = [models.Index(fields=["launch", "status"])]
        constraints = [models.CheckConstraint(condition=Q(count__gte=1), name="recruitment_role_count_at_least_one")]

    def __str__(self) -> str:
        return f"{self.skill} ({self.count})"

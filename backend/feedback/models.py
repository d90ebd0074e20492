"""Feedback items from early users (beta forum, tickets, surveys...) on a launch, and their triage state."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from core.models import BaseModel
from launches.models import Launch, Task

TEXT_MAX_LENGTH = 5000
REPORTED_BY_MAX_LENGTH = 200


class FeedbackSource(models.TextChoices):
    BETA_FORUM = "beta_forum", "Beta forum"
    SUPPORT_TICKET = "support_ticket", "Support ticket"
    SURVEY = "survey", "Survey"
    INTERVIEW = "interview", "Interview"
    APP_REVIEW = "app_review", "App review"
    OTHER = "other", "Other"


class FeedbackState(models.TextChoices):
    NEW = "new", "New"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
    DUPLICATE = "duplicate", "Duplicate"
    DONE = "done", "Done"


class FeedbackItem(BaseModel):
    """One piece of feedback on a launch, optionally about one of its tasks; a duplicate names its original."""

    launch = models.ForeignKey(Launch, on_delete=models.CASCADE, related_name="feedback_items")
    task = models.ForeignKey(Task, null=True, blank=True, on_delete=models.SET_NULL, related_name="feedback_items")
    source = models.CharField(max_length=20, choices=FeedbackSource.choices)
    text = models.TextField(max_length=TEXT_MAX_LENGTH)
    reported_by = models.CharField(
        max_length=REPORTED_BY_MAX_LENGTH, blank=True, help_text="Name or e-mail of the external reporter."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="feedback_items"
    )
    state = models.CharField(max_length=12, choices=FeedbackState.choices, default=FeedbackState.NEW)
    duplicate_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="duplicates")

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["launch", "state"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(state="duplicate", duplicate_of__isnull=False)
                | (~Q(state="duplicate") & Q(duplicate_of__isnull=True)),
                name="feedback_duplicate_names_its_original",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:60]

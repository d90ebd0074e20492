"""Calendar feeds (a secret URL per feed) and calendar entries (one per item of a plan, with its UID and SEQUENCE)."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from accounts.models import Department
from core.models import BaseModel
from launches.models import Launch


class FeedKind(models.TextChoices):
    USER = "user", "Mine"
    DEPARTMENT = "department", "Department"
    LAUNCH = "launch", "Launch"


class CalendarFeed(BaseModel):
    """A read-only subscription URL for one person, one department or one launch, owned by the user who made it.

    The URL's token is HMAC(SECRET_KEY, token_salt): the server can show the URL again, while a copy of the
    database alone (salt and the token's SHA-256) gives nothing usable. Revoking a feed deletes the row."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feeds")
    kind = models.CharField(max_length=12, choices=FeedKind.choices)
    launch = models.ForeignKey(Launch, null=True, blank=True, on_delete=models.CASCADE, related_name="calendar_feeds")
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.CASCADE, related_name="calendar_feeds"
    )
    token_salt = models.CharField(max_length=64, editable=False, help_text="32 random bytes, hex.")
    token_digest = models.CharField(max_length=64, unique=True, editable=False, help_text="SHA-256 of the token.")
    revision = models.CharField(max_length=64, blank=True, editable=False, help_text="The feed's current ETag.")
    revision_at = models.DateTimeField(null=True, blank=True, editable=False, help_text="Its Last-Modified.")
    last_fetched_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="user", launch__isnull=True, department__isnull=True)
                | Q(kind="department", launch__isnull=True, department__isnull=False)
                | Q(kind="launch", launch__isnull=False),
                name="calendar_feed_fields_match_kind",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} feed of {self.owner}"


class EntryKind(models.TextChoices):
    T_ZERO = "t_zero", "T-0"
    MILESTONE = "milestone", "Milestone"
    GATE = "gate", "Gate"
    TASK = "task", "Task"
    COMMUNICATION = "comm", "Communication"


class CalendarEntry(models.Model):
    """One item of a plan as calendars see it: everything a VEVENT needs, precomputed when the plan changes.

    Rows outlive their item (plain integer references, no foreign keys): a deleted or cancelled item stays
    as STATUS:CANCELLED with a higher SEQUENCE for 30 days, so that calendar clients remove it."""

    uid = models.CharField(max_length=80, unique=True, help_text="The VEVENT's UID; never changes.")
    kind = models.CharField(max_length=10, choices=EntryKind.choices)
    object_id = models.BigIntegerField(help_text="The task, milestone or gate (the launch for T-0).")
    launch_id = models.BigIntegerField(db_index=True)
    department_id = models.BigIntegerField(null=True, blank=True, db_index=True, help_text="Tasks: the workstream's.")
    assignee_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    approver_departments = models.CharField(
        max_length=500, blank=True, help_text='Gates: departments whose lead approves, as "|3|7|".'
    )
    summary = models.TextField()
    description = models.TextField(blank=True)
    link_path = models.CharField(max_length=200, help_text="Path of the item in the T-Minus app.")
    all_day = models.BooleanField(default=False)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True, help_text="All-day items: exclusive, as RFC 5545 wants.")
    start_at = models.DateTimeField(null=True, blank=True)
    end_at = models.DateTimeField(null=True, blank=True)
    window_end = models.DateTimeField(db_index=True, help_text="When the item ends (UTC), for the feed window.")
    item_status = models.CharField(max_length=20, blank=True)
    cancelled_at = models.DateTimeField(
        null=True, blank=True, db_index=True, help_text="Set while the item is cancelled or gone."
    )
    sequence = models.PositiveIntegerField(default=0)
    schedule_key = models.CharField(max_length=32, help_text="Hash of dates and status: a change raises SEQUENCE.")
    fingerprint = models.CharField(max_length=32, help_text="Hash of everything the VEVENT shows.")
    last_modified = models.DateTimeField()

    class Meta:
        verbose_name_plural = "calendar entries"
        ordering = ["launch_id", "kind", "object_id"]
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="calendar_entry_unique_item")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.summary[:50]}"


class CalendarSync(models.Model):
    """The plan version of a launch that its calendar entries show: entries behind the launch's plan_version are
    brought up to date (after commit, by the sweep, or by the feed that finds them behind)."""

    launch = models.OneToOneField(Launch, primary_key=True, on_delete=models.CASCADE, related_name="calendar_sync")
    plan_version = models.PositiveIntegerField()
    synced_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Calendar entries of launch {self.launch_id} at plan version {self.plan_version}"

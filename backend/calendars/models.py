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


REMINDER_CHOICES = [
    (0, "At the start"),
    (15, "15 minutes before"),
    (60, "1 hour before"),
    (1440, "1 day before"),
]


class CalendarFeed(BaseModel):
    """A read-only subscription URL for one person, one department or one launch, owned by the user who made it.

    The URL's token is HMAC(SECRET_KEY, token_salt): the server can show the URL again, while a copy of the
    database alone (salt and the token's SHA-256) gives nothing usable. Revoking a feed deletes the row."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feeds")
    kind = models.CharField(max_length=12, choices=FeedKind.choices)
    # A deleted launch's feed keeps answering, its items cancelled, for FEED_CANCELLED_DAYS (calendars.selectors):
    # the launch is then null and launch_ref and launch_name say which it was.
    launch = models.ForeignKey(Launch, null=True, blank=True, on_delete=models.SET_NULL, related_name="calendar_feeds")
    launch_ref = models.BigIntegerField(null=True, blank=True, editable=False, help_text="Launch feeds: its id.")
    launch_name = models.CharField(max_length=200, blank=True, editable=False, help_text="Its name when last seen.")
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.CASCADE, related_name="calendar_feeds"
    )
    token_salt = models.CharField(max_length=64, editable=False, help_text="32 random bytes, hex.")
    token_digest = models.CharField(max_length=64, unique=True, editable=False, help_text="SHA-256 of the token.")
    revision = models.CharField(max_length=64, blank=True, editable=False, help_text="The feed's current ETag.")
    revision_at = models.DateTimeField(null=True, blank=True, editable=False, help_text="Its Last-Modified.")
    last_fetched_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminder_minutes = models.PositiveIntegerField(
        null=True, blank=True, choices=REMINDER_CHOICES, help_text="A reminder this long before each item, or none."
    )
    items_shown = models.PositiveIntegerField(null=True, blank=True, editable=False, help_text="At the last render.")
    items_left_out = models.PositiveIntegerField(
        null=True, blank=True, editable=False, help_text="Left out by the size cap at the last render."
    )
    left_out_note = models.CharField(max_length=300, blank=True, editable=False)
    left_out_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When the cap last left something out (its notice event)."
    )

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="user", launch_ref__isnull=True, department__isnull=True)
                | Q(kind="department", launch_ref__isnull=True, department__isnull=False)
                | Q(kind="launch", launch_ref__isnull=False),
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
    assignee_id = models.BigIntegerField(
        null=True, blank=True, db_index=True, help_text="Tasks: the assignee; communications: the author."
    )
    collaborator_ids = models.TextField(
        blank=True, default="", help_text='Tasks: the people sharing it beside the assignee, as "|3|7|".'
    )
    approver_user_ids = models.TextField(
        blank=True, default="", help_text='Gates: the people named to approve it, as "|3|7|".'
    )
    critical = models.BooleanField(default=False, help_text="Tasks: open and on the critical path to launch.")
    categories = models.CharField(max_length=300, blank=True, help_text="CATEGORIES, tab-separated.")
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


class CalendarFeedItem(models.Model):
    """An entry a feed has shown: when it leaves the feed (reassigned, moved, cut by the size cap, its launch gone,
    its owner's access lost) the feed shows it CANCELLED for FEED_CANCELLED_DAYS, then drops it. Each time it
    leaves or comes back, `sequence_offset` grows, so the feed's SEQUENCE (the entry's plus this) always rises."""

    feed = models.ForeignKey(CalendarFeed, on_delete=models.CASCADE, related_name="items")
    # A plain reference, as entries hold theirs: the sync rewrites a changed entry (same id and UID), which a
    # cascade would take for a deletion.
    entry_id = models.BigIntegerField()
    sequence_offset = models.PositiveIntegerField(default=0)
    left_at = models.DateTimeField(null=True, blank=True, help_text="When it left the feed, while it is out.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["feed", "entry_id"], name="calendar_feed_item_unique_entry")]

    def __str__(self) -> str:
        return f"Entry {self.entry_id} of feed {self.feed_id}"

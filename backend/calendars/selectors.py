"""Reads of calendar feeds: a feed by its token, what it shows (its window of entries) and its revision.

Serving a feed costs three queries whatever its size (the feed with its owner and whether any launch's entries
are behind its plan, the owner's roles, the revision); only a new revision fetches the entries and renders them
(one more query).
"""

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, F, Max, Q, QuerySet, Sum, Value

from accounts.access import UserAccess, access_for
from accounts.models import User
from calendars.models import CalendarEntry, CalendarFeed, CalendarFeedItem, EntryKind, FeedKind
from launches.models import Launch, Workstream

# Finished items stay this long after they end; cancelled and removed items this long after they went.
FEED_PAST_DAYS = 28
FEED_CANCELLED_DAYS = 30
# Grows whenever the rendering changes, so that every feed gets a new ETag.
FEED_FORMAT = "1"
TOKEN_PATTERN = re.compile(r"[0-9a-f]{64}")

ENTRY_COLUMNS = (
    "id",
    "uid",
    "kind",
    "department_id",
    "categories",
    "item_status",
    "critical",
    "window_end",
    "summary",
    "description",
    "link_path",
    "all_day",
    "start_date",
    "end_date",
    "start_at",
    "end_at",
    "cancelled_at",
    "sequence",
    "last_modified",
)


def feed_token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def calendar_launches_behind() -> QuerySet[Launch]:
    """Launches whose calendar entries show an older plan version than theirs (or none)."""
    return Launch.objects.filter(Q(calendar_sync__isnull=True) | Q(calendar_sync__plan_version__lt=F("plan_version")))


def calendar_feed_list(*, user: User) -> QuerySet[CalendarFeed]:
    """The user's own feeds with what their names need (one query)."""
    return CalendarFeed.objects.filter(owner=user).select_related("owner", "launch", "department").order_by("id")


def calendar_feed_get_by_token(*, token: str) -> CalendarFeed | None:
    """The feed this secret opens, if it exists and its owner's account is active, with `entries_behind`: whether
    any launch's calendar entries lag behind its plan (their sync not yet run, or lost) (one query)."""
    if not TOKEN_PATTERN.fullmatch(token):
        return None
    return (
        CalendarFeed.objects.select_related("owner", "launch", "department")
        .annotate(entries_behind=Exists(calendar_launches_behind()))
        .filter(token_digest=feed_token_digest(token), owner__is_active=True)
        .first()
    )


def calendar_feed_name(feed: CalendarFeed) -> str:
    if feed.kind == FeedKind.LAUNCH:
        suffix = f" · {feed.department.name}" if feed.department_id else ""
        return f"T-Minus: {feed.launch.name if feed.launch_id else feed.launch_name}{suffix}"
    if feed.kind == FeedKind.DEPARTMENT:
        return f"T-Minus: {feed.department.name}"
    return f"T-Minus: {feed.owner.full_name}"


@dataclass(frozen=True)
class FeedWindow:
    """What a feed shows today: items that end after past_cutoff, cancelled ones since cancelled_cutoff."""

    today: dt.date
    past_cutoff: dt.datetime
    cancelled_cutoff: dt.datetime

    @classmethod
    def on(cls, now: dt.datetime) -> "FeedWindow":
        # Day granularity: the window (and so the revision) moves once a day, not with every request.
        midnight = dt.datetime.combine(now.astimezone(dt.UTC).date(), dt.time(), tzinfo=dt.UTC)
        return cls(
            today=midnight.date(),
            past_cutoff=midnight - dt.timedelta(days=FEED_PAST_DAYS),
            cancelled_cutoff=midnight - dt.timedelta(days=FEED_CANCELLED_DAYS),
        )


def _feed_filter(feed: CalendarFeed, access: UserAccess) -> Q | None:
    """Which entries the feed selects (before the window); None when its owner may no longer see any."""
    timeline = Q(kind__in=[EntryKind.T_ZERO, EntryKind.MILESTONE])
    if feed.kind == FeedKind.LAUNCH:
        selected = Q(launch_id=feed.launch_ref)
        if feed.department_id:
            selected &= ~Q(kind=EntryKind.TASK) | Q(department_id=feed.department_id)
        return selected
    if feed.kind == FeedKind.DEPARTMENT:
        department_id = feed.department_id
        if not (access.is_office or department_id in access.member_department_ids):
            return None
        launches = Workstream.objects.filter(department_id=department_id).values("launch_id")
        return (
            Q(kind__in=[EntryKind.TASK, EntryKind.COMMUNICATION], department_id=department_id)
            | Q(kind=EntryKind.GATE, approver_departments__contains=f"|{department_id}|")
            | (timeline & Q(launch_id__in=launches))
        )
    user_id = feed.owner_id
    # Tasks assigned to the owner or shared with them, communications they wrote (assignee_id is the author), their
    # departments' communications; the office approves every gate and communication.
    shared = Q(kind=EntryKind.TASK, collaborator_ids__contains=f"|{user_id}|")
    mine = Q(kind__in=[EntryKind.TASK, EntryKind.COMMUNICATION], assignee_id=user_id) | shared
    if access.member_department_ids:
        mine |= Q(kind=EntryKind.COMMUNICATION, department_id__in=sorted(access.member_department_ids))
    # Gates that name the owner as an approver (an executive's sign-off).
    named = Q(kind=EntryKind.GATE, approver_user_ids__contains=f"|{user_id}|")
    mine |= named
    if access.is_office:
        mine |= Q(kind__in=[EntryKind.GATE, EntryKind.COMMUNICATION])
    for department_id in sorted(access.led_department_ids):
        mine |= Q(kind=EntryKind.GATE, approver_departments__contains=f"|{department_id}|")
    worked_on = (
        Q(launch_id__in=Workstream.objects.filter(lead_id=user_id).values("launch_id"))
        | Q(launch_id__in=Launch.objects.filter(owner_id=user_id).values("id"))
        | Q(
            launch_id__in=CalendarEntry.objects.filter(
                Q(kind=EntryKind.TASK, assignee_id=user_id) | shared | named
            ).values("launch_id")
        )
    )
    return mine | (timeline & worked_on)


def _window_filter(window: FeedWindow) -> Q:
    # Live entries of a launch deleted behind the services' back (a bulk delete) would otherwise stay for good.
    live = Q(cancelled_at__isnull=True, window_end__gte=window.past_cutoff, launch_id__in=Launch.objects.values("id"))
    return live | Q(cancelled_at__gte=window.cancelled_cutoff)


@dataclass(frozen=True)
class FeedState:
    """A feed's revision (its ETag) and the entries it selects, not yet fetched."""

    revision: str
    name: str
    entries: QuerySet[CalendarEntry]
    selected: Q | None


def calendar_feed_state(*, feed: CalendarFeed, now: dt.datetime) -> FeedState:
    """The feed's revision in two queries (the owner's roles, one aggregate over the entries it selects).

    The revision changes when an item in the feed changes (its LAST-MODIFIED), and also when one leaves it
    (deleted, reassigned, moved to another department: the count, the sum of ids and of SEQUENCEs change), when
    the owner's roles change, when the feed's name changes and when the window moves (daily)."""
    access = access_for(feed.owner)
    window = FeedWindow.on(now)
    selected = _feed_filter(feed, access)
    if selected is None:
        entries = CalendarEntry.objects.none()
        figures: dict = {}
    else:
        entries = CalendarEntry.objects.filter(selected & _window_filter(window))
        figures = entries.aggregate(
            count=Count("id"), ids=Sum("id"), sequences=Sum("sequence"), modified=Max("last_modified")
        )
    name = calendar_feed_name(feed)
    key = repr(
        (
            FEED_FORMAT,
            feed.pk,
            feed.kind,
            feed.launch_id,
            feed.department_id,
            name,
            feed.reminder_minutes,
            str(feed.owner.time_zone),
            access.is_office,
            sorted(access.led_department_ids),
            sorted(access.member_department_ids),
            window.today.isoformat(),
            figures.get("count"),
            figures.get("ids"),
            figures.get("sequences"),
            figures["modified"].isoformat() if figures.get("modified") else None,
        )
    )
    revision = hashlib.sha256(key.encode()).hexdigest()
    return FeedState(revision=revision, name=name, entries=entries, selected=selected)


def calendar_feed_entries(*, state: FeedState) -> list[tuple]:
    """The feed's entries as plain named rows (ENTRY_COLUMNS) in a stable order (one query)."""
    return list(state.entries.order_by("window_end", "uid").values_list(*ENTRY_COLUMNS, named=True))


@dataclass(frozen=True)
class FeedContents:
    """What a render of a feed starts from: the entries it selects now, the entries it showed before with their
    state ({entry id: (sequence offset, left_at)}), and the rows of those it showed that it selects no more, each
    with `still`: whether the feed would still select it outside its window (it aged out, it did not leave)."""

    rows: list[tuple]
    members: dict[int, tuple[int, dt.datetime | None]]
    departed: list[tuple]


def calendar_feed_contents(*, feed: CalendarFeed, state: FeedState) -> FeedContents:
    """The feed's rows, its memory of what it showed, and what left it (two queries, three when something left;
    one without a saved feed)."""
    rows = calendar_feed_entries(state=state)
    if feed.pk is None:
        return FeedContents(rows=rows, members={}, departed=[])
    members = {
        entry_id: (offset, left_at)
        for entry_id, offset, left_at in CalendarFeedItem.objects.filter(feed=feed).values_list(
            "entry_id", "sequence_offset", "left_at"
        )
    }
    departed: list[tuple] = []
    shown = {row.id for row in rows}
    if any(entry_id not in shown for entry_id in members):
        still = ExpressionWrapper(state.selected, output_field=BooleanField()) if state.selected else Value(False)
        departed = list(
            CalendarEntry.objects.filter(pk__in=CalendarFeedItem.objects.filter(feed=feed).values("entry_id"))
            .exclude(pk__in=state.entries.values("pk"))
            .annotate(still=still)
            .order_by("window_end", "uid")
            .values_list(*ENTRY_COLUMNS, "still", named=True)
        )
    return FeedContents(rows=rows, members=members, departed=departed)

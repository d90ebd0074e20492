"""Writes of the calendars app: issuing, rotating and revoking feeds, and keeping calendar entries in step with
each launch's plan (UID, SEQUENCE, LAST-MODIFIED): once per plan version, after the commit that changed the plan."""

import dataclasses
import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from accounts.access import access_for
from accounts.models import Department, User
from calendars.models import CalendarEntry, CalendarFeed, CalendarSync, EntryKind, FeedKind
from communications.models import Communication, CommunicationKind, CommunicationStatus, Embargo
from core.errors import NotFoundError, PermissionDeniedError, ValidationError
from events.bus import emit
from events.changes import audit_created, audit_deleted
from events.kinds import CalendarFeedCreated, CalendarFeedDeleted, CalendarFeedUpdated
from gates.models import Gate
from launches.models import Launch, LaunchStatus, Milestone, TaskStatus
from launches.schedule import launch_schedule_load

# Cancelled and removed items stay in feeds this long (selectors), and their rows a while longer (the sweep).
ENTRY_PURGE_AFTER = dt.timedelta(days=60)
# Timed items (T-0, milestones, gates) are shown as events of this length.
TIMED_EVENT_LENGTH = dt.timedelta(minutes=30)
# Short descriptions keep a large feed under the ~1 MB that Google Calendar reads.
MAX_PREDECESSORS_NAMED = 3
MAX_NAME_CHARS = 60
MAX_DESCRIPTION_CHARS = 280

# Tokens


def feed_token(feed: CalendarFeed) -> str:
    """The feed's secret: HMAC-SHA256(SECRET_KEY, salt), 256 bits, URL-safe. Never stored."""
    mac = hmac.new(settings.SECRET_KEY.encode(), f"tminus.calendar-feed:{feed.token_salt}".encode(), hashlib.sha256)
    return mac.hexdigest()


def feed_token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _feed_new_token(feed: CalendarFeed) -> None:
    feed.token_salt = secrets.token_hex(32)
    feed.token_digest = feed_token_digest(feed_token(feed))


def _access_require_feed_kind(actor: User, kind: str, department: Department | None) -> None:
    """Anyone has their own feed and any launch's (everyone signed in reads every launch); a department's feed
    is for its lead and members, and the office."""
    if kind == FeedKind.DEPARTMENT and department is not None:
        access = access_for(actor)
        if not (access.is_office or department.pk in access.member_department_ids):
            raise PermissionDeniedError(
                f"Only {department.name}'s lead and members, or the office, may subscribe to its calendar."
            )


@transaction.atomic
def calendar_feed_create(
    *, actor: User, kind: str, launch: Launch | None = None, department: Department | None = None
) -> CalendarFeed:
    """A new feed URL: mine (no launch or department), a department's, or a launch's (optionally one
    department's part of it). Each feed shows only what its owner may see."""
    if kind not in FeedKind.values:
        raise ValidationError(f"A feed is one of: {', '.join(FeedKind.values)}.", field="kind")
    if kind == FeedKind.USER:
        if launch is not None:
            raise ValidationError("Only a launch feed names a launch.", field="launch")
        if department is not None:
            raise ValidationError("Your own feed names no department.", field="department")
    elif kind == FeedKind.DEPARTMENT:
        if department is None:
            raise ValidationError("A department feed needs a department.", field="department")
        if launch is not None:
            raise ValidationError("A department feed covers every launch; name no launch.", field="launch")
    elif launch is None:
        raise ValidationError("A launch feed needs a launch.", field="launch")
    _access_require_feed_kind(actor, kind, department)
    feed = CalendarFeed(owner=actor, kind=kind, launch=launch, department=department)
    _feed_new_token(feed)
    feed.save()
    emit(CalendarFeedCreated.of(feed, actor, changes=audit_created(feed, FEED_AUDITED_FIELDS)))
    return feed


# The token's salt and digest are secrets: the audit history names the feed, never its URL.
FEED_AUDITED_FIELDS = ("owner", "kind", "launch", "department")


def _feed_require_owner(actor: User, feed: CalendarFeed) -> None:
    if feed.owner_id != actor.pk:
        raise NotFoundError("No such calendar feed among yours.")


@transaction.atomic
def calendar_feed_rotate(*, actor: User, feed: CalendarFeed) -> CalendarFeed:
    """The owner replaces the feed's URL; the old one answers 404 at once."""
    _feed_require_owner(actor, feed)
    _feed_new_token(feed)
    feed.save(update_fields=["token_salt", "token_digest", "updated_at"])
    emit(
        CalendarFeedUpdated.of(
            feed,
            actor,
            changes={"url": {"from": "(previous secret URL)", "to": "(new secret URL)"}},
            message="Feed URL rotated.",
        )
    )
    return feed


@transaction.atomic
def calendar_feed_revoke(*, actor: User, feed: CalendarFeed) -> None:
    """The owner revokes the feed; its URL answers 404 at once."""
    _feed_require_owner(actor, feed)
    emit(CalendarFeedDeleted.of(feed, actor, changes=audit_deleted(feed, FEED_AUDITED_FIELDS)))
    feed.delete()


def calendar_feed_served(*, feed: CalendarFeed, revision: str, now: dt.datetime) -> CalendarFeed:
    """Records what a fetch saw: the revision and when it first appeared (the feed's Last-Modified, one second
    later than the previous at least, so If-Modified-Since tells every revision apart), and the fetch time
    (at most every few minutes, so that polling costs no write)."""
    fields = []
    if feed.revision != revision:
        now_second = now.replace(microsecond=0)
        previous = feed.revision_at
        feed.revision_at = max(now_second, previous + dt.timedelta(seconds=1)) if previous else now_second
        feed.revision = revision
        fields += ["revision", "revision_at"]
    if feed.last_fetched_at is None or now - feed.last_fetched_at > dt.timedelta(minutes=10):
        feed.last_fetched_at = now
        fields.append("last_fetched_at")
    if fields:
        CalendarFeed.objects.filter(pk=feed.pk).update(**{field: getattr(feed, field) for field in fields})
    return feed


# Entries: what each feed shows, kept in step with the plans.


@dataclass(frozen=True)
class _Item:
    """An item of a plan as a calendar shows it."""

    kind: str
    object_id: int
    launch_id: int
    department_id: int | None
    assignee_id: int | None
    approver_departments: str
    summary: str
    description: str
    link_path: str
    all_day: bool
    start_date: dt.date | None
    end_date: dt.date | None
    start_at: dt.datetime | None
    end_at: dt.datetime | None
    window_end: dt.datetime
    item_status: str
    cancelled: bool

    def schedule_key(self) -> str:
        dates = (self.start_date, self.end_date, self.start_at, self.end_at)
        return _hash(repr((dates, self.item_status, self.cancelled)))

    def fingerprint(self) -> str:
        return _hash(
            repr(
                (
                    self.schedule_key(),
                    self.launch_id,
                    self.department_id,
                    self.assignee_id,
                    self.approver_departments,
                    self.summary,
                    self.description,
                    self.link_path,
                    self.all_day,
                )
            )
        )


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _short(text: str, limit: int = MAX_NAME_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _person(first: str, last: str, username: str) -> str:
    return f"{first} {last}".strip() or username


def _day_end(day: dt.date) -> dt.datetime:
    """The end of an all-day item (exclusive day) in UTC, late enough for every time zone."""
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) + dt.timedelta(hours=14)


def _launch_items(launch: Launch) -> list[_Item]:
    """T-0, milestones, gates, approved communications and tasks of one launch with their computed dates (eight
    queries)."""
    cancelled = launch.status == LaunchStatus.CANCELLED
    launch_name = _short(launch.name)
    items = [
        _timed_item(
            EntryKind.T_ZERO,
            launch.pk,
            launch,
            f"T-0: {launch.name}",
            f"Launch day of {launch_name} ({launch.get_status_display()}).",
            launch.t_zero,
            launch.status,
            cancelled,
            f"/launches/{launch.pk}",
        )
    ]
    for milestone in Milestone.objects.filter(launch=launch).order_by("id"):
        items.append(
            _timed_item(
                EntryKind.MILESTONE,
                milestone.pk,
                launch,
                f"{milestone.name} · {launch_name}",
                _short(milestone.description, MAX_DESCRIPTION_CHARS),
                milestone.moment(launch),
                "",
                cancelled,
                f"/launches/{launch.pk}?milestone={milestone.pk}",
            )
        )
    gates = list(Gate.objects.filter(launch=launch).order_by("id"))
    approvers: dict[int, list[int]] = {gate.pk: [] for gate in gates}
    for gate_id, department_id in Gate.approver_departments.through.objects.filter(gate__launch=launch).values_list(
        "gate_id", "department_id"
    ):
        approvers[gate_id].append(department_id)
    for gate in gates:
        lines = [f"Gate: {gate.get_status_display()}"]
        if gate.description:
            lines.append(_short(gate.description, MAX_DESCRIPTION_CHARS))
        item = _timed_item(
            EntryKind.GATE,
            gate.pk,
            launch,
            f"Gate: {gate.name} · {launch_name}",
            "\n".join(lines),
            gate.moment(launch),
            gate.status,
            cancelled,
            f"/launches/{launch.pk}?gate={gate.pk}",
        )
        departments = "".join(f"|{pk}" for pk in sorted(approvers[gate.pk]))
        items.append(dataclasses.replace(item, approver_departments=f"{departments}|" if departments else ""))
    items += _communication_items(launch, launch_name, cancelled)

    plan = launch_schedule_load(
        [launch],
        task_fields={
            "title": "title",
            "status": "status",
            "assignee_id": "assignee_id",
            "department_id": "workstream__department_id",
            "department_name": "workstream__department__name",
            "assignee_first_name": "assignee__first_name",
            "assignee_last_name": "assignee__last_name",
            "assignee_username": "assignee__username",
            "due_time": "due_time",
        },
    )[launch.pk]
    schedule = plan.compute()
    titles = {row.id: row.title for row in plan.tasks}
    predecessors: dict[int, list[int]] = {}
    for dependency in plan.dependencies:
        predecessors.setdefault(dependency.successor_id, []).append(dependency.predecessor_id)
    status_names = dict(TaskStatus.choices)
    for row in plan.tasks:
        tid, title, status, assignee_id = row.id, row.title, row.status, row.assignee_id
        department_id, department_name = row.department_id, row.department_name
        username = row.assignee_username
        computed = schedule.tasks[tid]
        start = plan.date(computed.start)
        end = plan.date(computed.due + 1)
        person = _person(row.assignee_first_name, row.assignee_last_name, username) if username else "Unassigned"
        lines = [f"{status_names.get(status, status)} · {person}"]
        if row.due_time is not None:  # scheduling stays in days; the feed says the moment it is due
            lines.append(f"Due {plan.date(computed.due).isoformat()} at {row.due_time:%H:%M} ({launch.time_zone})")
        before = predecessors.get(tid, [])
        if before:
            named = "; ".join(_short(titles[pk], 40) for pk in before[:MAX_PREDECESSORS_NAMED])
            more = len(before) - MAX_PREDECESSORS_NAMED
            lines.append(f"After: {named}{f' (+{more} more)' if more > 0 else ''}")
        items.append(
            _Item(
                kind=EntryKind.TASK,
                object_id=tid,
                launch_id=launch.pk,
                department_id=department_id,
                assignee_id=assignee_id,
                approver_departments="",
                summary=f"[{department_name}] {'✓ ' if status == TaskStatus.DONE else ''}{title}",
                description="\n".join(lines),
                link_path=f"/launches/{launch.pk}?task={tid}",
                all_day=True,
                start_date=start,
                end_date=end,
                start_at=None,
                end_at=None,
                window_end=_day_end(end),
                item_status=status,
                cancelled=cancelled or status == TaskStatus.CANCELLED,
            )
        )
    return items


def _communication_items(launch: Launch, launch_name: str, cancelled: bool) -> list[_Item]:
    """Approved and published communications at their planned moment (one query); one that leaves those states
    (withdrawn, back to draft) drops out of the wanted items, so its event is cancelled."""
    kinds = dict(CommunicationKind.choices)
    items = []
    for item in Communication.objects.filter(
        launch=launch, status__in=[CommunicationStatus.APPROVED, CommunicationStatus.PUBLISHED]
    ).order_by("id"):
        lines = [f"{kinds.get(item.kind, item.kind)} · {item.get_status_display()}"]
        if item.channel:
            lines.append(f"Channel: {_short(item.channel)}")
        if item.embargo != Embargo.NONE:
            lines.append(f"Embargo: {item.get_embargo_display()}")
        timed = _timed_item(
            EntryKind.COMMUNICATION,
            item.pk,
            launch,
            f"{kinds.get(item.kind, item.kind)}: {_short(item.title)} · {launch_name}",
            "\n".join(lines),
            item.moment(launch),
            item.status,
            cancelled,
            f"/launches/{launch.pk}?communication={item.pk}",
        )
        items.append(dataclasses.replace(timed, department_id=item.department_id))
    return items


def _timed_item(
    kind: str,
    object_id: int,
    launch: Launch,
    summary: str,
    description: str,
    moment: dt.datetime,
    status: str,
    cancelled: bool,
    link_path: str,
) -> _Item:
    start = moment.astimezone(dt.UTC).replace(microsecond=0)
    return _Item(
        kind=kind,
        object_id=object_id,
        launch_id=launch.pk,
        department_id=None,
        assignee_id=None,
        approver_departments="",
        summary=summary,
        description=description,
        link_path=link_path,
        all_day=False,
        start_date=None,
        end_date=None,
        start_at=start,
        end_at=start + TIMED_EVENT_LENGTH,
        window_end=start + TIMED_EVENT_LENGTH,
        item_status=status,
        cancelled=cancelled,
    )


ENTRY_FIELDS = (
    "launch_id",
    "department_id",
    "assignee_id",
    "approver_departments",
    "summary",
    "description",
    "link_path",
    "all_day",
    "start_date",
    "end_date",
    "start_at",
    "end_at",
    "window_end",
    "item_status",
)


@transaction.atomic
def calendar_entries_sync(
    *, launch_ids: Iterable[int], now: dt.datetime | None = None, behind_only: bool = False, version: int | None = None
) -> int:
    """Brings every feed's events in step with the plan, now: each item whose dates or status changed (also
    through a move of T-0 that touches no task row) gets a higher SEQUENCE, and each changed item a new
    LAST-MODIFIED; a deleted or cancelled item stays, cancelled. Records the plan version the entries now show.
    With `behind_only`, a launch whose entries already show its plan version, or `version` when given (another
    sync got there while this one waited: a burst of edits is rebuilt once or twice, not once each), is left
    alone. Returns the number of entries written. Writes emit events instead:
    calendars.followers brings the entries up to date after commit."""
    # Microseconds kept: two changes in one second still give two feed revisions (feeds show whole seconds).
    now = now or timezone.now()
    launch_ids = sorted(set(launch_ids))
    synced = _sync_lock(launch_ids, now)
    # The plan versions are read before the plan itself: a write that commits meanwhile may show in the entries
    # already, but the version recorded is never newer than what they show, and that write's own follower syncs
    # again after this one.
    launches = {
        launch.pk: launch
        for launch in Launch.objects.filter(pk__in=launch_ids)
        if not (behind_only and synced.get(launch.pk, -1) >= (launch.plan_version if version is None else version))
    }
    launch_ids = [pk for pk in launch_ids if pk in launches or pk not in synced]
    if not launch_ids:
        return 0
    # Compare on plain tuples; load full rows only for the entries that change (a no-op stays cheap).
    existing = {
        (kind, object_id): (pk, fingerprint, schedule_key, cancelled_at)
        for pk, kind, object_id, fingerprint, schedule_key, cancelled_at in CalendarEntry.objects.filter(
            launch_id__in=launch_ids
        ).values_list("id", "kind", "object_id", "fingerprint", "schedule_key", "cancelled_at")
    }
    wanted: dict[tuple[str, int], _Item] = {}
    for launch in launches.values():
        for item in _launch_items(launch):
            wanted[(item.kind, item.object_id)] = item
    created: list[CalendarEntry] = []
    updates: dict[int, _Item | None] = {}  # entry id -> its new state, or None when its item is gone
    for key, item in wanted.items():
        row = existing.get(key)
        if row is None:
            entry = CalendarEntry(
                uid=f"{secrets.token_hex(10)}@t-minus", kind=item.kind, object_id=item.object_id, sequence=0
            )
            _entry_apply(entry, item, now)
            created.append(entry)
        elif row[1] != item.fingerprint():
            updates[row[0]] = item
    for key, (pk, _fingerprint, _schedule_key, cancelled_at) in existing.items():
        if key not in wanted and cancelled_at is None:
            updates[pk] = None
    changed: list[CalendarEntry] = []
    ids = sorted(updates)
    for start in range(0, len(ids), 500):
        changed += CalendarEntry.objects.filter(pk__in=ids[start : start + 500])
    for entry in changed:
        item = updates[entry.pk]
        if item is None:
            entry.cancelled_at = now
            entry.sequence += 1
            entry.schedule_key = _hash(f"gone:{entry.schedule_key}")
            entry.fingerprint = _hash(f"gone:{entry.fingerprint}")
            entry.last_modified = now
        else:
            if entry.schedule_key != item.schedule_key():
                entry.sequence += 1
            _entry_apply(entry, item, now)
    if changed:
        # Rewriting changed rows (same id and UID) is many times faster than bulk_update's CASE per column when
        # a move of T-0 changes thousands of them.
        for start in range(0, len(changed), 500):
            CalendarEntry.objects.filter(pk__in=[entry.pk for entry in changed[start : start + 500]]).delete()
    if created or changed:
        CalendarEntry.objects.bulk_create([*changed, *created], batch_size=1000)
    for launch in launches.values():
        CalendarSync.objects.filter(launch_id=launch.pk).update(plan_version=launch.plan_version, synced_at=now)
    return len(created) + len(changed)


def _sync_lock(launch_ids: list[int], now: dt.datetime) -> dict[int, int]:
    """Serializes the syncs of each launch on its CalendarSync row (made here the first time), never on the launch
    row: writes to the plan do not wait while a sync builds its thousands of items. Answers the plan version each
    launch's entries show (-1 before their first sync; a launch that is gone has no row and is not locked)."""
    present = list(Launch.objects.filter(pk__in=launch_ids).values_list("pk", flat=True))
    # Made only when missing (the first sync of a launch): on SQLite a write here would hold the database's one
    # write lock for the whole rebuild, and every edit meanwhile would wait.
    have = set(CalendarSync.objects.filter(launch_id__in=present).values_list("launch_id", flat=True))
    if missing := [pk for pk in present if pk not in have]:
        CalendarSync.objects.bulk_create(
            [CalendarSync(launch_id=pk, plan_version=0, synced_at=now) for pk in missing], ignore_conflicts=True
        )
    rows = CalendarSync.objects.select_for_update().filter(launch_id__in=present).order_by("launch_id")
    # A row made just now (synced_at == now) stands for no sync yet.
    return {
        pk: -1 if synced_at == now else version
        for pk, version, synced_at in rows.values_list("launch_id", "plan_version", "synced_at")
    }


def _entry_apply(entry: CalendarEntry, item: _Item, now: dt.datetime) -> None:
    for field in ENTRY_FIELDS:
        setattr(entry, field, getattr(item, field))
    if item.cancelled:
        entry.cancelled_at = entry.cancelled_at or now
    else:
        entry.cancelled_at = None
    entry.schedule_key = item.schedule_key()
    entry.fingerprint = item.fingerprint()
    entry.last_modified = now


def calendar_launches_behind() -> QuerySet[Launch]:
    """Launches whose calendar entries show an older plan version than theirs (or none)."""
    return Launch.objects.filter(Q(calendar_sync__isnull=True) | Q(calendar_sync__plan_version__lt=F("plan_version")))


@transaction.atomic
def calendar_entries_update(*, launch_id: int, version: int | None = None) -> int:
    """Brings one launch's entries up to its plan version (`version`, the one a write made, or else the current
    one), once: nothing to do (no write, no build) when they are already there. A launch that is gone has its
    live entries cancelled. Returns the entries written."""
    current = Launch.objects.filter(pk=launch_id).values_list("plan_version", flat=True).first()
    if current is None:
        if not CalendarEntry.objects.filter(launch_id=launch_id, cancelled_at__isnull=True).exists():
            return 0
    elif CalendarSync.objects.filter(
        launch_id=launch_id, plan_version__gte=current if version is None else min(version, current)
    ).exists():
        return 0
    return calendar_entries_sync(launch_ids=[launch_id], behind_only=True, version=version)


def calendar_entries_catch_up() -> int:
    """Brings up to date the entries of every launch found behind its plan (a lost task, a write made before the
    feed was asked for). Returns the entries written."""
    return sum(
        calendar_entries_update(launch_id=launch_id)
        for launch_id in calendar_launches_behind().order_by("id").values_list("id", flat=True)
    )


def calendar_entries_sweep(*, now: dt.datetime | None = None) -> int:
    """The periodic sweep: catches up launches left behind, and deletes entries cancelled more than
    ENTRY_PURGE_AFTER ago (calendar clients have removed them by then). Returns the entries written or deleted."""
    now = now or timezone.now()
    written = calendar_entries_catch_up()
    deleted, _ = CalendarEntry.objects.filter(cancelled_at__lt=now - ENTRY_PURGE_AFTER).delete()
    return written + deleted


def calendar_entries_sync_all() -> int:
    """Builds or refreshes the entries of every launch (after installing the app, or by hand), and cancels those
    of launches deleted without the services."""
    launch_ids = set(Launch.objects.values_list("id", flat=True))
    launch_ids |= set(CalendarEntry.objects.filter(cancelled_at__isnull=True).values_list("launch_id", flat=True))
    return sum(calendar_entries_sync(launch_ids=[launch_id]) for launch_id in sorted(launch_ids))

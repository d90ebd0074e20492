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
from django.db.models import F
from django.utils import timezone

from accounts.access import access_for
from accounts.models import Department, User
from calendars import rendering, selectors
from calendars.models import (
    REMINDER_CHOICES,
    CalendarEntry,
    CalendarFeed,
    CalendarFeedItem,
    CalendarSync,
    EntryKind,
    FeedKind,
)
from calendars.selectors import FeedState, calendar_launches_behind, feed_token_digest
from communications.models import Communication, CommunicationKind, CommunicationStatus, Embargo
from core.errors import NotFoundError, PermissionDeniedError, ValidationError
from events.bus import emit
from events.changes import audit_created, audit_deleted
from events.kinds import CalendarFeedCreated, CalendarFeedDeleted, CalendarFeedUpdated
from gates.models import Gate
from launches.models import Launch, LaunchStatus, Milestone, Task, TaskStatus
from launches.schedule import launch_schedule_load
from launches.working_time import t_offset_labels

# Cancelled and removed items stay in feeds this long (selectors), and their rows a while longer (the sweep).
ENTRY_PURGE_AFTER = dt.timedelta(days=60)
# Timed items (T-0, milestones, gates) are shown as events of this length.
TIMED_EVENT_LENGTH = dt.timedelta(minutes=30)
# Short descriptions keep a large feed under the ~1 MB that Google Calendar reads.
MAX_PREDECESSORS_NAMED = 3
MAX_COLLABORATORS_NAMED = 5
MAX_NAME_CHARS = 60
MAX_DESCRIPTION_CHARS = 280
MAX_NOTE_LINES = 6

# Tokens


def feed_token(feed: CalendarFeed) -> str:
    """The feed's secret: HMAC-SHA256(SECRET_KEY, salt), 256 bits, URL-safe. Never stored."""
    mac = hmac.new(settings.SECRET_KEY.encode(), f"tminus.calendar-feed:{feed.token_salt}".encode(), hashlib.sha256)
    return mac.hexdigest()


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
    if launch is not None:
        feed.launch_ref, feed.launch_name = launch.pk, launch.name
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
def calendar_feed_update(*, actor: User, feed: CalendarFeed, reminder_minutes: int | None) -> CalendarFeed:
    """The owner switches the feed's reminders (a VALARM this many minutes before each item) on, off or over."""
    _feed_require_owner(actor, feed)
    allowed = [minutes for minutes, _label in REMINDER_CHOICES]
    if reminder_minutes is not None and reminder_minutes not in allowed:
        raise ValidationError(
            f"Reminders are one of {', '.join(map(str, allowed))} minutes before, or null for none.",
            field="reminder_minutes",
        )
    if feed.reminder_minutes == reminder_minutes:
        return feed
    changes = {"reminder_minutes": {"from": feed.reminder_minutes, "to": reminder_minutes}}
    feed.reminder_minutes = reminder_minutes
    feed.save(update_fields=["reminder_minutes", "updated_at"])
    emit(CalendarFeedUpdated.of(feed, actor, changes=changes, message="Feed reminders changed."))
    return feed


@transaction.atomic
def calendar_feed_revoke(*, actor: User, feed: CalendarFeed) -> None:
    """The owner revokes the feed; its URL answers 404 at once. The office may revoke anyone's (a leaked URL, a
    person gone), from the admin: the API lists each person their own feeds only."""
    if not actor.is_office:
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
    critical: bool = False
    categories: str = ""
    collaborator_ids: str = ""
    approver_user_ids: str = ""

    def schedule_key(self) -> str:
        dates = (self.start_date, self.end_date, self.start_at, self.end_at)
        return _hash(repr((dates, self.item_status, self.cancelled)))

    def fingerprint(self) -> str:
        shown = (
            self.schedule_key(),
            self.launch_id,
            self.department_id,
            self.assignee_id,
            self.approver_departments,
            self.summary,
            self.description,
            self.link_path,
            self.all_day,
            self.critical,
            self.categories,
        )
        # Only when there are any: the entries of tasks nobody shares keep the fingerprint they had before.
        people = tuple(ids for ids in (self.collaborator_ids, self.approver_user_ids) if ids)
        return _hash(repr((*shown, *people) if people else shown))


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


def _excerpt(text: str, *, lines: int = MAX_NOTE_LINES, limit: int = MAX_DESCRIPTION_CHARS) -> str:
    """The first lines of a text as written (line breaks kept, blank lines dropped), within `limit` characters."""
    kept = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    kept = [line for line in kept if line]
    text = "\n".join(kept[:lines]) + ("\n…" if len(kept) > lines else "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _t_offset_line(labels, start_day: int, end_day: int | None = None) -> str:
    if end_day is None or end_day == start_day:
        return f"When: {labels(start_day)}"
    return f"When: {labels(start_day)} to {labels(end_day)}"


def _launch_items(launch: Launch) -> list[_Item]:
    """T-0, milestones, gates, approved communications and tasks of one launch with their computed dates (nine
    queries, the tasks' collaborators one of them). Every summary names the launch; descriptions say the
    department, the status, the day as a T-offset, the people (assignee and collaborators), whether the task is
    critical, and the first lines of the item's notes."""
    cancelled = launch.status == LaunchStatus.CANCELLED
    launch_name = _short(launch.name)
    labels = t_offset_labels(launch)

    def day_of(moment: dt.datetime) -> int:
        return (moment.astimezone(launch.zone).date() - launch.t_zero_date).days

    t_zero_lines = [f"Launch day ({launch.get_status_display()})", _t_offset_line(labels, 0)]
    if launch.description:
        t_zero_lines += ["", _excerpt(launch.description)]
    items = [
        _timed_item(
            EntryKind.T_ZERO,
            launch.pk,
            launch,
            f"T-0: {launch.name}",
            "\n".join(t_zero_lines),
            launch.t_zero,
            launch.status,
            cancelled,
            f"/launches/{launch.pk}",
            categories="T-0",
        )
    ]
    for milestone in Milestone.objects.filter(launch=launch).order_by("id"):
        moment = milestone.moment(launch)
        lines = ["Milestone", _t_offset_line(labels, day_of(moment))]
        if milestone.description:
            lines += ["", _excerpt(milestone.description)]
        items.append(
            _timed_item(
                EntryKind.MILESTONE,
                milestone.pk,
                launch,
                f"{milestone.name} · {launch_name}",
                "\n".join(lines),
                moment,
                "",
                cancelled,
                f"/launches/{launch.pk}?milestone={milestone.pk}",
                categories="Milestone",
            )
        )
    gates = list(Gate.objects.filter(launch=launch).order_by("id"))
    approvers: dict[int, list[tuple[int, str]]] = {gate.pk: [] for gate in gates}
    for gate_id, department_id, department_name in Gate.approver_departments.through.objects.filter(
        gate__launch=launch
    ).values_list("gate_id", "department_id", "department__name"):
        approvers[gate_id].append((department_id, department_name))
    named: dict[int, list[tuple[int, str]]] = {gate.pk: [] for gate in gates}
    for gate_id, user_id, first, last, username in (
        Gate.approver_users.through.objects.filter(gate__launch=launch)
        .order_by("user__last_name", "user__first_name", "user_id")
        .values_list("gate_id", "user_id", "user__first_name", "user__last_name", "user__username")
    ):
        named[gate_id].append((user_id, _person(first, last, username)))
    for gate in gates:
        moment = gate.moment(launch)
        names = sorted(name for _pk, name in approvers[gate.pk]) + [name for _pk, name in named[gate.pk]]
        lines = [f"Gate: {gate.get_status_display()}", _t_offset_line(labels, day_of(moment))]
        lines.append(f"Approvers: the office{''.join(f', {name}' for name in names)}")
        if gate.description:
            lines += ["", _excerpt(gate.description)]
        item = _timed_item(
            EntryKind.GATE,
            gate.pk,
            launch,
            f"Gate: {gate.name} · {launch_name}",
            "\n".join(lines),
            moment,
            gate.status,
            cancelled,
            f"/launches/{launch.pk}?gate={gate.pk}",
            categories="Gate",
        )
        departments = "".join(f"|{pk}" for pk in sorted(pk for pk, _name in approvers[gate.pk]))
        people = "".join(f"|{pk}" for pk in sorted(pk for pk, _name in named[gate.pk]))
        items.append(
            dataclasses.replace(
                item,
                approver_departments=f"{departments}|" if departments else "",
                approver_user_ids=f"{people}|" if people else "",
            )
        )
    items += _communication_items(launch, launch_name, cancelled, labels, day_of)

    plan = launch_schedule_load(
        [launch],
        task_fields={
            "title": "title",
            "status": "status",
            "description": "description",
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
    collaborators: dict[int, list[tuple[int, str]]] = {}
    for task_id, user_id, first, last, username in (
        Task.collaborators.through.objects.filter(task__workstream__launch=launch)
        .order_by("task_id", "user_id")
        .values_list("task_id", "user_id", "user__first_name", "user__last_name", "user__username")
    ):
        collaborators.setdefault(task_id, []).append((user_id, _person(first, last, username)))
    predecessors: dict[int, list[int]] = {}
    for dependency in plan.dependencies:
        predecessors.setdefault(dependency.successor_id, []).append(dependency.predecessor_id)
    status_names = dict(TaskStatus.choices)
    finished = (TaskStatus.DONE, TaskStatus.CANCELLED)
    for row in plan.tasks:
        tid, title, status, assignee_id = row.id, row.title, row.status, row.assignee_id
        department_id, department_name = row.department_id, row.department_name
        username = row.assignee_username
        computed = schedule.tasks[tid]
        start = plan.date(computed.start)
        end = plan.date(computed.due + 1)
        critical = computed.critical and status not in finished
        person = _person(row.assignee_first_name, row.assignee_last_name, username) if username else "Unassigned"
        shared = collaborators.get(tid, [])
        lines = [
            f"Department: {department_name} · Status: {status_names.get(status, status)}",
            _t_offset_line(labels, computed.start, computed.due),
            f"Assignee: {person}",
        ]
        if shared:
            named = ", ".join(_short(name, 40) for _pk, name in shared[:MAX_COLLABORATORS_NAMED])
            more = len(shared) - MAX_COLLABORATORS_NAMED
            lines.append(f"Collaborators: {named}{f' (+{more} more)' if more > 0 else ''}")
        lines.append(f"Critical: {'yes, on the path to launch' if critical else 'no'}")
        if row.due_time is not None:  # scheduling stays in days; the feed says the moment it is due
            lines.append(f"Due {plan.date(computed.due).isoformat()} at {row.due_time:%H:%M} ({launch.time_zone})")
        before = predecessors.get(tid, [])
        if before:
            named = "; ".join(_short(titles[pk], 40) for pk in before[:MAX_PREDECESSORS_NAMED])
            more = len(before) - MAX_PREDECESSORS_NAMED
            lines.append(f"After: {named}{f' (+{more} more)' if more > 0 else ''}")
        if row.description:
            lines += ["", _excerpt(row.description)]
        items.append(
            _Item(
                kind=EntryKind.TASK,
                object_id=tid,
                launch_id=launch.pk,
                department_id=department_id,
                assignee_id=assignee_id,
                approver_departments="",
                summary=f"[{department_name}] {'✓ ' if status == TaskStatus.DONE else ''}{title} · {launch_name}",
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
                critical=critical,
                categories=f"Task\t{department_name}",
                collaborator_ids="".join(f"|{pk}" for pk, _name in shared) + "|" if shared else "",
            )
        )
    return items


def _communication_items(launch: Launch, launch_name: str, cancelled: bool, labels, day_of) -> list[_Item]:
    """Approved and published communications at their planned moment (one query); one that leaves those states
    (withdrawn, back to draft) drops out of the wanted items, so its event is cancelled. Its author stands as
    its assignee (personal feeds), its department as a task's (department feeds)."""
    kinds = dict(CommunicationKind.choices)
    items = []
    for item in (
        Communication.objects.filter(
            launch=launch, status__in=[CommunicationStatus.APPROVED, CommunicationStatus.PUBLISHED]
        )
        .select_related("author", "department", "embargo_gate", "embargo_task")
        .order_by("id")
    ):
        moment = item.moment(launch)
        author = item.author
        lines = [
            f"{kinds.get(item.kind, item.kind)} · {item.get_status_display()}",
            _t_offset_line(labels, day_of(moment)),
            f"Department: {item.department.name if item.department_id else 'the office'}"
            f" · Author: {_person(author.first_name, author.last_name, author.username)}",
        ]
        if item.channel:
            lines.append(f"Channel: {_short(item.channel)}")
        if item.embargo == Embargo.T_ZERO:
            t_zero = launch.t_zero.astimezone(launch.zone)
            lines.append(f"Embargo: not before T-0 ({t_zero:%Y-%m-%d %H:%M} {launch.time_zone})")
        elif item.embargo == Embargo.GATE and item.embargo_gate_id:
            lines.append(f"Embargo: not before the gate “{_short(item.embargo_gate.name)}” is approved")
        elif item.embargo == Embargo.TASK:
            task = _short(item.embargo_task.title) if item.embargo_task_id else "its task (deleted)"
            lines.append(f"Embargo: not before the task “{task}” is done")
        else:
            lines.append("Embargo: none")
        timed = _timed_item(
            EntryKind.COMMUNICATION,
            item.pk,
            launch,
            f"{kinds.get(item.kind, item.kind)}: {_short(item.title)} · {launch_name}",
            "\n".join(lines),
            moment,
            item.status,
            cancelled,
            f"/launches/{launch.pk}?communication={item.pk}",
            categories="\t".join(
                ["Communication", kinds.get(item.kind, item.kind)]
                + ([item.department.name] if item.department_id else [])
            ),
        )
        items.append(dataclasses.replace(timed, department_id=item.department_id, assignee_id=item.author_id))
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
    *,
    categories: str = "",
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
        categories=categories,
    )


ENTRY_FIELDS = (
    "launch_id",
    "critical",
    "categories",
    "department_id",
    "assignee_id",
    "collaborator_ids",
    "approver_user_ids",
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
    """The periodic sweep: catches up launches left behind, deletes entries cancelled more than ENTRY_PURGE_AFTER
    ago (calendar clients have removed them by then), what feeds remember of items that left them more than
    FEED_CANCELLED_DAYS ago, and the feeds of launches deleted that long ago (their URLs then answer 404).
    Returns the entries written or deleted."""
    now = now or timezone.now()
    written = calendar_entries_catch_up()
    deleted, _ = CalendarEntry.objects.filter(cancelled_at__lt=now - ENTRY_PURGE_AFTER).delete()
    # What feeds showed and let go long enough ago (a feed forgets it at its next render too).
    CalendarFeedItem.objects.filter(left_at__lt=now - dt.timedelta(days=selectors.FEED_CANCELLED_DAYS)).delete()
    # The feeds of a deleted launch answer, its items cancelled, until those entries are purged; then they go.
    CalendarFeed.objects.filter(kind=FeedKind.LAUNCH, launch__isnull=True).exclude(
        launch_ref__in=CalendarEntry.objects.values("launch_id")
    ).delete()
    return written + deleted


def calendar_entries_sync_all() -> int:
    """Builds or refreshes the entries of every launch (after installing the app, or by hand), and cancels those
    of launches deleted without the services."""
    launch_ids = set(Launch.objects.values_list("id", flat=True))
    launch_ids |= set(CalendarEntry.objects.filter(cancelled_at__isnull=True).values_list("launch_id", flat=True))
    return sum(calendar_entries_sync(launch_ids=[launch_id]) for launch_id in sorted(launch_ids))


# Serving: which entries a feed's body holds, and its memory of what it showed.


def calendar_feed_render(*, feed: CalendarFeed, state: FeedState, now: dt.datetime, base_url: str) -> bytes:
    """The feed's iCalendar body in its owner's time zone, links pointing at base_url, and the feed's memory of
    what it showed brought up to date (a handful of queries, whatever the size).

    Past FEED_MAX_BYTES the feed keeps what matters: T-0, milestones, gates, communications, open critical work
    and every cancelled item always; then open work, nearest first; finished work last, latest first. What the cap
    leaves out is counted in an event on today's date and on the feed (the feeds dialog shows it). An item the
    feed showed and holds no more (reassigned, moved to another department, cut by the cap, its launch deleted,
    its owner's access lost) stays in it as CANCELLED, with a higher SEQUENCE, for FEED_CANCELLED_DAYS: clients
    that import the feed mark it rather than keep it as confirmed. One that merely aged out of the window (it
    ended weeks ago) just goes."""
    contents = selectors.calendar_feed_contents(feed=feed, state=state)
    window = selectors.FeedWindow.on(now)
    reminder = feed.reminder_minutes
    members = contents.members
    expired_before = now - dt.timedelta(days=selectors.FEED_CANCELLED_DAYS)
    budget = rendering.FEED_MAX_BYTES - rendering.HEADER_ALLOWANCE
    chunks: list[tuple[dt.datetime, str, bytes]] = []
    size = 0
    joined: list[int] = []  # entries shown for the first time
    returned: list[int] = []  # entries shown again after they left
    leaving: list[int] = []  # entries shown before, out from now on
    dropped: list[int] = []  # entries the feed forgets (aged out, or left long enough ago)

    def add(row, chunk: bytes) -> None:
        nonlocal size
        size += len(chunk)
        chunks.append((row.window_end, row.uid, chunk))

    def shown(row, *, within: int | None = None) -> bool:
        """Puts the row's event in the feed; with `within`, only if the feed stays within that many bytes."""
        offset, left_at = members.get(row.id, (None, None))
        sequence = row.sequence + (0 if offset is None else offset + (left_at is not None))
        cancelled = row.cancelled_at is not None
        chunk = rendering.event_chunk(
            row, base_url, sequence=sequence, cancelled=cancelled, minimal=cancelled, reminder_minutes=reminder
        )
        if within is not None and size + len(chunk) > within:
            return False
        if offset is None:
            joined.append(row.id)
        elif left_at is not None:
            returned.append(row.id)
        add(row, chunk)
        return True

    def gone(row) -> None:
        """A row the feed holds no more: cancelled for a while if it showed it, else nothing."""
        offset, left_at = members.get(row.id, (None, None))
        if offset is None:
            return
        if left_at is None:
            leaving.append(row.id)
            offset += 1
        elif left_at < expired_before:
            dropped.append(row.id)
            return
        chunk = rendering.event_chunk(
            row, base_url, sequence=row.sequence + offset, cancelled=True, minimal=True, reminder_minutes=None
        )
        add(row, chunk)

    open_work, finished_work = [], []
    for row in contents.rows:
        if row.kind != EntryKind.TASK or row.cancelled_at is not None or row.critical:
            shown(row)
        elif row.item_status == TaskStatus.DONE:
            finished_work.append(row)
        else:
            open_work.append(row)
    for row in contents.departed:
        if row.still:
            dropped.append(row.id)
        else:
            gone(row)
    found = {row.id for row in contents.rows} | {row.id for row in contents.departed}
    dropped += [entry_id for entry_id in members if entry_id not in found]  # entries purged since
    finished_work.reverse()  # the latest first
    cut_open, cut_finished = [], []
    full = False
    for row, cut in [(row, cut_open) for row in open_work] + [(row, cut_finished) for row in finished_work]:
        # Once one event does not fit, the rest (farther, or finished) is cut too: the feed holds a contiguous
        # stretch of its open work, as its notice says.
        if full or not shown(row, within=budget):
            full = True
            cut.append(row)
            gone(row)
    left_out = len(cut_open) + len(cut_finished)
    note = _left_out_note(cut_open, cut_finished)
    notice_uid = f"left-out-{feed.pk or 0}@t-minus"
    notice = None
    if left_out:
        notice = rendering.notice_chunk(
            uid=notice_uid,
            today=window.today,
            summary=f"T-Minus: {left_out} items are not in this calendar",
            description=f"{note}\nCalendar apps read feeds up to about 1 MB. T-Minus shows everything: {base_url}/",
            cancelled=False,
        )
    elif feed.left_out_at is not None and feed.left_out_at >= expired_before:
        notice = rendering.notice_chunk(
            uid=notice_uid,
            today=window.today,
            summary="T-Minus: every item is in this calendar again",
            description="Nothing is left out of this feed any more.",
            cancelled=True,
        )
    chunks.sort(key=lambda item: (item[0], item[1]))
    body = rendering.calendar_bytes(
        name=state.name,
        time_zone=str(feed.owner.time_zone),
        chunks=[chunk for _end, _uid, chunk in chunks] + ([notice] if notice else []),
        description=note,
    )
    if feed.pk is not None:
        _feed_items_record(feed, now, joined=joined, returned=returned, leaving=leaving, dropped=dropped)
        _feed_stats_record(feed, now, shown=len(chunks), left_out=left_out, note=note)
    return body


def _left_out_note(cut_open: list, cut_finished: list) -> str:
    total = len(cut_open) + len(cut_finished)
    if not total:
        return ""
    parts = []
    if cut_finished:
        parts.append(f"{len(cut_finished)} finished")
    if cut_open:
        first = min(row.start_date or row.start_at.date() for row in cut_open)
        parts.append(f"{len(cut_open)} open, starting {first:%-d %b %Y} or later")
    return f"{total} items are left out to keep this feed small: {' and '.join(parts)}."


def _feed_items_record(
    feed: CalendarFeed,
    now: dt.datetime,
    *,
    joined: list[int],
    returned: list[int],
    leaving: list[int],
    dropped: list[int],
) -> None:
    """The feed's memory of what it showed: a SEQUENCE step each time an entry leaves or comes back."""
    items = CalendarFeedItem.objects.filter(feed=feed)
    if joined:
        CalendarFeedItem.objects.bulk_create(
            [CalendarFeedItem(feed=feed, entry_id=entry_id) for entry_id in joined], ignore_conflicts=True
        )
    if returned:
        items.filter(entry_id__in=returned).update(sequence_offset=F("sequence_offset") + 1, left_at=None)
    if leaving:
        items.filter(entry_id__in=leaving).update(sequence_offset=F("sequence_offset") + 1, left_at=now)
    if dropped:
        items.filter(entry_id__in=dropped).delete()


def _feed_stats_record(feed: CalendarFeed, now: dt.datetime, *, shown: int, left_out: int, note: str) -> None:
    """What the feeds dialog says of the feed: how many items it holds and what the cap left out."""
    fields = {"items_shown": shown, "items_left_out": left_out, "left_out_note": note}
    if left_out:
        fields["left_out_at"] = now
    if feed.launch_id and feed.launch_name != feed.launch.name:
        fields["launch_name"] = feed.launch.name
    if any(getattr(feed, name) != value for name, value in fields.items()):
        for name, value in fields.items():
            setattr(feed, name, value)
        CalendarFeed.objects.filter(pk=feed.pk).update(**fields)

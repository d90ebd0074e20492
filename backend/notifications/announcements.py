"""Who hears of each outbox kind, registered by the app that owns it: each app's announcements.py (found by
NotificationsConfig.ready, like the admin's modules) says, per kind, who is told and in what words, and the one
line webhooks post. No switch over every app's events here: notifications only runs the table."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q

from accounts.models import MembershipRole, User
from notifications.models import EventKind, LaunchEvent


class Told(NamedTuple):
    """One person told of an outbox event: who, why (a NotificationKind), and the notice's words."""

    recipient: User
    kind: str
    title: str
    body: str


Notices = Callable[[LaunchEvent], Iterable[Told]]
Summary = Callable[[LaunchEvent], str]
# A periodic sweep's source of events: the (unsaved) rows of its kind due at `now`, each with its dedupe_key.
Sweep = Callable[..., list[LaunchEvent]]


@dataclass(frozen=True)
class Announcement:
    """What one outbox kind leads to: `notices` answers who is told (before the outbox drops repeats and the
    actor), `summary` the plain one-line text webhooks post (escaped there for each tool)."""

    kind: str
    notices: Notices
    summary: Summary


_announcements: dict[str, Announcement] = {}
_sweeps: dict[str, Sweep] = {}


def headline(event: LaunchEvent, subject: str | None = None) -> str:
    """The kind's label, then what the event is about: `subject`, or else the task's title or the gate's name."""
    if subject is None:
        subject = event.task.title if event.task else (event.gate.name if event.gate else "")
    label = EventKind(event.kind).label if event.kind in EventKind.values else event.kind
    return label + (f" — {subject}" if subject else "")


def announcement(*kinds: str, summary: Summary = headline) -> Callable[[Notices], Notices]:
    """Register the decorated function as who is told of each of `kinds` (exactly one per kind: a second
    registration is refused), and `summary` as the webhook line (by default the label and the subject)."""

    def register(notices: Notices) -> Notices:
        for kind in kinds:
            if kind not in EventKind.values:
                raise ImproperlyConfigured(f"{kind!r} is not an outbox kind (notifications.models.EventKind).")
            if kind in _announcements:
                raise ImproperlyConfigured(f"{kind} is announced twice: {_announcements[kind].notices.__qualname__}.")
        for kind in kinds:
            _announcements[kind] = Announcement(kind, notices, summary)
        return notices

    return register


def announcement_sweep(kind: str) -> Callable[[Sweep], Sweep]:
    """Register the decorated function as the periodic source of `kind`'s events: called with `now=`, it answers
    the unsaved rows due then, each with a dedupe_key naming its moment (notifications.outbox records each once)."""

    def register(sweep: Sweep) -> Sweep:
        if kind in _sweeps:
            raise ImproperlyConfigured(f"{kind} has two sweeps: {_sweeps[kind].__qualname__}.")
        _sweeps[kind] = sweep
        return sweep

    return register


def announcement_of(kind: str) -> Announcement | None:
    """The registered announcement of an outbox kind (None: nobody told, and the default webhook line)."""
    return _announcements.get(kind)


def announcements() -> dict[str, Announcement]:
    """Every registered announcement, by kind."""
    return dict(_announcements)


def sweep_of(kind: str) -> Sweep | None:
    return _sweeps.get(kind)


def event_summary(event: LaunchEvent) -> str:
    """One line saying what happened, as plain text (user text as written)."""
    found = announcement_of(event.kind)
    return found.summary(event) if found is not None else headline(event)


# Who to tell: helpers for the apps' announcements.


def office_users() -> list[User]:
    """The office (and superusers), active, in a stable order."""
    return list(User.objects.filter(Q(is_office=True) | Q(is_superuser=True), is_active=True).order_by("id"))


def department_leads(department_ids: Iterable[int]) -> list[User]:
    """The active leads of these departments, each once, in a stable order."""
    return list(
        User.objects.filter(
            is_active=True,
            memberships__department_id__in=list(department_ids),
            memberships__role=MembershipRole.LEAD,
        )
        .distinct()
        .order_by("id")
    )


def active_user(user_id: object) -> User | None:
    """The active user of this id (from an event's data), or None."""
    return User.objects.filter(pk=user_id, is_active=True).first()

"""Who hears of a communication's events (notifications/announcements.py): the office and its named approvers when
one awaits approval, its author when it is decided, both when its embargo is about to lift (found by the periodic
sweep below)."""

import datetime as dt

from django.conf import settings

from accounts.models import User
from communications.models import Communication
from communications.selectors import communications_embargo_lifting
from notifications.announcements import (
    Told,
    active_user,
    announcement,
    announcement_sweep,
    headline,
    office_users,
)
from notifications.models import EventKind, LaunchEvent, NotificationKind


def _titled(event: LaunchEvent) -> str:
    # The subject is the communication the data names, not the task or gate the row may point at.
    return headline(event, str(event.data.get("title", "")))


@announcement(EventKind.COMMUNICATION_SUBMITTED, summary=_titled)
def communication_submitted(event: LaunchEvent) -> list[Told]:
    """A communication submitted for approval awaits the office, and its (active) named approvers."""
    data = event.data
    named = list(
        User.objects.filter(communications_to_approve=data.get("communication"), is_active=True).order_by("id")
    )
    return [
        Told(
            user,
            NotificationKind.COMMUNICATION_AWAITING_APPROVAL,
            f"Communication awaits approval: {data.get('title')}",
            f"{event.launch.name}: “{data.get('title')}” ({data.get('kind')}) was submitted for approval.",
        )
        for user in office_users() + named
    ]


def _decided_summary(event: LaunchEvent) -> str:
    return _titled(event) + f" (now {event.data.get('status')})"


@announcement(EventKind.COMMUNICATION_DECIDED, summary=_decided_summary)
def communication_decided(event: LaunchEvent) -> list[Told]:
    """Its (active) author learns each decision and comment: approved or rejected, or approved by one approver
    while others still have to."""
    data = event.data
    author = active_user(data.get("author"))
    if author is None:
        return []
    if data.get("status") == "submitted":
        who = data.get("actor_name") or "An approver"
        return [
            Told(
                author,
                NotificationKind.COMMUNICATION_DECIDED,
                f"Communication approved by {who}: {data.get('title')}",
                f"{event.launch.name}: {who} approved “{data.get('title')}”; it still awaits its other approvers.",
            )
        ]
    return [
        Told(
            author,
            NotificationKind.COMMUNICATION_DECIDED,
            f"Communication {data.get('status')}: {data.get('title')}",
            f"{event.launch.name}: “{data.get('title')}” was {data.get('status')}. {data.get('comment', '')}".strip(),
        )
    ]


def _lifting_summary(event: LaunchEvent) -> str:
    gate = event.data.get("gate_name")
    return _titled(event) + f" ({f'gate “{gate}” planned' if gate else 'T-0'} at {event.data.get('lifts_at')})"


@announcement(EventKind.COMMUNICATION_EMBARGO_LIFTING, summary=_lifting_summary)
def communication_embargo_lifting(event: LaunchEvent) -> list[Told]:
    """Its (active) author and the office learn that an approved communication's embargo lifts soon, at T-0 or
    at its gate's planned moment, in the launch's own time zone."""
    launch, data = event.launch, event.data
    author = active_user(data.get("author"))
    lifts = dt.datetime.fromisoformat(data["lifts_at"]).astimezone(launch.zone)
    when = f"{lifts:%Y-%m-%d %H:%M} ({launch.zone.key})"
    if data.get("embargo") == "gate":
        what = f"its gate “{data.get('gate_name')}” is planned for {when} (it lifts once approved)"
    else:
        what = f"T-0 is {when}"
    return [
        Told(
            user,
            NotificationKind.COMMUNICATION_EMBARGO_LIFTING,
            f"Embargo lifts soon: {data.get('title')}",
            f"{launch.name}: “{data.get('title')}” ({data.get('kind')}) is approved; its embargo lifts soon: {what}.",
        )
        for user in ([author] if author is not None else []) + office_users()
    ]


def _embargo_lifting_event(item: Communication, lifts: dt.datetime) -> LaunchEvent:
    """The event of one communication's embargo moment; its key carries the moment, so a moved T-0 or gate makes
    a new event."""
    gate = item.embargo_gate
    return LaunchEvent(
        kind=EventKind.COMMUNICATION_EMBARGO_LIFTING,
        launch_id=item.launch_id,
        gate_id=gate.pk if gate is not None else None,
        dedupe_key=f"embargo_lifting:{item.pk}:{item.embargo}:{gate.pk if gate else ''}:{lifts.isoformat()}",
        data={
            "communication": item.pk,
            "title": item.title,
            "kind": item.kind,
            "channel": item.channel,
            "author": item.author_id,
            "embargo": item.embargo,
            "embargo_gate": gate.pk if gate is not None else None,
            "gate_name": gate.name if gate is not None else None,
            "lifts_at": lifts.isoformat(),
            "planned_at": item.moment(item.launch).isoformat(),
        },
    )


@announcement_sweep(EventKind.COMMUNICATION_EMBARGO_LIFTING)
def embargoes_lifting(*, now: dt.datetime) -> list[LaunchEvent]:
    """Rule 4's embargoes, announced ahead: one event per approved, unpublished communication whose embargo
    lifts within EMBARGO_LIFTING_NOTICE_HOURS of `now` (T-0 coming, or its unapproved gate planned), per
    embargo moment. One query (the candidates with their launch and gate)."""
    until = now + dt.timedelta(hours=settings.EMBARGO_LIFTING_NOTICE_HOURS)
    return [
        _embargo_lifting_event(item, lifts) for item, lifts in communications_embargo_lifting(after=now, until=until)
    ]


@announcement(EventKind.COMMUNICATION_PUBLISHED, summary=_titled)
def communication_published(event: LaunchEvent) -> list[Told]:
    """Its (active) author learns that it went out, and where."""
    data = event.data
    author = active_user(data.get("author"))
    if author is None:
        return []
    where = ", ".join(data.get("destinations") or []) or "no channel (its status only)"
    return [
        Told(
            author,
            NotificationKind.COMMUNICATION_PUBLISHED,
            f"Went out: {data.get('title')}",
            f"{event.launch.name}: “{data.get('title')}” was published ({where}).",
        )
    ]


def _broadcast_summary(event: LaunchEvent) -> str:
    # What a Slack or Teams channel shows: the communication itself (the webhooks escape it for their format).
    return f"{event.data.get('title', '')}\n\n{event.data.get('body', '')}".strip()


@announcement(EventKind.COMMUNICATION_BROADCAST, summary=_broadcast_summary)
def communication_broadcast(event: LaunchEvent) -> list[Told]:
    """Its text goes to the subscribed webhooks only: nobody is notified."""
    return []


def _failed_summary(event: LaunchEvent) -> str:
    return _titled(event) + f" (on {event.data.get('channel')}: {event.data.get('error')})"


@announcement(EventKind.COMMUNICATION_PUBLISH_FAILED, summary=_failed_summary)
def communication_publish_failed(event: LaunchEvent) -> list[Told]:
    """The office learns that a channel failed to take a communication (retried, or given up)."""
    data = event.data
    state = "gave up" if data.get("final") else "will retry"
    return [
        Told(
            user,
            NotificationKind.COMMUNICATION_PUBLISH_FAILED,
            f"Failed to go out on {data.get('channel')}: {data.get('title')}",
            f"{event.launch.name}: “{data.get('title')}” failed on {data.get('channel')} ({state}): "
            f"{data.get('error')}",
        )
        for user in office_users()
    ]


def _blocked_summary(event: LaunchEvent) -> str:
    return _titled(event) + f" (tried by {event.data.get('actor_name')} before {event.data.get('embargo')})"


@announcement(EventKind.COMMUNICATION_PUBLISH_BLOCKED, summary=_blocked_summary)
def communication_publish_blocked(event: LaunchEvent) -> list[Told]:
    """The office is alerted that someone tried to publish before the embargo lifted."""
    data = event.data
    return [
        Told(
            user,
            NotificationKind.COMMUNICATION_PUBLISH_BLOCKED,
            f"Early publish refused: {data.get('title')}",
            f"{event.launch.name}: {data.get('actor_name')} tried to publish “{data.get('title')}” before its embargo "
            f"lifts ({data.get('embargo')}). It was refused.",
        )
        for user in office_users()
    ]

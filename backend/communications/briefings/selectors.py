"""Reads of press briefings: who may brief on an item, the lists PR and the office see (fixed query counts), and
what a journalist's page shows now (embargoed, public, or gone)."""

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

from django.db.models import Count, QuerySet

from accounts.access import access_for
from accounts.models import User
from communications.models import (
    Briefing,
    BriefingOpen,
    Communication,
    CommunicationStatus,
    Embargo,
    Publication,
    PublicationStatus,
)
from communications.selectors import communication_embargo_lifted
from core.errors import PermissionDeniedError
from launches.models import Launch, LaunchStatus

# secrets.token_urlsafe(32): 32 random bytes, 43 characters of the URL-safe base64 alphabet, no padding.
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{43}")
# The page works while the item is on its way out or out; a withdrawn, rejected or redrafted item ends the link.
LIVE_STATUSES = frozenset({CommunicationStatus.SUBMITTED, CommunicationStatus.APPROVED, CommunicationStatus.PUBLISHED})


def briefing_token_digest(token: str) -> str:
    """What is stored of a link's token: its SHA-256, hex."""
    return hashlib.sha256(token.encode()).hexdigest()


def briefing_may_manage(actor: User, item: Communication) -> bool:
    """The office, or a member or lead of the item's department (an item of the office's own, with no department,
    is the office's alone)."""
    access = access_for(actor)
    return access.is_office or (item.department_id is not None and item.department_id in access.member_department_ids)


def briefing_access_require(actor: User, item: Communication, action: str) -> None:
    """PR's rule for briefings: only the office or the item's department may `action`."""
    if not briefing_may_manage(actor, item):
        department = item.department.name if item.department_id else "the office"
        raise PermissionDeniedError(f"Only the office or a member of {department} may {action} on this communication.")


def _with_counts(briefings: QuerySet[Briefing]) -> QuerySet[Briefing]:
    return briefings.select_related("created_by").annotate(opens_count=Count("opens")).order_by("-created_at", "-id")


def briefing_list(*, actor: User, communication: Communication | None = None) -> QuerySet[Briefing]:
    """The briefings of one item (403 to those who may not brief on it), or every briefing the actor may manage
    (the office: all; others: their departments' items; a viewer: none), newest first, with opens_count. One
    query per page, whatever the number of briefings and openings."""
    briefings = Briefing.objects.all()
    if communication is not None:
        briefing_access_require(actor, communication, "see the briefings")
        return _with_counts(briefings.filter(communication=communication))
    access = access_for(actor)
    if not access.is_office:
        briefings = briefings.filter(communication__department_id__in=access.member_department_ids)
    return _with_counts(briefings)


def briefing_with_count(*, briefing_id: int) -> Briefing:
    """One briefing as the list shows it (opens_count annotated)."""
    return _with_counts(Briefing.objects.filter(pk=briefing_id)).get()


def briefing_get(*, briefing_id: int) -> Briefing | None:
    """A briefing with its communication (and the department its access check names), or None."""
    return Briefing.objects.select_related("communication__department").filter(pk=briefing_id).first()


def briefing_opens(*, actor: User, briefing: Briefing) -> QuerySet[BriefingOpen]:
    """Who opened the link when (newest first), for the office and the item's department; one query per page."""
    briefing_access_require(actor, briefing.communication, "see who opened a briefing")
    return BriefingOpen.objects.filter(briefing=briefing).order_by("-opened_at", "-id")


def briefing_get_by_token(*, token: str) -> Briefing | None:
    """The briefing a link's token opens, or None. A token of the wrong shape costs no query; a well-formed one
    is found by its digest through the unique index (the token itself is never stored or compared)."""
    if not TOKEN_PATTERN.fullmatch(token):
        return None
    return (
        Briefing.objects.select_related(
            "communication__launch", "communication__embargo_gate", "communication__embargo_task"
        )
        .filter(token_digest=briefing_token_digest(token))
        .first()
    )


class PageState(StrEnum):
    EMBARGOED = "embargoed"
    PUBLIC = "public"
    GONE = "gone"


@dataclass(frozen=True)
class EmbargoLine:
    """What the banner says: until a moment (None when only a condition holds it, or the moment is past), and until
    what else ("the gate is approved", "“Ship it” is done"), if anything."""

    until: dt.datetime | None
    condition: str = ""


@dataclass(frozen=True)
class BriefingPage:
    """What a journalist's page shows now."""

    state: PageState
    briefing: Briefing
    embargo: EmbargoLine | None = None
    newsroom_path: str | None = None


def briefing_embargo_line(item: Communication, launch: Launch, now: dt.datetime) -> EmbargoLine:
    """Until when the reader holds the item: the later of its planned moment and what its embargo waits for (T-0,
    the gate's planned moment and its approval, or its task being done); an item can never go out before its
    planned moment, so a T-0 embargo on an item planned for T+1 holds until T+1. A moment already past (the item
    awaits its approval or the next publishing sweep) is no moment: the item stays embargoed until it is out."""
    planned = item.moment(launch)
    lifted, _what = communication_embargo_lifted(item, launch, now)
    moment, condition = planned, ""
    if not lifted and item.embargo == Embargo.T_ZERO:
        moment = max(planned, launch.t_zero)
    elif not lifted and item.embargo == Embargo.GATE:
        moment, condition = max(planned, item.embargo_gate.moment(launch)), "the gate is approved"
    elif not lifted and item.embargo == Embargo.TASK:
        task = item.embargo_task
        condition = f"“{task.title}” is done" if task is not None else "further notice"
    return EmbargoLine(until=moment if moment > now else None, condition=condition)


def _in_newsroom(item: Communication) -> bool:
    return Publication.objects.filter(communication=item, channel="newsroom", status=PublicationStatus.SENT).exists()


def briefing_page(*, briefing: Briefing, now: dt.datetime) -> BriefingPage:
    """Gone once revoked, the launch cancelled, or the item withdrawn, rejected or back to draft; public once the
    item is published and its embargo has lifted (the newsroom's second lock, also here); embargoed otherwise."""
    item = briefing.communication
    launch = item.launch
    if briefing.revoked_at is not None or launch.status == LaunchStatus.CANCELLED or item.status not in LIVE_STATUSES:
        return BriefingPage(state=PageState.GONE, briefing=briefing)
    lifted, _what = communication_embargo_lifted(item, launch, now)
    if item.status == CommunicationStatus.PUBLISHED and lifted:
        newsroom = f"/newsroom/{launch.pk}/#communication-{item.pk}" if _in_newsroom(item) else None
        return BriefingPage(state=PageState.PUBLIC, briefing=briefing, newsroom_path=newsroom)
    return BriefingPage(state=PageState.EMBARGOED, briefing=briefing, embargo=briefing_embargo_line(item, launch, now))

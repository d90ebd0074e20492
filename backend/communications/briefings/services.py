"""Every write to press briefings: PR gives a named journalist a personal link before the embargo, revokes it, and
each opening of the page is logged."""

import datetime as dt
import secrets

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import User
from communications.briefings.selectors import briefing_access_require, briefing_token_digest
from communications.errors import CommunicationStateError
from communications.models import Briefing, BriefingOpen, Communication, CommunicationKind, CommunicationStatus
from core.errors import ValidationError
from core.validators import TIME_ZONE_MESSAGE, is_time_zone_name
from events.bus import emit
from events.changes import audit_created
from events.kinds import BriefingCreated, BriefingRevoked
from launches.models import LaunchStatus

# What a journalist is briefed on before the embargo: the announcement pieces. Hints, social and forum posts are
# written for the public as they go out, and internal notices never leave the company.
BRIEFING_KINDS = frozenset({CommunicationKind.PRESS_RELEASE, CommunicationKind.BLOG, CommunicationKind.NEWSLETTER})
# On its way out: submitted for approval or approved, not yet published.
BRIEFABLE_STATUSES = frozenset({CommunicationStatus.SUBMITTED, CommunicationStatus.APPROVED})
TOKEN_BYTES = 32
USER_AGENT_MAX_LENGTH = 300
AUDITED_FIELDS = ("communication", "name", "email", "outlet", "time_zone")


def _briefing_event(event: type, briefing: Briefing, actor: User, **more) -> None:
    """Briefings name journalists: their audit rows stay off the launch's activity (which every signed-in user
    reads) and its live stream, so launch_id is None; the department is the item's."""
    item = briefing.communication
    emit(
        event.of(
            briefing,
            actor,
            launch_id=None,
            department_id=item.department_id,
            message=f"Briefing on “{item.title}” ({item.pk}) for {briefing}"[:500],
            **more,
        )
    )


@transaction.atomic
def briefing_create(
    *,
    actor: User,
    communication: Communication,
    name: str,
    email: str = "",
    outlet: str = "",
    time_zone: str = "UTC",
) -> tuple[Briefing, str]:
    """The office or a member of the item's department briefs one named journalist on a press release, blog or
    newsletter that is submitted or approved, not yet published or withdrawn, in a launch not cancelled. Answers
    the briefing and its link's token: random, shown this once; only its SHA-256 is kept."""
    item = communication
    briefing_access_require(actor, item, "brief journalists")
    if item.kind not in BRIEFING_KINDS:
        kinds = ", ".join(sorted(CommunicationKind(kind).label.lower() for kind in BRIEFING_KINDS))
        raise ValidationError(
            f"Only a {kinds} is shared in a press briefing; this is a {item.get_kind_display().lower()}.",
            field="communication",
        )
    if item.launch.status == LaunchStatus.CANCELLED:
        raise CommunicationStateError("Its launch is cancelled: nothing is briefed on it.")
    if item.status not in BRIEFABLE_STATUSES:
        raise CommunicationStateError(
            f"A {item.get_status_display().lower()} communication is not briefed: only one submitted or approved, "
            "before it is published."
        )
    name = name.strip()
    if not name:
        raise ValidationError("Name the journalist: their name is the page's watermark.", field="name")
    if not is_time_zone_name(time_zone):
        raise ValidationError(TIME_ZONE_MESSAGE, field="time_zone")
    email = email.strip()
    if email:
        try:
            validate_email(email)
        except DjangoValidationError:
            raise ValidationError("Not an email address.", field="email") from None
    token = secrets.token_urlsafe(TOKEN_BYTES)
    briefing = Briefing.objects.create(
        communication=item,
        name=name,
        email=email,
        outlet=outlet.strip(),
        time_zone=time_zone,
        token_digest=briefing_token_digest(token),
        created_by=actor,
    )
    _briefing_event(BriefingCreated, briefing, actor, changes=audit_created(briefing, AUDITED_FIELDS))
    return briefing, token


@transaction.atomic
def briefing_revoke(*, actor: User, briefing: Briefing) -> Briefing:
    """The office or the item's department revokes a journalist's link: it answers 410 from now on; its openings
    stay in the log. Revoking a revoked link changes nothing."""
    briefing_access_require(actor, briefing.communication, "revoke briefings")
    locked = Briefing.objects.select_for_update().get(pk=briefing.pk)
    if locked.revoked_at is not None:
        briefing.revoked_at = locked.revoked_at
        return briefing
    briefing.revoked_at = timezone.now()
    briefing.save(update_fields=["revoked_at", "updated_at"])
    _briefing_event(
        BriefingRevoked, briefing, actor, changes={"revoked_at": {"from": None, "to": briefing.revoked_at.isoformat()}}
    )
    return briefing


@transaction.atomic
def briefing_opened(
    *, briefing: Briefing, ip_address: str | None, user_agent: str, embargoed: bool, now: dt.datetime | None = None
) -> BriefingOpen:
    """Logs one opening of the page (append-only) and moves last_opened_at; two openings at once keep the later."""
    now = now or timezone.now()
    opening = BriefingOpen.objects.create(
        briefing=briefing,
        opened_at=now,
        ip_address=ip_address or None,
        user_agent=user_agent[:USER_AGENT_MAX_LENGTH],
        embargoed=embargoed,
    )
    Briefing.objects.filter(Q(last_opened_at__isnull=True) | Q(last_opened_at__lt=now), pk=briefing.pk).update(
        last_opened_at=now
    )
    briefing.last_opened_at = now if briefing.last_opened_at is None else max(briefing.last_opened_at, now)
    return opening

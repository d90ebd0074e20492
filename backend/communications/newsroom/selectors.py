"""What the public newsroom shows: published communications sent to the newsroom, of launches not cancelled,
whose embargo has lifted; one SQL query whatever the number of items."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, QuerySet, Subquery

from communications.models import Communication, CommunicationStatus, Publication, PublicationStatus
from communications.selectors import communication_embargo_lifted
from launches.models import Launch, LaunchStatus

NEWSROOM_CHANNEL = "newsroom"
# The site-wide Atom feed carries the latest entries only; each launch's page and feed carry all of its items.
FEED_MAX_ENTRIES = 50


@dataclass
class NewsroomSelection:
    """What is out (newest first) and when the selection last changed, for Last-Modified: the latest of the
    shown items' published_at, newsroom sent_at and updated_at, and of their launches' updated_at, cancelled
    launches included, so that an item leaving the newsroom (its launch cancelled) is a modification too."""

    items: list[Communication] = field(default_factory=list)
    last_modified: dt.datetime | None = None


@dataclass
class NewsroomLaunch:
    """One launch of the index, with what it has out (newest first)."""

    launch: Launch
    items: list[Communication]

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def latest(self) -> Communication:
        return self.items[0]


def _candidates(*, launch_id: int | None, with_body: bool) -> QuerySet[Communication]:
    """Published items with a sent newsroom publication, newest first, with everything the embargo check and the
    pages read (launch, department, gate, task) joined in. Cancelled launches stay in the query (not in the
    result) so that their updated_at reaches Last-Modified."""
    sent_to_newsroom = Publication.objects.filter(
        communication=OuterRef("pk"), channel=NEWSROOM_CHANNEL, status=PublicationStatus.SENT
    )
    items = (
        Communication.objects.filter(
            Exists(sent_to_newsroom), status=CommunicationStatus.PUBLISHED, published_at__isnull=False
        )
        .annotate(newsroom_sent_at=Subquery(sent_to_newsroom.values("sent_at")[:1]))
        .select_related("launch", "department", "embargo_gate", "embargo_task")
        .order_by("-published_at", "-id")
    )
    if launch_id is not None:
        items = items.filter(launch_id=launch_id)
    if not with_body:
        items = items.defer("body")
    return items


def _is_out(item: Communication, now: dt.datetime) -> bool:
    """Its launch is not cancelled and, a second lock behind publishing, its embargo has lifted."""
    if item.launch.status == LaunchStatus.CANCELLED:
        return False
    lifted, _what = communication_embargo_lifted(item, item.launch, now)
    return lifted


def _select(rows: Iterable[Communication], *, now: dt.datetime, limit: int | None) -> NewsroomSelection:
    selection = NewsroomSelection()
    for item in rows:
        moments = [item.launch.updated_at]
        if _is_out(item, now):
            selection.items.append(item)
            # Sent to the newsroom after it was published (a retry) or edited since: the page changed then.
            moments += [item.published_at, item.updated_at, item.newsroom_sent_at or item.published_at]
        latest = max(moments)
        if selection.last_modified is None or latest > selection.last_modified:
            selection.last_modified = latest
        if limit is not None and len(selection.items) >= limit:
            break
    return selection


def newsroom_items(
    *, now: dt.datetime, launch_id: int | None = None, limit: int | None = None, with_body: bool = True
) -> NewsroomSelection:
    """Everything out (or one launch's), newest first, at most `limit` items. One query: a limited read goes
    through the rows with one cursor and stops at `limit` shown items, so an item hidden by the second lock never
    shortens the feed."""
    rows = _candidates(launch_id=launch_id, with_body=with_body)
    return _select(rows.iterator(chunk_size=2 * limit) if limit else rows, now=now, limit=limit)


def newsroom_launches(*, now: dt.datetime) -> tuple[list[NewsroomLaunch], dt.datetime | None]:
    """The index: each launch with something out, the one with the latest item first; and Last-Modified. One
    query (the bodies are not read)."""
    selection = newsroom_items(now=now, with_body=False)
    by_launch: dict[int, NewsroomLaunch] = {}
    for item in selection.items:
        entry = by_launch.get(item.launch_id)
        if entry is None:
            by_launch[item.launch_id] = NewsroomLaunch(launch=item.launch, items=[item])
        else:
            entry.items.append(item)
    # Items come newest first, so launches are already ordered by their latest item (dicts keep insertion order).
    return list(by_launch.values()), selection.last_modified


def newsroom_launch(*, launch_id: int, now: dt.datetime) -> tuple[NewsroomLaunch | None, dt.datetime | None]:
    """One launch's page: None when the launch is unknown, cancelled or has nothing out. One query."""
    selection = newsroom_items(now=now, launch_id=launch_id)
    if not selection.items:
        return None, selection.last_modified
    return NewsroomLaunch(launch=selection.items[0].launch, items=selection.items), selection.last_modified

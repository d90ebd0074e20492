"""Renders calendar entries as one RFC 5545 VCALENDAR with the `icalendar` package, byte for byte the same
for the same data: every UID and DTSTAMP comes from the entries, never from the clock or a random source."""

import datetime as dt
import re
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vDuration

PRODID = "-//T-Minus//Launch calendar feeds//EN"
REFRESH = dt.timedelta(hours=1)
# Google Calendar drops what lies beyond about 1 MB of a feed: stay well under it.
FEED_MAX_BYTES = 800 * 1024
HEADER_ALLOWANCE = 8 * 1024
END = b"END:VCALENDAR\r\n"
# C0 controls (and DEL) are not allowed in TEXT values (RFC 5545 3.3.11); icalendar passes them through.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Text as a TEXT value may hold it: line breaks as LF (icalendar escapes them), no control characters."""
    return CONTROL_CHARACTERS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def clean_line(text: str) -> str:
    """One-line text (a summary, a calendar name): any run of whitespace, line breaks included, is one space."""
    return " ".join(clean_text(text).split())


def _event(row: tuple, base_url: str) -> Event:
    (
        uid,
        summary,
        description,
        link_path,
        all_day,
        start_date,
        end_date,
        start_at,
        end_at,
        cancelled_at,
        sequence,
        last_modified,
    ) = row
    event = Event()
    stamp = last_modified.astimezone(dt.UTC).replace(microsecond=0)
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", sequence)
    if all_day:
        event.add("dtstart", start_date)
        event.add("dtend", end_date)
    else:
        event.add("dtstart", start_at.astimezone(dt.UTC))
        event.add("dtend", end_at.astimezone(dt.UTC))
    event.add("summary", clean_line(summary))
    text = clean_text(description)
    event.add("description", f"{text}\n{base_url}{link_path}" if text else f"{base_url}{link_path}")
    event.add("status", "CANCELLED" if cancelled_at is not None else "CONFIRMED")
    event.add("transp", "TRANSPARENT")
    return event


def render_calendar(
    *,
    name: str,
    time_zone: str,
    today: dt.date,
    rows: Iterable[tuple],
    base_url: str,
) -> bytes:
    """A VCALENDAR of the rows (selectors.ENTRY_COLUMNS, nearest first): T-0, milestones and gates as timed
    events in UTC, tasks as all-day events (DTEND exclusive), all TRANSPARENT, no METHOD, ORGANIZER or ATTENDEE.

    Past FEED_MAX_BYTES, the furthest events are left out and the calendar's description says so: Google Calendar
    ignores what lies beyond about 1 MB. The calendar always holds the VTIMEZONE of the owner's zone (named by
    X-WR-TIMEZONE), so an empty feed is still a calendar with one component, as RFC 5545 requires."""
    chunks: list[bytes] = []
    size, total = 0, 0
    budget = FEED_MAX_BYTES - HEADER_ALLOWANCE
    for row in rows:
        total += 1
        if size > budget:
            continue
        chunk = _event(row, base_url).to_ical()
        size += len(chunk)
        if size <= budget:
            chunks.append(chunk)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", clean_line(name))
    calendar.add("x-wr-calname", clean_line(name))
    if len(chunks) < total:
        note = f"The {len(chunks)} nearest of {total} items; T-Minus shows them all."
        calendar.add("description", note)
        calendar.add("x-wr-caldesc", note)
    calendar.add("x-wr-timezone", time_zone)
    # icalendar writes neither VALUE=DURATION here nor a duration for a bare timedelta on an X- property.
    calendar.add("refresh-interval", vDuration(REFRESH), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    calendar.add_component(
        Timezone.from_tzinfo(
            ZoneInfo(time_zone),
            tzid=time_zone,
            first_date=dt.date(today.year - 1, 1, 1),
            last_date=dt.date(today.year + 2, 1, 1),
        )
    )
    head = calendar.to_ical().removesuffix(END)
    return head + b"".join(chunks) + END

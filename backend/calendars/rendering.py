"""Renders calendar entries as one RFC 5545 VCALENDAR with the `icalendar` package, byte for byte the same
for the same data: every UID and DTSTAMP comes from the entries (or the day), never from the clock or a random
source. Which entries go in, and in which form, is calendars.services.calendar_feed_render's choice."""

import datetime as dt
import re
from collections.abc import Iterable

from icalendar import Alarm, Calendar, Event, Timezone, TimezoneStandard, vDuration

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


# RFC 7986 COLOR takes a CSS3 colour name: one per kind of item, tasks in their department's.
KIND_COLORS = {"t_zero": "crimson", "milestone": "purple", "gate": "darkorange", "comm": "teal"}
DEPARTMENT_COLORS = (
    "royalblue",
    "seagreen",
    "goldenrod",
    "slateblue",
    "sienna",
    "cadetblue",
    "olivedrab",
    "indianred",
    "darkcyan",
    "mediumvioletred",
)
# All-day tasks remind at 09:00 of their first day, minus the feed's reminder.
ALL_DAY_REMINDER_AT = dt.timedelta(hours=9)


def event_color(kind: str, department_id: int | None) -> str:
    if kind in KIND_COLORS:
        return KIND_COLORS[kind]
    return DEPARTMENT_COLORS[(department_id or 0) % len(DEPARTMENT_COLORS)]


def event_chunk(row, base_url: str, *, sequence: int, cancelled: bool, minimal: bool, reminder_minutes: int | None):
    """One VEVENT of an entry row (selectors.ENTRY_COLUMNS, named). `minimal` is the short form of an item that is
    cancelled or has left the feed: what a client needs to mark it (UID, dates, SEQUENCE, STATUS, SUMMARY)."""
    event = Event()
    stamp = row.last_modified.astimezone(dt.UTC).replace(microsecond=0)
    event.add("uid", row.uid)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", sequence)
    if row.all_day:
        event.add("dtstart", row.start_date)
        event.add("dtend", row.end_date)
    else:
        event.add("dtstart", row.start_at.astimezone(dt.UTC))
        event.add("dtend", row.end_at.astimezone(dt.UTC))
    event.add("summary", clean_line(row.summary))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT")
    if not minimal:
        link = f"{base_url}{row.link_path}"
        text = clean_text(row.description)
        event.add("description", f"{text}\n{link}" if text else link)
        event.add("url", link, parameters={"VALUE": "URI"})
        if row.categories:
            event.add("categories", [clean_line(name) for name in row.categories.split("\t")])
        event.add("color", event_color(row.kind, row.department_id))
        if reminder_minutes is not None and not cancelled:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", clean_line(row.summary))
            before = dt.timedelta(minutes=reminder_minutes)
            alarm.add("trigger", ALL_DAY_REMINDER_AT - before if row.all_day else -before)
            event.add_component(alarm)
    return event.to_ical()


def notice_chunk(*, uid: str, today: dt.date, summary: str, description: str, cancelled: bool) -> bytes:
    """The feed's own all-day event on today's date that says what the size cap left out (or, CANCELLED, that
    nothing is left out any more). Its SEQUENCE counts days, so each day's notice supersedes the last."""
    event = Event()
    stamp = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("sequence", (today - NOTICE_EPOCH).days)
    event.add("dtstart", today)
    event.add("dtend", today + dt.timedelta(days=1))
    event.add("summary", clean_line(summary))
    event.add("description", clean_text(description))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT")
    event.add("color", "gray")
    return event.to_ical()


NOTICE_EPOCH = dt.date(2026, 1, 1)


def calendar_bytes(*, name: str, time_zone: str, chunks: Iterable[bytes], description: str = "") -> bytes:
    """The VCALENDAR around the events' chunks: no METHOD, ORGANIZER or ATTENDEE, and no VTIMEZONE, since every
    timed event is in UTC and tasks are all-day dates (X-WR-TIMEZONE still names the owner's zone for the clients
    that read it). A calendar without events holds the VTIMEZONE of UTC (no transition, so nothing to get
    wrong), as RFC 5545 wants one component at least."""
    chunks = list(chunks)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", clean_line(name))
    calendar.add("x-wr-calname", clean_line(name))
    if description:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", description)
    calendar.add("x-wr-timezone", time_zone)
    # icalendar writes neither VALUE=DURATION here nor a duration for a bare timedelta on an X- property.
    calendar.add("refresh-interval", vDuration(REFRESH), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    if not chunks:
        calendar.add_component(_utc_timezone())
    head = calendar.to_ical().removesuffix(END)
    return head + b"".join(chunks) + END


def _utc_timezone() -> Timezone:
    zone = Timezone()
    zone.add("tzid", "UTC")
    standard = TimezoneStandard()
    standard.add("dtstart", dt.datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", dt.timedelta(0))
    standard.add("tzoffsetto", dt.timedelta(0))
    standard.add("tzname", "UTC")
    zone.add_component(standard)
    return zone

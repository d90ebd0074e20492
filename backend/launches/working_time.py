"""A launch's working calendar: its working weekdays, the public holidays of its regions (the `holidays`
library, docs/decisions/working-calendars.md) and its own closures, as the engine's WorkCalendar, and the
checks that keep those settings valid. docs/schedule.md#working-time says what counts."""

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import holidays

from core.errors import ValidationError
from scheduling.calendar import WorkCalendar
from scheduling.plan import PLAN_FIRST_DAY, PLAN_LAST_DAY

MAX_HOLIDAY_REGIONS = 10
MAX_CLOSURES = 100
MAX_CLOSURE_NAME_LENGTH = 200
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@lru_cache(maxsize=1)
def _supported() -> Mapping[str, Sequence[str]]:
    return holidays.list_supported_countries()


@lru_cache(maxsize=4096)
def region_holidays(region: str, year: int) -> tuple[tuple[dt.date, str], ...]:
    """The public holidays of a country ("US") or one of its subdivisions ("DE-BY") in a year, by date."""
    country, _, subdivision = region.partition("-")
    found = holidays.country_holidays(country, subdiv=subdivision or None, years=year)
    return tuple(sorted(found.items()))


def holiday_region_check(value: Any, *, field: str = "holiday_regions") -> list[str]:
    """A list of distinct ISO country codes, each optionally with a subdivision the library knows (US-CA)."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValidationError("Give a list of country or region codes, such as US or DE-BY.", field=field)
    if len(value) > MAX_HOLIDAY_REGIONS:
        raise ValidationError(f"At most {MAX_HOLIDAY_REGIONS} holiday regions.", field=field)
    regions = []
    for item in value:
        region = item.strip().upper()
        country, _, subdivision = region.partition("-")
        known = _supported()
        if country not in known:
            raise ValidationError(f"{item!r} is not a country the holiday calendar knows (US, FR, DE...).", field=field)
        if subdivision and subdivision not in known[country]:
            raise ValidationError(
                f"{item!r}: {country} has no region {subdivision!r} in the holiday calendar "
                f"(it has {', '.join(known[country][:8]) or 'none'}{'...' if len(known[country]) > 8 else ''}).",
                field=field,
            )
        if region in regions:
            raise ValidationError(f"{item!r} is listed twice.", field=field)
        regions.append(region)
    return regions


def working_weekdays_check(value: Any, *, field: str = "working_weekdays") -> list[int]:
    """Distinct ISO weekday numbers, 1 (Monday) to 7 (Sunday), at least one."""
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(day, int) and not isinstance(day, bool) and 1 <= day <= 7 for day in value)
    ):
        raise ValidationError(
            "Give the weekdays worked as numbers 1 (Monday) to 7 (Sunday), at least one.", field=field
        )
    if len(set(value)) != len(value):
        raise ValidationError("A weekday is listed twice.", field=field)
    return sorted(value)


def closures_check(value: Any, *, field: str = "closures") -> list[dict[str, str]]:
    """A list of {name, start, end} (ISO dates, end on or after start): the launch's own days off."""
    if not isinstance(value, list):
        raise ValidationError("Give a list of closures, each {name, start, end}.", field=field)
    if len(value) > MAX_CLOSURES:
        raise ValidationError(f"At most {MAX_CLOSURES} closures.", field=field)
    closures = []
    for position, item in enumerate(value):
        where = f"{field}[{position}]"
        if not isinstance(item, dict) or set(item) - {"name", "start", "end"} or not {"start", "end"} <= set(item):
            raise ValidationError("A closure is {name, start, end}, with no other field.", field=where)
        name = item.get("name", "")
        if not isinstance(name, str) or len(name) > MAX_CLOSURE_NAME_LENGTH:
            raise ValidationError(
                f"A closure's name is text of at most {MAX_CLOSURE_NAME_LENGTH} characters.", field=where
            )
        try:
            start, end = dt.date.fromisoformat(item["start"]), dt.date.fromisoformat(item["end"])
        except (TypeError, ValueError):
            raise ValidationError("A closure's start and end are dates (YYYY-MM-DD).", field=where) from None
        if end < start:
            raise ValidationError("A closure ends on or after its start.", field=where)
        if start < PLAN_FIRST_DAY or end > PLAN_LAST_DAY:
            raise ValidationError("A closure falls inside the plan's calendar.", field=where)
        if (end - start).days + 1 > 366:
            raise ValidationError("A closure lasts at most a year.", field=where)
        closures.append({"name": name.strip() or "Closed", "start": start.isoformat(), "end": end.isoformat()})
    return closures


class LaunchCalendar:
    """The working calendar of a launch's settings, with the reason a day is not worked."""

    def __init__(self, weekdays: Iterable[int], regions: Iterable[str], closures: Iterable[Mapping[str, str]]):
        self.weekdays = frozenset(day - 1 for day in weekdays)  # Python's weekday numbers
        self.regions = tuple(regions)
        self.closures = [
            (dt.date.fromisoformat(item["start"]), dt.date.fromisoformat(item["end"]), item.get("name") or "Closed")
            for item in closures
        ]

    @classmethod
    def of(cls, launch: Any) -> "LaunchCalendar":
        return cls(launch.working_weekdays, launch.holiday_regions, launch.closures)

    @property
    def every_day(self) -> bool:
        return len(self.weekdays) == 7 and not self.regions and not self.closures

    def closed(self, year: int) -> set[dt.date]:
        """The non-working dates of a year besides the weekly days off."""
        days = {date for region in self.regions for date, _name in region_holidays(region, year)}
        for first, last, _name in self.closures:
            if first.year <= year <= last.year:
                day = max(first, dt.date(year, 1, 1))
                end = min(last, dt.date(year, 12, 31))
                while day <= end:
                    days.add(day)
                    day += dt.timedelta(days=1)
        return days

    def work_calendar(self, origin: dt.date) -> WorkCalendar:
        closed: Callable[[int], set[dt.date]] | None = self.closed if (self.regions or self.closures) else None
        return WorkCalendar(origin, self.weekdays, closed)

    def reason(self, date: dt.date) -> str | None:
        """Why a date is not worked ("Saturday", "Christmas Day (US)", "Winter shutdown"), or None if it is."""
        for first, last, name in self.closures:
            if first <= date <= last:
                return name
        for region in self.regions:
            for holiday, name in region_holidays(region, date.year):
                if holiday == date:
                    return f"{name} ({region})"
        if date.weekday() not in self.weekdays:
            return WEEKDAY_NAMES[date.weekday()]
        return None


def launch_work_calendar(launch: Any, origin: dt.date | None = None) -> WorkCalendar:
    """The engine calendar of a launch, counted from T-0's date (or `origin`), kept on the instance per origin
    and settings so one request builds it once."""
    origin = origin or launch.t_zero_date
    key = (origin, tuple(launch.working_weekdays), tuple(launch.holiday_regions), repr(launch.closures))
    cache = launch.__dict__.setdefault("_work_calendars", {})
    if key not in cache:
        cache[key] = LaunchCalendar.of(launch).work_calendar(origin)
    return cache[key]


def t_offset_labels(launch: Any) -> Callable[[int], str]:
    """A day (counted from T-0's date) as planners say it, "T-14", "T-0", "T+3", in the launch's offsets: calendar
    days, or working days (a day off counts as the working day next to it on T-0's side, as the timeline shows)."""

    def label(offset: int) -> str:
        return f"T+{offset}" if offset > 0 else f"T-{-offset}"

    if launch.offset_count != "working":  # DayCount.WORKING (launches.models imports this module)
        return lambda day: label(day)
    calendar = launch_work_calendar(launch)

    def working(day: int) -> str:
        if day < 0:
            return label(-calendar.working_days_between(day, -1))
        return label(calendar.working_days_between(1, day) if day > 0 else 0)

    return working

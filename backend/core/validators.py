"""What counts as a time zone and as a moment's UTC offset, for models (the admin), serializers and filters alike."""

import datetime as dt
import zoneinfo
from functools import cache
from typing import Any

from django.core.exceptions import ValidationError

# Files of the zone database that name no place: the server's own zone, the POSIX rule template, and the
# "Factory" placeholder zone (its abbreviation is "-00", "local time zone must be set").
NOT_PLACES = frozenset({"localtime", "posixrules", "Factory"})

# The widest offsets of any real zone: UTC-12:00 (Baker Island) to UTC+14:00 (Kiritimati). PostgreSQL refuses
# offsets beyond 15:59, so a wider one would be a 500 in a filter.
MAX_UTC_OFFSET = dt.timedelta(hours=14)

TIME_ZONE_MESSAGE = "Not a time zone: give an IANA name like Europe/Paris or America/New_York."
UTC_OFFSET_MESSAGE = "The UTC offset is out of range: a moment's offset lies between -14:00 and +14:00."


@cache
def time_zone_names() -> frozenset[str]:
    """Every IANA zone name accepted as a launch's or a person's zone (links like US/Pacific included)."""
    return frozenset(zoneinfo.available_timezones() - NOT_PLACES)


def is_time_zone_name(value: Any) -> bool:
    """Whether `value` names a real zone; file paths, NUL bytes and non-places never do."""
    return isinstance(value, str) and value in time_zone_names()


def validate_time_zone(value: Any) -> None:
    """Model field validator (runs in the admin's forms): the value, a ZoneInfo or a name, is a real zone."""
    name = value.key if isinstance(value, zoneinfo.ZoneInfo) else value
    if not is_time_zone_name(name):
        raise ValidationError(TIME_ZONE_MESSAGE, code="invalid_time_zone")


def has_real_utc_offset(value: dt.datetime) -> bool:
    """A naive moment, or an aware one whose offset a real zone can have."""
    offset = value.utcoffset()
    return offset is None or abs(offset) <= MAX_UTC_OFFSET

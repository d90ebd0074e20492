"""Filter pieces shared by the apps' list endpoints (django-filter)."""

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django_filters import fields, filters

from core.validators import UTC_OFFSET_MESSAGE, has_real_utc_offset


class IsoDateTimeField(fields.IsoDateTimeField):
    """An ISO 8601 moment compared in UTC; an offset no zone has (beyond +-14:00) is a 400 naming the filter,
    where PostgreSQL would fail the query ("time zone displacement out of range")."""

    default_error_messages = {"utc_offset": UTC_OFFSET_MESSAGE}

    def to_python(self, value: Any) -> dt.datetime | None:
        moment = super().to_python(value)
        if moment is None:
            return None
        if not has_real_utc_offset(moment):
            raise ValidationError(self.error_messages["utc_offset"], code="utc_offset")
        return moment.astimezone(dt.UTC)


class IsoDateTimeFilter(filters.IsoDateTimeFilter):
    """django-filter's IsoDateTimeFilter on core's moment field: use it for every datetime filter."""

    field_class = IsoDateTimeField

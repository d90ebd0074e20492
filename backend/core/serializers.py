"""Serializer pieces shared by the apps."""

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import models
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from timezone_field.rest_framework import TimeZoneSerializerField as BaseTimeZoneSerializerField

from core.validators import TIME_ZONE_MESSAGE, UTC_OFFSET_MESSAGE, has_real_utc_offset, is_time_zone_name


def choice_counts_serializer(name: str, choices: Iterable[str], *, total: bool = True) -> type[serializers.Serializer]:
    """A read serializer of {choice: count …} (and "total"), as core.selectors.counts_by_choice answers; `name`
    is its OpenAPI component's."""
    fields = {choice: serializers.IntegerField() for choice in choices}
    if total:
        fields["total"] = serializers.IntegerField()
    return type(name, (serializers.Serializer,), fields)


class ChoiceListField(serializers.ListField):
    """A list of choices. DRF keys a list's item errors by index; this answers them as one flat list of messages
    naming the bad values, the shape every other field's errors have (what clients show under the field)."""

    def run_child_validation(self, data):
        try:
            return super().run_child_validation(data)
        except serializers.ValidationError as exc:
            detail = exc.detail
            messages = [str(m) for ms in detail.values() for m in ms] if isinstance(detail, dict) else detail
            raise serializers.ValidationError(messages) from exc


class TimeZoneSerializerField(BaseTimeZoneSerializerField):
    """An IANA zone by name. ZoneInfo alone takes file paths ("../../etc/passwd" is a 500, "localtime" is the
    server's own zone): only the names of the zone database's places are accepted."""

    default_error_messages = {"invalid": TIME_ZONE_MESSAGE}

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("use_pytz", False)
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> zoneinfo.ZoneInfo:
        if not is_time_zone_name(data):
            self.fail("invalid")
        return zoneinfo.ZoneInfo(data)


class DateTimeField(serializers.DateTimeField):
    """A moment (ISO 8601), stored in UTC; an offset no zone has (beyond +-14:00) is refused. Every
    ModelSerializer below uses it for model DateTimeFields."""

    default_error_messages = {**serializers.DateTimeField.default_error_messages, "utc_offset": UTC_OFFSET_MESSAGE}

    def enforce_timezone(self, value: dt.datetime) -> dt.datetime:
        if not has_real_utc_offset(value):
            self.fail("utc_offset")
        return super().enforce_timezone(value)


NOT_ACCEPTED = "This field is not accepted here."


class StrictInput:
    """Refuses a body field the serializer does not write (unknown, read-only or hidden): DRF drops such keys
    silently, and the client believes something was saved that was not. Each one is named next to the other
    problems of the body; core.schema marks the request components of these serializers
    additionalProperties: false."""

    def to_internal_value(self, data: Any) -> Any:
        refused = {}
        if isinstance(data, Mapping):
            accepted = {
                name
                for name, field in self.fields.items()  # type: ignore[attr-defined]
                if not field.read_only and not isinstance(field, serializers.HiddenField)
            }
            refused = {str(key): [NOT_ACCEPTED] for key in data if key not in accepted}
        try:
            value = super().to_internal_value(data)  # type: ignore[misc]
        except serializers.ValidationError as exc:
            if refused and isinstance(exc.detail, dict):
                raise serializers.ValidationError({**exc.detail, **refused}) from exc
            raise
        if refused:
            raise serializers.ValidationError(refused)
        return value


class Serializer(StrictInput, serializers.Serializer):
    """A request body that is not a model: strict like ModelSerializer. (Query-parameter serializers stay
    DRF's own: a query string carries paging and filters besides.)"""


class NoBody(Serializer):
    """The body of an action that takes none: any field is refused."""


@extend_schema_field({"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$", "example": "02:00:00"})
class WallTimeField(serializers.TimeField):
    """A wall-clock time of day with no offset (its zone is said elsewhere): OpenAPI's `format: time` is RFC 3339's
    full-time, which carries an offset, so it is described by its pattern."""


class ModelSerializer(StrictInput, serializers.ModelSerializer):
    """DRF's ModelSerializer whose model moments go through DateTimeField (PostgreSQL answers an offset such as
    -16:22 with an error, not a 400) and times of day through WallTimeField, and which refuses fields it does not
    write (StrictInput). Every model serializer of the API derives from this one."""

    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.DateTimeField: DateTimeField,
        models.TimeField: WallTimeField,
    }

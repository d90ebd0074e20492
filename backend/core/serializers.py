"""Serializer pieces shared by the apps."""

from collections.abc import Iterable

from rest_framework import serializers


def choice_counts_serializer(name: str, choices: Iterable[str], *, total: bool = True) -> type[serializers.Serializer]:
    """A read serializer of {choice: count …} (and "total"), as core.selectors.counts_by_choice answers; `name`
    is its OpenAPI component's."""
    fields = {choice: serializers.IntegerField() for choice in choices}
    if total:
        fields["total"] = serializers.IntegerField()
    return type(name, (serializers.Serializer,), fields)

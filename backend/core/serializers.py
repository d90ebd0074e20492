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

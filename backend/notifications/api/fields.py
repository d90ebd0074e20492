"""Serializer fields shared by the notifications and webhooks APIs."""

from rest_framework import serializers


class ChoiceListField(serializers.ListField):
    """A list of choices. DRF keys a list's item errors by index (integer keys, which the JSON renderer refuses);
    this answers them as one flat list of messages naming the bad values."""

    def run_child_validation(self, data):
        try:
            return super().run_child_validation(data)
        except serializers.ValidationError as exc:
            detail = exc.detail
            messages = [str(m) for ms in detail.values() for m in ms] if isinstance(detail, dict) else detail
            raise serializers.ValidationError(messages) from exc

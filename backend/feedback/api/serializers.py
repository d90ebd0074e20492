"""Serializers for feedback items, their summary and the CSV import."""

from rest_framework import serializers

from core.serializers import ModelSerializer, Serializer, choice_counts_serializer
from feedback.models import FeedbackItem, FeedbackState
from launches.models import Launch


class FeedbackItemSerializer(ModelSerializer):
    # allow_null, not default=None: a default is skipped in a partial update's answer, so a PATCH lost the field.
    task_title = serializers.CharField(source="task.title", read_only=True, allow_null=True)

    class Meta:
        model = FeedbackItem
        fields = [
            "id",
            "launch",
            "task",
            "task_title",
            "source",
            "text",
            "reported_by",
            "state",
            "duplicate_of",
            "created_by",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["created_by", "created_at", "updated_at"]


class FeedbackItemUpdateSerializer(FeedbackItemSerializer):
    class Meta(FeedbackItemSerializer.Meta):
        read_only_fields = ["launch", "created_by", "created_at", "updated_at"]


class FeedbackSummaryQuerySerializer(serializers.Serializer):
    launch = serializers.PrimaryKeyRelatedField(queryset=Launch.objects.all())


FeedbackCountsSerializer = choice_counts_serializer("FeedbackCountsSerializer", FeedbackState.values, total=False)


class FeedbackSummarySerializer(serializers.Serializer):
    launch = serializers.IntegerField()
    counts = FeedbackCountsSerializer()
    total = serializers.IntegerField()


class FeedbackImportSerializer(Serializer):
    launch = serializers.PrimaryKeyRelatedField(queryset=Launch.objects.all())
    file = serializers.FileField(help_text="CSV, UTF-8, header row: source, text, reported_by, task, state.")


class FeedbackImportResultSerializer(serializers.Serializer):
    imported = serializers.IntegerField()

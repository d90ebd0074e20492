"""Serializers of the undo history."""

from rest_framework import serializers

from core.serializers import ModelSerializer, Serializer
from history.models import UndoStep


class UndoStepSerializer(ModelSerializer):
    label = serializers.CharField(read_only=True, help_text="What the step did, in plain words.")

    class Meta:
        model = UndoStep
        fields = ["id", "label", "created_at"]
        read_only_fields = fields


class HistoryStateSerializer(Serializer):
    undo = UndoStepSerializer(allow_null=True, read_only=True, help_text="What Undo takes back; null: nothing.")
    redo = UndoStepSerializer(allow_null=True, read_only=True, help_text="What Redo does again; null: nothing.")


class HistoryAppliedSerializer(HistoryStateSerializer):
    applied = UndoStepSerializer(read_only=True, help_text="The step just undone or redone.")

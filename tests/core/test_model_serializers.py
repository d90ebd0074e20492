"""Every model serializer of the API derives from core.serializers.ModelSerializer, so each model moment it reads
refuses an offset no zone has (a 400, where PostgreSQL would answer -16:22 with a 500)."""

import importlib
import sys

from django.conf import settings
from rest_framework import serializers

from core.serializers import DateTimeField, ModelSerializer


def _ours(cls: type) -> bool:
    """Defined in this project's backend/ (not in DRF or another package)."""
    return str(getattr(sys.modules[cls.__module__], "__file__", "")).startswith(str(settings.BASE_DIR))


def _all_subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _all_subclasses(sub)
    return found


def test_every_project_model_serializer_derives_from_cores():
    importlib.import_module("config.urls")  # loads every app's API modules
    ours = {cls for cls in _all_subclasses(serializers.ModelSerializer) if _ours(cls) and cls is not ModelSerializer}
    assert len(ours) > 20
    assert sorted(f"{cls.__module__}.{cls.__name__}" for cls in ours if not issubclass(cls, ModelSerializer)) == []


def test_a_model_moment_is_read_through_the_offset_checking_field():
    from launches.api.serializers import LaunchSerializer

    assert type(LaunchSerializer().fields["t_zero"]) is DateTimeField

"""Core: the base model, the error contract, pagination, the API schema conventions and process tuning."""

import gc

from django.apps import AppConfig
from django.conf import settings


class CoreConfig(AppConfig):
    name = "core"

    def ready(self) -> None:
        # A large timeline allocates tens of thousands of small objects; with CPython's default first
        # threshold (700) the collector runs full passes over them mid-request, a third of the time measured
        # in docs/performance.md. A higher threshold keeps collection but runs it far less often.
        gc.set_threshold(*settings.GC_THRESHOLDS)

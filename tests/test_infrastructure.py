"""The suite runs on whatever the environment configures: prove it is really that database and cache."""

import os
import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection


@pytest.mark.django_db
def test_database_is_the_one_database_url_names():
    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def test_cache_round_trips_on_the_configured_backend():
    expected = "RedisCache" if os.environ.get("REDIS_URL") else "LocMemCache"
    assert settings.CACHES["default"]["BACKEND"].endswith(expected)
    cache.set("t-minus-ci-probe", {"ok": 1}, 30)
    assert cache.get("t-minus-ci-probe") == {"ok": 1}
    cache.delete("t-minus-ci-probe")


def test_celery_runs_in_process_without_a_broker():
    # The settings, not the app's live conf: tests/conftest.py makes tasks eager for logic tests either way.
    broker = os.environ.get("CELERY_BROKER_URL") or os.environ.get("REDIS_URL")
    assert settings.CELERY_TASK_ALWAYS_EAGER is (not broker)
    # Under pytest-xdist each worker has a Redis database of its own (tests/conftest.py): the same server.
    assert re.sub(r"/\d*$", "", broker or "memory://") == re.sub(r"/\d*$", "", settings.CELERY_BROKER_URL)

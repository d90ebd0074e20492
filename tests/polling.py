"""Waiting in tests for work done on another thread (a Celery worker, the in-process pool): bounded, never timed."""

import time
from collections.abc import Callable

from django.db import OperationalError

WAIT_SECONDS = 30


def wait_until(condition: Callable[[], object], what: str, *, seconds: float = WAIT_SECONDS) -> None:
    """Poll condition until it is true; fail naming `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if condition():
                return
        except OperationalError as exc:
            # SQLite's shared in-memory test database refuses a read while another thread writes ("database table
            # is locked", no busy wait in shared-cache mode): not an answer yet, ask again.
            if "locked" not in str(exc):
                raise
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)

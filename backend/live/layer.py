"""The channel layer as synchronous code uses it (a follower after commit, a Celery task): group names, and a
group_send that is safe from any thread.

With Redis (REDIS_URL), channels_redis's pub/sub layer carries messages between processes. Synchronous code (a
WSGI request's follower, a Celery task) has no event loop of its own: its sends run on one loop per process, on a
thread of its own, which keeps the layer's Redis connection open between them (async_to_sync made a loop and a
connection per message: 12 ms each, inside the write's request). In process (`make run`, the tests on
SQLite), the in-memory layer's queues belong to the event loop that serves the sockets: a send from another
thread (the in-process task pool) is handed to that loop, never run on a loop of its own."""

import asyncio
import logging
import os
import threading
from typing import Any

from channels.layers import InMemoryChannelLayer, get_channel_layer

logger = logging.getLogger(__name__)

# The loop that serves the sockets in this process (the consumers note it as they connect).
_serving_loop: asyncio.AbstractEventLoop | None = None
# How long a synchronous sender waits for Redis to take its message.
SEND_TIMEOUT_SECONDS = 5.0
_sending: tuple[int, asyncio.AbstractEventLoop] | None = None  # (the process it serves, the loop)
_sending_lock = threading.Lock()


def _sending_loop() -> asyncio.AbstractEventLoop:
    """This process's loop for sends from synchronous code, started on first use (after a fork, anew: a Celery
    worker's children do not inherit their parent's thread)."""
    global _sending
    with _sending_lock:
        if _sending is None or _sending[0] != os.getpid():
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="live-layer-sender", daemon=True).start()
            _sending = (os.getpid(), loop)
        return _sending[1]


def launch_group(launch_id: int) -> str:
    return f"launch.{launch_id}"


def user_group(user_id: int) -> str:
    return f"user.{user_id}"


def serving_loop_note(loop: asyncio.AbstractEventLoop) -> None:
    global _serving_loop
    _serving_loop = loop


def _logged(future: Any) -> None:
    if not future.cancelled() and future.exception() is not None:
        logger.error("Live message not sent", exc_info=future.exception())


def group_send(group: str, message: dict[str, Any]) -> None:
    """Send a message to every socket of the group, from synchronous code. Never raises: the change it tells of
    is committed, and a view that misses it catches up when it reconnects."""
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        if isinstance(layer, InMemoryChannelLayer):
            loop = _serving_loop
            if loop is None or not loop.is_running():
                return  # no socket was ever served by this process: nobody to tell
            future = asyncio.run_coroutine_threadsafe(layer.group_send(group, message), loop)
            future.add_done_callback(_logged)
            return
        # On the process's sending loop, waited for (the order of sends kept).
        future = asyncio.run_coroutine_threadsafe(layer.group_send(group, message), _sending_loop())
        future.result(SEND_TIMEOUT_SECONDS)
    except Exception:
        logger.exception("Live message to %s not sent", group)

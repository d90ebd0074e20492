"""The channel layer as synchronous code uses it (a follower after commit, a Celery task): group names, and a
group_send that is safe from any thread.

With Redis (REDIS_URL), channels_redis's pub/sub layer carries messages between processes; async_to_sync runs
the send on the caller's own event loop (or the server's, from a view). In process (`make run`, the tests on
SQLite), the in-memory layer's queues belong to the event loop that serves the sockets: a send from another
thread (the in-process task pool) is handed to that loop, never run on a loop of its own."""

import asyncio
import logging
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import InMemoryChannelLayer, get_channel_layer

logger = logging.getLogger(__name__)

# The loop that serves the sockets in this process (the consumers note it as they connect).
_serving_loop: asyncio.AbstractEventLoop | None = None


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
        async_to_sync(layer.group_send)(group, message)
    except Exception:
        logger.exception("Live message to %s not sent", group)

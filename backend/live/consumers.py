"""The live socket, /ws/live/ (docs/live.md): one per browser tab. It follows the launches the tab watches,
passes on their changes, and carries presence between the connections watching the same launch.

An idle socket costs no query: the database is read once per `watch` (the launch's version) and never while
nothing happens. Presence lives in the connections themselves: a new watcher asks the others to answer it
directly, each says when what it edits changes, re-announces itself every ten minutes, and says goodbye when
it leaves."""

import asyncio
import contextlib
import json
import secrets
import time
from typing import Any

from autobahn.exception import Disconnected
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from launches.models import Launch
from live.describe import actor_name
from live.layer import launch_group, serving_loop_note, user_group
from readiness.selectors import launch_timeline_version

# Close codes (4000-4999 are the application's): the browser stops retrying on 4401 and 4403.
CLOSE_UNAUTHENTICATED = 4401
CLOSE_TOO_MANY = 4429
MESSAGE_MAX_BYTES = 2048
WATCHES_MAX = 10
# At most BURST messages at once, then one a second: a tab sends a ping every 25 s and an `editing` per panel.
BURST = 30
# Presence is said when it changes (arriving, editing, leaving) and again every this many pings (10 min): often
# enough for the others to drop a connection whose server died without a goodbye, rare enough that 200 idle views
# of one launch exchange a few messages a second, not 1,600 (docs/performance.md "Live updates").
PRESENCE_REFRESH_PINGS = 24
EDITABLE = frozenset({"task", "gate", "communication", "milestone"})
FIELDS = {
    "watch": {"type", "launch"},
    "unwatch": {"type", "launch"},
    "editing": {"type", "launch", "item"},
    "ping": {"type"},
}


class BadMessage(Exception):
    pass


def _launch_version(launch_id: int) -> str | None:
    launch = Launch.objects.filter(pk=launch_id).first()
    return None if launch is None else launch_timeline_version(launch)


def _positive_id(value: Any, field: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise BadMessage(f"`{field}` must be a positive integer id.")
    return value


class LiveConsumer(AsyncJsonWebsocketConsumer):
    user: Any = None

    async def connect(self) -> None:
        serving_loop_note(asyncio.get_running_loop())
        user = self.scope.get("user")
        await self.accept()
        if user is None or not user.is_authenticated or not user.is_active:
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        self.user = user
        self.me = {"id": user.pk, "name": actor_name(user)}
        self.connection = secrets.token_hex(8)
        self.watched: set[int] = set()
        self.editing: dict[int, dict[str, Any] | None] = {}
        self.allowance, self.checked = float(BURST), time.monotonic()
        self.pings = 0
        await self.channel_layer.group_add(user_group(user.pk), self.channel_name)
        await self.send_json({"type": "hello", "user": self.me, "connection": self.connection})

    async def disconnect(self, code: int) -> None:
        if self.user is None:
            return
        for launch_id in sorted(self.watched):
            await self._unwatch(launch_id)
        await self.channel_layer.group_discard(user_group(self.user.pk), self.channel_name)

    # From the browser

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.user is None:
            return
        if not self._allowed():
            await self.close(code=CLOSE_TOO_MANY)
            return
        try:
            if text_data is None or len(text_data) > MESSAGE_MAX_BYTES:
                raise BadMessage(f"A message is a JSON object as text, at most {MESSAGE_MAX_BYTES} bytes.")
            try:
                content = json.loads(text_data)
            except ValueError:
                raise BadMessage("A message is a JSON object.") from None
            await self._handle(content)
        except BadMessage as error:
            await self.send_json({"type": "error", "code": "bad_message", "message": str(error)})

    def _allowed(self) -> bool:
        now = time.monotonic()
        self.allowance = min(float(BURST), self.allowance + (now - self.checked))
        self.checked = now
        if self.allowance < 1:
            return False
        self.allowance -= 1
        return True

    async def _handle(self, content: Any) -> None:
        if not isinstance(content, dict) or content.get("type") not in FIELDS:
            raise BadMessage(f"`type` must be one of {', '.join(sorted(FIELDS))}.")
        kind = content["type"]
        unknown = sorted(set(content) - FIELDS[kind])
        if unknown:
            raise BadMessage(f"A `{kind}` message takes no `{unknown[0]}`.")
        if kind == "ping":
            self.pings += 1
            if self.pings % PRESENCE_REFRESH_PINGS == 0:
                for launch_id in sorted(self.watched):
                    await self._announce(launch_id, "here")
            await self.send_json({"type": "pong"})
            return
        launch_id = _positive_id(content.get("launch"), "launch")
        if kind == "watch":
            await self._watch(launch_id)
        elif kind == "unwatch":
            if launch_id in self.watched:
                await self._unwatch(launch_id)
        else:
            if launch_id not in self.watched:
                raise BadMessage("`launch` must be a launch this connection watches.")
            self.editing[launch_id] = self._item(content.get("item"))
            await self._announce(launch_id, "here")

    def _item(self, item: Any) -> dict[str, Any] | None:
        if item is None:
            return None
        if not isinstance(item, dict) or set(item) != {"kind", "id"}:
            raise BadMessage("`item` is null or {kind, id}.")
        if item["kind"] not in EDITABLE:
            raise BadMessage(f"`item.kind` must be one of {', '.join(sorted(EDITABLE))}.")
        return {"kind": item["kind"], "id": _positive_id(item["id"], "item.id")}

    async def _watch(self, launch_id: int) -> None:
        if launch_id not in self.watched and len(self.watched) >= WATCHES_MAX:
            raise BadMessage(f"A connection watches at most {WATCHES_MAX} launches.")
        version = await database_sync_to_async(_launch_version)(launch_id)
        if version is None:
            await self.send_json(
                {"type": "error", "code": "not_found", "message": "No such launch.", "launch": launch_id}
            )
            return
        if launch_id not in self.watched:
            await self.channel_layer.group_add(launch_group(launch_id), self.channel_name)
            self.watched.add(launch_id)
        await self.send_json({"type": "watching", "launch": launch_id, "version": version})
        await self._announce(launch_id, "here", reply_to=self.channel_name)

    async def _unwatch(self, launch_id: int) -> None:
        await self._announce(launch_id, "gone")
        self.watched.discard(launch_id)
        self.editing.pop(launch_id, None)
        await self.channel_layer.group_discard(launch_group(launch_id), self.channel_name)

    def _presence(self, launch_id: int, state: str) -> dict[str, Any]:
        return {
            "launch": launch_id,
            "connection": self.connection,
            "user": self.me,
            "state": state,
            "editing": self.editing.get(launch_id) if state == "here" else None,
        }

    async def _announce(self, launch_id: int, state: str, reply_to: str | None = None) -> None:
        presence = {"type": "live.presence", "presence": self._presence(launch_id, state), "reply_to": reply_to}
        await self.channel_layer.group_send(launch_group(launch_id), presence)

    # From the channel layer

    async def _tell(self, message: dict[str, Any]) -> None:
        """Send what the layer brought; a socket that is closing (its goodbye not yet handled) misses it."""
        with contextlib.suppress(Disconnected):
            await self.send_json(message)

    async def live_change(self, event: dict[str, Any]) -> None:
        if event["message"]["launch"] in self.watched:
            await self._tell(event["message"])

    live_schedule = live_change

    async def live_presence(self, event: dict[str, Any]) -> None:
        presence = event["presence"]
        launch_id = presence["launch"]
        if presence["connection"] == self.connection or launch_id not in self.watched:
            return
        await self._tell({"type": "presence", **presence})
        if event.get("reply_to") and presence["state"] == "here":
            # The newcomer learns of this connection at once, not at its next ping.
            answer = {"type": "live.presence", "presence": self._presence(launch_id, "here"), "reply_to": None}
            await self.channel_layer.send(event["reply_to"], answer)

    async def live_notifications(self, event: dict[str, Any]) -> None:
        await self._tell({"type": "notifications"})

    async def live_close(self, event: dict[str, Any]) -> None:
        await self.close(code=CLOSE_UNAUTHENTICATED)

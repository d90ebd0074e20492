"""The difference between two renderings of a launch's timeline (docs/live.md "The timeline difference"): what an
open view applies instead of downloading the whole timeline again. Works on the parsed JSON bodies, so it
carries exactly what GET /timeline/ would answer, whatever the schedule made of the change (moved dates, slack,
critical flags, conflicts, gate status)."""

from typing import Any

# The timeline's lists whose rows have an id: sent row by row.
ID_LISTS = frozenset({"tasks", "dependencies", "lanes", "gates", "communications"})
# Beyond this many rows (a T-0 move rewrites every task), reloading the timeline costs less than the message.
ROWS_MAX = 500


def timeline_delta(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, Any]:
    """What turns `before` into `after`: the top-level keys that changed whole (`set`), and the id-keyed lists
    row by row (`lists`: changed or new rows, and the new order of ids when rows came, went or moved), or
    `refetch` when there is nothing to compare with or the difference is too large."""
    version = after["version"]
    if before is None:
        return {"base": None, "version": version, "refetch": True}
    changed: dict[str, Any] = {}
    lists: dict[str, Any] = {}
    rows = 0
    for key, value in after.items():
        old = before.get(key)
        if key == "version" or old == value:
            continue
        if key in ID_LISTS and isinstance(old, list) and isinstance(value, list):
            old_rows = {row["id"]: row for row in old}
            upsert = [row for row in value if old_rows.get(row["id"]) != row]
            order = [row["id"] for row in value]
            lists[key] = {"upsert": upsert, "order": None if order == [row["id"] for row in old] else order}
            rows += len(upsert)
        else:
            changed[key] = value
    if rows > ROWS_MAX:
        return {"base": before["version"], "version": version, "refetch": True}
    return {"base": before["version"], "version": version, "set": changed, "lists": lists, "refetch": False}

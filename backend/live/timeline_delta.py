"""The difference between two renderings of a launch's timeline (docs/live.md "The timeline difference"): what an
open view applies instead of downloading the whole timeline again. Works on the parsed JSON bodies, so it
carries exactly what GET /timeline/ would answer, whatever the schedule made of the change (moved dates, slack,
critical flags, conflicts, gate status)."""

from typing import Any

# The timeline's lists whose rows have an id: sent row by row.
ID_LISTS = frozenset({"tasks", "dependencies", "lanes", "gates", "communications"})
# Beyond this many changed fields (a T-0 move rewrites four dates of every task), reloading the timeline costs
# less than the message. A longer task early in a chain changes the slack of hundreds of tasks: a field each.
FIELDS_MAX = 5000


def timeline_delta(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, Any]:
    """What turns `before` into `after`: the top-level keys that changed whole (`set`), and the id-keyed lists
    row by row (`lists`: new rows whole in `upsert`, the changed fields of the others in `patch`, and the new
    order of ids when rows came, went or moved), or `refetch` when there is nothing to compare with or the
    difference is too large."""
    version = after["version"]
    if before is None:
        return {"base": None, "version": version, "refetch": True}
    changed: dict[str, Any] = {}
    lists: dict[str, Any] = {}
    fields = 0
    for key, value in after.items():
        old = before.get(key)
        if key == "version" or old == value:
            continue
        if key in ID_LISTS and isinstance(old, list) and isinstance(value, list):
            old_rows = {row["id"]: row for row in old}
            upsert, patch = [], []
            for row in value:
                old_row = old_rows.get(row["id"])
                if old_row == row:
                    continue
                if old_row is None or old_row.keys() != row.keys():
                    upsert.append(row)
                    fields += len(row)
                else:
                    fields_changed = {name: field for name, field in row.items() if old_row[name] != field}
                    patch.append({"id": row["id"], **fields_changed})
                    fields += len(fields_changed)
            order = [row["id"] for row in value]
            lists[key] = {
                "upsert": upsert,
                "patch": patch,
                "order": None if order == [row["id"] for row in old] else order,
            }
        else:
            changed[key] = value
    if fields > FIELDS_MAX:
        return {"base": before["version"], "version": version, "refetch": True}
    return {"base": before["version"], "version": version, "set": changed, "lists": lists, "refetch": False}

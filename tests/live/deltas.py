"""Reading a timeline difference as a view applies it (frontend/src/features/live/applyTimelineDelta.ts)."""

from typing import Any


def changed_rows(delta: dict[str, Any], key: str) -> dict[int, dict[str, Any]]:
    """{id: what the difference sends of the row}: a new row whole, a changed one its changed fields and id."""
    rows = delta["lists"][key]
    return {row["id"]: row for row in [*rows["upsert"], *rows["patch"]]}


def delta_apply(timeline: dict[str, Any], delta: dict[str, Any]) -> dict[str, Any]:
    """The timeline after the difference, as a view that holds `timeline` computes it."""
    assert delta["refetch"] is False and delta["base"] == timeline["version"]
    applied = {**timeline, **delta["set"], "version": delta["version"]}
    for key, rows in delta["lists"].items():
        by_id = {row["id"]: row for row in timeline[key]}
        for row in rows["patch"]:
            by_id[row["id"]] = {**by_id[row["id"]], **row}
        for row in rows["upsert"]:
            by_id[row["id"]] = row
        order = rows["order"] if rows["order"] is not None else [row["id"] for row in timeline[key]]
        applied[key] = [by_id[pk] for pk in order]
    return applied

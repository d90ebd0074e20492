"""The one order in which writes lock rows, so two writers of the same launch wait for each other instead of
deadlocking (docs/architecture.md, "Locks"):

1. the launch (FOR NO KEY UPDATE: inserts of rows that point at it are not blocked), several launches by id;
2. the object the write is about (re-read under the lock);
3. the rows that write touches in turn, kind by kind (tasks, then gates, then communications), each kind by id.

Every write service of a launch's plan starts with plan_lock; the API's write views call it before checking
If-Match, so the check and the write see the same saved row. Within one API write (core.db.atomic_with_retry)
each lock is taken once: the service's plan_lock finds the view's still held and the object already re-read.
"""

from django.db import models

from core.db import lock_once
from core.services import model_refresh_for_update
from launches.models import Launch


def launch_lock(*launch_ids: int) -> None:
    """Step 1: hold the launches' rows until the transaction ends, in id order."""
    ids = sorted({pk for pk in launch_ids if pk is not None})
    if ids:
        lock_once(
            ("launches", *ids),
            lambda: list(
                Launch.objects.select_for_update(no_key=True).filter(pk__in=ids).order_by("pk").values_list("pk")
            ),
        )


def _launch_id(obj: models.Model) -> int | None:
    if isinstance(obj, Launch):
        return obj.pk
    if hasattr(obj, "launch_id"):
        return obj.launch_id
    for path in ("workstream", "successor__workstream", "task__workstream"):
        head = path.split("__")[0]
        if hasattr(obj, f"{head}_id"):
            cached = _cached_path(obj, path)
            if cached is not None:
                return cached.launch_id
            return type(obj)._base_manager.filter(pk=obj.pk).values_list(f"{path}__launch_id", flat=True).first()
    return None


def _cached_path(obj: models.Model, path: str) -> models.Model | None:
    """The object at the end of `path` when every relation on the way is already loaded (select_related), else
    None (read from the database)."""
    for name in path.split("__"):
        obj = obj._state.fields_cache.get(name)
        if obj is None:
            return None
    return obj


def plan_lock(obj: models.Model) -> None:
    """Steps 1 and 2 for a write to obj (a launch or anything of its plan): lock its launch, then lock and re-read
    obj itself."""
    lock_once(("plan", type(obj), obj.pk, id(obj)), lambda: _plan_lock(obj), holder=obj)


def _plan_lock(obj: models.Model) -> None:
    launch_lock(_launch_id(obj))
    # A task's workstream is read with it: the write's permission checks need its department.
    model_refresh_for_update(obj, related=("workstream",) if hasattr(obj, "workstream_id") else ())

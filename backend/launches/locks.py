"""The one order in which writes lock rows, so two writers of the same launch wait for each other instead of
deadlocking (docs/architecture.md, "Locks"):

1. the launch (FOR NO KEY UPDATE: inserts of rows that point at it are not blocked), several launches by id;
2. the object the write is about (re-read under the lock);
3. the rows that write touches in turn, kind by kind (tasks, then gates, then communications), each kind by id.

Every write service of a launch's plan starts with plan_lock; the API's write views call it before checking
If-Match, so the check and the write see the same saved row.
"""

from django.db import models

from core.services import model_refresh_for_update
from launches.models import Launch


def launch_lock(*launch_ids: int) -> None:
    """Step 1: hold the launches' rows until the transaction ends, in id order."""
    ids = sorted({pk for pk in launch_ids if pk is not None})
    if ids:
        list(Launch.objects.select_for_update(no_key=True).filter(pk__in=ids).order_by("pk").values_list("pk"))


def _launch_id(obj: models.Model) -> int | None:
    if isinstance(obj, Launch):
        return obj.pk
    if hasattr(obj, "launch_id"):
        return obj.launch_id
    for path in ("workstream", "successor__workstream", "task__workstream"):
        head = path.split("__")[0]
        if hasattr(obj, f"{head}_id"):
            return type(obj)._base_manager.filter(pk=obj.pk).values_list(f"{path}__launch_id", flat=True).first()
    return None


def plan_lock(obj: models.Model) -> None:
    """Steps 1 and 2 for a write to obj (a launch or anything of its plan): lock its launch, then lock and re-read
    obj itself."""
    launch_lock(_launch_id(obj))
    model_refresh_for_update(obj)

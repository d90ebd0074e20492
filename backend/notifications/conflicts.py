"""Conflicts that find a person: a dependency slipping so that their task now starts before it may, told once
per plan version and announced as a task.conflict event."""

from django.db import transaction

from events.bus import emit
from events.kinds import TaskConflict
from launches.models import Launch, Task
from notifications import selectors, services
from notifications.models import ConflictSnapshot, NotificationKind


@transaction.atomic
def launch_conflicts_check(*, launch_id: int, version: int | None = None) -> int:
    """Compare the launch's dependency conflicts with those at the last check: each task newly in conflict is
    announced (a TaskConflict event, for webhooks) and its assignee and collaborators told, once per plan version
    (their collaborators in one query). The first check of a launch only records its baseline. Answers how many
    notifications it made."""
    # Checks of one launch take turns on its snapshot, never on the launch row: writes to the plan do not wait for
    # the schedule computed here. (Two first checks at once: one records the baseline, the other is retried.)
    snapshot = ConflictSnapshot.objects.select_for_update().filter(launch_id=launch_id).first()
    # Read after the turn is ours, and before the plan: the version recorded is never newer than what was checked.
    launch = Launch.objects.filter(pk=launch_id).first()
    if launch is None:
        return 0
    if snapshot is not None and snapshot.plan_version >= (launch.plan_version if version is None else version):
        return 0
    current = selectors.launch_dependency_conflicts(launch=launch)
    made = 0
    if snapshot is not None:
        before = {tuple(pair) for pair in snapshot.conflicts}
        new = [pair for pair in current if pair not in before]
        successors = Task.objects.filter(pk__in=[succ for succ, _ in new]).select_related("assignee")
        titles = dict(Task.objects.filter(pk__in=[pred for _, pred in new]).values_list("id", "title"))
        by_id = {task.pk: task for task in successors}
        shared = selectors.task_collaborators(task_ids=[succ for succ, _ in new])
        conflicts: list[TaskConflict] = []
        notices: list[services.Notice] = []
        for successor_id, predecessor_id in new:
            task = by_id.get(successor_id)
            if task is None:
                continue
            conflicts.append(
                TaskConflict(
                    launch_id=launch.pk,
                    task_id=task.pk,
                    predecessor_id=predecessor_id,
                    predecessor_title=titles.get(predecessor_id, ""),
                )
            )
            people = [task.assignee] if task.assignee is not None and task.assignee.is_active else []
            notices += [
                services.Notice(
                    person,
                    NotificationKind.TASK_CONFLICT,
                    f"conflict:{task.pk}:{predecessor_id}:v{launch.plan_version}",
                    f"Your task now conflicts: {task.title}",
                    f"{launch.name}: “{titles.get(predecessor_id, '?')}” slipped; “{task.title}” now starts "
                    "before it ends (plus lag).",
                    launch.pk,
                    task.pk,
                )
                for person in people + shared.get(task.pk, [])
            ]
        emit(*conflicts)
        made = len(services.notifications_create(notices))
    ConflictSnapshot.objects.update_or_create(
        launch=launch, defaults={"plan_version": launch.plan_version, "conflicts": [list(pair) for pair in current]}
    )
    return made

"""Who hears of a launch's own events (notifications/announcements.py): a task's new assignee, and everyone on
the launch when T-0 moves; a deleted task, a status change and a conflict's event go to webhooks only. Here, not
in launches/announcements.py: launches sit below notifications (pyproject.toml's layers), so they cannot import
the registry; the apps above do, in their own announcements.py."""

from django.db.models import Q

from accounts.models import User
from launches.models import Task
from notifications.announcements import Told, announcement, headline, office_users
from notifications.models import EventKind, LaunchEvent, NotificationKind


@announcement(EventKind.TASK_CREATED, EventKind.TASK_UPDATED)
def task_assigned(event: LaunchEvent) -> list[Told]:
    """A task created with an assignee, or whose assignee changed, is news to that (active) assignee; so is it to
    each (active) person added as a collaborator who still is one (one query)."""
    task = event.task
    if task is None:
        return []
    changes = event.data.get("changes", {})
    created = event.kind == EventKind.TASK_CREATED
    told = []
    if (created or "assignee" in changes) and task.assignee is not None and task.assignee.is_active:
        told.append(
            Told(
                task.assignee,
                NotificationKind.TASK_ASSIGNED,
                f"Task assigned to you: {task.title}",
                f"{event.launch.name}: “{task.title}” is now yours.",
            )
        )
    if created or "collaborators" in changes:
        shared = task.collaborators.filter(is_active=True)
        if not created:
            change = changes["collaborators"]
            shared = shared.filter(pk__in=set(change.get("to") or ()) - set(change.get("from") or ()))
        owner = f" with {task.assignee.full_name}" if task.assignee is not None else ""
        told += [
            Told(
                person,
                NotificationKind.TASK_ASSIGNED,
                f"Task shared with you: {task.title}",
                f"{event.launch.name}: you now work on “{task.title}”{owner}.",
            )
            for person in shared.order_by("id")
        ]
    return told


def _deleted_task_summary(event: LaunchEvent) -> str:
    return headline(event, str(event.data.get("title", "")))  # the row is gone: its data names it


@announcement(EventKind.TASK_DELETED, summary=_deleted_task_summary)
def task_deleted(event: LaunchEvent) -> list[Told]:
    """Nobody is told (webhooks can subscribe)."""
    return []


@announcement(EventKind.TASK_CONFLICT)
def task_conflict(event: LaunchEvent) -> list[Told]:
    """Nobody here: the conflict check (notifications/conflicts.py) tells the assignee itself, once per plan
    version, under a key of its own."""
    return []


def _moved_summary(event: LaunchEvent) -> str:
    return headline(event) + f" from {event.data.get('from')} to {event.data.get('to')}"


@announcement(EventKind.T_ZERO_MOVED, summary=_moved_summary)
def t_zero_moved(event: LaunchEvent) -> list[Told]:
    """Rule 1 moves everyone's dates: the office, the launch's leads, its assignees and collaborators are told."""
    launch, data = event.launch, event.data
    lead_ids = launch.workstreams.exclude(lead=None).values_list("lead_id", flat=True)
    assignee_ids = Task.objects.filter(workstream__launch=launch).exclude(assignee=None).values("assignee_id")
    collaborator_ids = Task.collaborators.through.objects.filter(task__workstream__launch=launch).values("user_id")
    people = office_users() + list(
        User.objects.filter(
            Q(pk__in=lead_ids) | Q(pk__in=assignee_ids) | Q(pk__in=collaborator_ids), is_active=True
        ).order_by("id")
    )
    return [
        Told(
            user,
            NotificationKind.T_ZERO_MOVED,
            f"Launch day moved: {launch.name}",
            f"T-0 moved from {data.get('from')} to {data.get('to')} ({data.get('shift_days')} days).",
        )
        for user in people
    ]


@announcement(EventKind.LAUNCH_STATUS_CHANGED, summary=_moved_summary)
def launch_status_changed(event: LaunchEvent) -> list[Told]:
    """Nobody is told (webhooks can subscribe): "Launch status changed from planning to ready"."""
    return []


@announcement(EventKind.CROSS_LAUNCH_CONFLICT)
def cross_launch_conflict(event: LaunchEvent) -> list[Told]:
    """A task of another launch slipped past what a cross-launch link allows (docs/cross-launch.md): the task's
    department lead, its assignee and the office are told."""
    task, data = event.task, event.data
    if task is None:
        return []
    lead_ids = [task.workstream.lead_id] if task.workstream.lead_id else []
    people = office_users() + list(
        User.objects.filter(Q(pk__in=lead_ids) | Q(pk=task.assignee_id), is_active=True).order_by("id")
    )
    late = int(data.get("days_late") or 0)
    return [
        Told(
            user,
            NotificationKind.CROSS_LAUNCH_CONFLICT,
            f"Waits on late work in another launch: {task.title}",
            f"{event.launch.name}: “{task.title}” waits on “{data.get('predecessor_title', '?')}” in "
            f"{data.get('predecessor_launch_name', 'another launch')}, which now allows it {late} "
            f"day{'' if late == 1 else 's'} too late.",
        )
        for user in people
    ]

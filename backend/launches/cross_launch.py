"""Dependencies between launches (docs/cross-launch.md): the office's writes, the check of each link against both
launches' scheduled dates, and the reads that show them. A link is no part of either launch's schedule (each
launch is computed on its own): it is checked against both, and flagged when the other launch moves."""

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from accounts.access import access_require_office
from accounts.models import User
from core.services import model_update
from events.bus import emit
from events.changes import audit_changes, audit_created, audit_deleted
from events.kinds import (
    CrossLaunchDependencyConflict,
    CrossLaunchDependencyCreated,
    CrossLaunchDependencyDeleted,
    CrossLaunchDependencyUpdated,
    CrossLaunchMoved,
)
from launches.errors import (
    CrossLaunchClosedError,
    CrossLaunchDependencyExistsError,
    CrossLaunchSameLaunchError,
    DependencyCycleError,
)
from launches.locks import launch_lock
from launches.models import (
    CrossLaunchDependency,
    Dependency,
    Launch,
    LaunchStatus,
    LinkType,
    Task,
    TaskStatus,
    Workstream,
)
from launches.schedule import LaunchSchedule, launch_schedule_load, link_predecessor, link_successor, status_date
from scheduling.engine import DependencyInput, Schedule, cycle_if_added

CROSS_LAUNCH_FIELDS = ("type", "lag_days")
# Closed and cancelled launches are history: no new link to or from them, and their links keep their last shape.
FINISHED_LAUNCH_STATUSES = frozenset({LaunchStatus.CLOSED, LaunchStatus.CANCELLED})


# The rule


def cross_link_days_late(
    *, type: str, lag_days: int, predecessor: tuple[dt.date, dt.date], successor: tuple[dt.date, dt.date]
) -> int:
    """How many calendar days too early the successor is for its link (0: the link holds). Each end is (start,
    due); a task runs from the start of its start day to the end of its due day, as in docs/schedule.md, and the
    lag counts calendar days (the two launches may not share a working calendar):
    finish-to-start: start >= predecessor's due + 1 + lag; start-to-start: start >= predecessor's start + lag;
    finish-to-finish: due >= predecessor's due + lag; start-to-finish: due + 1 >= predecessor's start + lag."""
    (pred_start, pred_due), (succ_start, succ_due) = predecessor, successor
    if type == LinkType.START_TO_START:
        late = pred_start.toordinal() + lag_days - succ_start.toordinal()
    elif type == LinkType.FINISH_TO_FINISH:
        late = pred_due.toordinal() + lag_days - succ_due.toordinal()
    elif type == LinkType.START_TO_FINISH:
        late = pred_start.toordinal() + lag_days - (succ_due.toordinal() + 1)
    else:
        late = pred_due.toordinal() + 1 + lag_days - succ_start.toordinal()
    return max(0, late)


# Reads


@dataclass(frozen=True, slots=True)
class CrossLinkEnd:
    """One end of a link as both launches show it: the task, its launch and department, its scheduled days."""

    id: int
    title: str
    launch: int
    launch_name: str
    department_name: str
    start: dt.date
    due: dt.date
    status: str


@dataclass(frozen=True, slots=True)
class CrossLinkState:
    id: int
    type: str
    lag_days: int
    successor: CrossLinkEnd
    predecessor: CrossLinkEnd
    violated: bool
    days_late: int


# A launch's plan as already computed by the caller (the timeline): its schedule is not computed again.
Computed = Mapping[int, tuple[LaunchSchedule, Schedule]]


def cross_launch_dependency_list() -> QuerySet[CrossLaunchDependency]:
    """Links with both tasks, their departments and launches (one query)."""
    return CrossLaunchDependency.objects.select_related(
        "launch",
        "predecessor_launch",
        "successor__workstream__department",
        "predecessor__workstream__department",
    ).order_by("id")


def cross_launch_dependencies_of(launch_ids: Iterable[int]) -> QuerySet[CrossLaunchDependency]:
    """The links with either end in these launches."""
    ids = list(launch_ids)
    return cross_launch_dependency_list().filter(Q(launch_id__in=ids) | Q(predecessor_launch_id__in=ids))


def _launch_days(launches: Iterable[Launch], computed: Computed) -> dict[int, tuple[LaunchSchedule, Schedule]]:
    """Each launch's plan and schedule as its own timeline computes it (forecast from its today): two queries for
    all the launches not computed already, none when every one is."""
    days = dict(computed)
    missing = {launch.pk: launch for launch in launches if launch.pk not in days}
    for launch_id, plan in launch_schedule_load(missing.values()).items():
        days[launch_id] = (plan, plan.compute(status_date=status_date(plan.launch)))
    return days


def _end(task: Task, launch: Launch, days: Mapping[int, tuple[LaunchSchedule, Schedule]]) -> CrossLinkEnd:
    plan, schedule = days[launch.pk]
    computed = schedule.tasks[task.pk]
    return CrossLinkEnd(
        id=task.pk,
        title=task.title,
        launch=launch.pk,
        launch_name=launch.name,
        department_name=task.workstream.department.name,
        start=plan.date(computed.start),
        due=plan.date(computed.due),
        status=task.status,
    )


def cross_launch_link_states(
    links: Sequence[CrossLaunchDependency], *, computed: Computed | None = None
) -> dict[int, CrossLinkState]:
    """{link id: its state}: both ends' scheduled days and whether the link holds. The links come from
    cross_launch_dependency_list (their tasks and launches joined); the launches' schedules cost two queries
    whatever their number (none for those in `computed`). Cancelled work constrains nobody: its link holds."""
    if not links:
        return {}
    launches = {link.launch_id: link.launch for link in links}
    launches.update({link.predecessor_launch_id: link.predecessor_launch for link in links})
    days = _launch_days(launches.values(), computed or {})
    states = {}
    for link in links:
        successor = _end(link.successor, link.launch, days)
        predecessor = _end(link.predecessor, link.predecessor_launch, days)
        cancelled = TaskStatus.CANCELLED in (successor.status, predecessor.status)
        late = (
            0
            if cancelled
            else cross_link_days_late(
                type=link.type,
                lag_days=link.lag_days,
                predecessor=(predecessor.start, predecessor.due),
                successor=(successor.start, successor.due),
            )
        )
        states[link.pk] = CrossLinkState(
            id=link.pk,
            type=link.type,
            lag_days=link.lag_days,
            successor=successor,
            predecessor=predecessor,
            violated=late > 0,
            days_late=late,
        )
    return states


def launch_cross_links(*, launch: Launch, plan: LaunchSchedule, schedule: Schedule) -> list[dict[str, Any]]:
    """The launch's links to other launches for its timeline, both ways: `incoming` (its task waits on the other
    launch's), `outgoing` (the other launch's task waits on its). Its own schedule is the one given; the other
    launches' are computed (one query for the links, and two more when there are any, whatever their number)."""
    links = list(cross_launch_dependencies_of([launch.pk]))
    states = cross_launch_link_states(links, computed={launch.pk: (plan, schedule)})
    rows = []
    for link in links:
        state = states[link.pk]
        incoming = link.launch_id == launch.pk
        mine, other = (state.successor, state.predecessor) if incoming else (state.predecessor, state.successor)
        rows.append(
            {
                "id": link.pk,
                "direction": "incoming" if incoming else "outgoing",
                "task": mine.id,
                "other": {
                    "id": other.id,
                    "title": other.title,
                    "launch": other.launch,
                    "launch_name": other.launch_name,
                    "department_name": other.department_name,
                    "start": other.start,
                    "due": other.due,
                    "status": other.status,
                },
                "type": state.type,
                "lag_days": state.lag_days,
                "violated": state.violated,
                "days_late": state.days_late,
            }
        )
    return rows


# Writes


def _label(successor: Task, predecessor: Task, predecessor_launch: Launch) -> str:
    return f"“{successor.title}” waits on “{predecessor.title}” ({predecessor_launch.name})"[:200]


def _events(kind: type, actor: User | None, link: CrossLaunchDependency, changes: Mapping[str, Any]) -> list[Any]:
    """One event in each launch (each activity shows it, each plan gets a new version and its open views hear
    of it): the successor's launch first."""
    label = _label(link.successor, link.predecessor, link.predecessor_launch)
    return [
        kind(
            actor=actor,
            launch_id=launch_id,
            id=link.pk,
            label=label,
            department_id=task.workstream.department_id,
            changes=changes,
        )
        for launch_id, task in ((link.launch_id, link.successor), (link.predecessor_launch_id, link.predecessor))
    ]


def _launches_open_check(link: CrossLaunchDependency) -> None:
    """Refuses a link whose launch (either) is closed or cancelled, read under the launches' locks."""
    statuses = dict(
        Launch.objects.filter(pk__in=[link.launch_id, link.predecessor_launch_id]).values_list("pk", "status")
    )
    for field, launch_id in (("successor", link.launch_id), ("predecessor", link.predecessor_launch_id)):
        if statuses.get(launch_id) in FINISHED_LAUNCH_STATUSES:
            raise CrossLaunchClosedError(
                f"The {field}'s launch is {statuses[launch_id]}: its plan takes no more links.", field=field
            )


def _node_name(node: Any, titles: Mapping[int, str]) -> str:
    return titles.get(node, str(node)) if type(node) is int else f"{node[0]} {node[1]}"


def cross_launch_cycle_check(
    before: Any, after: Any, launch_ids: Iterable[int], *, field: str, dependency_id: int | None = None
) -> None:
    """Rule 2 across launches: the links between launches, with the dependencies inside each launch they join,
    form no cycle. `before` and `after` are plan nodes (a task id, ("milestone", id), ("gate", id)); `launch_ids`
    the launches joined to theirs through links (cross_launch_joined); `dependency_id` a new dependency to leave out
    (it is the link checked). Three queries, four when it names a cycle."""
    ids = list(launch_ids)
    edges = [
        DependencyInput(pred, succ)
        for pred, succ in CrossLaunchDependency.objects.filter(launch_id__in=ids).values_list(
            "predecessor_id", "successor_id"
        )
    ]
    rows = (
        Dependency.objects.filter(launch_id__in=ids)
        .exclude(pk=dependency_id)
        .values_list(
            "predecessor_id",
            "predecessor_milestone_id",
            "predecessor_gate_id",
            "successor_id",
            "successor_milestone_id",
            named=True,
        )
    )
    edges += [DependencyInput(link_predecessor(row), link_successor(row)) for row in rows]
    cycle = cycle_if_added(DependencyInput(before, after), edges)
    if cycle is None:
        return
    titles = dict(Task.objects.filter(pk__in=[node for node in cycle if type(node) is int]).values_list("id", "title"))
    raise DependencyCycleError(
        "This link would close a cycle across launches: " + " → ".join(_node_name(n, titles) for n in cycle) + ".",
        field=field,
        extra={"cycle": [node if type(node) is int else f"{node[0]}:{node[1]}" for node in cycle]},
    )


def cross_launch_joined(*launch_ids: int) -> set[int]:
    """The launches joined to these through cross-launch links, directly or not (one query)."""
    edges = list(CrossLaunchDependency.objects.values_list("launch_id", "predecessor_launch_id"))
    joined = set(launch_ids)
    grew = True
    while grew:
        grew = False
        for a, b in edges:
            if (a in joined) != (b in joined):
                joined.update((a, b))
                grew = True
    return joined


@transaction.atomic
def cross_launch_dependency_create(
    *,
    actor: User,
    successor: Task,
    predecessor: Task,
    type: str = LinkType.FINISH_TO_START,
    lag_days: int = 0,
) -> CrossLaunchDependency:
    """The office's choice: a task waits on a task of another launch (both launches open), as a link of any of the
    four types with a lag in calendar days. Each pair once, and no cycle across the launches' links (rule 2).
    Both launches are locked, by id, and both plans get a new version."""
    access_require_office(actor, "link tasks of two launches")
    successor_launch_id = successor.workstream.launch_id
    predecessor_launch_id = predecessor.workstream.launch_id
    if successor_launch_id == predecessor_launch_id:
        raise CrossLaunchSameLaunchError(
            "Both tasks are of the same launch: link them with a dependency of that launch.", field="predecessor"
        )
    joined = cross_launch_joined(successor_launch_id, predecessor_launch_id)
    launch_lock(*joined)
    link = CrossLaunchDependency(
        launch_id=successor_launch_id,
        successor=successor,
        predecessor_launch_id=predecessor_launch_id,
        predecessor=predecessor,
        type=type,
        lag_days=lag_days,
        created_by=actor if actor.is_authenticated else None,
    )
    _launches_open_check(link)
    if CrossLaunchDependency.objects.filter(predecessor=predecessor, successor=successor).exists():
        raise CrossLaunchDependencyExistsError(
            f"“{successor.title}” already waits on “{predecessor.title}”.", field="predecessor"
        )
    cross_launch_cycle_check(predecessor.pk, successor.pk, cross_launch_joined(*joined), field="predecessor")
    link.save()
    link = cross_launch_dependency_list().get(pk=link.pk)
    emit(
        *_events(
            CrossLaunchDependencyCreated,
            actor,
            link,
            audit_created(link, ("successor", "predecessor", *CROSS_LAUNCH_FIELDS)),
        )
    )
    return link


def _link_lock(link: CrossLaunchDependency) -> None:
    """Both launches (by id), then the link itself, re-read."""
    launch_lock(link.launch_id, link.predecessor_launch_id)
    link.refresh_from_db(from_queryset=CrossLaunchDependency.objects.select_for_update(no_key=True))


@transaction.atomic
def cross_launch_dependency_update(
    *, actor: User, dependency: CrossLaunchDependency, data: Mapping[str, Any]
) -> CrossLaunchDependency:
    """The office changes the link's type or lag (both launches open); both plans get a new version."""
    access_require_office(actor, "change links between launches")
    _link_lock(dependency)
    _launches_open_check(dependency)
    with audit_changes(dependency, CROSS_LAUNCH_FIELDS) as changes:
        model_update(instance=dependency, data=data, fields=CROSS_LAUNCH_FIELDS)
    if changes:
        emit(*_events(CrossLaunchDependencyUpdated, actor, dependency, changes))
    return dependency


@transaction.atomic
def cross_launch_dependency_delete(*, actor: User, dependency: CrossLaunchDependency) -> None:
    """The office removes a link (whatever the launches' status); both plans get a new version."""
    access_require_office(actor, "remove links between launches")
    _link_lock(dependency)
    emit(*_events(CrossLaunchDependencyDeleted, actor, dependency, audit_deleted(dependency)))
    dependency.delete()


def cross_launch_links_of_task_lock(task: Task) -> list[CrossLaunchDependency]:
    """Before a task is deleted (its links go with it): its links to other launches, with every launch they join
    locked in id order, the task's own included (take it before the task's plan lock, one query each)."""
    return _links_lock(Q(successor=task) | Q(predecessor=task))


def cross_launch_links_of_workstream_lock(workstream: Workstream) -> list[CrossLaunchDependency]:
    """The same before a workstream is deleted with its tasks."""
    return _links_lock(Q(successor__workstream=workstream) | Q(predecessor__workstream=workstream))


def cross_launch_links_of_launch_lock(launch: Launch) -> list[CrossLaunchDependency]:
    """The same before a launch is deleted with its plan."""
    return _links_lock(Q(launch=launch) | Q(predecessor_launch=launch))


def _links_lock(links_filter: Q) -> list[CrossLaunchDependency]:
    links = list(cross_launch_dependency_list().filter(links_filter))
    if links:
        launch_lock(*{link.launch_id for link in links}, *{link.predecessor_launch_id for link in links})
    return links


def cross_launch_links_removed_events(
    actor: User | None, links: Iterable[CrossLaunchDependency], *, deleted_launch_id: int | None = None
) -> list[Any]:
    """What removing these links records: one deletion in each of their launches (audit, plan versions, live),
    but the launch being deleted (`deleted_launch_id`), whose own deletion says it all."""
    return [
        event
        for link in links
        for event in _events(CrossLaunchDependencyDeleted, actor, link, audit_deleted(link))
        if event.launch_id != deleted_launch_id
    ]


# Following the launches' plans


def cross_launch_links_check(*, launch_ids: Sequence[int]) -> int:
    """The links of launches whose plan changed, against both launches' scheduled dates now: the other launches
    (whose timelines show these dates) get a new plan version, and each link that became violated is announced
    once (a CrossLaunchDependencyConflict: the successor's lead, its assignee and the office are told). Computed
    outside any lock; then, in one short transaction, the other launches are locked by id (never inside the
    changed launch's own transaction: this runs after it committed). Answers how many links became violated."""
    links = list(cross_launch_dependencies_of(launch_ids))
    if not links:
        return 0
    states = cross_launch_link_states(links)
    others = {link.launch_id for link in links} | {link.predecessor_launch_id for link in links}
    others -= set(launch_ids)
    now = timezone.now()
    conflicts = []
    with transaction.atomic():
        launch_lock(*others)
        if others:
            Launch.objects.filter(pk__in=others).plan_changed()
        held = []
        for link in links:
            state = states[link.pk]
            if not state.violated:
                held.append(link.pk)
                continue
            # Once per time it becomes violated, even when two checks run at once.
            if CrossLaunchDependency.objects.filter(pk=link.pk, violated_at=None).update(violated_at=now):
                conflicts.append(
                    CrossLaunchDependencyConflict(
                        launch_id=link.launch_id,
                        task_id=link.successor_id,
                        predecessor_id=link.predecessor_id,
                        predecessor_title=link.predecessor.title,
                        dependency_id=link.pk,
                        predecessor_launch_id=link.predecessor_launch_id,
                        predecessor_launch_name=link.predecessor_launch.name,
                        days_late=state.days_late,
                    )
                )
        if held:
            CrossLaunchDependency.objects.filter(pk__in=held).exclude(violated_at=None).update(violated_at=None)
        # The other launches' open views take the dates that moved under their links (live, after commit).
        moved = []
        for other in sorted(others):
            changed = sorted(
                (
                    {link.launch_id for link in links if link.predecessor_launch_id == other}
                    | {link.predecessor_launch_id for link in links if link.launch_id == other}
                )
                & set(launch_ids)
            )
            names = {link.launch_id: link.launch.name for link in links} | {
                link.predecessor_launch_id: link.predecessor_launch.name for link in links
            }
            moved.append(
                CrossLaunchMoved(
                    launch_id=other,
                    other_launch_ids=tuple(changed),
                    other_launch_names=tuple(names[pk] for pk in changed),
                )
            )
        emit(*moved, *conflicts)
    return len(conflicts)

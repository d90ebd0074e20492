"""The operations an undo step applies, as plain JSON, and how each is applied through the ordinary services.

An operation is {"op": "update" | "create" | "delete", "entity": "task" | "dependency" | "launch", "id": ...,
"label": ..., "expect": {field: value}, "set": {field: value}}, values as the audit trail writes them
(events.changes: dates as ISO strings, foreign keys as ids):
- update: the item must still hold `expect` (else ChangedSinceError), then its fields take `set`;
- create: the item comes back with `set` (a new row, so a new id: ReplacedItem maps the old id to it);
- delete: the item must still hold `expect` (a task also its links, "links"), then it goes (a task with its links).
A launch's only operation is an update of `t_zero` (moving launch day back, rule 1).

Applying one answers how to take it back, read from the rows as they stand once the whole step applied: the
step's other list is rewritten with it, so a redo after an undo acts on exactly what the undo left."""

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db.models import Q

from accounts.access import access_for
from accounts.models import User
from audit.models import AuditEvent
from core.errors import DomainError
from events.changes import audit_snapshot
from events.kinds import (
    Change,
    DependencyCreated,
    DependencyDeleted,
    DependencyUpdated,
    TaskCreated,
    TaskDeleted,
    TaskUpdated,
    TZeroMoved,
)
from gates.models import Gate
from history.errors import ChangedSinceError
from history.labels import link_words
from history.models import ReplacedItem
from launches.models import Dependency, Launch, Milestone, Task, Workstream
from launches.services import (
    AUDITED_TASK_FIELDS,
    dependency_create,
    dependency_delete,
    dependency_update,
    launch_t_zero_set,
    task_create,
    task_delete,
    task_update,
)

Op = dict[str, Any]

TASK_FIELDS = AUDITED_TASK_FIELDS
LINK_ENDS = ("predecessor", "predecessor_milestone", "predecessor_gate", "successor", "successor_milestone")
LINK_FIELDS = (*LINK_ENDS, "type", "lag_days", "lag_count")
TASK_ENDS = ("predecessor", "successor")
ACTUAL_DAYS = ("actual_start", "actual_finish")
# Applied in this order: a task comes back before the links to it, and a link goes before a task (one whose task
# goes too is left out: it goes with it).
_ORDER = {
    ("create", "task"): 0,
    ("create", "dependency"): 1,
    ("update", "task"): 2,
    ("update", "dependency"): 2,
    ("update", "launch"): 2,
    ("delete", "dependency"): 3,
    ("delete", "task"): 4,
}


def ordered(ops: Iterable[Op]) -> list[Op]:
    """Ops in the order they can apply; a link's deletion is left out when one of its tasks is deleted too
    (task_delete removes it, and a lead may delete a task whose links they could not remove one by one)."""
    ops = list(ops)
    deleted_tasks = {op["id"] for op in ops if (op["op"], op["entity"]) == ("delete", "task")}
    kept = [
        op
        for op in ops
        if not (
            (op["op"], op["entity"]) == ("delete", "dependency")
            and any(op["expect"].get(end) in deleted_tasks for end in TASK_ENDS)
        )
    ]
    return sorted(kept, key=lambda op: _ORDER[(op["op"], op["entity"])])


# Building a step's operations from the events of one write.


def _after(event: Change) -> dict[str, Any]:
    return {name: change["to"] for name, change in event.changes.items()}


def _before(event: Change) -> dict[str, Any]:
    return {name: change["from"] for name, change in event.changes.items()}


def _link_values(values: dict[str, Any]) -> dict[str, Any]:
    return {name: values.get(name) for name in LINK_FIELDS if name in values}


def _link_op(op: str, event: Change, values: dict[str, Any], key: str) -> Op:
    """A link's operation, named by its ends ("“Brief” → “Launch post”") rather than its row's ids."""
    return {"op": op, "entity": "dependency", "id": event.id, "label": link_words(values), key: values}


def operations_from_events(events: Sequence[Change]) -> tuple[list[Op], list[Op]]:
    """(undo, redo) of one write's events, in the order each applies."""
    undo: list[Op] = []
    redo: list[Op] = []
    deleted_links = [event for event in events if isinstance(event, DependencyDeleted)]
    for event in events:
        if isinstance(event, TaskUpdated):
            undo.append(_op("update", "task", event, expect=_after(event), set=_before(event)))
            redo.append(_op("update", "task", event, expect=_before(event), set=_after(event)))
        elif isinstance(event, TaskCreated):
            undo.append(_op("delete", "task", event, expect={**_after(event), "links": []}))
            redo.append(_op("create", "task", event, set=_after(event)))
        elif isinstance(event, TaskDeleted):
            links = [
                link.id
                for link in deleted_links
                if event.id
                in (link.changes.get("predecessor", {}).get("from"), link.changes.get("successor", {}).get("from"))
            ]
            undo.append(_op("create", "task", event, set=_before(event)))
            redo.append(_op("delete", "task", event, expect={**_before(event), "links": links}))
        elif isinstance(event, DependencyUpdated):
            undo.append(_op("update", "dependency", event, expect=_after(event), set=_before(event)))
            redo.append(_op("update", "dependency", event, expect=_before(event), set=_after(event)))
        elif isinstance(event, DependencyCreated):
            undo.append(_link_op("delete", event, _link_values(_after(event)), "expect"))
            redo.append(_link_op("create", event, _link_values(_after(event)), "set"))
        elif isinstance(event, DependencyDeleted):
            undo.append(_link_op("create", event, _link_values(_before(event)), "set"))
            redo.append(_link_op("delete", event, _link_values(_before(event)), "expect"))
        elif isinstance(event, TZeroMoved):
            undo.append(_op("update", "launch", event, expect=_after(event), set=_before(event)))
            redo.append(_op("update", "launch", event, expect=_before(event), set=_after(event)))
    return ordered(reversed(undo)), ordered(redo)


def _op(op: str, entity: str, event: Change, *, expect: dict | None = None, set: dict | None = None) -> Op:
    built: Op = {"op": op, "entity": entity, "id": event.id, "label": event.label}
    if expect is not None:
        built["expect"] = expect
    if set is not None:
        built["set"] = set
    return built


# Applying them.


class Ids:
    """Where an item named by a step is now: a task or link that undo recreated has a new id (ReplacedItem)."""

    def __init__(self, launch_id: int) -> None:
        self.launch_id = launch_id

    def current(self, entity: str, pk: int | None) -> int | None:
        if pk is None:
            return None
        replaced = ReplacedItem.objects.filter(entity=entity, old_id=pk).values_list("new_id", flat=True).first()
        return pk if replaced is None else replaced

    def replaced(self, entity: str, old: int, new: int) -> None:
        """`old` (the id the item had when it went) is `new` from now on, and so is every id that led to `old`."""
        ReplacedItem.objects.filter(entity=entity, new_id=old).update(new_id=new)
        ReplacedItem.objects.create(launch_id=self.launch_id, entity=entity, old_id=old, new_id=new)


class Applying:
    """One list of operations being applied by `actor` (verb: "undo" or "redo", for the messages)."""

    def __init__(self, *, actor: User, launch_id: int, verb: str) -> None:
        self.actor = actor
        self.verb = verb
        self.ids = Ids(launch_id)

    def run(self, ops: Sequence[Op]) -> list[Op]:
        """Apply ops in order; answer the ops that take them back, read once all applied."""
        inverses = [self._apply(op) for op in ordered(ops)]
        return ordered(inverse for later in reversed(inverses) for inverse in later())

    def _apply(self, op: Op) -> Callable[[], list[Op]]:
        handler = getattr(self, f"_{op['op']}_{op['entity']}")
        return handler(op)

    # What went wrong

    def _changed(self, op: Op, *, gone: bool = False, what: str | None = None) -> DomainError:
        name = f"“{what or op['label']}”"
        if gone:
            return ChangedSinceError(
                f"{name} was deleted since; {self.verb} was not applied.",
                extra={"entity": op["entity"], "id": op["id"]},
            )
        by = ""
        pk = self.ids.current(op["entity"], op["id"]) if op["entity"] != "launch" else op["id"]
        last = (
            AuditEvent.objects.filter(entity=op["entity"], entity_id=pk)
            .select_related("actor")
            .order_by("-created_at", "-id")
            .first()
        )
        if last is not None and last.actor is not None and last.actor_id != self.actor.pk:
            by = f" by {last.actor.get_full_name() or last.actor.username}"
        return ChangedSinceError(
            f"{name} was changed since{by}; {self.verb} was not applied.",
            extra={"entity": op["entity"], "id": pk},
        )

    def _same(self, op: Op, current: dict[str, Any], expect: dict[str, Any]) -> bool:
        for name, wanted in expect.items():
            if op["entity"] == "dependency" and name in TASK_ENDS:
                wanted = self.ids.current("task", wanted)
            elif name == "links":
                wanted = sorted(self.ids.current("dependency", pk) for pk in wanted)
            if current.get(name) != wanted:
                return False
        return True

    # Tasks

    def _task(self, op: Op) -> Task:
        task = Task.objects.select_related("workstream").filter(pk=self.ids.current("task", op["id"])).first()
        if task is None:
            raise self._changed(op, gone=True)
        return task

    def _task_state(self, task: Task) -> dict[str, Any]:
        links = Dependency.objects.filter(Q(predecessor=task) | Q(successor=task)).values_list("pk", flat=True)
        return {**audit_snapshot(task, TASK_FIELDS), "links": sorted(links)}

    def _task_data(self, values: dict[str, Any]) -> dict[str, Any]:
        """Service arguments from audit values. Starting or finishing records its own actual days: only the
        office sets them itself, so for anyone else they follow the status as they do for any change."""
        data: dict[str, Any] = {}
        for name, value in values.items():
            if name == "workstream":
                workstream = Workstream.objects.filter(pk=value).first()
                if workstream is None:
                    raise ChangedSinceError(
                        f"The workstream of “{values.get('title', 'this task')}” was removed since; "
                        f"{self.verb} was not applied."
                    )
                data[name] = workstream
            elif name == "assignee":
                data[name] = None if value is None else User.objects.filter(pk=value).first()
            elif name != "links":
                data[name] = Task._meta.get_field(name).to_python(value)
        if "status" in data and not access_for(self.actor).is_office:
            for name in ACTUAL_DAYS:
                data.pop(name, None)
        return data

    def _update_task(self, op: Op) -> Callable[[], list[Op]]:
        task = self._task(op)
        if not self._same(op, audit_snapshot(task, op["expect"]), op["expect"]):
            raise self._changed(op)
        before = audit_snapshot(task, TASK_FIELDS)
        task = task_update(actor=self.actor, task=task, data=self._task_data(op["set"]))
        after = audit_snapshot(task, TASK_FIELDS)
        fields = sorted(set(op["set"]) | {name for name in TASK_FIELDS if before[name] != after[name]})

        def inverse() -> list[Op]:
            task.refresh_from_db()
            now = audit_snapshot(task, fields)
            back = {name: before[name] for name in fields}
            return [{"op": "update", "entity": "task", "id": task.pk, "label": str(task), "expect": now, "set": back}]

        return inverse

    def _create_task(self, op: Op) -> Callable[[], list[Op]]:
        data = self._task_data(op["set"])
        for name in ACTUAL_DAYS:
            if data.get(name) is None:
                data.pop(name, None)
        task = task_create(actor=self.actor, **data)
        self.ids.replaced("task", self.ids.current("task", op["id"]), task.pk)

        def inverse() -> list[Op]:
            task.refresh_from_db()
            return [
                {"op": "delete", "entity": "task", "id": task.pk, "label": str(task), "expect": self._task_state(task)}
            ]

        return inverse

    def _delete_task(self, op: Op) -> Callable[[], list[Op]]:
        task = self._task(op)
        state = self._task_state(task)
        if not self._same(op, state, op["expect"]):
            raise self._changed(op)
        links = [
            {"id": link.pk, "values": (values := audit_snapshot(link, LINK_FIELDS)), "label": link_words(values)}
            for link in Dependency.objects.filter(pk__in=state["links"]).order_by("pk")
        ]
        fields = {name: state[name] for name in TASK_FIELDS}
        task_id, label = task.pk, str(task)
        task_delete(actor=self.actor, task=task)

        def inverse() -> list[Op]:
            return [
                {"op": "create", "entity": "task", "id": task_id, "label": label, "set": fields},
                *(
                    {
                        "op": "create",
                        "entity": "dependency",
                        "id": link["id"],
                        "label": link["label"],
                        "set": link["values"],
                    }
                    for link in links
                ),
            ]

        return inverse

    # Links

    def _link(self, op: Op) -> Dependency:
        link = Dependency.objects.filter(pk=self.ids.current("dependency", op["id"])).first()
        if link is None:
            raise self._changed(op, gone=True)
        return link

    def _update_dependency(self, op: Op) -> Callable[[], list[Op]]:
        link = self._link(op)
        if not self._same(op, audit_snapshot(link, op["expect"]), op["expect"]):
            raise self._changed(op)
        before = audit_snapshot(link, op["set"])
        data = {name: Dependency._meta.get_field(name).to_python(value) for name, value in op["set"].items()}
        link = dependency_update(actor=self.actor, dependency=link, data=data)

        def inverse() -> list[Op]:
            link.refresh_from_db()
            now = audit_snapshot(link, op["set"])
            return [
                {
                    "op": "update",
                    "entity": "dependency",
                    "id": link.pk,
                    "label": op["label"],
                    "expect": now,
                    "set": before,
                }
            ]

        return inverse

    def _create_dependency(self, op: Op) -> Callable[[], list[Op]]:
        values = op["set"]
        models = {
            "predecessor": Task,
            "successor": Task,
            "predecessor_milestone": Milestone,
            "successor_milestone": Milestone,
            "predecessor_gate": Gate,
        }
        ends: dict[str, Any] = {}
        for name in LINK_ENDS:
            pk = values.get(name)
            if pk is None:
                continue
            if name in TASK_ENDS:
                pk = self.ids.current("task", pk)
            end = models[name].objects.filter(pk=pk).first()
            if end is None:
                raise self._changed(op, gone=True)
            ends[name] = end
        link = dependency_create(
            actor=self.actor,
            **ends,
            type=values["type"],
            lag_days=values["lag_days"],
            lag_count=values["lag_count"],
        )
        self.ids.replaced("dependency", self.ids.current("dependency", op["id"]), link.pk)

        def inverse() -> list[Op]:
            values = audit_snapshot(link, LINK_FIELDS)
            return [
                {"op": "delete", "entity": "dependency", "id": link.pk, "label": link_words(values), "expect": values}
            ]

        return inverse

    def _delete_dependency(self, op: Op) -> Callable[[], list[Op]]:
        link = self._link(op)
        values = audit_snapshot(link, LINK_FIELDS)
        if not self._same(op, values, op["expect"]):
            raise self._changed(op)
        link_id, label = link.pk, op["label"]
        dependency_delete(actor=self.actor, dependency=link)

        def inverse() -> list[Op]:
            return [{"op": "create", "entity": "dependency", "id": link_id, "label": label, "set": values}]

        return inverse

    # Launch day

    def _update_launch(self, op: Op) -> Callable[[], list[Op]]:
        launch = Launch.objects.filter(pk=op["id"]).first()
        if launch is None:
            raise self._changed(op, gone=True)
        if launch.t_zero != dt.datetime.fromisoformat(op["expect"]["t_zero"]):
            raise self._changed(op, what=f"Launch day of {launch.name}")
        before = launch.t_zero.isoformat()
        launch_t_zero_set(actor=self.actor, launch=launch, t_zero=dt.datetime.fromisoformat(op["set"]["t_zero"]))

        def inverse() -> list[Op]:
            now = {"t_zero": launch.t_zero.isoformat()}
            return [
                {
                    "op": "update",
                    "entity": "launch",
                    "id": launch.pk,
                    "label": op["label"],
                    "expect": now,
                    "set": {"t_zero": before},
                }
            ]

        return inverse

"""Every kind of change T-Minus records: one small frozen dataclass per kind, named for what happened.

A write builds one (or, for many objects at once, one per object) and passes it to events.bus.emit. What follows
each kind is decided by its bases, matched by the table in config/followers.py:
- Change: the audit trail records it (rule 6), with the field-level `changes`;
- PlanChange: the launch's plan changed, so its plan version goes up (in the transaction) and its calendar
  entries follow (after commit);
- Announced: it also becomes an outbox row of kind `announced_as` (notifications.models.EventKind), which tells
  people (each app's notices.py says who) and goes to webhooks, after commit.

The leaf knows no model: ids, labels and plain values only (the actor is the user object, for the audit row)."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True, kw_only=True)
class Event:
    """Something that happened to a launch (launch_id None: outside any launch, such as a playbook)."""

    actor: Any = None  # the User who did it; None when T-Minus did it (a sweep, the demo data)
    launch_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class Change(Event):
    """An object was created, changed or deleted: `id` and `label` name it, `changes` holds
    {field: {"from", "to"}} (an update that changed nothing is not recorded)."""

    entity: ClassVar[str]  # the model's name, as the audit trail names it
    action: ClassVar[str]  # an audit.models.AuditAction value

    id: int
    label: str
    department_id: int | None = None
    changes: Mapping[str, Any] = field(default_factory=dict)
    message: str = ""

    @classmethod
    def of(cls, obj: Any, actor: Any, *, changes: Mapping[str, Any] | None = None, **more: Any) -> "Change":
        """The change of a model instance: its id, its label, and its launch and department when it has them."""
        more.setdefault("launch_id", getattr(obj, "launch_id", None))
        more.setdefault("department_id", getattr(obj, "department_id", None))
        return cls(actor=actor, id=obj.pk, label=str(obj), changes=changes or {}, **more)


@dataclass(frozen=True, kw_only=True)
class PlanChange(Change):
    """A change to what the launch's timeline shows."""


class Announced:
    """Mixed into a kind that people and webhooks hear of."""

    announced_as: ClassVar[str]  # a notifications.models.EventKind value

    def announcement(self) -> dict[str, Any]:
        """The outbox row's data (what its notices and webhook payloads say)."""
        return {}

    def announced_task_id(self) -> int | None:
        return self.id if getattr(self, "entity", None) == "task" else None  # type: ignore[attr-defined]

    def announced_gate_id(self) -> int | None:
        return self.id if getattr(self, "entity", None) == "gate" else None  # type: ignore[attr-defined]


# Launches


@dataclass(frozen=True, kw_only=True)
class LaunchCreated(Change):
    entity, action = "launch", "create"


@dataclass(frozen=True, kw_only=True)
class LaunchUpdated(PlanChange):
    entity, action = "launch", "update"


@dataclass(frozen=True, kw_only=True)
class LaunchStatusChanged(PlanChange, Announced):
    entity, action = "launch", "transition"
    announced_as = "launch.status_changed"

    def announcement(self) -> dict[str, Any]:
        return {"from": self.changes["status"]["from"], "to": self.changes["status"]["to"]}


@dataclass(frozen=True, kw_only=True)
class TZeroMoved(PlanChange, Announced):
    """Rule 1: launch day moved, and every anchored item with it (the plan version was raised by the move's
    own UPDATE, so no follower raises it again)."""

    entity, action = "launch", "move_t_zero"
    announced_as = "launch.t_zero_moved"
    shift_days: int

    def announcement(self) -> dict[str, Any]:
        moved = self.changes["t_zero"]
        return {"from": moved["from"], "to": moved["to"], "shift_days": self.shift_days}


@dataclass(frozen=True, kw_only=True)
class LaunchDeleted(Change):
    entity, action = "launch", "delete"


@dataclass(frozen=True, kw_only=True)
class WorkstreamCreated(PlanChange):
    entity, action = "workstream", "create"


@dataclass(frozen=True, kw_only=True)
class WorkstreamUpdated(PlanChange):
    entity, action = "workstream", "update"


@dataclass(frozen=True, kw_only=True)
class WorkstreamDeleted(PlanChange):
    entity, action = "workstream", "delete"


@dataclass(frozen=True, kw_only=True)
class TaskCreated(PlanChange, Announced):
    entity, action = "task", "create"
    announced_as = "task.created"
    status: str = ""


@dataclass(frozen=True, kw_only=True)
class TaskUpdated(PlanChange, Announced):
    entity, action = "task", "update"
    announced_as = "task.updated"
    status: str = ""
    old_status: str = ""  # the status before, for the gates that count the task as a criterion

    def announcement(self) -> dict[str, Any]:
        return {"changes": dict(self.changes)}


@dataclass(frozen=True, kw_only=True)
class TaskDeleted(PlanChange, Announced):
    entity, action = "task", "delete"
    announced_as = "task.deleted"

    def announced_task_id(self) -> int | None:
        return None  # the row is gone: the data names it

    def announcement(self) -> dict[str, Any]:
        return {"task": self.id, "title": self.label}


@dataclass(frozen=True, kw_only=True)
class DependencyCreated(PlanChange):
    entity, action = "dependency", "create"


@dataclass(frozen=True, kw_only=True)
class DependencyUpdated(PlanChange):
    entity, action = "dependency", "update"


@dataclass(frozen=True, kw_only=True)
class DependencyDeleted(PlanChange):
    entity, action = "dependency", "delete"


@dataclass(frozen=True, kw_only=True)
class MilestoneCreated(PlanChange):
    entity, action = "milestone", "create"


@dataclass(frozen=True, kw_only=True)
class MilestoneUpdated(PlanChange):
    entity, action = "milestone", "update"


@dataclass(frozen=True, kw_only=True)
class MilestoneDeleted(PlanChange):
    entity, action = "milestone", "delete"


@dataclass(frozen=True, kw_only=True)
class BaselineSaved(PlanChange):
    """The plan's dates were saved as a baseline (the timeline compares with the current one)."""

    entity, action = "baseline", "create"


@dataclass(frozen=True, kw_only=True)
class BaselineUpdated(PlanChange):
    entity, action = "baseline", "update"


@dataclass(frozen=True, kw_only=True)
class BaselineDeleted(PlanChange):
    entity, action = "baseline", "delete"


@dataclass(frozen=True, kw_only=True)
class TaskConflict(Event, Announced):
    """A dependency slipped: the task now starts before its predecessor ends (plus lag). Found by the conflict
    check after commit; not a change of its own, so not audited."""

    announced_as = "task.conflict"
    task_id: int
    predecessor_id: int
    predecessor_title: str

    def announced_task_id(self) -> int | None:
        return self.task_id

    def announcement(self) -> dict[str, Any]:
        return {"predecessor": self.predecessor_id, "predecessor_title": self.predecessor_title}


# Cross-launch dependencies (docs/cross-launch.md): each write is recorded once in each of the two launches, so
# both activities show it and both plans get a new version; the successor's side is the link's own launch.


@dataclass(frozen=True, kw_only=True)
class CrossLaunchDependencyCreated(PlanChange):
    entity, action = "crosslaunchdependency", "create"


@dataclass(frozen=True, kw_only=True)
class CrossLaunchDependencyUpdated(PlanChange):
    entity, action = "crosslaunchdependency", "update"


@dataclass(frozen=True, kw_only=True)
class CrossLaunchDependencyDeleted(PlanChange):
    entity, action = "crosslaunchdependency", "delete"


@dataclass(frozen=True, kw_only=True)
class CrossLaunchMoved(Event):
    """Another launch's plan changed under this launch's links to it: this launch's timeline shows that launch's
    dates, so its open views take them (live). Found by the cross-launch check after commit; not a change of this
    launch's own, so neither audited nor announced."""

    other_launch_ids: tuple[int, ...]
    other_launch_names: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class CrossLaunchDependencyConflict(TaskConflict):
    """A link to another launch became violated: the task (of launch_id) now starts or ends before the other
    launch's task allows. Found by the cross-launch check after commit, once per time it becomes violated."""

    announced_as = "cross_launch.conflict"
    dependency_id: int
    predecessor_launch_id: int
    predecessor_launch_name: str
    days_late: int

    def announcement(self) -> dict[str, Any]:
        return {
            "dependency": self.dependency_id,
            "predecessor": self.predecessor_id,
            "predecessor_title": self.predecessor_title,
            "predecessor_launch": self.predecessor_launch_id,
            "predecessor_launch_name": self.predecessor_launch_name,
            "days_late": self.days_late,
        }


@dataclass(frozen=True, kw_only=True)
class NoticesCreated(Event):
    """Notifications were made for these people (their unread count changed); not a change of the plan."""

    recipient_ids: tuple[int, ...]


# Gates


@dataclass(frozen=True, kw_only=True)
class GateCreated(PlanChange, Announced):
    entity, action = "gate", "create"
    announced_as = "gate.created"


@dataclass(frozen=True, kw_only=True)
class GateUpdated(PlanChange, Announced):
    """Approvers added to a pending gate are told it awaits them (gates.announcements); webhooks hear of it."""

    entity, action = "gate", "update"
    announced_as = "gate.updated"

    def announcement(self) -> dict[str, Any]:
        return {"changes": dict(self.changes)}


@dataclass(frozen=True, kw_only=True)
class GateDeleted(PlanChange):
    entity, action = "gate", "delete"


@dataclass(frozen=True, kw_only=True)
class GateDecided(PlanChange, Announced):
    entity, action = "gate", "decide"
    announced_as = "gate.decided"
    decision: str
    status: str
    department_name: str | None = None
    comment: str = ""
    decided_as: str = "office"  # whose slot: "office", "department" (its lead) or "named" (a named approver)
    actor_name: str = ""

    def announcement(self) -> dict[str, Any]:
        return {
            "decision": self.decision,
            "status": self.status,
            "department": self.department_name,
            "comment": self.comment,
            "as": self.decided_as,
            "actor_name": self.actor_name,
        }


@dataclass(frozen=True, kw_only=True)
class GateReopened(PlanChange, Announced):
    """Rule 4: a criterion of an approved gate was reopened; `message` says which."""

    entity, action = "gate", "reopen"
    announced_as = "gate.reopened"

    def announcement(self) -> dict[str, Any]:
        return {"why": self.message}


# Communications


@dataclass(frozen=True, kw_only=True)
class CommunicationCreated(PlanChange):
    entity, action = "communication", "create"


@dataclass(frozen=True, kw_only=True)
class CommunicationUpdated(PlanChange):
    entity, action = "communication", "update"


@dataclass(frozen=True, kw_only=True)
class CommunicationDeleted(PlanChange):
    entity, action = "communication", "delete"


@dataclass(frozen=True, kw_only=True)
class CommunicationTransitioned(PlanChange):
    """Published or withdrawn (submitted and decided have kinds of their own)."""

    entity, action = "communication", "transition"


@dataclass(frozen=True, kw_only=True)
class CommunicationSubmitted(CommunicationTransitioned, Announced):
    announced_as = "communication.submitted"
    kind: str

    def announcement(self) -> dict[str, Any]:
        return {"communication": self.id, "title": self.label, "kind": self.kind}


@dataclass(frozen=True, kw_only=True)
class CommunicationDecided(CommunicationTransitioned, Announced):
    announced_as = "communication.decided"
    author_id: int | None
    decision: str
    status: str
    comment: str = ""
    decided_as: str = "office"  # "office", "lead" (where its kind's policy lets the lead) or "named"
    actor_name: str = ""

    def announcement(self) -> dict[str, Any]:
        return {
            "communication": self.id,
            "title": self.label,
            "author": self.author_id,
            "decision": self.decision,
            "status": self.status,
            "comment": self.comment,
            "as": self.decided_as,
            "actor_name": self.actor_name,
        }


@dataclass(frozen=True, kw_only=True)
class CommunicationPolicyChanged(Change):
    """The office changed who approves a kind of communication."""

    entity, action = "communication_policy", "update"


@dataclass(frozen=True, kw_only=True)
class CommunicationPublished(CommunicationTransitioned, Announced):
    """It went out: published by its author, the office, or by itself at its planned moment (actor None)."""

    announced_as = "communication.published"
    author_id: int | None
    kind: str
    destinations: tuple[str, ...] = ()

    def announcement(self) -> dict[str, Any]:
        return {
            "communication": self.id,
            "title": self.label,
            "author": self.author_id,
            "kind": self.kind,
            "destinations": list(self.destinations),
        }


@dataclass(frozen=True, kw_only=True)
class CommunicationBroadcast(Change, Announced):
    """Its text posted to the webhooks that subscribe to communication.broadcast (its webhooks destination)."""

    entity, action = "communication", "broadcast"
    announced_as = "communication.broadcast"
    kind: str
    body: str

    def announcement(self) -> dict[str, Any]:
        return {"communication": self.id, "title": self.label, "kind": self.kind, "body": self.body}


@dataclass(frozen=True, kw_only=True)
class CommunicationPublishFailed(Change, Announced):
    """One channel failed to take it (first failure, and when it gives up): the office is told."""

    entity, action = "communication", "publish_failed"
    announced_as = "communication.publish_failed"
    channel: str
    error: str
    final: bool

    def announcement(self) -> dict[str, Any]:
        return {
            "communication": self.id,
            "title": self.label,
            "channel": self.channel,
            "error": self.error,
            "final": self.final,
        }


@dataclass(frozen=True, kw_only=True)
class CommunicationPublishBlocked(Change, Announced):
    """Someone tried to publish before its embargo lifted: refused, and the office is told."""

    entity, action = "communication", "publish_blocked"
    announced_as = "communication.publish_blocked"
    embargo: str
    actor_name: str

    def announcement(self) -> dict[str, Any]:
        return {"communication": self.id, "title": self.label, "embargo": self.embargo, "actor_name": self.actor_name}


@dataclass(frozen=True, kw_only=True)
class BriefingCreated(Change):
    """A journalist's embargoed briefing link was made (never its token)."""

    entity, action = "briefing", "create"


@dataclass(frozen=True, kw_only=True)
class BriefingRevoked(Change):
    entity, action = "briefing", "revoke"


# Deliverables and feedback: counted by readiness, not on the timeline.


@dataclass(frozen=True, kw_only=True)
class ArticleCreated(Change):
    entity, action = "knowledgebasearticle", "create"


@dataclass(frozen=True, kw_only=True)
class ArticleUpdated(Change):
    entity, action = "knowledgebasearticle", "update"


@dataclass(frozen=True, kw_only=True)
class ArticleDeleted(Change):
    entity, action = "knowledgebasearticle", "delete"


@dataclass(frozen=True, kw_only=True)
class RoleCreated(Change):
    entity, action = "recruitmentrole", "create"


@dataclass(frozen=True, kw_only=True)
class RoleUpdated(Change):
    entity, action = "recruitmentrole", "update"


@dataclass(frozen=True, kw_only=True)
class RoleDeleted(Change):
    entity, action = "recruitmentrole", "delete"


@dataclass(frozen=True, kw_only=True)
class FeedbackCreated(Change):
    entity, action = "feedbackitem", "create"


@dataclass(frozen=True, kw_only=True)
class FeedbackUpdated(Change):
    entity, action = "feedbackitem", "update"


@dataclass(frozen=True, kw_only=True)
class FeedbackDeleted(Change):
    entity, action = "feedbackitem", "delete"


@dataclass(frozen=True, kw_only=True)
class FeedbackImported(Change):
    """A CSV of feedback came in (`id` is the launch's: an import has no row of its own)."""

    entity, action = "feedbackimport", "create"


# Playbooks, calendars, webhooks, departments: around the launches.


@dataclass(frozen=True, kw_only=True)
class PlaybookCreated(Change):
    entity, action = "playbook", "create"


@dataclass(frozen=True, kw_only=True)
class PlaybookDeleted(Change):
    entity, action = "playbook", "delete"


@dataclass(frozen=True, kw_only=True)
class PlaybookApplied(PlanChange):
    """A launch was planned from a playbook (its items each record their own creation)."""

    entity, action = "launch", "update"


@dataclass(frozen=True, kw_only=True)
class CalendarFeedCreated(Change):
    entity, action = "calendarfeed", "create"


@dataclass(frozen=True, kw_only=True)
class CalendarFeedUpdated(Change):
    entity, action = "calendarfeed", "update"


@dataclass(frozen=True, kw_only=True)
class CalendarFeedDeleted(Change):
    entity, action = "calendarfeed", "delete"


@dataclass(frozen=True, kw_only=True)
class WebhookCreated(Change):
    entity, action = "webhook", "create"


@dataclass(frozen=True, kw_only=True)
class WebhookUpdated(Change):
    entity, action = "webhook", "update"


@dataclass(frozen=True, kw_only=True)
class WebhookDeleted(Change):
    entity, action = "webhook", "delete"


@dataclass(frozen=True, kw_only=True)
class DepartmentCreated(Change):
    entity, action = "department", "create"


@dataclass(frozen=True, kw_only=True)
class DepartmentUpdated(Change):
    """Timelines and feeds show department names: the launches it works on follow (config/followers.py)."""

    entity, action = "department", "update"


@dataclass(frozen=True, kw_only=True)
class DepartmentDeleted(Change):
    entity, action = "department", "delete"


@dataclass(frozen=True, kw_only=True)
class MembershipCreated(Change):
    entity, action = "departmentmembership", "create"


@dataclass(frozen=True, kw_only=True)
class MembershipUpdated(Change):
    entity, action = "departmentmembership", "update"


@dataclass(frozen=True, kw_only=True)
class MembershipDeleted(Change):
    entity, action = "departmentmembership", "delete"


@dataclass(frozen=True, kw_only=True)
class UserCreated(Change):
    """A person was added (in the API, or by a CSV import); their changes never hold a password or token."""

    entity, action = "user", "create"


@dataclass(frozen=True, kw_only=True)
class UserUpdated(Change):
    """A person's names, email, zone, office flag or active flag changed, or they set their password (recorded as
    `has_password`, never the password)."""

    entity, action = "user", "update"


@dataclass(frozen=True, kw_only=True)
class UsersImported(Change):
    """A CSV of people came in (`id` is the importing office member's: an import has no row of its own)."""

    entity, action = "userimport", "create"

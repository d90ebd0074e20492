"""The access_* checks: who may change what, per PRODUCT.md rule 5 (permissions follow the org chart)."""

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from accounts.models import Department, DepartmentMembership, MembershipRole, Role, User
from core.errors import PermissionDeniedError

# Fields of a task that its assignee (a member) may change.
MEMBER_EDITABLE_TASK_FIELDS = frozenset({"status"})


@dataclass(frozen=True)
class UserAccess:
    """What one user is in the org chart, read once per request."""

    user_id: int
    is_office: bool
    led_department_ids: frozenset[int]
    member_department_ids: frozenset[int]

    @property
    def roles(self) -> list[str]:
        roles = []
        if self.is_office:
            roles.append(Role.OFFICE.value)
        if self.led_department_ids:
            roles.append(Role.LEAD.value)
        if self.member_department_ids - self.led_department_ids:
            roles.append(Role.MEMBER.value)
        return roles or [Role.VIEWER.value]

    def leads(self, department_id: int) -> bool:
        return self.is_office or department_id in self.led_department_ids


def access_for(user: User) -> UserAccess:
    """The user's roles, cached on the user object for the rest of the request (one query)."""
    cached = getattr(user, "_tminus_access", None)
    if cached is not None:
        return cached
    led: set[int] = set()
    member: set[int] = set()
    if user.is_authenticated:
        for department_id, role in DepartmentMembership.objects.filter(user_id=user.pk).values_list(
            "department_id", "role"
        ):
            (led if role == MembershipRole.LEAD else member).add(department_id)
    access = UserAccess(
        user_id=user.pk,
        is_office=bool(user.is_authenticated and (user.is_office or user.is_superuser)),
        led_department_ids=frozenset(led),
        member_department_ids=frozenset(member | led),
    )
    user._tminus_access = access
    return access


def access_require_office(user: User, action: str) -> None:
    """Only the Social Business Office may do this."""
    if not access_for(user).is_office:
        raise PermissionDeniedError(f"Only the Social Business Office may {action}.")


def access_require_department_lead(user: User, department_id: int, action: str) -> None:
    """The office, or the lead of this department."""
    if not access_for(user).leads(department_id):
        raise PermissionDeniedError(f"Only the office or this department's lead may {action}.")


def access_require_task_edit(
    user: User,
    *,
    department_id: int,
    assignee_id: int | None,
    fields: Iterable[str],
    collaborator_ids: Collection[int] = (),
) -> None:
    """Office and the department's lead change anything; the assignee and the task's collaborators change only its
    status."""
    access = access_for(user)
    if access.leads(department_id):
        return
    if assignee_id == user.pk or user.pk in collaborator_ids:
        forbidden = sorted(set(fields) - MEMBER_EDITABLE_TASK_FIELDS)
        if not forbidden:
            return
        role = "the assignee" if assignee_id == user.pk else "a collaborator"
        raise PermissionDeniedError(
            f"As {role} you may change only the status; not: {', '.join(forbidden)}.",
            extra={"fields": forbidden},
        )
    raise PermissionDeniedError(
        "Only the office, this department's lead, the task's assignee or its collaborators may change this task."
    )


def access_require_task_comment(
    user: User, *, department_id: int, assignee_id: int | None, collaborator_ids: Collection[int] = ()
) -> None:
    """Office, the department's lead, the task's assignee and its collaborators may comment."""
    if access_for(user).leads(department_id) or assignee_id == user.pk or user.pk in collaborator_ids:
        return
    raise PermissionDeniedError(
        "Only the office, this department's lead, the task's assignee or its collaborators may comment on this task."
    )


def access_require_department_membership(user: User, department_slug: str, action: str, *, lead: bool = False) -> None:
    """The office, or someone in the department with this slug (only its lead with lead=True)."""
    access = access_for(user)
    if access.is_office:
        return
    department_ids = access.led_department_ids if lead else access.member_department_ids
    if department_ids and Department.objects.filter(slug=department_slug, pk__in=department_ids).exists():
        return
    who = "its lead" if lead else "its members"
    raise PermissionDeniedError(f"Only the office or the {department_slug} department ({who}) may {action}.")

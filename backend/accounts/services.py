"""Writes to people, departments and memberships: the office keeps the org chart."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from knox.models import AuthToken

from accounts import tasks
from accounts.access import access_require_office
from accounts.errors import (
    AlreadyMemberError,
    DepartmentExistsError,
    DepartmentHasLeadError,
    InvitationNotPendingError,
    OwnOfficeAccessError,
    PasswordLinkInvalidError,
    UsernameTakenError,
)
from accounts.invitations import invitation_path, invitation_user
from accounts.models import Department, DepartmentMembership, MembershipRole, User
from core.errors import PermissionDeniedError, ValidationError
from core.services import model_update
from delivery.celery_tasks import enqueue_on_commit
from events.bus import emit
from events.changes import audit_changes, audit_created, audit_deleted
from events.kinds import (
    DepartmentCreated,
    DepartmentDeleted,
    DepartmentUpdated,
    MembershipCreated,
    MembershipDeleted,
    MembershipUpdated,
    UserCreated,
    UserUpdated,
)

DEPARTMENT_FIELDS = ("name", "slug", "description")


@transaction.atomic
def department_create(*, actor: User, name: str, slug: str, description: str = "") -> Department:
    """Office only: departments are data, so an office can add Legal, Sales, ..."""
    access_require_office(actor, "add departments")
    if Department.objects.filter(name__iexact=name).exists():
        raise DepartmentExistsError(f"A department named {name!r} exists already.", field="name")
    if Department.objects.filter(slug=slug).exists():
        raise DepartmentExistsError(f"A department with slug {slug!r} exists already.", field="slug")
    department = Department.objects.create(name=name, slug=slug, description=description)
    emit(
        DepartmentCreated.of(
            department, actor, department_id=department.pk, changes=audit_created(department, DEPARTMENT_FIELDS)
        )
    )
    return department


@transaction.atomic
def department_update(*, actor: User, department: Department, data: Mapping[str, Any]) -> Department:
    """Office only."""
    access_require_office(actor, "change departments")
    others = Department.objects.exclude(pk=department.pk)
    if "name" in data and others.filter(name__iexact=data["name"]).exists():
        raise DepartmentExistsError(f"A department named {data['name']!r} exists already.", field="name")
    if "slug" in data and others.filter(slug=data["slug"]).exists():
        raise DepartmentExistsError(f"A department with slug {data['slug']!r} exists already.", field="slug")
    with audit_changes(department, DEPARTMENT_FIELDS) as changes:
        model_update(instance=department, data=data, fields=DEPARTMENT_FIELDS)
    if changes:
        # Timelines and feeds show department names: the launches it works on follow.
        emit(DepartmentUpdated.of(department, actor, department_id=department.pk, changes=changes))
    return department


@transaction.atomic
def department_delete(*, actor: User, department: Department) -> None:
    """Office only; a department still working on a launch cannot go (409)."""
    access_require_office(actor, "delete departments")
    emit(DepartmentDeleted.of(department, actor, department_id=department.pk, changes=audit_deleted(department)))
    department.delete()


def _membership_check_lead(department: Department, role: str, exclude_pk: int | None = None) -> None:
    if role != MembershipRole.LEAD:
        return
    current = (
        DepartmentMembership.objects.filter(department=department, role=MembershipRole.LEAD)
        .exclude(pk=exclude_pk)
        .select_related("user")
        .first()
    )
    if current is not None:
        raise DepartmentHasLeadError(
            f"{department.name} already has a lead ({current.user.username}); make them a member first.",
            field="role",
        )


@transaction.atomic
def membership_create(*, actor: User, department: Department, user: User, role: str) -> DepartmentMembership:
    """Office only. A department has one lead at most."""
    access_require_office(actor, "change department membership")
    if DepartmentMembership.objects.filter(department=department, user=user).exists():
        raise AlreadyMemberError(f"{user.username} is already in {department.name}.", field="user")
    _membership_check_lead(department, role)
    membership = DepartmentMembership.objects.create(department=department, user=user, role=role)
    emit(
        MembershipCreated.of(
            membership,
            actor,
            changes=audit_created(membership, ("department", "user", "role")),
        )
    )
    return membership


@transaction.atomic
def membership_update(*, actor: User, membership: DepartmentMembership, role: str) -> DepartmentMembership:
    """Office only. A department has one lead at most."""
    access_require_office(actor, "change department membership")
    _membership_check_lead(membership.department, role, exclude_pk=membership.pk)
    with audit_changes(membership, ("role",)) as changes:
        model_update(instance=membership, data={"role": role}, fields=("role",))
    if changes:
        emit(MembershipUpdated.of(membership, actor, changes=changes))
    return membership


@transaction.atomic
def membership_delete(*, actor: User, membership: DepartmentMembership) -> None:
    """Office only."""
    access_require_office(actor, "change department membership")
    emit(MembershipDeleted.of(membership, actor, changes=audit_deleted(membership)))
    membership.delete()


# People. The audit trail records these fields of a person, never the password or any token.
USER_FIELDS = ("username", "first_name", "last_name", "email", "time_zone", "is_office", "is_active")
USER_EDITABLE_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "time_zone",
    "is_office",
    "is_active",
    "capacity_tasks_per_week",
    "capacity_hours_per_week",
)
MEMBERSHIP_FIELDS = ("department", "user", "role")


def user_username_taken(username: str) -> bool:
    return User.objects.filter(username__iexact=username).exists()


def _user_check_departments(departments: Iterable[tuple[Department, str]]) -> None:
    """Each department once; a lead only where the department has none (one lead per department)."""
    seen: set[int] = set()
    for department, role in departments:
        if department.pk in seen:
            raise ValidationError(f"{department.name} is named twice.", field="departments")
        seen.add(department.pk)
        if role == MembershipRole.LEAD:
            current = (
                DepartmentMembership.objects.filter(department=department, role=MembershipRole.LEAD)
                .select_related("user")
                .first()
            )
            if current is not None:
                raise DepartmentHasLeadError(
                    f"{department.name} already has a lead ({current.user.username}); make them a member first, "
                    "or add this person as a member.",
                    field="departments",
                )


def user_created_emit(*, actor: User, users: list[User], memberships: list[DepartmentMembership]) -> None:
    """The audit trail's rows of new people and their memberships (no password: it is unusable anyway)."""
    emit(
        *(UserCreated.of(user, actor, changes=audit_created(user, USER_FIELDS)) for user in users),
        *(
            MembershipCreated.of(membership, actor, changes=audit_created(membership, MEMBERSHIP_FIELDS))
            for membership in memberships
        ),
    )


def user_invitation_enqueue(user: User) -> bool:
    """Email the person their set-password link once the transaction commits; False when they have no email."""
    if not user.email:
        return False
    enqueue_on_commit(tasks.invitation_email_send, user.pk)
    return True


@transaction.atomic
def user_create(
    *,
    actor: User,
    username: str,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    time_zone: Any = "UTC",
    is_office: bool = False,
    departments: Iterable[tuple[Department, str]] = (),
    send_invitation: bool = False,
) -> User:
    """Office only: adds a person, invited (no usable password until they set one through their one-time link,
    emailed with send_invitation), in their departments; one lead per department."""
    access_require_office(actor, "add people")
    departments = list(departments)
    if user_username_taken(username):
        raise UsernameTakenError(f"The username {username!r} is taken.", field="username")
    if send_invitation and not email:
        raise ValidationError("An invitation goes by email: give the person's email.", field="email")
    _user_check_departments(departments)
    user = User(
        username=username,
        first_name=first_name,
        last_name=last_name,
        email=email,
        time_zone=time_zone,
        is_office=is_office,
    )
    user.set_unusable_password()
    user.save()
    memberships = DepartmentMembership.objects.bulk_create(
        [DepartmentMembership(department=department, user=user, role=role) for department, role in departments]
    )
    user_created_emit(actor=actor, users=[user], memberships=memberships)
    if send_invitation:
        user_invitation_enqueue(user)
    return user


@transaction.atomic
def user_update(*, actor: User, user: User, data: Mapping[str, Any]) -> User:
    """Office only: names, email, zone, the office flag, the weekly capacity (workload) and deactivation
    (is_active false), which also revokes the person's API tokens (their browser sessions end as Django refuses
    inactive users). Nobody deactivates themselves or drops their own office flag; a superuser's user is the
    superusers' (as in the admin)."""
    access_require_office(actor, "change people")
    if user.is_superuser and not actor.is_superuser:
        raise PermissionDeniedError("Only a superuser may change a superuser's user.")
    if user.pk == actor.pk:
        if data.get("is_active") is False:
            raise OwnOfficeAccessError("You cannot deactivate yourself: ask another office member.", field="is_active")
        if data.get("is_office") is False and user.is_office:
            raise OwnOfficeAccessError(
                "You cannot remove your own office flag: ask another office member.", field="is_office"
            )
    with audit_changes(user, USER_EDITABLE_FIELDS) as changes:
        model_update(instance=user, data=data, fields=USER_EDITABLE_FIELDS)
    if "is_active" in changes and not user.is_active:
        AuthToken.objects.filter(user=user).delete()
    if changes:
        user.__dict__.pop("_tminus_access", None)
        emit(UserUpdated.of(user, actor, changes=changes))
    return user


@transaction.atomic
def user_invitation_renew(*, actor: User, user: User, send_email: bool = True) -> tuple[str, bool]:
    """Office only: a fresh one-time set-password path for a person who has not set a password yet (and, with
    send_email, the email with its link). Answers the path and whether an email goes out."""
    access_require_office(actor, "invite people")
    if not user.is_active:
        raise InvitationNotPendingError(f"{user.username} is deactivated: reactivate them first.")
    if user.has_usable_password():
        raise InvitationNotPendingError(f"{user.username} has set a password already: there is no invitation.")
    emailed = user_invitation_enqueue(user) if send_email else False
    return invitation_path(user), emailed


@transaction.atomic
def user_password_set(*, uid: str, token: str, new_password: str) -> User:
    """The person behind a one-time link (an invitation) sets their password, checked by Django's password
    validators. The link then stops working (the token covers the password), and their API tokens go."""
    user = invitation_user(uid, token)
    if user is None:
        raise PasswordLinkInvalidError(
            "This link is not valid any more (used, expired or mistyped): ask the office for a new one.",
            field="token",
        )
    try:
        password_validation.validate_password(new_password, user)
    except DjangoValidationError as error:
        raise ValidationError(
            " ".join(error.messages), field="new_password", extra={"fields": {"new_password": error.messages}}
        ) from error
    had_password = user.has_usable_password()
    user.set_password(new_password)
    user.save(update_fields=["password"])
    AuthToken.objects.filter(user=user).delete()
    emit(UserUpdated.of(user, user, changes={"has_password": {"from": had_password, "to": True}}))
    return user


def named_approvers_check(users: Iterable[User], *, field: str, named_already: Iterable[int] = ()) -> list[User]:
    """Named approvers (of a gate, of a communication) are active people of any role: an executive may be a viewer
    with no department. One named before and deactivated since may stay listed (an editor sends the list back),
    no longer waited for."""
    people = list(users)
    kept = set(named_already)
    inactive = sorted(user.pk for user in people if not user.is_active and user.pk not in kept)
    if inactive:
        names = ", ".join(map(str, inactive))
        raise ValidationError(f"Named approvers must be active users; not: {names}.", field=field)
    return people

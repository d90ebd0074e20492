"""Writes to departments and memberships: the office keeps the org chart."""

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from accounts.access import access_require_office
from accounts.errors import AlreadyMemberError, DepartmentExistsError, DepartmentHasLeadError
from accounts.models import Department, DepartmentMembership, MembershipRole, User
from core.services import model_update
from events.bus import emit
from events.changes import audit_changes, audit_created, audit_deleted
from events.kinds import (
    DepartmentCreated,
    DepartmentDeleted,
    DepartmentUpdated,
    MembershipCreated,
    MembershipDeleted,
    MembershipUpdated,
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

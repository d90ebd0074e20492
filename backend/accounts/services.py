"""Writes to departments and memberships: the office keeps the org chart."""

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from accounts.access import access_require_office
from accounts.errors import AlreadyMemberError, DepartmentExistsError, DepartmentHasLeadError
from accounts.models import Department, DepartmentMembership, MembershipRole, User
from core.services import model_update
from launches.models import Launch
from launches.plan_version import launch_plan_changed


@transaction.atomic
def department_create(*, actor: User, name: str, slug: str, description: str = "") -> Department:
    """Office only: departments are data, so an office can add Legal, Sales, ..."""
    access_require_office(actor, "add departments")
    if Department.objects.filter(name__iexact=name).exists():
        raise DepartmentExistsError(f"A department named {name!r} exists already.", field="name")
    if Department.objects.filter(slug=slug).exists():
        raise DepartmentExistsError(f"A department with slug {slug!r} exists already.", field="slug")
    return Department.objects.create(name=name, slug=slug, description=description)


@transaction.atomic
def department_update(*, actor: User, department: Department, data: Mapping[str, Any]) -> Department:
    """Office only."""
    access_require_office(actor, "change departments")
    others = Department.objects.exclude(pk=department.pk)
    if "name" in data and others.filter(name__iexact=data["name"]).exists():
        raise DepartmentExistsError(f"A department named {data['name']!r} exists already.", field="name")
    if "slug" in data and others.filter(slug=data["slug"]).exists():
        raise DepartmentExistsError(f"A department with slug {data['slug']!r} exists already.", field="slug")
    if model_update(instance=department, data=data, fields=("name", "slug", "description")):
        # Timelines show department names: the launches that have this department see a new plan version.
        # Feeds name the department in their summaries: their entries follow too.
        launch_plan_changed(*Launch.objects.filter(workstreams__department=department).values_list("pk", flat=True))
    return department


@transaction.atomic
def department_delete(*, actor: User, department: Department) -> None:
    """Office only; a department still working on a launch cannot go (409)."""
    access_require_office(actor, "delete departments")
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
    return DepartmentMembership.objects.create(department=department, user=user, role=role)


@transaction.atomic
def membership_update(*, actor: User, membership: DepartmentMembership, role: str) -> DepartmentMembership:
    """Office only. A department has one lead at most."""
    access_require_office(actor, "change department membership")
    _membership_check_lead(membership.department, role, exclude_pk=membership.pk)
    model_update(instance=membership, data={"role": role}, fields=("role",))
    return membership


@transaction.atomic
def membership_delete(*, actor: User, membership: DepartmentMembership) -> None:
    """Office only."""
    access_require_office(actor, "change department membership")
    membership.delete()

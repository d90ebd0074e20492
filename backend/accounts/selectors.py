"""Reads of users and departments, with a fixed number of queries."""

from django.db.models import Prefetch, QuerySet

from accounts.models import Department, DepartmentMembership, User


def department_list() -> QuerySet[Department]:
    """Departments with their memberships and users (two queries whatever the size)."""
    return Department.objects.prefetch_related(
        Prefetch("memberships", queryset=DepartmentMembership.objects.select_related("user"))
    )


def membership_list() -> QuerySet[DepartmentMembership]:
    return DepartmentMembership.objects.select_related("user", "department")


def person_list(*, include_inactive: bool = False) -> QuerySet[User]:
    """People with their departments and roles (two queries whatever the size); active ones unless asked."""
    people = User.objects.prefetch_related(
        Prefetch("memberships", queryset=DepartmentMembership.objects.select_related("department"))
    ).order_by("username")
    return people if include_inactive else people.filter(is_active=True)

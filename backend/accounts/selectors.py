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


def user_list() -> QuerySet[User]:
    return User.objects.filter(is_active=True).order_by("username")

"""Admin for users, departments and memberships, usable by office staff; privileges and passwords stay with
superusers. Departments and memberships are written through accounts.services."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from accounts import services
from accounts.models import Department, DepartmentMembership, User
from core.admin import CascadeDeleteMixin, ServiceAdmin, ServiceInlineMixin

# What would let office staff raise anyone's privileges (their own included): only a superuser edits these.
PRIVILEGE_FIELDS = ("is_superuser", "is_staff", "groups", "user_permissions")
# Kept by Django itself: nobody rewrites who signed in when.
SIGN_IN_DATES = ("last_login", "date_joined")


class MembershipInline(ServiceInlineMixin, admin.TabularInline):
    """Memberships on a department's page, through the membership services (one lead per department)."""

    model = DepartmentMembership
    extra = 0
    autocomplete_fields = ["user"]
    fields = ["user", "role"]
    service_fields = ("role",)

    def create(self, request, parent, row):
        services.membership_create(actor=request.user, department=parent, user=row.user, role=row.role)

    def update(self, request, obj, data):
        self.check_fields(data)
        services.membership_update(actor=request.user, membership=obj, role=data["role"])

    def delete(self, request, obj):
        services.membership_delete(actor=request.user, membership=obj)


@admin.register(User)
class UserAdmin(CascadeDeleteMixin, DjangoUserAdmin):
    list_display = ["username", "email", "first_name", "last_name", "is_office", "is_staff", "is_active"]
    list_filter = ["is_office", "is_staff", "is_active", "departments"]
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        ("T-Minus", {"fields": ["is_office", "time_zone"]}),
        ("Workload capacity", {"fields": ["capacity_tasks_per_week", "capacity_hours_per_week"]}),
    )

    # The admin builds its form from these, so a field left out or read-only here is dropped from any post,
    # not only hidden from the page.
    def get_fieldsets(self, request: HttpRequest, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or request.user.is_superuser:
            return fieldsets  # adding a user sets its password once, whoever adds it
        # The password's summary (hasher, salt) and its change link are the superuser's.
        return tuple(
            (name, {**options, "fields": [field for field in options["fields"] if field != "password"]})
            for name, options in fieldsets
        )

    def get_readonly_fields(self, request: HttpRequest, obj=None):
        readonly = tuple(super().get_readonly_fields(request, obj))
        if request.user.is_superuser:
            return readonly
        return (*readonly, *PRIVILEGE_FIELDS, *SIGN_IN_DATES)

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return super().has_change_permission(request, obj) and _may_touch(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return super().has_delete_permission(request, obj) and _may_touch(request, obj)

    def user_change_password(self, request: HttpRequest, id: str, form_url: str = "") -> HttpResponse:
        """Setting or unsetting an existing user's password, which asks for no old one, is for superusers: others
        change their own at /admin/password_change/."""
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)


def _may_touch(request: HttpRequest, user: User | None) -> bool:
    """Only a superuser changes or deletes a superuser."""
    return user is None or not user.is_superuser or request.user.is_superuser


@admin.register(Department)
class DepartmentAdmin(ServiceAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]
    add_fields = ("name", "slug", "description")
    service_fields = ("name", "slug", "description")

    def create(self, request, data):
        return services.department_create(actor=request.user, **data)

    def update(self, request, obj, data):
        services.department_update(actor=request.user, department=obj, data=data)

    def delete(self, request, obj):
        services.department_delete(actor=request.user, department=obj)


@admin.register(DepartmentMembership)
class DepartmentMembershipAdmin(ServiceAdmin):
    list_display = ["user", "department", "role"]
    list_filter = ["department", "role"]
    autocomplete_fields = ["user", "department"]
    list_select_related = ["user", "department"]
    add_fields = ("department", "user", "role")
    service_fields = ("role",)

    def create(self, request, data):
        return services.membership_create(actor=request.user, **data)

    def update(self, request, obj, data):
        services.membership_update(actor=request.user, membership=obj, role=data["role"])

    def delete(self, request, obj):
        services.membership_delete(actor=request.user, membership=obj)

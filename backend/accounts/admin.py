"""Admin for users, departments and memberships, usable by office staff."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from accounts.models import Department, DepartmentMembership, User


class MembershipInline(admin.TabularInline):
    model = DepartmentMembership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["username", "email", "first_name", "last_name", "is_office", "is_staff", "is_active"]
    list_filter = ["is_office", "is_staff", "is_active", "departments"]
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        ("T-Minus", {"fields": ["is_office", "time_zone"]}),
    )


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


@admin.register(DepartmentMembership)
class DepartmentMembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "department", "role"]
    list_filter = ["department", "role"]
    autocomplete_fields = ["user", "department"]
    list_select_related = ["user", "department"]

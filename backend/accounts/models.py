"""Users, departments as data, and who leads or belongs to which department."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from timezone_field import TimeZoneField

from core.limits import DESCRIPTION_MAX_LENGTH
from core.models import BaseModel
from core.validators import validate_time_zone


class Role(models.TextChoices):
    OFFICE = "office", "Office"
    LEAD = "lead", "Department lead"
    MEMBER = "member", "Member"
    VIEWER = "viewer", "Viewer"


class MembershipRole(models.TextChoices):
    LEAD = "lead", "Lead"
    MEMBER = "member", "Member"


class User(AbstractUser):
    """A person. Office staff (the CSBO's Social Business Office) may do everything."""

    is_office = models.BooleanField(
        "Social Business Office",
        default=False,
        help_text="Office staff plan launches, approve gates and may change everything.",
    )
    time_zone = TimeZoneField(
        default="UTC", validators=[validate_time_zone], help_text="IANA zone in which times are shown to this user."
    )

    # Workload: the office sets how much open work a person carries at once, in tasks or in hours per week (or
    # both); empty means not set, and such a person is never flagged as over-allocated.
    capacity_tasks_per_week = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Open tasks this person can carry in one week."
    )
    capacity_hours_per_week = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Hours of work this person can do in one week."
    )

    @property
    def full_name(self) -> str:
        return self.get_full_name() or self.username


class Department(BaseModel):
    """A department taking part in launches (HR, PR, ...): data, not code, so an office can add more."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=50, unique=True)
    description = models.TextField(blank=True, max_length=DESCRIPTION_MAX_LENGTH)
    members = models.ManyToManyField(User, through="DepartmentMembership", related_name="departments")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class DepartmentMembership(BaseModel):
    """A user's place in a department: its lead (one at most) or a member."""

    department = models.ForeignKey(Department, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=MembershipRole.choices, default=MembershipRole.MEMBER)

    class Meta:
        ordering = ["department__name", "role", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["department", "user"], name="membership_unique_user_per_department"),
            models.UniqueConstraint(
                fields=["department"],
                condition=models.Q(role="lead"),
                name="membership_one_lead_per_department",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.role} of {self.department})"

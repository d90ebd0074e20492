"""Serializers for users, departments, memberships and the signed-in user."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.access import access_for
from accounts.models import Department, DepartmentMembership, MembershipRole, User
from core.serializers import ModelSerializer, Serializer, TimeZoneSerializerField

# A person's weekly capacity at most: 100 open tasks, or every hour of the week.
MAX_CAPACITY_TASKS = 100
MAX_CAPACITY_HOURS = 168


class UserSummarySerializer(ModelSerializer):
    full_name = serializers.CharField(read_only=True)

    class Meta:
        model = User
        fields = ["id", "username", "full_name"]


class DepartmentMemberSerializer(ModelSerializer):
    user = UserSummarySerializer(read_only=True)

    class Meta:
        model = DepartmentMembership
        fields = ["id", "user", "role"]


class DepartmentSerializer(ModelSerializer):
    slug = serializers.SlugField(max_length=50)
    name = serializers.CharField(max_length=100)
    lead = serializers.SerializerMethodField()
    members = DepartmentMemberSerializer(source="memberships", many=True, read_only=True)

    class Meta:
        model = Department
        fields = ["id", "name", "slug", "description", "lead", "members", "created_at", "updated_at"]
        read_only_fields = ["created_at", "updated_at"]

    @extend_schema_field(UserSummarySerializer(allow_null=True))
    def get_lead(self, department: Department) -> dict | None:
        for membership in department.memberships.all():
            if membership.role == MembershipRole.LEAD:
                return UserSummarySerializer(membership.user).data
        return None


class MembershipSerializer(ModelSerializer):
    user_detail = UserSummarySerializer(source="user", read_only=True)
    department_name = serializers.CharField(source="department.name", read_only=True)

    class Meta:
        model = DepartmentMembership
        fields = ["id", "department", "department_name", "user", "user_detail", "role", "created_at"]
        read_only_fields = ["created_at"]
        # Optional, as the schema says: left out, a new membership is the model's default (a member).
        extra_kwargs = {"role": {"default": MembershipRole.MEMBER}}
        validators = []  # uniqueness is a service rule with a clearer message


class MembershipUpdateSerializer(MembershipSerializer):
    class Meta(MembershipSerializer.Meta):
        read_only_fields = ["department", "user", "created_at"]


class MeDepartmentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    role = serializers.ChoiceField(choices=MembershipRole.choices)


class MeSerializer(ModelSerializer):
    full_name = serializers.CharField(read_only=True)
    time_zone = TimeZoneSerializerField(read_only=True)
    is_office = serializers.SerializerMethodField()
    roles = serializers.SerializerMethodField()
    departments = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = ["id", "username", "full_name", "email", "time_zone", "is_office", "roles", "departments"]

    def get_is_office(self, user: User) -> bool:
        return access_for(user).is_office

    def get_roles(self, user: User) -> list[str]:
        return access_for(user).roles

    @extend_schema_field(MeDepartmentSerializer(many=True))
    def get_departments(self, user: User) -> list[dict]:
        memberships = DepartmentMembership.objects.filter(user=user).select_related("department")
        return MeDepartmentSerializer(
            [
                {"id": m.department_id, "name": m.department.name, "slug": m.department.slug, "role": m.role}
                for m in memberships
            ],
            many=True,
        ).data


class LoginSerializer(Serializer):
    username = serializers.CharField()
    password = serializers.CharField(style={"input_type": "password"}, trim_whitespace=False)


# People: the office adds, invites, changes and deactivates them (accounts/api/people.py).


class PersonDepartmentSerializer(ModelSerializer):
    """One of a person's departments, with the membership's id (PATCH or DELETE it at /department-memberships/)."""

    department_name = serializers.CharField(source="department.name", read_only=True)
    department_slug = serializers.CharField(source="department.slug", read_only=True)

    class Meta:
        model = DepartmentMembership
        fields = ["id", "department", "department_name", "department_slug", "role"]
        read_only_fields = fields


class PersonSerializer(ModelSerializer):
    """A person with their office flag, whether they are active, and their departments with their role."""

    full_name = serializers.CharField(read_only=True)
    time_zone = TimeZoneSerializerField()
    departments = PersonDepartmentSerializer(source="memberships", many=True, read_only=True)
    invitation_pending = serializers.SerializerMethodField(
        help_text="True until the person sets their password through their set-password link."
    )

    class Meta:
        model = User
        fields = [
            "id",
            "username",
            "first_name",
            "last_name",
            "full_name",
            "email",
            "time_zone",
            "is_office",
            "is_active",
            "departments",
            "invitation_pending",
            "capacity_tasks_per_week",
            "capacity_hours_per_week",
            "date_joined",
            "last_login",
        ]
        read_only_fields = ["username", "date_joined", "last_login"]
        # The workload's weekly capacity (docs/workload.md): null clears it, and nobody is then over-allocated.
        extra_kwargs = {
            "capacity_tasks_per_week": {"min_value": 0, "max_value": MAX_CAPACITY_TASKS},
            "capacity_hours_per_week": {"min_value": 0, "max_value": MAX_CAPACITY_HOURS},
        }

    def get_invitation_pending(self, user: User) -> bool:
        return not user.has_usable_password()

    def to_representation(self, instance: User) -> dict:
        data = super().to_representation(instance)
        # Capacity is workload data: the office and leads see everyone's, others only their own (docs/workload.md).
        request = self.context.get("request")
        reader = getattr(request, "user", None)
        if reader is not None and reader.pk != instance.pk:
            access = access_for(reader)  # one query per request: it is kept on the user
            if not (access.is_office or access.led_department_ids):
                data["capacity_tasks_per_week"] = data["capacity_hours_per_week"] = None
        return data


class PersonUpdateSerializer(PersonSerializer):
    """What the office changes of a person: names, email, zone, the office flag, is_active (false deactivates),
    and their weekly capacity for the workload (tasks, hours; null clears)."""


class PersonDepartmentInputSerializer(Serializer):
    department = serializers.PrimaryKeyRelatedField(queryset=Department.objects.all())
    role = serializers.ChoiceField(choices=MembershipRole.choices, default=MembershipRole.MEMBER)


class PersonCreateSerializer(PersonSerializer):
    """A new person: invited, without a password; they set one through their one-time set-password link."""

    username = serializers.RegexField(
        r"^[\w.@+-]+\Z",
        max_length=150,
        error_messages={"invalid": "Letters, digits and @ . + - _ only."},
    )
    time_zone = TimeZoneSerializerField(default="UTC")
    departments = PersonDepartmentInputSerializer(many=True, required=False, default=list)
    send_invitation = serializers.BooleanField(
        default=False, write_only=True, help_text="Email the person their set-password link."
    )

    class Meta(PersonSerializer.Meta):
        fields = [*PersonSerializer.Meta.fields, "send_invitation"]
        # Capacity is set on the person once added (PATCH).
        read_only_fields = [
            "is_active",
            "date_joined",
            "last_login",
            "capacity_tasks_per_week",
            "capacity_hours_per_week",
        ]
        validators = []  # the username's uniqueness is a service rule (case-insensitive, with a clearer message)

    def to_representation(self, instance: User) -> dict:
        return PersonSerializer(instance, context=self.context).data


class PersonCreatedSerializer(PersonSerializer):
    set_password_path = serializers.CharField(
        read_only=True,
        help_text="The person's one-time set-password page (with uid and token): hand it over if no email goes.",
    )

    class Meta(PersonSerializer.Meta):
        fields = [*PersonSerializer.Meta.fields, "set_password_path"]


class PersonListQuerySerializer(serializers.Serializer):
    include_inactive = serializers.BooleanField(
        default=False, help_text="Deactivated people too (the office only: others get 403)."
    )


class InvitationSerializer(Serializer):
    send_email = serializers.BooleanField(default=True, help_text="Email the person the new link too.")


class InvitationResultSerializer(serializers.Serializer):
    set_password_path = serializers.CharField(help_text="The one-time set-password page, with uid and token.")
    emailed = serializers.BooleanField(help_text="Whether an email with the link goes out (not without an email).")


class PasswordSetSerializer(Serializer):
    uid = serializers.CharField(max_length=50)
    token = serializers.CharField(max_length=100)
    new_password = serializers.CharField(max_length=128, trim_whitespace=False, style={"input_type": "password"})


class PeopleImportSerializer(Serializer):
    file = serializers.FileField(
        help_text="CSV, UTF-8, a header row naming: username (required), first_name, last_name, email, department "
        "(slug), role (lead or member), is_office, time_zone. One row per department of a person (docs/people.md)."
    )
    dry_run = serializers.BooleanField(default=False, help_text="Check the file and answer who would be added.")
    send_invitations = serializers.BooleanField(default=False, help_text="Email each person their link.")


class ImportedPersonDepartmentSerializer(serializers.Serializer):
    department = serializers.CharField(help_text="The department's slug.")
    role = serializers.ChoiceField(choices=MembershipRole.choices)


class ImportedPersonSerializer(serializers.Serializer):
    row = serializers.IntegerField(help_text="The person's first row in the file (the header is row 1).")
    username = serializers.CharField()
    full_name = serializers.CharField()
    email = serializers.CharField()
    is_office = serializers.BooleanField()
    departments = ImportedPersonDepartmentSerializer(many=True)


class PeopleImportResultSerializer(serializers.Serializer):
    dry_run = serializers.BooleanField()
    created = serializers.IntegerField(help_text="How many people were added (0 in a dry run).")
    people = ImportedPersonSerializer(many=True, help_text="Who was (or, in a dry run, would be) added.")

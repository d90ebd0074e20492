"""Serializers for users, departments, memberships and the signed-in user."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.access import access_for
from accounts.models import Department, DepartmentMembership, MembershipRole, User
from core.serializers import ModelSerializer, Serializer, TimeZoneSerializerField


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

"""API views for the signed-in user, sessions, users, departments and memberships."""

from django.contrib.auth import authenticate, login, logout
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import ensure_csrf_cookie
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.authentication import SessionAuthentication
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from accounts import selectors, services
from accounts.api.serializers import (
    DepartmentSerializer,
    LoginSerializer,
    MembershipSerializer,
    MembershipUpdateSerializer,
    MeSerializer,
    UserSummarySerializer,
)
from accounts.models import Department, DepartmentMembership
from accounts.permissions import IsOfficeOrReadOnly
from core.errors import ValidationError
from core.schema import ErrorSerializer
from core.viewsets import ServiceModelViewSet


class MeView(APIView):
    """Who am I: identity, roles (office, lead, member, viewer) and departments."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=MeSerializer)
    def get(self, request):
        return Response(MeSerializer(request.user).data)


class LoginThrottle(AnonRateThrottle):
    """Sign-in attempts per client address (settings: LOGIN_THROTTLE_RATE)."""

    scope = "login"


@method_decorator(ensure_csrf_cookie, name="dispatch")
class SessionView(APIView):
    """Browser sign-in: GET sets the CSRF cookie, POST signs in, DELETE signs out."""

    permission_classes = [AllowAny]
    throttle_classes = [LoginThrottle]

    @extend_schema(responses={204: None})
    def get(self, request):
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=LoginSerializer, responses={200: MeSerializer, 429: ErrorSerializer})
    def post(self, request):
        # DRF checks CSRF only for signed-in users; sign-in itself needs it too (login CSRF).
        SessionAuthentication().enforce_csrf(request)
        serializer = LoginSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = authenticate(request, **serializer.validated_data)
        if user is None:
            raise ValidationError("Unknown username or wrong password.", field="password")
        login(request, user)
        return Response(MeSerializer(user).data)

    @extend_schema(responses={204: None})
    def delete(self, request):
        logout(request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class UserFilter(filters.FilterSet):
    department = filters.ModelChoiceFilter(field_name="memberships__department", queryset=Department.objects.all())

    class Meta:
        model = selectors.User
        fields = ["department"]


class UserListView(generics.ListAPIView):
    """Active users, for choosing assignees and leads."""

    permission_classes = [IsAuthenticated]
    serializer_class = UserSummarySerializer
    filterset_class = UserFilter
    ordering_fields = ["username", "last_name"]

    def get_queryset(self):
        return selectors.user_list()


class DepartmentViewSet(ServiceModelViewSet):
    """Departments (data, not code), each with its lead and members. Office writes."""

    permission_classes = [IsOfficeOrReadOnly]
    serializer_class = DepartmentSerializer
    filterset_fields = ["slug"]
    ordering_fields = ["name", "created_at"]

    def get_queryset(self):
        return selectors.department_list()

    def create_object(self, *, data):
        return services.department_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.department_update(actor=self.request.user, department=instance, data=data)

    def delete_object(self, *, instance):
        services.department_delete(actor=self.request.user, department=instance)


class MembershipViewSet(ServiceModelViewSet):
    """Who leads or belongs to which department. Office writes."""

    permission_classes = [IsOfficeOrReadOnly]
    filterset_fields = ["department", "user", "role"]
    ordering_fields = ["created_at"]
    queryset = DepartmentMembership.objects.none()

    def get_queryset(self):
        return selectors.membership_list()

    serializer_class = MembershipSerializer
    update_serializer_class = MembershipUpdateSerializer

    def create_object(self, *, data):
        return services.membership_create(actor=self.request.user, **data)

    def update_object(self, *, instance, data):
        return services.membership_update(
            actor=self.request.user, membership=instance, role=data.get("role", instance.role)
        )

    def delete_object(self, *, instance):
        services.membership_delete(actor=self.request.user, membership=instance)


class AuthTokenResponseSerializer(serializers.Serializer):
    token = serializers.CharField(help_text="Send as `Authorization: Token <token>`.")


class TokenView(ObtainAuthToken):
    """Scripts trade a username and password for an API token (send it as `Authorization: Token <key>`)."""

    permission_classes = [AllowAny]
    throttle_classes = [LoginThrottle]

    @extend_schema(responses={200: AuthTokenResponseSerializer, 429: ErrorSerializer})
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)

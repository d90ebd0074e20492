"""API views for the signed-in user, sessions, users, departments and memberships."""

import math

from django.conf import settings
from django.contrib.auth import authenticate, login, logout, user_logged_in, user_logged_out
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import ensure_csrf_cookie
from drf_spectacular.utils import extend_schema
from knox.models import AuthToken
from rest_framework import serializers, status
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import NotAuthenticated, Throttled
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts import selectors, services
from accounts.api.serializers import (
    DepartmentSerializer,
    LoginSerializer,
    MembershipSerializer,
    MembershipUpdateSerializer,
    MeSerializer,
)
from accounts.models import DepartmentMembership
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


class SignInLockedOut(Throttled):
    """Too many failed sign-ins for the account or from the client address (django-axes' lockout)."""

    def __init__(self, wait_seconds: float) -> None:
        minutes = math.ceil(wait_seconds / 60)
        super().__init__(
            detail=f"Too many failed sign-ins for this account or from this address: try again in {minutes} minutes."
        )
        self.wait = math.ceil(wait_seconds)  # the Retry-After header


def _authenticate(request, credentials: dict) -> selectors.User:
    """The user these credentials sign in, unless the account or the client address is locked out (django-axes
    refuses before checking the password: SIGN_IN_FAILURE_LIMIT, SIGN_IN_LOCKOUT_MINUTES)."""
    refusal: dict = {}
    user = authenticate(request, **credentials, response_context=refusal)
    if refusal:
        # The refused attempt counts as a failure too, so the lockout lasts a whole cool-off from now.
        raise SignInLockedOut(settings.AXES_COOLOFF_TIME.total_seconds())
    if user is None:
        raise ValidationError("Unknown username or wrong password.", field="password")
    return user


def _revoke_request_token(request) -> bool:
    """Revoke the API token that authenticates this request, if a token does."""
    if isinstance(request.auth, AuthToken):
        request.auth.delete()
        return True
    return False


class SessionStateSerializer(serializers.Serializer):
    user = MeSerializer(allow_null=True, help_text="Who is signed in, as `GET /api/v1/me/` tells it; null for nobody.")


@method_decorator(ensure_csrf_cookie, name="dispatch")
class SessionView(APIView):
    """Browser sign-in: GET tells who is signed in (nobody is an answer, not an error) and sets the CSRF cookie,
    POST signs in, DELETE signs out."""

    permission_classes = [AllowAny]

    @extend_schema(responses=SessionStateSerializer)
    def get(self, request):
        # A page's first question is "is anyone signed in?": a 401 here would log a console error on every visit.
        user = request.user if request.user.is_authenticated else None
        return Response(SessionStateSerializer({"user": user}).data)

    @extend_schema(request=LoginSerializer, responses={200: MeSerializer, 429: ErrorSerializer})
    def post(self, request):
        # DRF checks CSRF only for signed-in users; sign-in itself needs it too (login CSRF).
        SessionAuthentication().enforce_csrf(request)
        serializer = LoginSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = _authenticate(request, serializer.validated_data)
        login(request, user)
        return Response(MeSerializer(user).data)

    @extend_schema(
        description="Signs out: ends the browser session, and revokes the API token if a token authenticates "
        "the request.",
        responses={204: None},
    )
    def delete(self, request):
        _revoke_request_token(request)
        logout(request)
        return Response(status=status.HTTP_204_NO_CONTENT)


# People (GET/POST /users/ ...) are accounts/api/people.py's.


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
    token = serializers.CharField(
        help_text="Send as `Authorization: Token <token>`. Shown once: only a digest is kept."
    )
    expiry = serializers.DateTimeField(help_text="When the token stops working (settings: API_TOKEN_TTL_HOURS).")


class TokenView(APIView):
    """Scripts trade a username and password for an API token (send it as `Authorization: Token <key>`), and
    revoke it when done."""

    permission_classes = [AllowAny]

    @extend_schema(request=LoginSerializer, responses={200: AuthTokenResponseSerializer, 429: ErrorSerializer})
    def post(self, request):
        serializer = LoginSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = _authenticate(request, serializer.validated_data)
        instance, token = AuthToken.objects.create(user=user)
        # As a session sign-in does: records last_login.
        user_logged_in.send(sender=user.__class__, request=request, user=user)
        return Response(AuthTokenResponseSerializer({"token": token, "expiry": instance.expiry}).data)

    @extend_schema(
        description="Revokes the API token that authenticates this request (401 without one).",
        responses={204: None},
    )
    def delete(self, request):
        if not _revoke_request_token(request):
            raise NotAuthenticated("Send the token to revoke as `Authorization: Token <token>`.")
        user_logged_out.send(sender=request.user.__class__, request=request, user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

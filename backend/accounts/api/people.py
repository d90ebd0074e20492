"""API views for people: everyone signed in reads them; the office adds (invites), changes, deactivates and imports
them. And the one-time set-password link's endpoint, for the invited."""

from django.utils.decorators import method_decorator
from django.views.decorators.debug import sensitive_post_parameters
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from accounts import people_import, selectors, services
from accounts.access import access_for
from accounts.api.serializers import (
    InvitationResultSerializer,
    InvitationSerializer,
    PasswordSetSerializer,
    PeopleImportResultSerializer,
    PeopleImportSerializer,
    PersonCreatedSerializer,
    PersonCreateSerializer,
    PersonListQuerySerializer,
    PersonSerializer,
    PersonUpdateSerializer,
)
from accounts.invitations import invitation_path
from accounts.models import Department, User
from accounts.permissions import IsOfficeOrReadOnly
from core.errors import PermissionDeniedError
from core.schema import ErrorSerializer
from core.viewsets import ServiceModelViewSet


class PersonFilter(filters.FilterSet):
    department = filters.ModelChoiceFilter(field_name="memberships__department", queryset=Department.objects.all())

    class Meta:
        model = User
        fields = ["department"]


@extend_schema_view(
    list=extend_schema(
        description="Active people (with `include_inactive=true`, the office sees deactivated ones too), with "
        "their departments and roles: for choosing assignees and leads, and the office's People screen.",
        parameters=[PersonListQuerySerializer],
    ),
    create=extend_schema(
        description="The office adds a person, invited: without a usable password. The answer carries their "
        "one-time set-password path; with `send_invitation` the link is emailed too. One lead per department.",
        responses={201: PersonCreatedSerializer, 400: ErrorSerializer},
    ),
    partial_update=extend_schema(
        description="The office changes names, email, time zone, the office flag, or deactivates "
        "(`is_active: false`: their API tokens are revoked, their sessions end) and reactivates. Nobody "
        "deactivates themselves or drops their own office flag (400). Departments: /department-memberships/."
    ),
)
class PersonViewSet(ServiceModelViewSet):
    """People. Everyone signed in reads; the office writes. Nobody is deleted: deactivate them."""

    permission_classes = [IsOfficeOrReadOnly]
    http_method_names = ["get", "post", "patch", "head", "options"]
    filterset_class = PersonFilter
    ordering_fields = ["username", "last_name"]
    queryset = User.objects.none()
    serializer_class = PersonSerializer
    update_serializer_class = PersonUpdateSerializer

    def get_serializer_class(self):
        if self.action == "create":
            return PersonCreateSerializer
        return super().get_serializer_class()

    def get_queryset(self):
        if self.action == "list":
            query = PersonListQuerySerializer(data=self.request.query_params)
            query.is_valid(raise_exception=True)
            include_inactive = query.validated_data["include_inactive"]
            if include_inactive and not access_for(self.request.user).is_office:
                raise PermissionDeniedError("Only the Social Business Office sees deactivated people.")
            return selectors.person_list(include_inactive=include_inactive)
        # The office finds a deactivated person to reactivate them; to others they are gone.
        return selectors.person_list(include_inactive=access_for(self.request.user).is_office)

    def create(self, request, *args, **kwargs):
        response = super().create(request, *args, **kwargs)
        response.data["set_password_path"] = invitation_path(self._written)
        return response

    def create_object(self, *, data):
        departments = [(item["department"], item["role"]) for item in data.pop("departments", [])]
        send_invitation = data.pop("send_invitation", False)
        return services.user_create(
            actor=self.request.user, departments=departments, send_invitation=send_invitation, **data
        )

    def update_object(self, *, instance, data):
        return services.user_update(actor=self.request.user, user=instance, data=data)

    @extend_schema(
        request=InvitationSerializer,
        responses={200: InvitationResultSerializer, 409: ErrorSerializer},
    )
    @action(detail=True, methods=["post"])
    def invitation(self, request, pk=None):
        """The office renews the one-time set-password link of a person who has not set a password yet (and
        emails it, unless `send_email` is false): 409 once they have."""
        serializer = InvitationSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        path, emailed = services.user_invitation_renew(
            actor=request.user, user=self.get_object(), **serializer.validated_data
        )
        return Response(InvitationResultSerializer({"set_password_path": path, "emailed": emailed}).data)

    @extend_schema(
        request={"multipart/form-data": PeopleImportSerializer},
        responses={200: PeopleImportResultSerializer, 201: PeopleImportResultSerializer, 400: ErrorSerializer},
    )
    @action(
        detail=False,
        methods=["post"],
        url_path="import",
        parser_classes=[MultiPartParser],
        filter_backends=[],
        pagination_class=None,
    )
    def import_csv(self, request):
        """The office imports people from a CSV file (multipart field `file`; docs/people.md): all rows or none,
        a 400 lists each bad row in extra.rows (row, field, message). 201 with who was added; with `dry_run`,
        200 with who would be, adding nobody."""
        serializer = PeopleImportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        result = people_import.people_import_csv(actor=request.user, **serializer.validated_data)
        body = {
            "dry_run": result.dry_run,
            "created": result.created,
            "people": [
                {
                    "row": person.row,
                    "username": person.username,
                    "full_name": f"{person.first_name} {person.last_name}".strip() or person.username,
                    "email": person.email,
                    "is_office": person.is_office,
                    "departments": [
                        {"department": department.slug, "role": role} for department, role in person.departments
                    ],
                }
                for person in result.people
            ],
        }
        code = status.HTTP_200_OK if result.dry_run else status.HTTP_201_CREATED
        return Response(PeopleImportResultSerializer(body).data, status=code)


class PasswordSetThrottle(AnonRateThrottle):
    """Links carry long random tokens; this only keeps a client from hammering the password validators."""

    scope = "password_set"
    rate = "20/hour"


@method_decorator(sensitive_post_parameters("new_password"), name="dispatch")
class PasswordSetView(APIView):
    """An invited person sets their password with their one-time link's uid and token (no sign-in needed)."""

    permission_classes = [AllowAny]
    authentication_classes: list = []  # the link is the credential: no session, so no CSRF to enforce
    throttle_classes = [PasswordSetThrottle]

    @extend_schema(request=PasswordSetSerializer, responses={204: None, 400: ErrorSerializer, 429: ErrorSerializer})
    def post(self, request):
        serializer = PasswordSetSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.user_password_set(**serializer.validated_data)
        return Response(status=status.HTTP_204_NO_CONTENT)

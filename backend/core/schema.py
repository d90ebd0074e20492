"""OpenAPI conventions: every operation documents the error responses it can give, and a request body takes
only the fields it documents."""

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema
from drf_spectacular.plumbing import force_instance
from rest_framework import serializers

from core.serializers import StrictInput


class ErrorSerializer(serializers.Serializer):
    """The body of every error response."""

    code = serializers.CharField(help_text="Stable machine-readable error code; clients switch on it.")
    message = serializers.CharField(help_text="A sentence for people, naming the field and the problem.")
    extra = serializers.DictField(
        help_text="Details: `fields` maps each invalid field to its messages; other keys depend on the code."
    )


_DESCRIPTIONS = {
    "400": "Invalid input (or filter): `extra.fields` names each field and its problem.",
    "429": "Too many attempts: wait and retry (see Retry-After).",
    "401": "Not authenticated.",
    "403": "Authenticated, but this role may not do this.",
    "404": "No such object (or, for a list, no such page).",
    "409": "The change conflicts with the current state (an object still in use, a rule of the plan).",
    "412": "If-Match did not match: the object changed since you read it.",
}


class AutoSchema(SpectacularAutoSchema):
    """Adds the shared error responses to every operation; a strict serializer's request component says
    additionalProperties: false, as its 400 does (answers stay open: a new field in an answer breaks nobody)."""

    def _map_serializer(self, serializer, direction, bypass_extensions=False):
        schema = super()._map_serializer(serializer, direction, bypass_extensions)
        if direction == "request" and isinstance(force_instance(serializer), StrictInput) and schema.get("properties"):
            schema["additionalProperties"] = False
        return schema

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        codes = ["401", "403"]
        if self.method == "GET" and self._is_list_view():
            codes += ["400", "404"]  # an invalid filter value; a page past the end (or a missing parent)
        elif "{" in self.path:
            codes.append("404")
        if self.method in ("POST", "PUT", "PATCH"):
            codes += ["400", "409"]
        if self.method == "DELETE":
            codes.append("409")
        takes_if_match = any(getattr(param, "name", None) == "If-Match" for param in self.get_override_parameters())
        if takes_if_match or (self.method in ("PUT", "PATCH", "DELETE") and "{" in self.path):
            codes.append("412")
        for code in codes:
            if code not in responses:
                response = self._get_response_for_code(ErrorSerializer, code, direction=direction)
                response["description"] = _DESCRIPTIONS[code]
                responses[code] = response
        return responses


def lib_doc_excludes() -> list[type]:
    """drf-spectacular describes an operation or component with the first docstring it finds up a class's bases,
    stopping at DRF's own classes; our shared bases (strict serializers, service viewsets) stop it too, so their
    docstrings, written for developers, never become the description of every schema component."""
    from drf_spectacular.plumbing import get_lib_doc_excludes

    from core import serializers, viewsets

    return [
        *get_lib_doc_excludes(),
        serializers.StrictInput,
        serializers.Serializer,
        serializers.ModelSerializer,
        viewsets.ServiceModelViewSet,
    ]

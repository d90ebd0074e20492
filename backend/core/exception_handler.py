"""One DRF exception handler: every error leaves the API as {"code", "message", "extra"}."""

from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.views import set_rollback

from core.db import is_retryable
from core.errors import DomainError
from core.http import payload_too_large_body


def _first_message(detail: Any, path: str = "") -> str:
    """The first human message in a nested DRF error detail, prefixed with its field path."""
    if isinstance(detail, dict):
        for key, value in detail.items():
            prefix = path if key in ("non_field_errors", "__all__") else (f"{path}.{key}" if path else str(key))
            return _first_message(value, prefix)
    if isinstance(detail, list):
        for index, value in enumerate(detail):
            if isinstance(value, dict):
                return _first_message(value, f"{path}[{index}]")
            return _first_message(value, path)
    return f"{path}: {detail}" if path else str(detail)


def _string_keys(detail: Any) -> Any:
    """DRF keys a list field's errors by item index (an int); JSON objects take string keys only."""
    if isinstance(detail, dict):
        return {str(key): _string_keys(value) for key, value in detail.items()}
    if isinstance(detail, list):
        return [_string_keys(value) for value in detail]
    return detail


def _body(code: str, message: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"code": code, "message": message, "extra": extra or {}}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Render domain, DRF and Django errors in the one error shape; unknown errors stay 500s."""
    headers: dict[str, str] = {}
    if isinstance(exc, DomainError):
        set_rollback()
        return Response(_body(exc.code, exc.message, exc.extra), status=exc.status_code)
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(as_serializer_error(exc))
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, RequestDataTooBig):
        # A form's fields over DATA_UPLOAD_MAX_MEMORY_SIZE (core.http caps the declared body before this).
        set_rollback()
        body = payload_too_large_body(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
        return Response(body, status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
    elif isinstance(exc, TooManyFieldsSent | TooManyFilesSent):
        exc = exceptions.ParseError(str(exc))
    elif isinstance(exc, ProtectedError):
        set_rollback()
        names = sorted({str(obj._meta.verbose_name) for obj in exc.protected_objects})
        return Response(
            _body("protected", f"Still in use by: {', '.join(names)}. Remove those first.", {"in_use_by": names}),
            status=status.HTTP_409_CONFLICT,
        )
    elif isinstance(exc, IntegrityError):
        # Services validate first; this is the safety net for a race between two writers.
        set_rollback()
        return Response(
            _body("conflict", "The change conflicts with data saved at the same time; reload and retry."),
            status=status.HTTP_409_CONFLICT,
        )
    elif is_retryable(exc):
        # Write views retry these themselves (core/db.py); one that still arrives here lost every try.
        set_rollback()
        return Response(
            _body("busy", "Others are changing the same plan right now; try again in a moment."),
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
            headers={"Retry-After": "1"},
        )

    if not isinstance(exc, exceptions.APIException):
        return None

    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))
    set_rollback()

    if isinstance(exc, exceptions.ValidationError):
        detail = _string_keys(exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail})
        return Response(
            _body("invalid", _first_message(detail), {"fields": detail}),
            status=exc.status_code,
            headers=headers,
        )
    codes = exc.get_codes()
    code = codes if isinstance(codes, str) else exc.default_code
    return Response(_body(str(code), str(exc.detail)), status=exc.status_code, headers=headers)

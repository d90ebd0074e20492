"""Typed domain errors raised by services; the exception handler renders them as {code, message, extra}."""

from typing import Any


class DomainError(Exception):
    """Base of every error a service raises on purpose; carries an HTTP status and a stable code."""

    status_code = 400
    code = "invalid"

    def __init__(self, message: str, *, field: str | None = None, extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.extra = dict(extra or {})
        if field is not None:
            self.extra.setdefault("fields", {field: [message]})


class ValidationError(DomainError):
    """Input breaks a rule of the domain (a date, a reference, a value out of range)."""


class PermissionDeniedError(DomainError):
    """The acting user's role does not allow this change."""

    status_code = 403
    code = "permission_denied"


class NotFoundError(DomainError):
    """The object does not exist or is not visible to the acting user."""

    status_code = 404
    code = "not_found"


class ConflictError(DomainError):
    """The change conflicts with the current state of other objects."""

    status_code = 409
    code = "conflict"


class PreconditionFailedError(DomainError):
    """The object changed since the client read it (If-Match did not match)."""

    status_code = 412
    code = "precondition_failed"

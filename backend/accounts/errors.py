"""Domain errors of departments and memberships."""

from core.errors import ValidationError


class DepartmentExistsError(ValidationError):
    """Another department has this name or slug already."""

    code = "department_exists"


class DepartmentHasLeadError(ValidationError):
    """The department has a lead already: one lead per department."""

    code = "department_has_lead"


class AlreadyMemberError(ValidationError):
    """The person is in this department already."""

    code = "already_member"

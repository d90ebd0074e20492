"""Domain errors of departments and memberships."""

from core.errors import ConflictError, ValidationError


class DepartmentExistsError(ValidationError):
    """Another department has this name or slug already."""

    code = "department_exists"


class DepartmentHasLeadError(ValidationError):
    """The department has a lead already: one lead per department."""

    code = "department_has_lead"


class AlreadyMemberError(ValidationError):
    """The person is in this department already."""

    code = "already_member"


class UsernameTakenError(ValidationError):
    """Another person has this username already (compared case-insensitively)."""

    code = "username_taken"


class OwnOfficeAccessError(ValidationError):
    """An office member may not deactivate themselves or drop their own office flag: someone else must."""

    code = "own_office_access"


class InvitationNotPendingError(ConflictError):
    """The person has set a password already (or is deactivated): there is no invitation to send."""

    code = "invitation_not_pending"


class PasswordLinkInvalidError(ValidationError):
    """The set-password link is unknown, used already or expired."""

    code = "password_link_invalid"


class PeopleImportError(ValidationError):
    """Some rows of an imported people file are invalid: nothing was imported, extra.rows lists each problem."""

    code = "people_rows_invalid"

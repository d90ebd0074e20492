"""Domain errors of communications."""

from core.errors import ConflictError, ValidationError


class EmbargoNotLiftedError(ConflictError):
    """The communication's embargo has not lifted yet (T-0 not reached, or its gate not approved)."""

    code = "embargo_not_lifted"


class CommunicationStateError(ConflictError):
    """The communication's status does not allow this step (publishing an unapproved item, editing a submitted one)."""

    code = "communication_state"


class NotDepartmentMemberError(ValidationError):
    """A member drafts only for a department of theirs that works on the launch."""

    code = "not_department_member"

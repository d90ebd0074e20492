"""Domain errors of approval gates."""

from core.errors import ConflictError


class GateNotApprovedError(ConflictError):
    """Work after a gate, or a launch with gates, needs the gate approved first."""

    code = "gate_not_approved"

"""Domain errors of approval gates."""

from core.errors import ConflictError


class GateNotApprovedError(ConflictError):
    """Work after a gate, or a launch with gates, needs the gate approved first."""

    code = "gate_not_approved"


class GateNotDecidedError(ConflictError):
    """Only an approved or rejected gate reopens: a pending one awaits its decisions already."""

    code = "gate_not_decided"


class GateLaunchedError(ConflictError):
    """The gate's launch has launched or closed: its gates were passed and stay as decided."""

    code = "launch_already_launched"

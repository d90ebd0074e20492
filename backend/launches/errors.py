"""Domain errors of the launch plan."""

from core.errors import ConflictError, ValidationError


class DependencyCycleError(ValidationError):
    """The dependency would close a cycle; extra.cycle lists the task ids in order."""

    code = "dependency_cycle"


class LaunchClosedError(ConflictError):
    """The launch is launched, closed or cancelled, so its launch day can no longer move."""

    code = "launch_not_movable"

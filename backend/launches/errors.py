"""Domain errors of the launch plan."""

from core.errors import ConflictError, ValidationError


class DependencyCycleError(ValidationError):
    """The dependency would close a cycle; extra.cycle lists the task ids in order."""

    code = "dependency_cycle"


class LaunchClosedError(ConflictError):
    """The launch is launched, closed or cancelled, so its launch day can no longer move."""

    code = "launch_not_movable"


class LaunchTransitionError(ValidationError):
    """The launch's lifecycle does not go from its status to the one asked (draft -> planning -> ready -> ...)."""

    code = "transition_not_allowed"


class WorkstreamExistsError(ValidationError):
    """The launch has a workstream of this department already: one per department."""

    code = "workstream_exists"


class DependencyExistsError(ValidationError):
    """The successor depends on this predecessor already."""

    code = "dependency_exists"


class SelfDependencyError(ValidationError):
    """A task cannot depend on itself."""

    code = "self_dependency"


class OtherLaunchError(ValidationError):
    """A referenced task, gate, workstream or department is not part of this launch."""

    code = "other_launch"


class CrossLaunchSameLaunchError(ValidationError):
    """Both tasks are of one launch: link them with a dependency of that launch instead."""

    code = "same_launch"


class CrossLaunchDependencyExistsError(ValidationError):
    """The successor waits on this predecessor already."""

    code = "cross_launch_dependency_exists"


class CrossLaunchClosedError(ConflictError):
    """One of the two launches is closed or cancelled: its plan no longer takes links."""

    code = "launch_closed"

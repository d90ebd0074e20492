"""Domain errors of playbooks."""

from core.errors import ValidationError


class PlaybookExistsError(ValidationError):
    """Another playbook has this name already."""

    code = "playbook_exists"

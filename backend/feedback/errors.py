"""Domain errors of developer feedback."""

from core.errors import ValidationError


class FeedbackImportError(ValidationError):
    """Some rows of an imported file are invalid: nothing was imported, extra.rows lists each problem."""

    code = "import_rows_invalid"

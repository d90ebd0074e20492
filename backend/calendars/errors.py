"""Domain errors of calendar feeds."""

from core.errors import NotFoundError


class CalendarFeedNotFoundError(NotFoundError):
    """No feed answers to this token (never issued, rotated or revoked)."""

    code = "calendar_feed_not_found"

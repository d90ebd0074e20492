"""One-time set-password links: Django's own password reset tokens (default_token_generator), so a link stops
working once its password is set, when the person signs in, or after PASSWORD_RESET_TIMEOUT."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

from accounts.models import User

SET_PASSWORD_PAGE = "/set-password"


def invitation_path(user: User) -> str:
    """The frontend's set-password page with the person's uid and a fresh token in its query string."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return f"{SET_PASSWORD_PAGE}?uid={uid}&token={token}"


def invitation_url(user: User) -> str:
    return f"{settings.SITE_URL}{invitation_path(user)}"


def invitation_user(uid: str, token: str) -> User | None:
    """The active person the link was made for, or None if the uid is unknown or the token wrong or spent."""
    try:
        pk = int(force_str(urlsafe_base64_decode(uid)))
    except (TypeError, ValueError, OverflowError, UnicodeDecodeError):
        return None
    if not 0 < pk < 2**63:
        return None
    user = User.objects.filter(pk=pk, is_active=True).first()
    if user is None or not default_token_generator.check_token(user, token):
        return None
    return user

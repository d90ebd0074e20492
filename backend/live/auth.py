"""Who a socket belongs to: the session cookie (channels' AuthMiddlewareStack), or for other clients an API token
on the handshake, `Authorization: Token <key>`, checked as the API checks it (knox). Never a credential in the
URL: URLs end up in access logs."""

from typing import Any

from channels.db import database_sync_to_async
from channels.middleware import BaseMiddleware
from channels.security.websocket import OriginValidator
from django.conf import settings
from knox.auth import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed


def _token_user(key: bytes) -> Any:
    try:
        user, _token = TokenAuthentication().authenticate_credentials(key)
    except AuthenticationFailed:
        return None
    return user


class TokenAuthMiddleware(BaseMiddleware):
    """Inside AuthMiddlewareStack: a handshake without a signed-in session may carry an API token."""

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        user = scope.get("user")
        if user is None or not user.is_authenticated:
            header = dict(scope.get("headers", [])).get(b"authorization", b"").split()
            if len(header) == 2 and header[0].lower() == b"token":
                found = await database_sync_to_async(_token_user)(header[1])
                if found is not None:
                    scope = {**scope, "user": found}
        return await super().__call__(scope, receive, send)


class SameSiteOriginValidator(OriginValidator):
    """A browser always says where the page that opens a socket comes from: one of ALLOWED_HOSTS, or refused, so
    that a page of another site cannot open a socket with the visitor's cookie (cross-site WebSocket hijacking).
    A client that sends no Origin is no browser and holds its own credentials: it is let through."""

    def valid_origin(self, parsed_origin: Any) -> bool:
        return parsed_origin is None or super().valid_origin(parsed_origin)


def same_site_only(application: Any) -> SameSiteOriginValidator:
    return SameSiteOriginValidator(application, settings.ALLOWED_HOSTS)

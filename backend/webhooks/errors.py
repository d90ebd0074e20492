"""Domain errors of webhooks."""

from core.errors import ValidationError


class WebhookUrlRefusedError(ValidationError):
    """The webhook's address is not a public http(s) URL (a private or loopback address, credentials, no host)."""

    code = "url_refused"

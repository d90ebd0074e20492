"""The webhook HTTP client: only http(s), no private or loopback targets unless settings allow them, the
connection pinned to the address that was checked (no DNS rebinding), no redirects, an HMAC signature."""

import hashlib
import hmac
import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

SIGNATURE_HEADER = "X-TMinus-Signature"
TIMESTAMP_HEADER = "X-TMinus-Timestamp"
EVENT_HEADER = "X-TMinus-Event"
DELIVERY_HEADER = "X-TMinus-Delivery"


class WebhookTargetRefusedError(Exception):
    """The URL is not http(s), or points at a private, loopback or otherwise internal address."""


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    path: str
    address: str


def address_allowed(address: str) -> bool:
    """Public unicast addresses only, unless WEBHOOK_ALLOW_PRIVATE_ADDRESSES."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        return not ip.is_unspecified
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback or ip.is_link_local)


def url_check(url: str) -> tuple[str, str, int]:
    """The scheme, host and port of an http(s) URL; refuses other schemes and literal internal addresses
    (names are resolved and checked again at delivery time)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise WebhookTargetRefusedError(f"Not a valid URL: {exc}.") from exc
    if parts.scheme not in ("http", "https"):
        raise WebhookTargetRefusedError("Only http and https URLs are allowed.")
    host = parts.hostname
    if not host:
        raise WebhookTargetRefusedError("The URL has no host.")
    if parts.username or parts.password:
        raise WebhookTargetRefusedError("Credentials in the URL are not allowed; the payload is signed instead.")
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if (literal is not None and not address_allowed(str(literal))) or (
        host == "localhost" and not settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES
    ):
        raise WebhookTargetRefusedError(f"Requests to {host} (a private or loopback address) are refused.")
    return parts.scheme, host, port or (443 if parts.scheme == "https" else 80)


def target_resolve(url: str) -> Target:
    """Resolve the URL's host and check every address it resolves to."""
    scheme, host, port = url_check(url)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise OSError(f"Cannot resolve {host}: {exc}") from exc
    addresses = [info[4][0] for info in infos]
    refused = [address for address in addresses if not address_allowed(address)]
    if refused or not addresses:
        raise WebhookTargetRefusedError(f"{host} resolves to {', '.join(refused)}, a private or loopback address.")
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(scheme, host, port, path, addresses[0])


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """sha256=HMAC-SHA256(secret, timestamp + "." + body), hex: receivers recompute and compare."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return f"sha256={mac.hexdigest()}"


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout)
        self._address = target.address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target.host, target.port, timeout=timeout, context=ssl.create_default_context())
        self._address = target.address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def post(url: str, body: bytes, headers: dict[str, str]) -> int:
    """POST the body; answers the HTTP status. Network failures raise OSError, refused targets
    WebhookTargetRefusedError."""
    target = target_resolve(url)
    connection_class = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
    connection = connection_class(target, timeout=settings.WEBHOOK_TIMEOUT_SECONDS)
    try:
        connection.request("POST", target.path, body=body, headers={"Content-Type": "application/json", **headers})
        response = connection.getresponse()
        response.read(65536)
        return response.status
    except http.client.HTTPException as exc:
        raise OSError(f"Bad HTTP response: {exc!r}") from exc
    finally:
        connection.close()

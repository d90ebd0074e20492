"""The API's HTTP edges: a capped request body (413) and a JSON 404 for every unknown API URL, both in the
{"code", "message", "extra"} shape the exception handler gives every other error; and gzip for the answers worth it."""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils.cache import patch_cache_control
from rest_framework import exceptions, permissions
from rest_framework.request import Request
from rest_framework.views import APIView

API_PREFIX = "/api/"

# Answers that carry a lasting secret (a calendar feed's URL, a webhook's signing secret, an API token, what the
# admin shows a superuser), and the feeds themselves, fetched by a URL that is the credential (docs/calendars.md):
# never compressed, here or by a proxy, so their size tells nothing (BREACH, docs/decisions/compression.md).
UNCOMPRESSED_PATH_PREFIXES = (
    "/api/v1/calendar-feeds/",
    "/api/v1/webhooks/",
    "/api/v1/auth/",
    "/admin/",
    "/calendars/",
    "/api/v1/briefings/",
    "/briefings/",
)


def accepts_gzip(request: HttpRequest) -> bool:
    """Whether the client takes a gzipped answer (a view that keeps one ready sends it, and the middleware below
    leaves an answer that says its Content-Encoding alone)."""
    return bool(re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")))


class ResponseCompressionMiddleware(GZipMiddleware):
    """Django's gzip (with its random padding against BREACH) for every answer of 200 bytes or more, streamed ones
    too, when the client accepts gzip; except the secret-bearing paths above, which also say no-transform so the
    proxy leaves them alone. The answer's ETag stays as the view set it: Django's own makes it weak (W/), which
    If-Match never matches (core/viewsets.py compares strongly), so every edit after a compressed read would be
    refused. The tag names the version of the JSON, the same bytes whichever coding carries them."""

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if request.path_info.startswith(UNCOMPRESSED_PATH_PREFIXES):
            patch_cache_control(response, no_transform=True)
            return response
        etag = response.get("ETag")
        response = super().process_response(request, response)
        if etag is not None:
            response["ETag"] = etag
        return response


def payload_too_large_body(max_bytes: int) -> dict[str, Any]:
    """The 413 answer's body, here and in the exception handler (form fields over the cap, found parsing)."""
    return {
        "code": "payload_too_large",
        "message": f"The request body is larger than {max_bytes} bytes.",
        "extra": {"max_bytes": max_bytes},
    }


class RequestBodyLimitMiddleware:
    """Refuses an API request whose declared body exceeds its cap before anything reads it. DRF's JSON parser
    reads the stream itself, so Django's DATA_UPLOAD_MAX_MEMORY_SIZE never sees a JSON body. A multipart body
    (a file upload) has the larger upload cap; its form fields stay under DATA_UPLOAD_MAX_MEMORY_SIZE. A body
    without Content-Length is read as empty by Django's WSGI request, so it cannot be larger."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info.startswith(API_PREFIX):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            multipart = request.META.get("CONTENT_TYPE", "").lower().startswith("multipart/")
            limit = settings.API_MAX_UPLOAD_BODY_BYTES if multipart else settings.API_MAX_BODY_BYTES
            if length > limit:
                return JsonResponse(payload_too_large_body(limit), status=413)
        return self.get_response(request)


class ApiNotFoundView(APIView):
    """Answers every API URL that no route matches, whatever the method, as a JSON 404 (config/urls.py)."""

    authentication_classes: list[Any] = []
    permission_classes = [permissions.AllowAny]
    schema = None

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        raise exceptions.NotFound(f"No API endpoint at {request.path}.")


class NulQueryParameterMiddleware:
    """Outside the API (whose filters answer a NUL with a 400 naming the parameter), a query parameter holding a NUL
    byte is refused with a 400 before any view builds a query from it: PostgreSQL refuses NUL in any string, so the
    admin's search (?q=) would otherwise answer 500."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path_info.startswith(API_PREFIX):
            for name, values in request.GET.lists():
                if "\x00" in name or any("\x00" in value for value in values):
                    return HttpResponse(
                        f"The query parameter {name!r} holds a NUL byte.",
                        status=400,
                        content_type="text/plain; charset=utf-8",
                    )
        return self.get_response(request)

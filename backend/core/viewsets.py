"""A ModelViewSet whose writes go through services, with ETags and If-Match (PRODUCT.md rule 6)."""

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import orjson
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Model
from django.utils.cache import get_conditional_response
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from core.db import atomic_with_retry
from core.errors import PreconditionFailedError
from core.serializers import NoBody
from core.services import model_refresh_for_update

IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="The ETag of the version you edited; a 412 answers if the object changed since.",
)


def representation_etag(data: Any) -> str:
    """A strong ETag of what the client reads: it changes whenever any field of the answer changes, including
    fields derived from other rows (a task's planned dates when T-0 moves, a workstream's task count)."""
    body = orjson.dumps(data, option=orjson.OPT_SORT_KEYS | orjson.OPT_UTC_Z | orjson.OPT_NON_STR_KEYS)
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


def if_match_check(request: Any, obj: Model, current_etag: Callable[[], str]) -> None:
    """412 unless the request's If-Match names obj's current ETag (or *); no If-Match, no check. ETags compare
    strongly (RFC 9110 13.1.1): a weak W/ tag never matches. The caller holds the object's lock."""
    expected = request.headers.get("If-Match")
    if not expected:
        return
    etag = current_etag()
    offered = {tag.strip() for tag in expected.split(",")}
    if "*" not in offered and etag not in offered:
        raise PreconditionFailedError(
            f"This {obj._meta.verbose_name} changed since you loaded it; reload it and apply your change again.",
            extra={"current_etag": etag},
        )


class ServiceModelViewSet(viewsets.ModelViewSet):
    """Validation in the serializer, every rule in a service.

    Subclasses define create_object(data=...), update_object(instance=..., data=...) and
    delete_object(instance=...), each calling one service with the request's user as the actor, and may name
    an `update_serializer_class` for PUT/PATCH (fields that cannot change after creation left out).
    Detail responses carry an ETag; writes that send If-Match are refused with 412 when the object changed
    since that version, so two people editing the same thing do not silently overwrite each other.

    Every write runs in one transaction that first takes the object's locks (lock_for_write, in the order
    launches/locks.py documents) and re-reads it, and runs again when the database aborts it as a deadlock
    victim (core/db.py), so concurrent writers queue instead of failing or overwriting each other.
    """

    # Ids beyond 64 bits cannot exist: such URLs are 404s before any query.
    lookup_value_regex = r"[0-9]{1,18}"
    update_serializer_class: type[serializers.BaseSerializer] | None = None

    def get_serializer_class(self):
        if self.update_serializer_class is not None and self.action in ("update", "partial_update"):
            return self.update_serializer_class
        return super().get_serializer_class()

    def _reload(self, obj: Model) -> Model:
        # Re-read through the selector so the answer carries the same annotations as a GET.
        return self.get_queryset().get(pk=obj.pk)

    def _reload_written(self, obj: Model) -> Model:
        """_reload after the write committed: a 404 if another request deleted the object in between."""
        try:
            return self._reload(obj)
        except ObjectDoesNotExist as exc:
            raise NotFound("It was deleted by another change just after this one.") from exc

    @contextmanager
    def _as_retrieve(self) -> Iterator[None]:
        """Serializers chosen as a GET of one object chooses them, whatever the current action."""
        action, self.action = self.action, "retrieve"
        try:
            yield
        finally:
            self.action = action

    def _read_data(self, obj: Model) -> Any:
        """The object as a GET answers it."""
        with self._as_retrieve():
            return self.get_serializer(obj).data

    def _read_serializer_class(self) -> type:
        with self._as_retrieve():
            return self.get_serializer_class()

    def _etag(self, obj: Model) -> str:
        return representation_etag(self._read_data(obj))

    def lock_for_write(self, obj: Model) -> None:
        """Lock what a write to obj holds until commit, and re-read obj. Plan objects lock their launch first
        (launches.locks.plan_lock); anything else locks its own row."""
        model_refresh_for_update(obj)

    def _locked_object(self) -> Model:
        obj = self.get_object()
        self.lock_for_write(obj)
        self._check_if_match(obj)
        return obj

    def _check_if_match(self, obj: Model) -> None:
        """412 unless If-Match names the current ETag (or *). The caller holds the object's lock."""
        if_match_check(self.request, obj, lambda: self._etag(self._reload(obj)))

    def _with_etag(self, response, obj: Model | None):
        if 200 <= response.status_code < 300 and obj is not None:
            response["ETag"] = self._etag(obj)
        return response

    def guarded_action(
        self, service_call: Callable[..., Any], body: type[serializers.Serializer] | None = None
    ) -> Response:
        """A POST action on one object (submit, decide, transition…): the request body validated by `body`,
        then If-Match checked and `service_call(obj, **validated_data)` run in one transaction; answered with
        the object as a GET reads it, and its ETag. An action without a body refuses any field sent."""
        serializer = (body or NoBody)(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data

        def write() -> Model:
            obj = self._locked_object()
            service_call(obj, **data)
            return obj

        obj = atomic_with_retry(write)
        read = self._read_data(self._reload_written(obj))
        return Response(read, headers={"ETag": representation_etag(read)})

    def retrieve(self, request, *args, **kwargs):
        data = self.get_serializer(self.get_object()).data
        etag = representation_etag(data)
        not_modified = get_conditional_response(request, etag=etag)
        if not_modified is not None:
            return not_modified
        response = Response(data)
        response["ETag"] = etag
        return response

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        atomic_with_retry(lambda: self.perform_create(serializer))
        return self._with_etag(Response(serializer.data, status=201), self._written)

    @extend_schema(parameters=[IF_MATCH])
    def update(self, request, *args, **kwargs):
        partial = kwargs.pop("partial", False)

        def write() -> serializers.BaseSerializer:
            serializer = self.get_serializer(self._locked_object(), data=request.data, partial=partial)
            serializer.is_valid(raise_exception=True)
            self.perform_update(serializer)
            return serializer

        serializer = atomic_with_retry(write)
        # The answer is read after commit, as a GET reads it: the write's locks are not held while it is read and
        # rendered (every other write to the launch waits for them).
        self._written = self._reload_written(serializer.instance)
        serializer.instance = self._written
        data = serializer.data
        if type(serializer) is self._read_serializer_class():  # the answer is the object as a GET reads it
            return Response(data, headers={"ETag": representation_etag(data)})
        return self._with_etag(Response(data), self._written)

    @extend_schema(parameters=[IF_MATCH])
    def partial_update(self, request, *args, **kwargs):
        kwargs["partial"] = True
        return self.update(request, *args, **kwargs)

    @extend_schema(parameters=[IF_MATCH])
    def destroy(self, request, *args, **kwargs):
        atomic_with_retry(lambda: self.perform_destroy(self._locked_object()))
        return Response(status=204)

    def perform_create(self, serializer):
        self._written = self._reload(self.create_object(data=serializer.validated_data))
        serializer.instance = self._written

    def perform_update(self, serializer):
        serializer.instance = self.update_object(instance=serializer.instance, data=serializer.validated_data)

    def perform_destroy(self, instance):
        self.delete_object(instance=instance)

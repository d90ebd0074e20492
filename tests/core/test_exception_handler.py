"""The one error shape, whatever DRF hands the handler."""

import orjson
from rest_framework import exceptions

from core.exception_handler import exception_handler


def test_list_item_errors_keyed_by_index_render_as_json_naming_the_field():
    # DRF's ListField reports a bad item under its index, an int key that JSON cannot carry as is.
    error = exceptions.ValidationError({"events": {1: ["“gate.maybe” is not a valid choice."]}})
    response = exception_handler(error, {})
    assert response.status_code == 400
    body = orjson.loads(orjson.dumps(response.data))
    assert body["code"] == "invalid"
    assert body["extra"]["fields"] == {"events": {"1": ["“gate.maybe” is not a valid choice."]}}
    assert body["message"].startswith("events.1: ")

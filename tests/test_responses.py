"""What the generated client does with responses it did not expect: a 2xx body the spec does not
describe raises ApiResponseError (never a value typed as a model it is not), unreadable bodies too,
and an error response carries the API's own words and request id, whatever the vendor's format."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from conftest import generated_package

SPEC = """\
openapi: 3.1.0
info: {title: Shipments, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /shipments/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get:
      operationId: FetchShipment
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Shipment"}}}}
        "404": {description: Missing, content: {application/json: {schema: {$ref: "#/components/schemas/Problem"}}}}
        default: {description: Error, content: {application/json: {schema: {$ref: "#/components/schemas/Failure"}}}}
    delete:
      operationId: DeleteShipment
      responses: {"204": {description: Gone}}
  /shipments:
    get:
      operationId: ListShipments
      responses:
        "200": {description: OK, content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Shipment"}}}}}
  /labels/{id}:
    get:
      operationId: FetchLabel
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: OK, content: {application/json: {schema: {oneOf: [{$ref: "#/components/schemas/Shipment"}, {type: "null"}]}}}}
components:
  schemas:
    Problem:
      type: object
      properties: {detail: {type: string}, title: {type: string}}
    Failure:
      type: object
      properties: {error: {type: object, properties: {message: {type: string}, code: {type: string}}}}
    Shipment:
      type: object
      properties: {id: {type: string}, status: {type: string}}
"""


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from generated_package(tmp_path_factory, SPEC, "shipments_api")


def answered(api: ModuleType, response: httpx.Response) -> Any:
    return api.Client(http_client=httpx.Client(transport=httpx.MockTransport(lambda request: response)), max_retries=0)


@pytest.mark.parametrize(
    ("response", "problem"),
    [
        (httpx.Response(200), "is empty, where the API documents a JSON object"),
        (httpx.Response(200, content=b"null", headers={"Content-Type": "application/json"}), "is null, where the API documents a JSON object"),
        (httpx.Response(200, json=[{"id": "shp_1"}]), "is a JSON array, where the API documents a JSON object"),
        (httpx.Response(200, json="shp_1"), "is a string, where the API documents a JSON object"),
        (httpx.Response(200, text="<html>maintenance</html>"), "is not JSON"),
        (httpx.Response(200, text="[" * 100_000 + "]" * 100_000), "nests deeper than Python reads"),
        (httpx.Response(200, stream=httpx.ByteStream(b"not gzip at all"), headers={"Content-Encoding": "gzip"}), "cannot be decoded"),
    ],
    ids=["empty", "null", "list", "string", "html", "deep", "corrupt-gzip"],
)
def test_a_2xx_body_the_spec_does_not_describe_raises(api: ModuleType, response: httpx.Response, problem: str) -> None:
    with pytest.raises(api.ApiResponseError, match=problem) as caught:
        answered(api, response).shipments("shp_1").fetch()
    assert "GET https://api.example.com/shipments/shp_1" in str(caught.value)
    assert isinstance(caught.value, api.ApiError)


def test_what_the_spec_documents_is_returned(api: ModuleType) -> None:
    shipment = answered(api, httpx.Response(200, json={"id": "shp_1", "status": "sent"})).shipments("shp_1").fetch()
    assert shipment.status == "sent"
    gzipped = httpx.Response(200, stream=httpx.ByteStream(gzip.compress(b'{"id": "shp_2"}')), headers={"Content-Encoding": "gzip"})
    assert answered(api, gzipped).shipments("shp_2").fetch().id == "shp_2"
    assert [s.id for s in answered(api, httpx.Response(200, json=[{"id": "a"}])).shipments.list()] == ["a"]
    with pytest.raises(api.ApiResponseError, match="is a JSON object, where the API documents a JSON array"):
        answered(api, httpx.Response(200, json={"id": "a"})).shipments.list()
    assert answered(api, httpx.Response(204)).shipments("shp_1").delete() is None
    null = httpx.Response(200, content=b"null", headers={"Content-Type": "application/json"})
    assert answered(api, null).labels("l1").fetch() is None  # null is documented here


@pytest.mark.parametrize(
    ("body", "message", "code"),
    [
        ({"error": {"message": "No shipment shp_x", "code": "resource_missing"}}, "No shipment shp_x", "resource_missing"),
        ({"message": "The requested resource was not found", "code": 20404}, "The requested resource was not found", 20404),
        ({"detail": "Shipment shp_x does not exist", "title": "Not Found"}, "Shipment shp_x does not exist", None),
        ({"errors": [{"message": "shipment not found"}]}, "shipment not found", None),
        ({"error": "not_found", "error_description": "no such shipment"}, "not_found", None),
        ("No such shipment", "No such shipment", None),
        ({"unexpected": True}, "Not Found", None),
    ],
    ids=["stripe", "twilio", "problem-details", "errors-list", "oauth", "text", "none"],
)
def test_an_error_carries_the_apis_own_words(api: ModuleType, body: Any, message: str, code: Any) -> None:
    response = httpx.Response(404, json=body, headers={"X-Request-Id": "req_123"}) if not isinstance(body, str) else httpx.Response(404, text=body)
    with pytest.raises(api.NotFoundError) as caught:
        answered(api, response).shipments("shp_x").fetch()
    error = caught.value
    assert error.message == message and error.code == code and error.status_code == 404
    assert str(error).startswith(f"404 {message}")
    assert error.request_id == ("req_123" if not isinstance(body, str) else None)


def test_an_error_body_decodes_into_the_model_the_operation_documents_for_its_status(api: ModuleType) -> None:
    problem = httpx.Response(404, json={"detail": "Shipment shp_x does not exist", "title": "Not Found"})
    with pytest.raises(api.NotFoundError) as missing:
        answered(api, problem).shipments("shp_x").fetch()
    assert isinstance(missing.value.body, api.models.Problem) and missing.value.body.title == "Not Found"
    failure = httpx.Response(409, json={"error": {"message": "Locked", "code": "locked"}})
    with pytest.raises(api.ConflictError) as conflict:  # no 409 documented: `default` decodes it
        answered(api, failure).shipments("shp_x").fetch()
    assert isinstance(conflict.value.body, api.models.Failure) and conflict.value.body.error.code == "locked"
    assert conflict.value.message == "Locked" and conflict.value.code == "locked"
    with pytest.raises(api.NotFoundError) as undocumented:  # delete documents no error body: it stays JSON
        answered(api, httpx.Response(404, json={"detail": "gone"})).shipments("shp_x").delete()
    assert undocumented.value.body == {"detail": "gone"}

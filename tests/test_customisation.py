"""Customising the generated client without forking the spec's meaning: names a spec asks for with
`x-sdkgen-name`, on an operation (its method) and on a schema (its class)."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

import httpx
import pytest
from conftest import generated_package

SPEC = """\
openapi: 3.1.0
info: {title: Parcels, version: "1"}
servers: [{url: "https://api.example.com"}]
components:
  schemas:
    ShipmentResourceV2Response:
      x-sdkgen-name: Parcel
      type: object
      properties:
        id: {type: string}
        state: {$ref: "#/components/schemas/ShipmentStateEnumV2"}
    ShipmentStateEnumV2:
      x-sdkgen-name: ParcelState
      type: string
      enum: [created, shipped]
paths:
  /v2/shipments/{id}/actions/dispatch:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    post:
      operationId: PostV2ShipmentsIdActionsDispatch
      x-sdkgen-name: ship
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/ShipmentResourceV2Response"}}}}
  /v2/shipments/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get:
      operationId: GetV2ShipmentsId
      x-sdkgen-name: with_raw_response
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/ShipmentResourceV2Response"}}}}
"""


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from generated_package(tmp_path_factory, SPEC, "parcels_api")


def test_a_schema_gets_the_class_name_it_asks_for(api: ModuleType) -> None:
    assert api.models.Parcel.__name__ == "Parcel"
    assert [m.value for m in api.models.ParcelState] == ["created", "shipped"]
    assert not hasattr(api.models, "ShipmentResourceV2Response")


def test_an_operation_gets_the_method_name_it_asks_for_and_it_works(api: ModuleType) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "p1", "state": "shipped"})

    client = api.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)), max_retries=0)
    parcel = client.shipments("p1").actions.ship()
    assert isinstance(parcel, api.models.Parcel) and parcel.state == api.models.ParcelState.SHIPPED
    assert sent[0].method == "POST" and sent[0].url.path == "/v2/shipments/p1/actions/dispatch"


def test_an_asked_name_that_is_taken_is_suffixed_not_lost(api: ModuleType) -> None:
    """`with_raw_response` is every resource's own attribute: the operation's method is `with_raw_response_`."""
    from parcels_api.resources.shipments import ShipmentContext  # type: ignore[import-not-found]

    assert callable(ShipmentContext.with_raw_response_)
    assert not hasattr(ShipmentContext, "get_v2_shipments_id")

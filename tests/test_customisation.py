"""Customising the generated client without forking sdkgen: names a spec asks for with
`x-sdkgen-name` (an operation's method, a schema's class), and a target's folder of templates that
override the built-in ones of the same name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from conftest import Run, generated_package

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


# --- a folder of templates overriding the built-in ones --------------------------------------------


def test_a_targets_templates_override_the_built_in_ones_and_regenerate_when_edited(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    from generator.render import TEMPLATES

    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    ours = tmp_path / "sdk-templates"
    ours.mkdir()
    readme = (TEMPLATES / "README.md.jinja").read_text(encoding="utf-8")
    (ours / "README.md.jinja").write_text(readme.replace("## Install", "## Support\n\nWrite to parcels@example.com.\n\n## Install"), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.sdkgen.targets.parcels]\nspec = "spec.yaml"\nout = "out"\npackage = "parcels_api"\ntemplates = "sdk-templates"\n', encoding="utf-8"
    )
    assert sdkgen("generate", cwd=tmp_path).code == 0
    assert "Write to parcels@example.com." in (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "## Operations" in (tmp_path / "out" / "README.md").read_text(encoding="utf-8")  # the rest as built in
    assert sdkgen("check", cwd=tmp_path).code == 0
    (ours / "README.md.jinja").write_text(readme.replace("## Install", "## Help\n\n## Install"), encoding="utf-8")
    assert sdkgen("check", cwd=tmp_path).code == 1  # an edited template is an input change
    assert sdkgen("generate", cwd=tmp_path).code == 0
    assert "## Help" in (tmp_path / "out" / "README.md").read_text(encoding="utf-8")


def test_a_template_that_overrides_nothing_is_an_error(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "READMEE.md.jinja").write_text("typo", encoding="utf-8")
    run = sdkgen("generate", "--spec", str(tmp_path / "spec.yaml"), "--out", str(tmp_path / "out"), "--package", "parcels_api", "--templates", str(tmp_path / "tpl"))
    assert run.code == 2 and "READMEE.md.jinja override no built-in template" in run.err and "README.md.jinja" in run.err
    assert not (tmp_path / "out").exists()

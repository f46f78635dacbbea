"""Overlay 1.0 documents correct a spec without forking it: applied in order before anything reads
the spec, their targets RFC 9535 JSONPath, recorded as inputs (an edited overlay regenerates)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from conftest import Run

SPEC = """\
openapi: 3.1.0
info: {title: Parcels, version: "1"}
servers: [{url: "https://api.example.com"}]
tags: [{name: parcels}]
paths:
  /parcels/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get:
      operationId: FetchParcel
      summary: Wrong words
      responses: {"200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Parcel"}}}}}
    post:
      operationId: PostParcelsIdDispatch
      responses: {"200": {description: OK}}
  /internal/debug:
    get: {operationId: Debug, responses: {"200": {description: OK}}}
components:
  schemas:
    Parcel:
      type: object
      properties: {id: {type: string}}
"""

OVERLAY = """\
overlay: 1.0.0
info: {title: Our corrections, version: "1"}
actions:
  - target: "$.paths['/parcels/{id}'].get"
    update: {summary: Fetch a parcel}
  - target: "$.paths['/parcels/{id}'][?@.operationId == 'PostParcelsIdDispatch']"
    description: a filter expression, as RFC 9535 writes them
    update: {x-sdkgen-name: dispatch}
  - target: "$.components.schemas.Parcel.properties"
    update: {weight: {type: integer, description: Grams.}}
  - target: "$.tags"
    update: [{name: internal}]
  - target: "$.paths['/internal/debug']"
    remove: true
  - target: "$.paths['/gone']"
    update: {summary: nothing here}
"""


def _project(tmp_path: Path, overlay: str = OVERLAY) -> Path:
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "ours.yaml").write_text(overlay, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.sdkgen.targets.parcels]\nspec = "spec.yaml"\nout = "out"\npackage = "parcels_api"\noverlays = ["ours.yaml"]\n', encoding="utf-8"
    )
    return tmp_path


def test_an_overlay_corrects_the_spec_before_generation(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    project = _project(tmp_path)
    run = sdkgen("generate", cwd=project)
    assert run.code == 0, run.err
    assert "overlay action selects nothing: $.paths['/gone']" in run.err  # a warning, with where
    assert "ours.yaml:" in run.err
    source = "\n".join(p.read_text(encoding="utf-8") for p in (project / "out" / "parcels_api").rglob("*.py"))
    assert "Fetch a parcel" in source and "Wrong words" not in source
    assert "def dispatch(" in source
    assert "weight" in source
    assert "internal/debug" not in source and "def debug(" not in source
    assert "Wrong words" in (project / "spec.yaml").read_text(encoding="utf-8")  # the spec file is untouched


def test_an_edited_overlay_is_an_input_change(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    project = _project(tmp_path)
    assert sdkgen("generate", cwd=project).code == 0
    assert sdkgen("check", cwd=project).code == 0
    (project / "ours.yaml").write_text(OVERLAY.replace("Fetch a parcel", "Fetch one parcel"), encoding="utf-8")
    assert sdkgen("check", cwd=project).code == 1
    assert sdkgen("generate", cwd=project).code == 0
    assert "Fetch one parcel" in (project / "out" / "README.md").read_text(encoding="utf-8")


def test_a_broken_overlay_is_one_error_and_nothing_is_written(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    for broken, said in (
        ("overlay: 2.0.0\ninfo: {title: x, version: '1'}\nactions: [{target: $, update: {}}]\n", "no Overlay 1.0 document"),
        ("overlay: 1.0.0\ninfo: {title: x, version: '1'}\nactions: [{target: '$.paths[', update: {}}]\n", "is no JSONPath"),
        ("overlay: 1.0.0\ninfo: {title: x, version: '1'}\nactions: [{target: '$.paths'}]\n", "needs `update` or `remove: true`"),
    ):
        project = _project(tmp_path, broken)
        run = sdkgen("generate", cwd=project)
        assert run.code == 2 and said in run.err and "ours.yaml" in run.err and "Traceback" not in run.err, run.err
        assert not (project / "out").exists()


def test_overlays_on_the_command_line_apply_in_order(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    for name, summary in (("a.yaml", "First"), ("b.yaml", "Second")):
        action = {"target": "$.paths['/parcels/{id}'].get", "update": {"summary": summary}}
        (tmp_path / name).write_text(json.dumps({"overlay": "1.0.0", "info": {"title": name, "version": "1"}, "actions": [action]}), encoding="utf-8")
    out = tmp_path / "out"
    arguments = ["generate", "--spec", str(tmp_path / "spec.yaml"), "--out", str(out), "--package", "parcels_api"]
    assert sdkgen(*arguments, "--overlay", str(tmp_path / "a.yaml"), "--overlay", str(tmp_path / "b.yaml")).code == 0
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "Second" in readme and "First" not in readme

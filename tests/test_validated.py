"""Regeneration checks again only the parts of a spec that changed since they last passed
openapi-spec-validator's keyword pass (generator.validated), and reports exactly what a full check does."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import validate as validation
from generator.errors import SdkgenError
from generator.load import Spec

from .conftest import Run

SPEC = """
openapi: 3.1.0
info: {title: Checked, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /a:
    get:
      operationId: GetA
      parameters:
        - {name: n, in: query, schema: {type: integer, default: 1}}
      responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}}
  /b:
    get:
      operationId: GetB
      responses: {"204": {description: ok}}
components:
  schemas:
    Thing: {type: object, properties: {x: {type: string, default: "y"}}}
"""


@pytest.fixture
def skips(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """What each keyword pass was told to leave out."""
    seen: list[Any] = []
    real = validation._keyword_units

    def spy(validator: Any, skip: Any) -> Iterator[Any]:
        seen.append(skip)
        return real(validator, skip)

    monkeypatch.setattr(validation, "_keyword_units", spy)
    yield seen


def load(tmp_path: Path, text: str) -> Spec:
    path = tmp_path / "spec.yaml"
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return Spec.load(path)


def test_what_passed_is_not_checked_again_and_an_edit_is(tmp_path: Path, skips: list[Any]) -> None:
    validation.validate(load(tmp_path, SPEC), remembered=True)
    validation.validate(load(tmp_path, SPEC), remembered=True)
    validation.validate(load(tmp_path, SPEC.replace("operationId: GetB", "operationId: GetB\n      summary: B")), remembered=True)
    assert skips == [
        validation._Skip(),  # nothing known yet: everything
        validation._Skip(shared=True, paths=frozenset({"/a", "/b"})),
        validation._Skip(shared=True, paths=frozenset({"/a"})),  # /b changed
    ]


def test_a_change_outside_paths_checks_everything_again(tmp_path: Path, skips: list[Any]) -> None:
    validation.validate(load(tmp_path, SPEC), remembered=True)
    validation.validate(load(tmp_path, SPEC.replace('default: "y"', 'default: "z"')), remembered=True)
    assert skips == [validation._Skip(), validation._Skip()]


def test_a_problem_in_an_edited_part_is_reported_as_a_full_check_reports_it(tmp_path: Path) -> None:
    validation.validate(load(tmp_path, SPEC), remembered=True)
    broken = SPEC.replace("default: 1", 'default: "one"')
    with pytest.raises(SdkgenError) as remembered:
        validation.validate(load(tmp_path, broken), remembered=True)
    with pytest.raises(SdkgenError) as full:
        validation.validate(load(tmp_path, broken))
    assert [str(p) for p in remembered.value.problems] == [str(p) for p in full.value.problems]
    assert "'one' is not of type 'integer'" in str(remembered.value.problems[0])
    with pytest.raises(SdkgenError):  # a part that failed was not remembered as passing
        validation.validate(load(tmp_path, broken), remembered=True)


def test_a_ref_into_paths_means_the_spec_is_checked_whole(tmp_path: Path, skips: list[Any]) -> None:
    text = SPEC.replace("      operationId: GetB\n", "      operationId: GetB\n      parameters: [{$ref: '#/paths/~1a/get/parameters/0'}]\n")
    validation.validate(load(tmp_path, text), remembered=True)
    validation.validate(load(tmp_path, text), remembered=True)
    assert skips == [validation._Skip(), validation._Skip()]


def test_an_empty_cache_dir_setting_turns_remembering_off(tmp_path: Path, skips: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", "")
    validation.validate(load(tmp_path, SPEC), remembered=True)
    validation.validate(load(tmp_path, SPEC), remembered=True)
    assert skips == [validation._Skip(), validation._Skip()]


def test_generate_remembers_in_the_cache_dir_and_never_in_the_output(
    sdkgen: Callable[..., Run], write_spec: Callable[..., Path], tmp_path: Path
) -> None:
    spec = write_spec(SPEC)
    out = tmp_path / "out"
    assert sdkgen("generate", "--spec", str(spec), "--out", str(out), "--package", "checked_api").code == 0
    cache = Path(os.environ["SDKGEN_CACHE_DIR"]) / "validated-keywords.txt"
    assert len(cache.read_text(encoding="ascii").split()) == 3  # everything but paths, and each path item
    assert not any("validated" in p.name for p in out.rglob("*"))
    spec.write_text(spec.read_text(encoding="utf-8").replace("default: 1", 'default: "one"'), encoding="utf-8")
    run = sdkgen("generate", "--strict", "--spec", str(spec), "--out", str(out), "--package", "checked_api")
    assert run.code != 0 and "'one' is not of type 'integer'" in run.err  # a defect the cache must not hide


def test_the_validator_walks_only_the_path_items_not_known_to_have_passed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not only asked to: openapi-spec-validator's own path walk sees just the edited item."""
    from openapi_spec_validator.validation import keywords

    walked: list[str] = []
    real = keywords.PathValidator.__call__

    def spy(self: Any, url: str, path_item: Any) -> Iterator[Any]:
        walked.append(url)
        return real(self, url, path_item)

    monkeypatch.setattr(keywords.PathValidator, "__call__", spy)
    validation.validate(load(tmp_path, SPEC), remembered=True)
    assert walked == ["/a", "/b"]
    walked.clear()
    validation.validate(load(tmp_path, SPEC.replace("operationId: GetB", "operationId: GetB\n      summary: B")), remembered=True)
    assert walked == ["/b"]

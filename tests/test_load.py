"""Loading: YAML read as JSON would be, line numbers kept, `$ref`s followed across files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import FIXTURES
from generator.errors import SdkgenError
from generator.load import Resolved, Spec, join_pointer


def test_relative_refs_resolve_across_files_with_their_own_locations() -> None:
    spec = Spec.load(FIXTURES / "split" / "api.yaml")
    ref = spec.at(join_pointer("paths", "/widgets/{WidgetId}", "get", "responses", "200", "content", "application/json", "schema"))
    target = spec.resolve(ref)
    assert target.value["description"] == "A widget."
    assert target.document.path == (FIXTURES / "split" / "parts" / "schemas.yaml").resolve()
    assert (target.location.line, target.location.column) == (1, 1)

    # A $ref inside a referenced file is relative to that file (parts/), not to the root.
    not_found = spec.resolve(spec.at(join_pointer("paths", "/widgets/{WidgetId}", "get", "responses", "404")))
    schema = not_found.value["content"]["application/json"]["schema"]
    problem = spec.resolve(Resolved(schema, not_found.document, not_found.pointer + "/content/application~1json/schema"))
    assert problem.value["properties"]["message"]["type"] == "string"
    assert problem.document.path.name == "schemas.yaml"


def test_keys_and_dates_stay_strings(write_spec: Callable[..., Path]) -> None:
    path = write_spec(
        """
        openapi: 3.1.0
        info: {title: t, version: 2010-04-01}
        paths: {}
        x-codes: {200: ok, 404: missing}
        """
    )
    data = Spec.load(path).data
    assert data["info"]["version"] == "2010-04-01"
    assert list(data["x-codes"]) == ["200", "404"]


def test_locations_are_one_based_lines_and_columns(write_spec: Callable[..., Path]) -> None:
    path = write_spec(
        """
        openapi: 3.1.0
        info:
          title: t
          version: '1'
        paths: {}
        """
    )
    location = Spec.load(path).root.locate("/info/version")
    assert (location.line, location.column) == (4, 3)
    assert str(location).endswith("spec.yaml:4:3")


def test_duplicate_keys_are_an_error_with_their_line(write_spec: Callable[..., Path]) -> None:
    path = write_spec(
        """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        info: {title: u, version: '2'}
        paths: {}
        """
    )
    with pytest.raises(SdkgenError) as caught:
        Spec.load(path)
    [problem] = caught.value.problems
    assert "duplicate key 'info'" in problem.message
    assert problem.location is not None and problem.location.line == 3

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


# --- the parse cache (generator/parse_cache.py) --------------------------------------------------


@pytest.fixture
def cached(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A cache folder of its own, keeping documents of any size."""
    from generator import parse_cache

    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(parse_cache, "MIN_SIZE", 0)
    return tmp_path / "cache" / "parsed"


def _every_location(spec: Spec) -> list[tuple[str, int | None, int | None]]:
    found = []

    def walk(node: object, pointer: str) -> None:
        location = spec.root.locate(pointer)
        found.append((pointer, location.line, location.column))
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, pointer + join_pointer(key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{pointer}/{index}")

    walk(spec.data, "")
    return found


def test_a_parsed_spec_is_read_back_the_same_with_its_locations(cached: Path) -> None:
    path = FIXTURES / "paging_styles.yaml"
    first = Spec.load(path)
    assert len(list(cached.glob("*.pickle"))) == 1
    again = Spec.load(path)
    assert again.data == first.data
    assert _every_location(again) == _every_location(first)
    assert _every_location(again)[5][1] is not None


def test_an_edited_spec_is_parsed_again(cached: Path, tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.1.0\ninfo: {title: A, version: '1'}\npaths: {}\n", encoding="utf-8")
    assert Spec.load(path).data["info"]["title"] == "A"
    path.write_text("openapi: 3.1.0\ninfo: {title: B, version: '1'}\npaths: {}\n", encoding="utf-8")
    assert Spec.load(path).data["info"]["title"] == "B"
    assert len(list(cached.glob("*.pickle"))) == 2


def test_a_cache_file_someone_else_wrote_runs_no_code(cached: Path, tmp_path: Path) -> None:
    """The cache is pickled; a planted pickle that would run code is a cache miss, nothing more."""
    import pickle

    path = FIXTURES / "paging_styles.yaml"
    Spec.load(path)
    [kept] = cached.glob("*.pickle")
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (exec, (f"open({str(marker)!r}, 'w').write('pwned')",))

    kept.write_bytes(pickle.dumps({"openapi": Evil()}))
    spec = Spec.load(path)
    assert not marker.exists()
    assert spec.data["info"]["title"] == "Paging styles"  # parsed again

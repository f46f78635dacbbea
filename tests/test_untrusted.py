"""Generating from a spec, a manifest or an output folder anyone could have edited: nothing outside the
output folder and the spec's reference root is read, written or deleted, and hostile input ends
with a clear error (exit 2), not a hang or a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, Run, snapshot

from generator import load

SECRET = "topsecret_field_xyz"


def _spec(ref: str) -> str:
    return textwrap.dedent(
        f"""\
        openapi: 3.0.3
        info: {{title: T, version: "1"}}
        paths:
          /things:
            get:
              operationId: listThings
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {{$ref: '{ref}'}}
        """
    )


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file beside the spec's folder, not under it, holding a schema worth stealing."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.yaml").write_text(f"Leak:\n  type: object\n  properties:\n    {SECRET}: {{type: string}}\n", encoding="utf-8")
    return folder / "secret.yaml"


def _opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file the loader parses, from now on."""
    seen: list[Path] = []
    parse = load.parse_file

    def recording(path: Path, text: str | None = None) -> load.Document:
        seen.append(path)
        return parse(path, text)

    monkeypatch.setattr(load, "parse_file", recording)
    return seen


@pytest.mark.parametrize("how", ["relative", "absolute", "symlink"])
@pytest.mark.parametrize("command", ["generate", "validate", "lint"])
def test_a_ref_outside_the_specs_folder_is_refused_and_never_read(
    how: str, command: str, outside: Path, tmp_path: Path, sdkgen: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    if how == "symlink":  # a link inside the folder, to a file outside it
        (spec_dir / "shared.yaml").symlink_to(outside)
    ref = {"relative": "../outside/secret.yaml#/Leak", "absolute": f"{outside}#/Leak", "symlink": "shared.yaml#/Leak"}[how]
    spec = spec_dir / "api.yaml"
    spec.write_text(_spec(ref), encoding="utf-8")
    opened = _opened(monkeypatch)
    out = tmp_path / "out"
    args = {"generate": ["generate", "--spec", str(spec), "--out", str(out), "--package", "p"], "validate": ["validate", str(spec)], "lint": ["lint", str(spec)]}
    run = sdkgen(*args[command], cwd=tmp_path)
    assert run.code in ((1,) if command == "lint" else (2,)), run.err
    said = run.out + run.err
    assert "is outside" in said and "the folder this spec's $refs may read" in said
    assert SECRET not in said
    assert all(path.resolve() != outside.resolve() for path in opened)
    assert not out.exists()


def test_refs_read_files_anywhere_under_the_reference_root_it_is_given(outside: Path, tmp_path: Path, sdkgen: Callable[..., Run]) -> None:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    spec = spec_dir / "api.yaml"
    spec.write_text(_spec("../outside/secret.yaml#/Leak"), encoding="utf-8")
    run = sdkgen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "p", "--ref-root", str(tmp_path), cwd=tmp_path)
    assert run.code == 0, run.err
    assert SECRET in (tmp_path / "out" / "p" / "models" / "leak.py").read_text(encoding="utf-8")


def test_a_configured_targets_refs_may_read_the_project_and_no_further(outside: Path, tmp_path: Path, sdkgen: Callable[..., Run]) -> None:
    project = tmp_path / "project"
    (project / "spec").mkdir(parents=True)
    (project / "shared").mkdir()
    (project / "shared" / "schemas.yaml").write_text("Thing:\n  type: object\n  properties:\n    name: {type: string}\n", encoding="utf-8")
    (project / "spec" / "api.yaml").write_text(_spec("../shared/schemas.yaml#/Thing"), encoding="utf-8")
    (project / "pyproject.toml").write_text(
        '[tool.sdkgen.targets.api]\nspec = "spec/api.yaml"\nout = "generated/api"\npackage = "api"\n', encoding="utf-8"
    )
    assert sdkgen("generate", cwd=project).code == 0
    assert sdkgen("validate", cwd=project).code == 0
    (project / "spec" / "api.yaml").write_text(_spec("../../outside/secret.yaml#/Leak"), encoding="utf-8")
    before = snapshot(project / "generated")
    run = sdkgen("generate", cwd=project)
    assert run.code == 2 and "is outside" in run.err and SECRET not in run.err
    assert snapshot(project / "generated") == before


@pytest.fixture
def generated(tmp_path: Path, write_spec: Callable[..., Path], sdkgen: Callable[..., Run]) -> tuple[Path, Path]:
    """A spec and its generated output."""
    spec = write_spec(_spec("#/components/schemas/Thing") + "components:\n  schemas:\n    Thing: {type: object, properties: {name: {type: string}}}\n", "spec/api.yaml")
    out = tmp_path / "out"
    assert sdkgen("generate", "--spec", str(spec), "--out", str(out), "--package", "p", cwd=tmp_path).code == 0
    return spec, out


@pytest.mark.parametrize("command", ["generate", "check"])
@pytest.mark.parametrize("listed", ["absolute", "parent"])
def test_a_manifest_naming_a_file_outside_the_output_is_an_error_and_nothing_is_deleted_or_shown(
    command: str, listed: str, generated: tuple[Path, Path], tmp_path: Path, sdkgen: Callable[..., Run]
) -> None:
    spec, out = generated
    victim = tmp_path / "NEIGHBOUR.txt"
    victim.write_text("keep me: private words\n", encoding="utf-8")
    name = str(victim) if listed == "absolute" else "../NEIGHBOUR.txt"
    manifest = out / ".sdkgen-manifest"
    manifest.write_text(manifest.read_text(encoding="utf-8") + f"{'0' * 64} {'0' * 64} - {name}\n", encoding="utf-8")
    spec.write_text(spec.read_text(encoding="utf-8").replace("name:", "title:"), encoding="utf-8")  # something to do
    before = snapshot(out)
    run = sdkgen(command, "--spec", str(spec), "--out", str(out), "--package", "p", cwd=tmp_path)
    assert run.code == 2
    assert "is not a path inside the output folder" in run.err and ".sdkgen-manifest:" in run.err
    assert "private words" not in run.out + run.err
    assert victim.read_text(encoding="utf-8") == "keep me: private words\n"
    assert snapshot(out) == before


def test_nothing_is_written_through_a_symlink_inside_the_output(generated: tuple[Path, Path], tmp_path: Path, sdkgen: Callable[..., Run]) -> None:
    spec, out = generated
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    models = out / "p" / "models"
    for path in models.iterdir():
        path.unlink()
    models.rmdir()
    models.symlink_to(elsewhere, target_is_directory=True)
    spec.write_text(spec.read_text(encoding="utf-8").replace("name:", "title:"), encoding="utf-8")
    run = sdkgen("generate", "--spec", str(spec), "--out", str(out), "--package", "p", cwd=tmp_path)
    assert run.code == 2 and "symbolic link inside the output folder" in run.err
    assert list(elsewhere.iterdir()) == []


ALIAS_BOMB = """\
openapi: 3.0.3
info: {title: T, version: "1"}
x-laughs:
  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
  f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
  g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
  h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
  i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
paths: {}
"""
SELF_ALIAS = 'openapi: 3.0.3\ninfo: {title: T, version: "1"}\nx-loop: &loop\n  again: *loop\npaths: {}\n'


@pytest.mark.parametrize(("text", "message"), [(ALIAS_BOMB, "YAML aliases expand this document to"), (SELF_ALIAS, "alias is used inside what it names")])
@pytest.mark.parametrize("command", ["generate", "validate", "lint"])
def test_yaml_alias_bombs_are_refused_at_once(text: str, message: str, command: str, tmp_path: Path) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(text, encoding="utf-8")
    args = {"generate": ["generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "p"], "validate": ["validate", str(spec)], "lint": ["lint", str(spec)]}
    # The timeout only keeps a regression from hanging the suite; how fast it is, bench/ says.
    done = subprocess.run([sys.executable, "-m", "generator", *args[command]], check=False, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_aliases_that_reuse_blocks_are_read(tmp_path: Path, sdkgen: Callable[..., Run]) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(
        _spec("#/components/schemas/Thing")
        + "components:\n  schemas:\n    Thing: &thing {type: object, properties: {name: {type: string}}}\n    Other: *thing\n",
        encoding="utf-8",
    )
    assert sdkgen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "p", cwd=tmp_path).code == 0


def _deep_spec(path: Path, depth: int) -> Path:
    schema: dict[str, object] = {"type": "object", "properties": {"leaf": {"type": "string"}}}
    for level in range(depth):
        schema = {"type": "object", "properties": {f"level{level}": schema}}
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}
    spec = {"openapi": "3.0.3", "info": {"title": "Deep", "version": "1"}, "paths": {"/things": {"get": {"operationId": "getThing", "responses": ok}}}}
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5 * depth + 1000))  # json.dumps recurses too
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


@pytest.mark.parametrize("depth", [50, 300])
def test_deeply_nested_schemas_generate_with_names_a_file_system_takes(depth: int, tmp_path: Path, sdkgen: Callable[..., Run]) -> None:
    out = tmp_path / "out"
    run = sdkgen("generate", "--spec", str(_deep_spec(tmp_path / "deep.json", depth)), "--out", str(out), "--package", "p", cwd=tmp_path)
    assert run.code == 0, run.err
    models = [p for p in (out / "p" / "models").iterdir() if p.name != "__init__.py"]
    assert len(models) == depth + 1  # one model per level, the response's included
    assert max(len(p.stem) for p in models) <= 80
    source = (out / "p" / "models" / "get_thing_response.py").read_text(encoding="utf-8")
    assert f"level{depth - 1}:" in source


def test_a_spec_too_deep_to_read_says_so(tmp_path: Path, sdkgen: Callable[..., Run]) -> None:
    run = sdkgen("generate", "--spec", str(_deep_spec(tmp_path / "deep.json", 2000)), "--out", str(tmp_path / "out"), "--package", "p", cwd=tmp_path)
    assert run.code == 2
    assert "nests deeper than" in run.err and "flatten it with $ref" in run.err
    assert not (tmp_path / "out").exists()


CYCLE = """\
components:
  schemas:
    A: {$ref: '#/components/schemas/B'}
    B: {$ref: '#/components/schemas/A'}
"""


@pytest.mark.parametrize("command", ["generate", "validate", "lint"])
def test_a_ref_cycle_is_reported_once_whole(command: str, tmp_path: Path, sdkgen: Callable[..., Run]) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(_spec("#/components/schemas/A") + CYCLE, encoding="utf-8")
    args = {"generate": ["generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "p"], "validate": ["validate", str(spec)], "lint": ["lint", str(spec)]}
    run = sdkgen(*args[command], cwd=tmp_path)
    said = run.out + run.err
    assert run.code == (1 if command == "lint" else 2), said
    assert said.count("circular $ref") == 1, said
    assert "/components/schemas/A -> /components/schemas/B -> /components/schemas/A" in said
    assert "Traceback" not in said and "nests deeper" not in said


def test_is_current_reads_no_spec_file_the_manifest_names_outside_the_reference_root(
    generated: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import manifest

    read: list[Path] = []
    digest = manifest._file_digest
    monkeypatch.setattr(manifest, "_file_digest", lambda path: read.append(path.resolve()) or digest(path))
    spec, out = generated
    foreign = tmp_path / "foreign.yaml"
    foreign.write_text("x: 1\n", encoding="utf-8")
    path = out / ".sdkgen-manifest"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("#   package", f"#   spec {'0' * 64} {os.path.relpath(foreign, out)}\n#   package", 1), encoding="utf-8")
    assert manifest.is_current(spec, out, "p") is False
    assert foreign.resolve() not in read

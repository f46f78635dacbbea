"""Regeneration does only the work a change calls for, and never trusts what it cannot verify.

The manifest records what an output is made from and what each file was formatted from
(`generator.manifest`); these tests prove what that may skip and what it must not.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FIXTURES, Run, snapshot

from generator import manifest
from generator.render import RUNTIME_MODULES

GOOD = FIXTURES / "split" / "api.yaml"


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    """A copy of the split fixture spec (root and parts), free to edit."""
    shutil.copytree(GOOD.parent, tmp_path / "split")
    return tmp_path / "split" / "api.yaml"


@pytest.fixture
def formatted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths black is asked to format (still formatted for real)."""
    from generator import format as format_module

    calls: list[str] = []
    real = format_module.format_source

    def counting(path: str, source: str) -> str:
        calls.append(path)
        return real(path, source)

    monkeypatch.setattr(format_module, "format_source", counting)
    return calls


def generate(sdkgen: Callable[..., Run], spec: Path, out: Path, *flags: str) -> Run:
    run = sdkgen("generate", *flags, "--spec", str(spec), "--out", str(out), "--package", "split_api")
    assert run.code == 0, run.err
    return run


def check(sdkgen: Callable[..., Run], spec: Path, out: Path, *flags: str) -> Run:
    return sdkgen("check", *flags, "--spec", str(spec), "--out", str(out), "--package", "split_api")


def test_the_manifest_names_the_inputs_and_each_files_digests(sdkgen: Callable[..., Run], spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(sdkgen, spec, out)
    recorded = manifest.read(out)
    specs = sorted(line.split(" ", 2)[2] for line in recorded.inputs if line.startswith("spec "))
    assert specs == ["../split/api.yaml", "../split/parts/parameters.yaml", "../split/parts/responses.yaml", "../split/parts/schemas.yaml"]
    assert "package split_api in out" in recorded.inputs
    model = out / "split_api" / "models" / "widget.py"
    entry = recorded.entries["split_api/models/widget.py"]
    assert entry is not None and entry.written == manifest.digest(model.read_text(encoding="utf-8"))
    # Both digests are kept: where the formatters changed the template output, they differ.
    reformatted = [path for path, e in recorded.entries.items() if e is not None and e.rendered != e.written]
    assert reformatted and all(path.endswith(".py") for path in reformatted)


def test_nothing_changed_means_the_spec_is_not_even_read(
    sdkgen: Callable[..., Run], spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    generate(sdkgen, spec, out)
    before = snapshot(out)

    def no_loading(path: Path) -> None:
        raise AssertionError(f"{path} was loaded")

    monkeypatch.setattr("generator.load.Spec.load", no_loading)
    assert "up to date" in check(sdkgen, spec, out).out
    assert "up to date" in generate(sdkgen, spec, out).out
    assert snapshot(out) == before


def test_editing_one_operation_reformats_only_the_files_it_changes(
    sdkgen: Callable[..., Run], spec: Path, tmp_path: Path, formatted: list[str]
) -> None:
    out = tmp_path / "out"
    generate(sdkgen, spec, out)
    before = snapshot(out)
    spec.write_text(spec.read_text(encoding="utf-8").replace("Fetch a widget", "Fetch one widget by its id"), encoding="utf-8")
    formatted.clear()
    generate(sdkgen, spec, out)
    after = snapshot(out)
    changed = {path for path in after if after[path] != before.get(path) and path.endswith(".py")}
    assert changed and set(formatted) == changed
    for path in changed:  # of a changed file, only the chunk (a top-level def or class) that changed
        chunks = len(manifest.read(out).entries[path].chunks)  # type: ignore[union-attr]
        assert 1 <= formatted.count(path) < chunks
    assert check(sdkgen, spec, out, "--full").code == 0  # what was kept is what a full run writes


def test_a_hand_edit_is_found_although_no_input_changed(sdkgen: Callable[..., Run], spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(sdkgen, spec, out)
    model = out / "split_api" / "models" / "widget.py"
    model.write_text(model.read_text(encoding="utf-8").replace('"""', '"""Edited. ', 1), encoding="utf-8")
    run = check(sdkgen, spec, out)
    assert run.code == 1 and "split_api/models/widget.py" in run.err
    assert any(line.startswith("-") and "Edited." in line for line in run.out.splitlines())
    generate(sdkgen, spec, out)
    assert "Edited." not in model.read_text(encoding="utf-8")


def test_a_new_generator_or_template_is_an_input_change(
    sdkgen: Callable[..., Run], spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, formatted: list[str]
) -> None:
    out = tmp_path / "out"
    generate(sdkgen, spec, out)
    monkeypatch.setattr(manifest, "sdkgen_digest", lambda: "0" * 64)
    run = check(sdkgen, spec, out)
    assert run.code == 1 and ".sdkgen-manifest" in run.err
    formatted.clear()
    generate(sdkgen, spec, out)
    assert formatted == []  # same template output: nothing to reformat, only the manifest is new
    assert "#   sdkgen " + "0" * 64 in (out / ".sdkgen-manifest").read_text(encoding="utf-8")


def test_full_formats_every_file(sdkgen: Callable[..., Run], spec: Path, tmp_path: Path, formatted: list[str]) -> None:
    out = tmp_path / "out"
    generate(sdkgen, spec, out)
    formatted.clear()
    generate(sdkgen, spec, out, "--full")
    # each once, whole; the runtime's modules are copied as they are, black-formatted already
    runtime = {f"{m}.py" for m in (*RUNTIME_MODULES, "_pagination")}
    assert sorted(formatted) == sorted(p for p in snapshot(out) if p.endswith(".py") and p.rsplit("/", 1)[-1] not in runtime)
    assert any(p.endswith("/_base_client.py") for p in snapshot(out))


def test_a_manifest_of_paths_only_is_still_honoured(sdkgen: Callable[..., Run], spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(sdkgen, spec, out)
    paths = list(manifest.read(out).entries)
    (out / manifest.NAME).write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")  # sdkgen 0.1
    (out / "split_api" / "stale.py").write_text("x = 1\n", encoding="utf-8")
    (out / manifest.NAME).write_text("".join(f"{p}\n" for p in [*paths, "split_api/stale.py"]), encoding="utf-8")
    generate(sdkgen, spec, out)
    assert not (out / "split_api" / "stale.py").exists()
    assert check(sdkgen, spec, out).code == 0


@pytest.mark.parametrize("name", ["constructs_31.yaml", "constructs_30.yaml", "paged.yaml", "hostile.yaml", "split/api.yaml"])
def test_formatting_chunk_by_chunk_is_formatting_whole_files(name: str) -> None:
    """What lets regeneration reformat only the top-level defs and classes that changed."""
    from generator import format as formatting
    from generator.build import build
    from generator.load import Spec
    from generator.render import render

    for f in render(build(Spec.load(FIXTURES / name), "fixture_api"), "out"):
        if f.path.endswith(".py"):
            pieces = formatting.split(f.content)
            chunks = formatting.format_sources([(f.path, chunk) for chunk in pieces])
            [whole] = formatting.format_sources([(f.path, f.content)])
            assert "\n\n".join(chunks) == whole, f.path


@pytest.mark.parametrize("ruff", ["present", "missing"])
def test_what_is_written_is_black_formatted_whether_ruff_runs_or_not(ruff: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """ruff only lays code out before black: without it (or when it fails) black alone formats, and
    with it black still has the last word, so `black --check` passes on what is written either way."""
    import black
    import ruff as ruff_package

    from generator import format as formatting
    from generator.build import build
    from generator.load import Spec
    from generator.render import render

    if ruff == "missing":
        monkeypatch.setattr(ruff_package, "find_ruff_bin", lambda: (_ for _ in ()).throw(FileNotFoundError("no ruff")))
    mode = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)
    files = [f for f in render(build(Spec.load(FIXTURES / "constructs_31.yaml"), "fixture_api"), "out") if f.path.endswith(".py")]
    written = formatting.format_sources([(f.path, f.content) for f in files])
    for f, text in zip(files, written, strict=True):
        assert black.format_str(text, mode=mode) == text, f.path
        if ruff == "missing":
            assert text == black.format_str(f.content, mode=mode), f.path


def test_tools_caches_beside_the_templates_are_no_input(tmp_path: Path) -> None:
    """ruff, mypy and Python write caches into the folders they check: a checkout where they ran and
    a clean clone of the same commit must agree on what sdkgen is (or `check` fails on CI)."""
    for name in ("a.py.jinja", "runtime/_base_client.py", "runtime/.ruff_cache/0.17/123", "runtime/__pycache__/x.pyc", ".mypy_cache/3.11/x.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in manifest.source_files(tmp_path)) == ["a.py.jinja", "runtime/_base_client.py"]

"""The `sdkgen` command as a user meets it: clear errors, drift checks, safe writes."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, Run, snapshot
from generator.errors import fail
from generator.write import MANIFEST

GOOD = FIXTURES / "split" / "api.yaml"


@pytest.fixture
def generated(sdkgen: Callable[..., Run], tmp_path: Path) -> Path:
    """An output folder generated from a good spec, that bad input must leave as it is."""
    out = tmp_path / "out"
    assert sdkgen("generate", "--spec", str(GOOD), "--out", str(out), "--package", "split_api").code == 0
    return out


BAD_SPECS = {
    "invalid_yaml": ("openapi: 3.1.0\ninfo: {title: t, version: '1'\npaths: {}\n", "invalid YAML", 3),
    "not_openapi": ("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", "not an OpenAPI 3.0 or 3.1 document", 1),
    "unresolvable_ref": (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: '#/components/schemas/Missing'}\n",
        "unresolvable $ref '#/components/schemas/Missing'",
        11,
    ),
    "missing_ref_file": (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n"
        "        '200': {$ref: 'nowhere.yaml#/Ok'}\n",
        "cannot resolve $ref 'nowhere.yaml#/Ok'",
        7,
    ),
}

# Defects of a spec that do not stop correct code: warnings by default, errors with --strict.
DEFECTIVE_SPECS = {
    "fails_validation": (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n        '200': {content: {}}\n",
        "invalid OpenAPI",
        7,
    ),
    "duplicate_operation_id": (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n"
        "  /a:\n    get:\n      operationId: Same\n      responses: {'200': {description: ok}}\n"
        "  /b:\n    get:\n      operationId: Same\n      responses: {'200': {description: ok}}\n",
        "duplicate operationId 'Same' (first used at",
        10,
    ),
    "unresolvable_ref_in_an_unused_component": (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses: {'200': {description: ok}}\n"
        "components:\n  schemas:\n    Unused: {$ref: '#/components/schemas/Missing'}\n",
        "unresolvable $ref '#/components/schemas/Missing'",
        9,
    ),
    "title_on_an_operation": (
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    post:\n      title: Post x\n"
        "      responses: {'200': {description: ok}}\n",
        "'title' was unexpected",
        5,
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_SPECS))
def test_bad_input_is_one_clear_message_with_its_line_and_exit_2(
    case: str, sdkgen: Callable[..., Run], generated: Path, tmp_path: Path
) -> None:
    text, message, line = BAD_SPECS[case]
    spec = tmp_path / f"{case}.yaml"
    spec.write_text(text, encoding="utf-8")
    before = snapshot(generated)
    run = sdkgen("generate", "--spec", str(spec), "--out", str(generated), "--package", "split_api")
    assert run.code == 2
    assert message in run.err
    assert f"{case}.yaml:{line}:" in run.err
    assert "Traceback" not in run.err
    assert snapshot(generated) == before


@pytest.mark.parametrize("case", sorted(DEFECTIVE_SPECS))
def test_a_defect_that_does_not_stop_correct_code_is_a_warning_and_an_error_with_strict(
    case: str, sdkgen: Callable[..., Run], generated: Path, tmp_path: Path
) -> None:
    text, message, line = DEFECTIVE_SPECS[case]
    spec = tmp_path / f"{case}.yaml"
    spec.write_text(text, encoding="utf-8")
    before = snapshot(generated)
    strict = sdkgen("generate", "--strict", "--spec", str(spec), "--out", str(generated), "--package", "split_api")
    assert strict.code == 2 and message in strict.err and f"{case}.yaml:{line}:" in strict.err
    assert snapshot(generated) == before
    assert sdkgen("validate", str(spec)).code == 2

    lenient = sdkgen("generate", "--spec", str(spec), "--out", str(generated), "--package", "split_api")
    assert lenient.code == 0, lenient.err
    [warning] = [line for line in lenient.err.splitlines() if message in line]
    assert f"{case}.yaml:{line}:" in warning and ": warning: " in warning
    assert "Traceback" not in lenient.err
    assert snapshot(generated) != before


def test_a_missing_spec_file_is_named(sdkgen: Callable[..., Run], generated: Path, tmp_path: Path) -> None:
    before = snapshot(generated)
    run = sdkgen("generate", "--spec", str(tmp_path / "absent.yaml"), "--out", str(generated), "--package", "split_api")
    assert run.code == 2
    assert "spec file not found" in run.err and "absent.yaml" in run.err
    assert snapshot(generated) == before


def test_generation_is_deterministic(sdkgen: Callable[..., Run], generated: Path, tmp_path: Path) -> None:
    # Elsewhere, at the same depth and with the same name: the manifest names the spec relative to it.
    again = tmp_path.parent / f"{tmp_path.name}-again" / "out"
    assert sdkgen("generate", "--spec", str(GOOD), "--out", str(again), "--package", "split_api").code == 0
    assert snapshot(again) == snapshot(generated)
    assert sdkgen("check", "--spec", str(GOOD), "--out", str(generated), "--package", "split_api").code == 0
    assert sdkgen("check", "--full", "--spec", str(GOOD), "--out", str(again), "--package", "split_api").code == 0


def test_a_failure_while_generating_leaves_the_output_untouched(
    sdkgen: Callable[..., Run], generated: Path, monkeypatch: pytest.MonkeyPatch, write_spec: Callable[..., Path]
) -> None:
    changed = write_spec(GOOD.read_text(encoding="utf-8").replace("Fetch a widget", "Fetch one widget"), "split/api.yaml")
    shutil.copytree(GOOD.parent / "parts", changed.parent / "parts")
    calls = []

    def fail_on_the_second_file(path: str, source: str) -> str:
        calls.append(path)
        if len(calls) == 2:
            raise fail(f"simulated failure formatting {path}")
        return source

    monkeypatch.setattr("generator.format.format_source", fail_on_the_second_file)
    before = snapshot(generated)
    run = sdkgen("generate", "--spec", str(changed), "--out", str(generated), "--package", "split_api")
    assert run.code == 2 and "simulated failure" in run.err
    assert snapshot(generated) == before


def test_a_new_output_folder_appears_complete_or_not_at_all(
    sdkgen: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new folder is written beside its place and renamed into it: a failure (here, the disk filling
    up at the last file) leaves neither the folder nor anything beside it."""
    out = tmp_path / "fresh" / "out"
    real_open = open
    opened = []

    def disk_full_at_the_manifest(file: Path, *args: object, **kwargs: object) -> object:
        opened.append(file)
        if Path(file).name == MANIFEST:
            raise OSError(28, "No space left on device", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("generator.write.open", disk_full_at_the_manifest, raising=False)
    run = sdkgen("generate", "--spec", str(GOOD), "--out", str(out), "--package", "split_api")
    assert run.code == 2
    assert "No space left on device" in run.err and "nothing was written" in run.err
    assert "Traceback" not in run.err
    assert len(opened) > 10  # every file but the manifest was written, beside the folder
    assert list((tmp_path / "fresh").iterdir()) == []


def test_written_files_get_the_permissions_of_any_new_file(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    """Not the 0600 of a temporary file; a file sdkgen replaces keeps the permissions it had."""
    previous = os.umask(0o022)
    try:
        out = tmp_path / "out"
        assert sdkgen("generate", "--spec", str(GOOD), "--out", str(out), "--package", "split_api").code == 0
        modes = {stat.S_IMODE(p.stat().st_mode) for p in out.rglob("*")}
        assert modes == {0o644, 0o755}
        readme = out / "README.md"
        readme.chmod(0o640)
        before = readme.read_text(encoding="utf-8")
        (out / "pyproject.toml").unlink()
        spec = tmp_path / "split" / "api.yaml"
        shutil.copytree(GOOD.parent, spec.parent)
        spec.write_text(GOOD.read_text(encoding="utf-8").replace("Fetch a widget", "Fetch one widget"), encoding="utf-8")
        assert sdkgen("generate", "--spec", str(spec), "--out", str(out), "--package", "split_api").code == 0
        assert readme.read_text(encoding="utf-8") != before  # replaced, and
        assert stat.S_IMODE(readme.stat().st_mode) == 0o640
        assert stat.S_IMODE((out / "pyproject.toml").stat().st_mode) == 0o644
    finally:
        os.umask(previous)


def test_files_the_spec_no_longer_produces_are_removed_and_others_kept(
    sdkgen: Callable[..., Run], generated: Path, write_spec: Callable[..., Path]
) -> None:
    (generated / "notes.txt").write_text("mine", encoding="utf-8")
    model = generated / "split_api" / "models" / "colour.py"
    assert model.is_file()
    without_enum = GOOD.read_text(encoding="utf-8")
    spec = write_spec(without_enum, "split/api.yaml")
    shutil.copytree(GOOD.parent / "parts", spec.parent / "parts")
    schemas = spec.parent / "parts" / "schemas.yaml"
    schemas.write_text(schemas.read_text(encoding="utf-8").replace("    colour: {$ref: '#/Colour'}\n", ""), encoding="utf-8")
    run = sdkgen("generate", "--spec", str(spec), "--out", str(generated), "--package", "split_api")
    assert run.code == 0, run.err
    assert not model.exists()
    assert (generated / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_folder_sdkgen_did_not_write_is_refused(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "code.py").write_text("x = 1\n", encoding="utf-8")
    run = sdkgen("generate", "--spec", str(GOOD), "--out", str(foreign), "--package", "split_api")
    assert run.code == 2 and "was not generated by sdkgen" in run.err
    assert sorted(p.name for p in foreign.iterdir()) == ["code.py"]


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """This project's specs, configuration and committed output, in a folder the test may change."""
    copy = tmp_path / "project"
    copy.mkdir()
    for name in ("spec", "generated", "docs"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def test_check_fails_with_a_diff_when_a_spec_changed_and_passes_after_generate(
    sdkgen: Callable[..., Run], project_copy: Path
) -> None:
    assert sdkgen("check", cwd=project_copy).code == 0
    spec = project_copy / "spec" / "twilio.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("summary: Update a conference", "summary: End or announce into a conference"), encoding="utf-8")
    run = sdkgen("check", cwd=project_copy)
    assert run.code == 1
    assert "+++ b/twilio_api/resources/conferences.py" in run.out
    assert '+        """End or announce into a conference' in run.out
    assert "changed:" in run.err and "conferences.py" in run.err
    assert "run `sdkgen generate`" in run.err
    assert sdkgen("generate", "--target", "twilio", cwd=project_copy).code == 0
    assert sdkgen("check", cwd=project_copy).code == 0


def test_check_names_files_to_add_and_remove(sdkgen: Callable[..., Run], project_copy: Path) -> None:
    stale = project_copy / "generated" / "signalwire" / "signalwire_api" / "models" / "call.py"
    stale.unlink()
    run = sdkgen("check", "--target", "signalwire", cwd=project_copy)
    assert run.code == 1
    assert "to add:" in run.err and "models/call.py" in run.err


def test_unknown_target_is_a_user_error(sdkgen: Callable[..., Run]) -> None:
    run = sdkgen("check", "--target", "nope")
    assert run.code == 2
    assert "no target named 'nope'" in run.err and "twilio" in run.err


def test_validate_reports_every_configured_spec(sdkgen: Callable[..., Run]) -> None:
    run = sdkgen("validate")
    assert run.code == 0
    assert "spec/twilio.yaml: valid" in run.out and "spec/signalwire.yaml: valid" in run.out


@pytest.mark.parametrize(("package", "message"), [("None", "not an importable"), ("class", "not an importable"), ("httpx", "would shadow"), ("json", "would shadow")])
def test_a_package_name_that_cannot_be_imported_or_shadows_a_module_is_refused(
    package: str, message: str, sdkgen: Callable[..., Run], generated: Path, tmp_path: Path
) -> None:
    before = snapshot(generated)
    run = sdkgen("generate", "--spec", str(GOOD), "--out", str(tmp_path / "elsewhere"), "--package", package)
    assert run.code == 2 and message in run.err and "Traceback" not in run.err
    assert not (tmp_path / "elsewhere").exists() and snapshot(generated) == before


def test_generate_says_one_summary_line_per_target_and_quiet_says_nothing(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    """Piped (not a terminal): no progress, one line with files, operations, warnings and seconds."""
    import re

    spec = FIXTURES / "paging_styles.yaml"
    run = sdkgen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "styles_api")
    assert run.code == 0
    [line] = run.out.splitlines()
    assert re.fullmatch(r".*\(\d+ files; \d+ added, 0 changed, 0 removed; 6 operations, 0 warnings, \d+\.\d s\)", line), line
    assert "\x1b" not in run.out + run.err
    quiet = sdkgen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "styles_api", "--full", "--quiet")
    assert quiet.code == 0 and quiet.out == "" and quiet.err == ""


def test_on_a_terminal_each_phase_shows_as_it_starts() -> None:
    import io

    from generator.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    progress = Progress("twilio", stream=screen)
    progress.phase("formatting 487 files")
    assert screen.getvalue().endswith("twilio: formatting 487 files...")
    assert progress.done() >= 0 and screen.getvalue().endswith("\r\x1b[K")  # the line is cleared for the summary
    piped = io.StringIO()
    Progress("twilio", stream=piped).phase("formatting")
    assert piped.getvalue() == ""

"""`sdkgen lint`: each rule fires exactly where its fixture marks `# fires: rule-id`, and nowhere else."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, Run
from generator.lint import RULES, Severity, lint_files

LINT = FIXTURES / "lint"
MARK = re.compile(r"#\s*fires:\s*([a-z-]+)")


def marked(path: Path, rule: str) -> set[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {number for number, line in enumerate(lines, 1) for found in MARK.findall(line) if found == rule}


def fired(paths: list[Path], rule: str) -> set[int]:
    return {f.location.line or 0 for f in lint_files(paths) if f.rule == rule}


def _rules() -> list[str]:
    from generator.lint.engine import _register_rules

    _register_rules()
    return sorted(r for r in RULES if not RULES[r].cross_spec)


@pytest.mark.parametrize("rule", _rules())
def test_rule_fires_exactly_where_its_fixture_says(rule: str) -> None:
    fixture = LINT / f"{rule}.yaml"
    expected = marked(fixture, rule)
    assert expected, f"{fixture.name} marks no line where {rule} fires"
    assert fired([fixture], rule) == expected


def test_every_rule_has_a_fixture() -> None:
    _rules()
    fixtures = {p.stem for p in LINT.glob("*.yaml")} | {"cross-spec"}
    assert set(RULES) <= fixtures


def test_cross_spec_differences_are_infos_on_the_second_spec() -> None:
    a, b = LINT / "cross-spec-a.yaml", LINT / "cross-spec-b.yaml"
    findings = [f for f in lint_files([a, b]) if f.rule == "cross-spec"]
    assert {f.location.line for f in findings} == marked(b, "cross-spec")
    assert all(f.severity is Severity.INFO and f.location.file.name == "cross-spec-b.yaml" for f in findings)
    text = "\n".join(f.message for f in findings)
    assert "path parameter #2 name: 'CallSid' here, 'Sid' there" in text
    assert "path parameter #1 type: string/uuid here, string/pattern ^AC[0-9a-f]{32}$ there" in text
    assert "body field Status: enum [busy, canceled, completed] here, enum [canceled, completed] there" in text
    assert "Queues" not in text  # only vendor A has it: nothing to compare


def test_the_seed_pages_bad_examples_give_exactly_the_expected_findings() -> None:
    fixture = LINT / "seed-examples.yaml"
    findings = [f for f in lint_files([fixture], ref_root=ROOT) if f.rule.startswith("example")]  # it refers to spec/
    found = {(f.rule, f.location.line) for f in findings}
    expected = {(rule, line) for rule in ("example-valid", "example-unknown-property") for line in marked(fixture, rule)}
    assert found == expected
    messages = {f.location.line: f.message for f in findings}
    sept = next(line for line in marked(fixture, "example-valid") if "Sept" in fixture.read_text().splitlines()[line - 1])
    assert "is not a 'date-time-rfc-2822'" in messages[sept]
    assert "'PlayBeep', which the schema does not define" in " ".join(messages.values())
    assert "'HEAD' is not one of ['GET', 'POST']" in " ".join(messages.values())


def test_our_specs_lint_clean(sdkgen: Callable[..., Run]) -> None:
    run = sdkgen("lint", "--strict")
    assert run.code == 0, run.out
    assert "0 errors, 0 warnings" in run.out


def test_x_lint_ignore_silences_a_rule_at_and_below_its_node(write_spec: Callable[..., Path]) -> None:
    text = (LINT / "id-format.yaml").read_text(encoding="utf-8")
    silenced = text.replace("    Recording:\n      type: object\n", "    Recording:\n      x-lint-ignore: [id-format]\n      type: object\n")
    path = write_spec(silenced, "ignored.yaml")
    lines = fired([path], "id-format")
    assert len(lines) == 1  # the path parameter still fires; the schema's field does not


def test_errors_exit_1_and_warnings_only_with_strict(sdkgen: Callable[..., Run]) -> None:
    assert sdkgen("lint", str(LINT / "enum.yaml")).code == 1
    warnings_only = LINT / "servers.yaml"
    assert sdkgen("lint", str(warnings_only)).code == 0
    assert sdkgen("lint", "--strict", str(warnings_only)).code == 1


def test_text_output_names_file_line_column_rule_and_fix(sdkgen: Callable[..., Run]) -> None:
    run = sdkgen("lint", "--color", "never", str(LINT / "id-format.yaml"))
    line = next(text for text in run.out.splitlines() if "[id-format]" in text and "'Sid'" in text)
    [number] = [n for n in marked(LINT / "id-format.yaml", "id-format") if "Sid," in (LINT / "id-format.yaml").read_text().splitlines()[n - 1]]
    assert line.startswith(f"tests/fixtures/lint/id-format.yaml:{number}:11: warning [id-format] id parameter 'Sid' has no pattern or format; add one")
    coloured = sdkgen("lint", "--color", "always", str(LINT / "id-format.yaml")).out
    assert "\033[33mwarning\033[0m" in coloured


def test_json_output(sdkgen: Callable[..., Run]) -> None:
    records = json.loads(sdkgen("lint", "--format", "json", str(LINT / "enum.yaml")).out)
    enum_records = [r for r in records if r["rule"] == "enum"]
    assert {r["line"] for r in enum_records} == marked(LINT / "enum.yaml", "enum")
    assert set(enum_records[0]) == {"rule", "severity", "message", "file", "line", "column", "pointer"}
    assert enum_records[0]["pointer"].startswith("/components/schemas/")


def test_github_annotations(sdkgen: Callable[..., Run]) -> None:
    out = sdkgen("lint", "--format", "github", str(LINT / "enum.yaml")).out
    assert re.search(r"^::error file=tests/fixtures/lint/enum\.yaml,line=\d+,col=\d+,title=enum::enum is empty", out, re.M)


def test_sarif_output(sdkgen: Callable[..., Run]) -> None:
    log = json.loads(sdkgen("lint", "--format", "sarif", str(LINT / "enum.yaml")).out)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    result = next(r for r in run["results"] if r["ruleId"] == "enum")
    assert rules[result["ruleIndex"]] == "enum" and result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] in marked(LINT / "enum.yaml", "enum")


def test_rules_are_configured_in_pyproject(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text((LINT / "enum.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.sdkgen.targets.t]\nspec = "spec.yaml"\nout = "out"\npackage = "t"\n'
        '[tool.sdkgen.lint.rules]\nenum = "warning"\nopenapi-semantics = "warning"\ndescription = "off"\n',
        encoding="utf-8",
    )
    run = sdkgen("lint", cwd=tmp_path)
    assert run.code == 0  # enum findings are warnings now
    assert "warning [enum]" in run.out and "[description]" not in run.out
    (tmp_path / "pyproject.toml").write_text('[tool.sdkgen.targets.t]\nspec = "spec.yaml"\nout = "out"\npackage = "t"\n[tool.sdkgen.lint.rules]\nno-such-rule = "off"\n')
    run = sdkgen("lint", cwd=tmp_path)
    assert run.code == 2 and "unknown rule 'no-such-rule'" in run.err


def test_a_path_item_kept_in_another_file_is_linted(tmp_path: Path) -> None:
    """`paths: {/calls: {$ref: 'paths.yaml#/calls'}}`: its operations are checked (reported at their
    path), and its own path-level parameters count as declared."""
    (tmp_path / "paths.yaml").write_text(
        "call:\n"
        "  parameters: [{name: id, in: path, required: true, description: The call, schema: {type: string}}]\n"
        "  get:\n"
        "    operationId: fetchCall\n"
        "    responses: {'200': {description: ok}}\n",
        encoding="utf-8",
    )
    spec = tmp_path / "api.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /calls/{id}:\n    $ref: 'paths.yaml#/call'\n",
        encoding="utf-8",
    )
    findings = {(f.rule, f.location.line) for f in lint_files([spec])}
    assert ("description", 4) in findings  # the operation has no summary: found behind the $ref, reported at its path
    assert not any(rule == "path-params" for rule, _ in findings)

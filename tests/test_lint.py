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


SARIF_SCHEMA = ROOT / "node_modules" / "@microsoft" / "jest-sarif" / "lib" / "schemas" / "sarif-2.1.0-rtm.5.json"


@pytest.mark.skipif(not SARIF_SCHEMA.is_file(), reason="the SARIF schema comes with the Node tools (npm ci)")
def test_sarif_is_valid_and_reads_well_in_code_scanning(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    """Valid against the SARIF 2.1.0 schema; each rule described, with help; files relative to
    %SRCROOT% (the folder sdkgen ran in), so GitHub maps them onto the checkout."""
    import jsonschema

    outside = tmp_path / "elsewhere spec.yaml"
    outside.write_text((LINT / "enum.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    log = json.loads(sdkgen("lint", "--format", "sarif", str(LINT / "enum.yaml"), str(outside)).out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    run = log["runs"][0]
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["fullDescription"]["text"] and rule["help"]["text"] and rule["help"]["markdown"], rule["id"]
        assert f"x-lint-ignore: [{rule['id']}]" in rule["help"]["text"]
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == ROOT.resolve().as_uri() + "/"
    files = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]}
    assert files["tests/fixtures/lint/enum.yaml"] == {"uri": "tests/fixtures/lint/enum.yaml", "uriBaseId": "SRCROOT"}
    assert files[outside.resolve().as_uri()] == {"uri": outside.resolve().as_uri()}  # outside the root: a whole file URI, quoted
    assert "%20" in outside.resolve().as_uri()


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


CUSTOM_RULES = '''\
"""The project's own rules: every operationId starts with a verb we use."""

from generator.lint import Severity, rule
from generator.lint.walk import operations

VERBS = ("List", "Fetch", "Create", "Update", "Delete")


@rule("operation-id-verb", Severity.WARNING, "operationIds start with one of our verbs")
def operation_id_verb(spec):
    for op in operations(spec):
        name = str(op.value.get("operationId", ""))
        if not name.startswith(VERBS):
            yield f"operationId {name!r} starts with none of {', '.join(VERBS)}; rename it", op.pointer + "/operationId", None
'''


def _project(tmp_path: Path, rules_file: str, settings: str = "") -> Path:
    (tmp_path / "lint").mkdir()
    (tmp_path / "lint" / "rules.py").write_text(rules_file, encoding="utf-8")
    (tmp_path / "spec.yaml").write_text((LINT / "operation-id.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.sdkgen.targets.t]\nspec = "spec.yaml"\nout = "out"\npackage = "t"\n'
        f'[tool.sdkgen.lint]\ncustom-rules = ["lint/rules.py"]\n{settings}',
        encoding="utf-8",
    )
    return tmp_path


def test_a_project_adds_its_own_rule_as_a_python_function(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    project = _project(tmp_path, CUSTOM_RULES)
    run = sdkgen("lint", "--format", "json", cwd=project)
    mine = [f for f in json.loads(run.out) if f["rule"] == "operation-id-verb"]
    assert mine and all(f["severity"] == "warning" and f["pointer"].endswith("/operationId") and f["line"] for f in mine)
    assert any(f["rule"] != "operation-id-verb" for f in json.loads(run.out))  # beside the built-in rules
    sarif = json.loads(sdkgen("lint", "--format", "sarif", cwd=project).out)
    assert "operation-id-verb" in [r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]]


def test_a_projects_rule_is_configured_like_the_others(sdkgen: Callable[..., Run], tmp_path: Path) -> None:
    project = _project(tmp_path, CUSTOM_RULES, '[tool.sdkgen.lint.rules]\noperation-id-verb = "error"\n')
    found = [f for f in json.loads(sdkgen("lint", "--format", "json", cwd=project).out) if f["rule"] == "operation-id-verb"]
    assert found and {f["severity"] for f in found} == {"error"}


@pytest.mark.parametrize(
    ("rules_file", "said"),
    [
        ("raise ValueError('oops')\n", "failed to load: ValueError: oops"),
        (CUSTOM_RULES.replace('"operation-id-verb"', '"enum"'), "take the id of a rule sdkgen has: enum"),
    ],
)
def test_a_broken_rule_file_is_one_error_naming_it(sdkgen: Callable[..., Run], tmp_path: Path, rules_file: str, said: str) -> None:
    run = sdkgen("lint", cwd=_project(tmp_path, rules_file))
    assert run.code == 2 and said in run.err and "rules.py" in run.err and "Traceback" not in run.err


def test_past_a_bound_a_semantic_error_is_located_at_its_part_not_searched_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each error found through a $ref costs a walk of the whole document to locate; past
    WHOLE_SEARCHES of them an error is reported at its path item, never at 1:1, never slowly."""
    from generator import validate

    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n"
        + "".join(
            f"  /{name}:\n    get:\n      operationId: Get{name}\n      parameters: [{{name: n, in: query, schema: {{$ref: '#/components/schemas/{name}'}}}}]\n"
            f"      responses: {{'200': {{description: ok}}}}\n"
            for name in ("A", "B")
        )
        + "components:\n  schemas:\n    A: {type: integer, maximum: 1, default: 5}\n    B: {type: integer, maximum: 1, default: 6}\n",
        encoding="utf-8",
    )
    found = {f.location.pointer for f in lint_files([spec]) if f.rule == "openapi-semantics"}
    assert found == {"/components/schemas/A/default", "/components/schemas/B/default"}
    monkeypatch.setattr(validate, "WHOLE_SEARCHES", 1)
    found = {f.location.pointer for f in lint_files([spec]) if f.rule == "openapi-semantics"}
    assert "" not in found and found & {"/paths/~1A", "/paths/~1B"}

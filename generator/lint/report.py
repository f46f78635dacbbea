"""Lint findings as text (coloured on a terminal), JSON, GitHub workflow annotations or SARIF 2.1.0."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from generator import __version__
from generator.lint.engine import RULES, Finding, Rule, Severity

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET, _DIM = "\033[0m", "\033[2m"


def text(findings: list[Finding], *, colour: bool) -> str:
    lines = []
    for f in findings:
        severity = f"{_COLOURS[f.severity]}{f.severity}{_RESET}" if colour else str(f.severity)
        rule = f"{_DIM}[{f.rule}]{_RESET}" if colour else f"[{f.rule}]"
        lines.append(f"{f.location}: {severity} {rule} {f.message}")
    counts = Counter(f.severity for f in findings)
    lines.append(", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)))
    return "\n".join(lines) + "\n"


def as_json(findings: list[Finding]) -> str:
    return json.dumps([_record(f) for f in findings], indent=2) + "\n"


def _record(f: Finding) -> dict[str, Any]:
    loc = f.location
    return {
        "rule": f.rule,
        "severity": str(f.severity),
        "message": f.message,
        "file": _relative(loc.file),
        "line": loc.line,
        "column": loc.column,
        "pointer": loc.pointer,
    }


def github(findings: list[Finding]) -> str:
    """`::error file=...,line=...::message` lines, which GitHub Actions shows on the pull request."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for f in findings:
        loc = f.location
        props = f"file={_escape_property(_relative(loc.file))},line={loc.line or 1},col={loc.column or 1},title={_escape_property(f.rule)}"
        lines.append(f"::{level[f.severity]} {props}::{_escape_data(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_SOURCE_ROOT = "SRCROOT"  # the uriBaseId of files under the folder sdkgen ran in (GitHub maps it to the checkout)


def sarif(findings: list[Finding], *, root: Path | None = None) -> str:
    """A SARIF 2.1.0 log as GitHub code scanning reads it: each rule with its descriptions and help
    (and `helpUri` where sdkgen's documentation has a URL), each file relative to `%SRCROOT%`
    (`root`, by default the folder sdkgen runs in)."""
    base = (root or Path.cwd()).resolve()
    docs = documentation_url()
    rules = [_sarif_rule(r, docs) for r in sorted(RULES.values(), key=lambda r: r.id)]
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = [
        {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": _artifact(f.location.file, base),
                        "region": {"startLine": f.location.line or 1, "startColumn": f.location.column or 1},
                    },
                    **({"logicalLocations": [{"fullyQualifiedName": f.location.pointer, "kind": "member"}]} if f.location.pointer else {}),
                }
            ],
        }
        for f in findings
    ]
    driver: dict[str, Any] = {"name": "sdkgen", "version": __version__, "semanticVersion": __version__, "rules": rules}
    if docs:
        driver["informationUri"] = docs
    run = {
        "tool": {"driver": driver},
        "originalUriBaseIds": {_SOURCE_ROOT: {"uri": base.as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    log = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2) + "\n"


def _sarif_rule(rule: Rule, docs: str | None) -> dict[str, Any]:
    level = _SARIF_LEVEL[rule.severity]
    summary = rule.summary[:1].upper() + rule.summary[1:]
    details = " ".join((rule.check.__doc__ or "").split("\n\n")[0].split())
    full = f"{summary}." + (f" {details}" if details and details.rstrip(".") != rule.summary else "")
    configure = (
        f'Its default level is {level}. Turn it off or change its level in pyproject.toml ([tool.sdkgen.lint.rules] {rule.id} = "off" '
        f'or "error", "warning", "info"), or silence it on one node of a spec with x-lint-ignore: [{rule.id}].'
    )
    markdown = (
        f"**{rule.id}**: {full}\n\n{configure.replace('([tool.sdkgen.lint.rules]', '(`[tool.sdkgen.lint.rules]`').replace(f'x-lint-ignore: [{rule.id}]', f'`x-lint-ignore: [{rule.id}]`')}"
    )
    described: dict[str, Any] = {
        "id": rule.id,
        "name": "".join(word.capitalize() for word in rule.id.split("-")),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": f"{full} {configure}", "markdown": markdown},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["openapi", "cross-spec" if rule.cross_spec else "spec"]},
    }
    if docs:
        described["helpUri"] = f"{docs}#{rule.id}"
    return described


def documentation_url() -> str | None:
    """Where sdkgen's documentation is, as its installed package's metadata says (`[project.urls]`
    Documentation or Homepage); None when it names none."""
    from importlib import metadata

    try:
        urls = metadata.metadata("sdkgen").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    named = dict(entry.split(", ", 1) for entry in urls if ", " in entry)
    return named.get("Documentation") or named.get("Homepage")


def _artifact(path: Path, base: Path) -> dict[str, str]:
    """A file as SARIF names it: relative to %SRCROOT% when it is under it, else a whole file URI."""
    resolved = path.resolve()
    try:
        return {"uri": quote(resolved.relative_to(base).as_posix()), "uriBaseId": _SOURCE_ROOT}
    except ValueError:
        return {"uri": resolved.as_uri()}


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def render(findings: Iterable[Finding], fmt: str, *, colour: bool = False) -> str:
    items = list(findings)
    if fmt == "json":
        return as_json(items)
    if fmt == "github":
        return github(items)
    if fmt == "sarif":
        return sarif(items)
    return text(items, colour=colour)

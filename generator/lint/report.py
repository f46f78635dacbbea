"""Lint findings as text (coloured on a terminal), JSON, GitHub workflow annotations or SARIF 2.1.0."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from generator import __version__
from generator.lint.engine import RULES, Finding, Severity

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


def sarif(findings: list[Finding]) -> str:
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    rules = [
        {"id": r.id, "shortDescription": {"text": r.summary}, "defaultConfiguration": {"level": level[r.severity]}}
        for r in sorted(RULES.values(), key=lambda r: r.id)
    ]
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = [
        {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": level[f.severity],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _relative(f.location.file)},
                        "region": {"startLine": f.location.line or 1, "startColumn": f.location.column or 1},
                    }
                }
            ],
        }
        for f in findings
    ]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "sdkgen", "version": __version__, "rules": rules}}, "results": results}],
    }
    return json.dumps(log, indent=2) + "\n"


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

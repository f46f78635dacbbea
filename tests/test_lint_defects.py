"""The planted-defect set (tests/lint_defects/): a clean base spec on which no linter finds anything,
and one file per defect, a JSON Patch (RFC 6902) planting it in the base. sdkgen must report each
defect exactly once, under the rule the file names, at the node's own line and column.

bench/bench_lint_defects.py runs Spectral and Redocly over the same files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonpatch
import pytest
import yaml
from conftest import ROOT

from generator.lint.engine import run

DEFECTS_DIR = ROOT / "tests" / "lint_defects"
BASE = DEFECTS_DIR / "base.yaml"
DEFECTS = sorted(p for p in DEFECTS_DIR.glob("*.yaml") if p != BASE)


def planted(defect: Path, folder: Path) -> tuple[Path, dict[str, Any]]:
    """The base with the defect planted, written as `folder/spec.yaml`, and the defect's file."""
    what = yaml.safe_load(defect.read_text(encoding="utf-8"))
    spec = jsonpatch.apply_patch(yaml.safe_load(BASE.read_text(encoding="utf-8")), what["patch"])
    path = folder / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, width=1000, allow_unicode=True), encoding="utf-8")
    return path, what


def position(path: Path, pointer: str) -> tuple[int, int]:
    """1-based line and column of the node at `pointer`, as PyYAML's composer reads the file: for a
    value under a key, the key's (where an editor shows the entry); for a list item, its own."""
    node: Any = yaml.compose(path.read_text(encoding="utf-8"))
    mark = node.start_mark
    for token in [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]:
        if isinstance(node, yaml.SequenceNode):
            node = node.value[int(token)]
            mark = node.start_mark
        else:
            key, node = next((key, value) for key, value in node.value if key.value == token)
            mark = key.start_mark
    return mark.line + 1, mark.column + 1


def test_the_base_is_clean() -> None:
    assert run([BASE]) == []


def test_there_is_a_defect_for_every_rule_a_spec_can_break() -> None:
    named = {f["rule"] for defect in DEFECTS for f in yaml.safe_load(defect.read_text(encoding="utf-8"))["findings"]}
    from generator.lint.engine import RULES

    # Rules left out: ones the base (one spec, with servers and security) cannot break alone.
    assert set(RULES) - named <= {"cross-spec", "servers", "security", "python-name-collision", "id-format", "default-in-enum", "error-responses"}
    assert len(DEFECTS) >= 32


@pytest.mark.parametrize("defect", DEFECTS, ids=lambda p: p.stem)
def test_each_defect_is_reported_once_at_its_node(defect: Path, tmp_path: Path) -> None:
    spec, what = planted(defect, tmp_path)
    findings = run([spec])
    assert sorted((f.rule, f.location.pointer) for f in findings) == sorted((f["rule"], f["at"]) for f in what["findings"]), [
        f"{f.location.line}:{f.location.column} {f.rule} {f.message}" for f in findings
    ]
    for finding in findings:
        assert (finding.location.line, finding.location.column) == position(spec, finding.location.pointer), finding


def _mutations(data: Any, seed: int, count: int) -> list[Any]:
    """`count` copies of `data`, each with one node replaced by a value of another kind (a list for
    a mapping, a number for a string, null, a `$ref` to nowhere or to a file that is not there)."""
    import copy
    import random

    pointers: list[list[Any]] = []

    def walk(node: Any, path: list[Any]) -> None:
        pointers.append(path)
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, [*path, key])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, [*path, index])

    walk(data, [])
    hostile: list[Any] = [None, 0, -1.5, True, "", "x" * 3, [], {}, [None], {"$ref": "#/nowhere"}, {"$ref": "gone.yaml#/X"}, {"$ref": "#"}, {"type": "array"}, {"": ""}]
    chosen = random.Random(seed)
    result = []
    for _ in range(count):
        copied = copy.deepcopy(data)
        path = chosen.choice(pointers[1:])
        holder = copied
        for step in path[:-1]:
            holder = holder[step]
        holder[path[-1]] = chosen.choice(hostile)
        result.append(copied)
    return result


@pytest.mark.parametrize("seed", range(2))
def test_lint_never_crashes_and_every_format_stays_valid(seed: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Hostile edits anywhere in a spec give findings or one error line (exit 2), in every format."""
    from generator.cli import main

    base = yaml.safe_load(BASE.read_text(encoding="utf-8"))
    for index, mutated in enumerate(_mutations(base, seed, 25)):
        spec = tmp_path / f"m{index}.yaml"
        spec.write_text(yaml.safe_dump(mutated, sort_keys=False), encoding="utf-8")
        for fmt in ("json", "sarif") if index % 5 else ("json", "sarif", "text", "github"):
            code = main(["lint", "--format", fmt, str(spec)])
            out, err = capsys.readouterr()
            assert code in (0, 1, 2), (spec.read_text(), err)
            assert "Traceback" not in out + err, (yaml.safe_dump(mutated), err)
            if code == 2:
                assert out == "" and err.count("\n") <= 3, err  # one error, with its hint
            elif fmt in ("json", "sarif"):
                json.loads(out)

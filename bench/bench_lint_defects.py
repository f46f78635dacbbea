"""sdkgen, Spectral (spectral:oas) and Redocly CLI (recommended) on the planted-defect set.

tests/lint_defects/base.yaml is a spec none of the three finds anything in; each other file there
plants one defect in it (an RFC 6902 patch) and names where it is. A tool finds a defect when it
reports something about that node (see `related`); the base gives every tool nothing, so anything it
reports comes of the defect, and a finding elsewhere is counted apart, as noise. The set is sdkgen's
own: it was written beside sdkgen's rules, so read its column with that in mind, and the peers'
columns as what they find of the same defects.

    python bench/bench_lint_defects.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import jsonpatch
import yaml

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "node_modules" / ".bin"
DEFECTS = ROOT / "tests" / "lint_defects"
BASE = DEFECTS / "base.yaml"


def _pointer(path: list[Any]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def sdkgen(spec: Path) -> list[str]:
    out = subprocess.run([sys.executable, "-m", "generator", "lint", "--format", "json", str(spec)], capture_output=True, text=True, cwd=ROOT, check=False).stdout
    return [f["pointer"] for f in json.loads(out)]


def spectral(spec: Path, ruleset: Path) -> list[str]:
    out = subprocess.run([str(BIN / "spectral"), "lint", "-r", str(ruleset), "-f", "json", "--quiet", str(spec)], capture_output=True, text=True, cwd=ROOT, check=False).stdout
    return [_pointer(r["path"]) for r in (json.loads(out) if out.strip() else [])]


def redocly(spec: Path) -> list[str]:
    out = subprocess.run([str(BIN / "redocly"), "lint", "--format", "json", "--max-problems", "10000", str(spec)], capture_output=True, text=True, cwd=ROOT, check=False).stdout
    problems = json.loads(out[out.index("{") :])["problems"] if "{" in out else []
    return [(p.get("location") or [{}])[0].get("pointer", "").lstrip("#") for p in problems]


def related(found: str, expected: str) -> bool:
    """Whether a finding is about the node a defect is at: that node, inside it, above it (no higher
    than a path item or a component), or beside it in the same object (Redocly reports a duplicate
    operationId at `.../get/ListThings`, not `.../get/operationId`)."""
    parent = expected.rsplit("/", 1)[0]
    beside = parent.count("/") >= 3 and found.startswith(parent + "/")
    return found == expected or found.startswith(expected + "/") or (found.count("/") >= 2 and expected.startswith(found + "/")) or beside


def main() -> None:
    base = yaml.safe_load(BASE.read_text(encoding="utf-8"))
    defects = sorted(p for p in DEFECTS.glob("*.yaml") if p != BASE)
    tools = ("sdkgen", "spectral", "redocly")
    found = {tool: 0 for tool in tools}
    noise = {tool: 0 for tool in tools}
    planted = 0
    with tempfile.TemporaryDirectory() as folder:
        ruleset = Path(folder) / "spectral.yaml"
        ruleset.write_text('extends: ["spectral:oas"]\n', encoding="utf-8")
        clean = {"sdkgen": sdkgen(BASE), "spectral": spectral(BASE, ruleset), "redocly": redocly(BASE)}
        print("base.yaml: " + ", ".join(f"{tool} {len(got)} findings" for tool, got in clean.items()))
        print(f"\n  {'defect':<42} {'sdkgen':>7} {'spectral':>9} {'redocly':>8}")
        for defect in defects:
            what = yaml.safe_load(defect.read_text(encoding="utf-8"))
            spec = Path(folder) / "spec.yaml"
            spec.write_text(yaml.safe_dump(jsonpatch.apply_patch(base, what["patch"]), sort_keys=False, width=1000), encoding="utf-8")
            got = {"sdkgen": sdkgen(spec), "spectral": spectral(spec, ruleset), "redocly": redocly(spec)}
            expected = [f["at"] for f in what["findings"]]
            row = []
            for tool in tools:
                if not expected:  # not a defect: any finding is noise
                    hit = not got[tool]
                    noise[tool] += len(got[tool])
                else:
                    hit = all(any(related(p, e) for p in got[tool]) for e in expected)
                    noise[tool] += sum(1 for p in got[tool] if not any(related(p, e) for e in expected))
                    found[tool] += hit
                row.append("yes" if hit else "-")
            planted += bool(expected)
            print(f"  {defect.stem:<42} {row[0]:>7} {row[1]:>9} {row[2]:>8}")
    print(f"\n  {'found, of ' + str(planted) + ' planted defects':<42} {found['sdkgen']:>7} {found['spectral']:>9} {found['redocly']:>8}")
    print(f"  {'findings elsewhere (noise)':<42} {noise['sdkgen']:>7} {noise['spectral']:>9} {noise['redocly']:>8}")


if __name__ == "__main__":
    main()

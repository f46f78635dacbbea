"""Lint Twilio's published spec with sdkgen, Spectral (spectral:oas) and Redocly CLI in one run.

Prints each tool's wall time (median of --runs), sdkgen's time as a ratio of each peer's, a side-by-side
table of findings by kind, and whether sdkgen's findings include every invalid example Spectral reports.

    python bench/bench_lint.py [--spec FILE] [--runs N]

Target (issue #20): <= 0.7x the faster of Spectral and Redocly, cold and warm.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "node_modules" / ".bin"
CORPUS = ROOT / "tests" / "corpus" / "twilio_api_v2010.yaml"  # vendored, with its license

# Each tool's rule -> a kind of finding the three share.
KINDS = {
    "invalid example": {"example-valid", "example-unknown-property", "oas3-valid-media-example", "oas3-valid-schema-example", "oas2-valid-media-example", "no-invalid-media-type-examples", "no-invalid-schema-examples", "no-invalid-parameter-examples"},
    "missing description or summary": {"description", "operation-description", "info-description", "tag-description", "operation-summary", "parameter-description"},
    "unused component": {"component-unused", "oas3-unused-component", "no-unused-components"},
    "operationId": {"operation-id", "operation-operationId", "operation-operationId-unique", "operation-operationId-valid-in-url", "operation-operationId-url-safe"},
    "responses": {"success-response", "error-responses", "operation-success-response", "operation-4xx-response", "operation-2xx-response"},
    "not valid OpenAPI": {"openapi-schema", "openapi-semantics", "oas3-schema", "struct", "spec"},
    "path parameters": {"path-params", "path-parameters-defined"},
    "servers / security": {"servers", "security", "oas3-api-servers", "security-defined", "no-empty-servers"},
    "id without pattern or format": {"id-format"},
    "enum / default": {"enum", "default-in-enum", "typed-enum", "duplicated-entry-in-enum", "no-enum-type-mismatch"},
    "nullable without type": {"nullable-type", "nullable-type-sibling"},
}


def kind_of(rule: str) -> str:
    return next((kind for kind, rules in KINDS.items() if rule in rules), f"other ({rule})")


def timed(command: list[str], runs: int, cache: str | None = None) -> tuple[float, str]:
    """Median wall time of `runs` runs; `cache`: sdkgen's cache folder ("" for a new, empty one each run)."""
    samples, output = [], ""
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as empty:
            env = None if cache is None else {**os.environ, "SDKGEN_CACHE_DIR": cache or empty}
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
            samples.append(time.perf_counter() - start)
        output = done.stdout
    return statistics.median(samples), output


def sdkgen(spec: Path, runs: int, cache: str) -> tuple[float, list[dict[str, Any]]]:
    """`cache`: "" for a cold run each time (nothing remembered), else a folder warmed by a first run."""
    command = [sys.executable, "-m", "generator", "lint", "--format", "json", str(spec)]
    if cache:
        timed(command, 1, cache)  # remembers what passed
    seconds, out = timed(command, runs, cache)
    return seconds, [{"rule": r["rule"], "pointer": r["pointer"]} for r in json.loads(out)]


def spectral(spec: Path, runs: int) -> tuple[float, list[dict[str, Any]]]:
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as ruleset:
        ruleset.write('extends: ["spectral:oas"]\n')
    seconds, out = timed([str(BIN / "spectral"), "lint", "-r", ruleset.name, "-f", "json", "--quiet", str(spec)], runs)
    found = json.loads(out) if out.strip() else []
    return seconds, [{"rule": r["code"], "pointer": _pointer(r["path"]), "message": r["message"]} for r in found]


def redocly(spec: Path, runs: int) -> tuple[float, list[dict[str, Any]]]:
    seconds, out = timed([str(BIN / "redocly"), "lint", "--format", "json", "--max-problems", "1000000", str(spec)], runs)
    problems = json.loads(out)["problems"]
    return seconds, [{"rule": p["ruleId"], "pointer": (p.get("location") or [{}])[0].get("pointer", "").lstrip("#")} for p in problems]


def _pointer(path: list[Any]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _example(pointer: str) -> str:
    """The pointer of the example a finding is in: up to `/example` or `/examples/NAME/value`."""
    parts = pointer.split("/")
    for index, part in enumerate(parts):
        if part == "example":
            return "/".join(parts[: index + 1])
        if part == "examples" and index + 2 < len(parts) and parts[index + 2] == "value":
            return "/".join(parts[: index + 3])
    return pointer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as warm:
        cold = sdkgen(args.spec, args.runs, "")
        results = {"sdkgen": sdkgen(args.spec, args.runs, warm), "spectral": spectral(args.spec, args.runs), "redocly": redocly(args.spec, args.runs)}

    print(f"{args.spec.name}: wall time, median of {args.runs}")
    fastest = min(results["spectral"][0], results["redocly"][0])
    for name, seconds in (("cold", cold[0]), ("warm", results["sdkgen"][0])):
        verdict = "met" if seconds / fastest <= 0.7 else "MISSED"
        print(f"  sdkgen {name:<5} {seconds:6.2f} s  {len(results['sdkgen'][1]):5d} findings  {seconds / fastest:.2f}x the faster peer (target <= 0.70x: {verdict})")
    for tool in ("spectral", "redocly"):
        seconds, findings = results[tool]
        print(f"  {tool:<12} {seconds:6.2f} s  {len(findings):5d} findings")
    print("  (cold: a new, empty cache folder each run; warm: the parts openapi-spec-validator passed before are not checked again)")

    counts = {tool: Counter(kind_of(f["rule"]) for f in findings) for tool, (_, findings) in results.items()}
    kinds = sorted(set().union(*counts.values()), key=lambda k: (-max(c[k] for c in counts.values()), k))
    print(f"\n  {'kind of finding':<40} {'sdkgen':>7} {'spectral':>9} {'redocly':>8}")
    for kind in kinds:
        print(f"  {kind:<40} {counts['sdkgen'][kind]:>7} {counts['spectral'][kind]:>9} {counts['redocly'][kind]:>8}")

    theirs = {_example(f["pointer"]): f for f in results["spectral"][1] if kind_of(f["rule"]) == "invalid example"}
    mine = {_example(f["pointer"]) for f in results["sdkgen"][1] if kind_of(f["rule"]) == "invalid example"}
    missing = sorted(set(theirs) - mine)
    print(f"\n  Spectral reports {len(theirs)} invalid examples; sdkgen reports {len(theirs) - len(missing)} of them, and {len(mine - set(theirs))} more.")
    schema_faults = [p for p in missing if "cannot be used without" in theirs[p]["message"]]
    if schema_faults:
        print(
            f"  {len(schema_faults)} of Spectral's are not invalid examples: its validator cannot compile the schema\n"
            "  (`nullable` without `type`), so it flags every example of it, valid or not. The examples are valid;\n"
            "  sdkgen reports the schema itself, once, under nullable-type."
        )
    for pointer in missing:
        if pointer not in schema_faults:
            print(f"    not in sdkgen: {pointer}: {theirs[pointer]['message']}")


if __name__ == "__main__":
    main()

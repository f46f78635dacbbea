"""Generate every vendored real spec (tests/corpus) with sdkgen, openapi-python-client and OpenAPI
Generator, in one run: whether each tool generates it, how many of its operations get a method, how
many warnings it prints, and how long it takes (one cold run each; bench_generate.py times repeated
runs on Twilio's spec). Prints a Markdown table, the one docs/real-specs.md shows.

    python bench/bench_real_specs.py [--peers VENV] [--spec FILE ...]

What "gets a method" means per tool: sdkgen's operations in its intermediate model (each is a method
of the generated client, tested by the generated tests); openapi-python-client's endpoint modules
(one per operation: `api/<tag>/<operation>.py`); OpenAPI Generator's `*_with_http_info` methods (one
per operation). Neither peer is told to skip validation: each is run as a user first runs it.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import walk
from generator.load import Spec

SPECS = sorted((ROOT / "tests" / "corpus").glob("*.y*ml")) + sorted((ROOT / "tests" / "corpus").glob("*.json"))


@dataclass
class Outcome:
    ok: bool
    operations: int
    warnings: int
    seconds: float


def operations_in(path: Path) -> int:
    return sum(1 for _ in walk.operations(Spec.load(path)))


def run(command: list[str], cwd: Path) -> tuple[bool, str, float]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    return done.returncode == 0, done.stdout + done.stderr, time.perf_counter() - start


def sdkgen(spec: Path, out: Path) -> Outcome:
    from generator.build import build

    ok, printed, seconds = run([sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), "--package", "real_api"], ROOT)
    methods = len(build(Spec.load(spec), "real_api").operations) if ok else 0
    return Outcome(ok, methods, printed.count(": warning: "), seconds)


def openapi_python_client(peers: Path, spec: Path, out: Path) -> Outcome:
    command = [str(peers / "openapi-python-client"), "generate", "--path", str(spec), "--output-path", str(out), "--meta", "none"]
    ok, printed, seconds = run(command, out.parent)
    modules = [p for p in out.glob("api/*/*.py") if p.name != "__init__.py"] if ok else []
    return Outcome(ok and out.is_dir(), len(modules), len(re.findall(r"^WARNING", printed, re.MULTILINE)) + printed.count("Warning"), seconds)


def openapi_generator(peers: Path, spec: Path, out: Path) -> Outcome:
    command = [str(peers / "openapi-generator-cli"), "generate", "-i", str(spec), "-g", "python", "-o", str(out)]
    ok, printed, seconds = run(command, out.parent)
    methods = sum(len(re.findall(r"def \w+_with_http_info\(", p.read_text(encoding="utf-8"))) for p in out.glob("*/api/*.py")) if ok else 0
    return Outcome(ok, methods, len(re.findall(r"\[WARN", printed)), seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peers", type=Path, default=ROOT / "bench" / ".peers", help="a venv with the two peers installed")
    parser.add_argument("--spec", type=Path, action="append", help="only these specs (default: every one in tests/corpus)")
    args = parser.parse_args()
    peers = args.peers.resolve() / "bin"  # absolute: the tools run in working folders of their own
    work = Path(tempfile.mkdtemp(prefix="sdkgen-real-"))
    print("| spec | operations | tool | generates | operations with a method | warnings | seconds |")
    print("|---|---:|---|---|---:|---:|---:|")
    try:
        for spec in args.spec or SPECS:
            total = operations_in(spec)
            outcomes = {
                "sdkgen": sdkgen(spec, work / "sdkgen" / spec.stem),
                "openapi-python-client": openapi_python_client(peers, spec, _fresh(work / "opc") / "client"),
                "OpenAPI Generator": openapi_generator(peers, spec, _fresh(work / "ogen") / "client"),
            }
            for tool, o in outcomes.items():
                share = f"{o.operations} ({o.operations / total:.0%})" if o.ok else "-"
                print(f"| {spec.name} | {total} | {tool} | {'yes' if o.ok else 'no'} | {share} | {o.warnings} | {o.seconds:.1f} |", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


if __name__ == "__main__":
    main()

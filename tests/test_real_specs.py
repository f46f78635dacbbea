"""Real published specs (tests/corpus), as a team meets sdkgen with its own: each generates, imports,
passes mypy --strict and ruff, gives every operation a method, and passes its own generated tests.

Twilio v2010's client is held to the same bar in test_twilio_corpus.py (with tests of its own surface);
this module takes the others, each one spec, so a failure names the spec."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REAL_SPECS, ROOT, mypy_strict, run_generated_tests

from generator import walk
from generator.build import build
from generator.load import Spec

SPECS = {
    "twilio_conversations_v1.yaml": "conversations",
    "stripe_spec3.yaml": "stripe_api",
    "opc_baseline_openapi_3.0.json": "opc30_api",
    "opc_baseline_openapi_3.1.yaml": "opc31_api",
}


def operations_in(spec: Spec) -> int:
    return sum(1 for _ in walk.operations(spec))


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_operation_gets_a_method_and_nothing_is_left_out(name: str) -> None:
    spec = Spec.load(REAL_SPECS / name)
    api = build(spec, SPECS[name])
    assert len(api.operations) == operations_in(spec)
    assert not [str(p) for p in api.problems if "left out" in p.message or "generated as Any" in p.message]


@pytest.mark.parametrize("name", sorted(SPECS))
def test_the_client_generates_type_checks_and_passes_its_own_tests(name: str, tmp_path: Path) -> None:
    package = SPECS[name]
    out = tmp_path / package
    generate = [sys.executable, "-m", "generator", "generate", "--spec", str(REAL_SPECS / name), "--out", str(out), "--package", package]
    done = subprocess.run(generate, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    imported = subprocess.run([sys.executable, "-c", f"import {package}; {package}.Client"], cwd=out, capture_output=True, text=True)
    assert imported.returncode == 0, imported.stderr[-3000:]
    assert mypy_strict(out, package) == ""
    ruff = [sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "F,E9,B,UP,I", "."]
    linted = subprocess.run(ruff, cwd=out, capture_output=True, text=True)
    assert linted.returncode == 0, linted.stdout[-3000:]
    tests = run_generated_tests(out)
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert " passed" in tests.stdout and "failed" not in tests.stdout and "skipped" not in tests.stdout


@pytest.mark.parametrize("name", sorted(SPECS) + ["twilio_api_v2010.yaml"])
def test_adding_an_unrelated_path_moves_no_method(name: str, tmp_path: Path) -> None:
    """A new path is an addition for the client's users: every existing call chain stays where it was."""
    from generator.surface import surface_of

    spec = Spec.load(REAL_SPECS / name)
    before = {o.id: o.call for o in surface_of(build(spec, "api"), spec.root.path).operations.values()}
    spec.data.setdefault("paths", {})["/healthcheck"] = {"get": {"operationId": "sdkgenHealthcheck", "responses": {"204": {"description": "up"}}}}
    after = {o.id: o.call for o in surface_of(build(spec, "api"), spec.root.path).operations.values()}
    assert {k: v for k, v in after.items() if k != "sdkgenHealthcheck"} == before

"""Twilio's own published spec (../shared/corpus): every operation generated, and its generated tests pass."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS
from generator.build import build
from generator.ir import Api
from generator.load import Spec
from generator.validate import validate

if not CORPUS.is_file():
    if os.environ.get("CI") == "true":
        raise RuntimeError(f"CI runs with shared/ beside the clone, but {CORPUS} is missing")
    pytest.skip(f"{CORPUS} is not here (it is in CI)", allow_module_level=True)


@pytest.fixture(scope="module")
def api() -> Api:
    spec = Spec.load(CORPUS)
    validate(spec)
    return build(spec, "twilio_full")


def test_all_197_operations_are_generated(api: Api) -> None:
    assert len(api.operations) == 197
    assert not [p for p in api.problems if p.level.value == "error"]


def test_start_time_comparisons_get_distinct_names_and_keep_their_wire_names(api: Api) -> None:
    [list_calls] = [o for o in api.operations if o.operation_id == "ListCall"]
    names = {p.wire: p.name for p in list_calls.located("query")}
    assert names["StartTime"] == "start_time"
    assert names["StartTime<"] == "start_time_before"
    assert names["StartTime>"] == "start_time_after"


def test_method_names_follow_the_path_shape(api: Api) -> None:
    by_id = {o.operation_id: o.method_name for o in api.operations}
    assert by_id["ListCall"] == "list"
    assert by_id["CreateCall"] == "create"
    assert by_id["FetchCall"] == "fetch"
    assert by_id["UpdateCall"] == "update"
    assert by_id["DeleteMessage"] == "delete"


def test_the_generated_client_passes_its_generated_tests(tmp_path: Path) -> None:
    out = tmp_path / "twilio_full"
    generate = [sys.executable, "-m", "generator", "generate", "--spec", str(CORPUS), "--out", str(out), "--package", "twilio_full"]
    subprocess.run(generate, check=True, capture_output=True, cwd=Path(__file__).parent.parent)
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=out,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(out)},
    )
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert " passed" in tests.stdout and "failed" not in tests.stdout
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "F,E9,B,UP,I", "."],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout[-3000:]

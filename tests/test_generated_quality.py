"""The committed clients read as a careful engineer wrote them: ruff-clean, black-formatted, mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, mypy_strict

PACKAGES = [("twilio", "twilio_api"), ("signalwire", "signalwire_api")]


@pytest.mark.parametrize(("target", "package"), PACKAGES)
def test_mypy_strict(target: str, package: str) -> None:
    assert mypy_strict(ROOT / "generated" / target, package) == ""


@pytest.mark.parametrize(("target", "package"), PACKAGES)
def test_ruff_and_black(target: str, package: str) -> None:
    folder = ROOT / "generated" / target
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "F,E9,B,UP,I", "--target-version", "py310", "."],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout
    black = subprocess.run([sys.executable, "-m", "black", "--check", "--quiet", "."], cwd=folder, capture_output=True, text=True)
    assert black.returncode == 0, black.stderr


def test_imported_names_are_ordered_as_ruff_orders_them(tmp_path: Path) -> None:
    """Generated `from m import a, b` lines must pass ruff's isort check whatever the names."""
    from generator.views import _isort_order

    names = ["CallStatus", "CallbackMethod", "Call", "Model10", "Model2", "X", "ABC", "A1", "foo", "Foo_bar", "call_2", "call_10"]
    source = f"from m import {', '.join(sorted(names, key=_isort_order))}\n\nprint({', '.join(names)})\n"
    (tmp_path / "sample.py").write_text(source, encoding="utf-8")
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--select", "I", "--line-length", "200", "sample.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout

"""The runtime's sources are what every generated package gets, byte for byte: so they are held
here to what generated code is held to (black at the generated line length; mypy --strict and ruff
run over templates/runtime in `make test`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.render import RUNTIME_MODULES, runtime_source

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "templates" / "runtime"
GENERATED = ROOT / "generated"


def test_the_runtime_is_black_formatted_as_generated_code_is() -> None:
    """generate copies these files without formatting them: they must already be black's."""
    check = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "--line-length", "100", "--target-version", "py310", str(RUNTIME)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, f"run black -l 100 --target-version py310 templates/runtime\n{check.stderr}"


def test_each_generated_package_holds_the_runtime_as_it_is() -> None:
    for module in (*RUNTIME_MODULES, "_pagination"):
        source = runtime_source(RUNTIME.parent, module)
        for copy in GENERATED.glob(f"*/*/{module}.py"):
            assert copy.read_text(encoding="utf-8") == source, copy

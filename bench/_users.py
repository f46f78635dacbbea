"""A virtual environment like a user's: a client and what it depends on, and nothing else.

Cold-start times depend on what an import drags in: in sdkgen's own .venv, httpx imports click (black's
dependency) for its command line, which a user's environment does not have. Packages are installed with
pip, so their modules are compiled to bytecode as any installed package's are.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

VENV = Path(__file__).resolve().parent / ".users"
PYTHON = VENV / "bin" / "python"
REQUIREMENTS = ["twilio>=9,<10", "httpx>=0.27,<1", "anyio>=3.7,<5"]


def python_with(*packages: Path) -> Path:
    """The venv's interpreter, with `packages` (generated distributions) installed into it."""
    if not PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        _pip("install", *REQUIREMENTS)
    for package in packages:  # from a copy: pip builds in the source tree, leaving build/ behind
        with tempfile.TemporaryDirectory() as copy:
            source = shutil.copytree(package, Path(copy) / package.name, ignore=shutil.ignore_patterns("build", "*.egg-info"))
            _pip("install", "--no-deps", "--force-reinstall", str(source))
    return PYTHON


def _pip(*arguments: str) -> None:
    done = subprocess.run([str(PYTHON), "-m", "pip", "--quiet", *arguments], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"pip {' '.join(arguments)} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")

"""A virtual environment like a user's: a client and what it depends on, and nothing else.

Cold-start times depend on what an import drags in: in sdkgen's own .venv, httpx imports click (black's
dependency) for its command line, which a user's environment does not have. Packages are installed with
pip, so their modules are compiled to bytecode as any installed package's are.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

VENV = Path(__file__).resolve().parent / ".users"
PYTHON = VENV / "bin" / "python"
REQUIREMENTS = ["twilio>=9,<10", "httpx>=0.27,<1", "anyio>=3.7,<5"]


def python_with(*packages: Path) -> Path:
    """The venv's interpreter, with `packages` (generated distributions) installed into it."""
    if not PYTHON.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", *REQUIREMENTS], check=True)
    for package in packages:
        subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", str(package)], check=True)
    return PYTHON

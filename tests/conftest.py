"""Helpers shared by the generator's tests."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
REAL_SPECS = Path(__file__).resolve().parent / "corpus"  # real published specs, vendored with their licenses
CORPUS = REAL_SPECS / "twilio_api_v2010.yaml"


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def _own_cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets an empty sdkgen cache (see generator.validated), never the user's."""
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path_factory.mktemp("sdkgen-cache")))


@pytest.fixture
def sdkgen(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run `sdkgen ARGS` in-process from a folder (default: the project root)."""

    def run(*args: str, cwd: Path = ROOT) -> Run:
        monkeypatch.chdir(cwd)
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def write_spec(tmp_path: Path) -> Callable[..., Path]:
    """Write a spec (dedented) into tmp_path and return its path."""

    def write(text: str, name: str = "spec.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return path

    return write


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` with its bytes, to prove a folder did not change."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def import_generated() -> Iterator[Callable[[Path, str], ModuleType]]:
    """Import a generated package from its output folder; forgotten again after the test."""
    added: list[str] = []

    def load(out: Path, package: str) -> ModuleType:
        sys.path.insert(0, str(out))
        added.append(str(out))
        importlib.invalidate_caches()
        return importlib.import_module(package)

    yield load
    for path in added:
        sys.path.remove(path)
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None) or ""
        if any(file.startswith(path) for path in added):
            del sys.modules[name]


def run_generated_tests(folder: Path) -> subprocess.CompletedProcess[str]:
    """pytest over a generated package's own tests, in a process of its own (the package importable from `folder`)."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(folder)},
    )


def mypy_strict(folder: Path, package: str) -> str:
    """mypy --strict over a generated package and its tests: what it found, or "" when it found nothing."""
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", package, "tests"],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    return "" if run.returncode == 0 else f"exit {run.returncode}:\n{run.stdout[-3000:]}{run.stderr[-3000:]}"


def generated_package(tmp_path_factory: pytest.TempPathFactory, spec: str, package: str) -> Iterator[ModuleType]:
    """For a module-scoped fixture: the client generated from `spec` (YAML text) as `package`,
    imported; forgotten again when the fixture ends."""
    folder = tmp_path_factory.mktemp(package)
    (folder / "spec.yaml").write_text(spec, encoding="utf-8")
    assert main(["generate", "--spec", str(folder / "spec.yaml"), "--out", str(folder / "out"), "--package", package]) == 0
    sys.path.insert(0, str(folder / "out"))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(folder / "out"))
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]


# A real HTTP server on localhost (tests/local_server.py), one for the session: each test scripts its
# answers (`server.script(...)`), which also forgets what earlier tests sent it.


@pytest.fixture(scope="session")
def _local_server() -> Iterator[Any]:
    from local_server import serve

    yield from serve("127.0.0.1")


@pytest.fixture
def server(_local_server: Any) -> Any:
    _local_server.script()
    return _local_server


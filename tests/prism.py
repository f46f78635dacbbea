"""Prism (npm @stoplight/prism-cli) serving a spec as a validating mock server, for contract tests.

Started on a free port of 127.0.0.1, awaited until it accepts connections, and stopped with its whole
process group on exit, so no test run leaves a server behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
START_TIMEOUT = 90.0


def unavailable(reason: str) -> None:
    """With CI=true a missing Prism fails the run; elsewhere its tests are skipped, saying why."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"Prism is required in CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def serve(spec: Path) -> Iterator[str]:
    """The base URL of a Prism mock server for `spec`, validating every request against it."""
    if shutil.which("node") is None:
        unavailable("Node.js is not installed, so Prism cannot run")
    if not PRISM.exists():
        unavailable(f"{PRISM.relative_to(ROOT)} is missing: run `npm ci` (make test does)")
    port = _free_port()
    with tempfile.TemporaryFile() as log:
        command = [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(spec)]
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=spec.parent)
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while not _listening(port):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    unavailable(f"Prism did not start for {spec.name}:\n{log.read().decode(errors='replace')[-2000:]}")
                time.sleep(0.2)
            yield f"http://127.0.0.1:{port}"
        finally:
            _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()

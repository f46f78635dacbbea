"""The runtime (templates/runtime/) imported where it lives, as the package `sdkgen_runtime`, and
the local server (tests/local_server.py) its tests send to."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from local_server import Server, serve

RUNTIME = Path(__file__).resolve().parents[2] / "templates" / "runtime"
PACKAGE = "sdkgen_runtime"


def _load_runtime() -> ModuleType:
    if PACKAGE in sys.modules:
        return sys.modules[PACKAGE]
    spec = importlib.util.spec_from_file_location(PACKAGE, RUNTIME / "__init__.py", submodule_search_locations=[str(RUNTIME)])
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = package
    spec.loader.exec_module(package)
    return package


_load_runtime()


@pytest.fixture(scope="session")
def other_host() -> Iterator[Server]:
    """A second server, on another loopback address (127.0.0.2): another origin."""
    yield from serve("127.0.0.2")


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backoff between retries in milliseconds, not seconds (Retry-After is honoured as given)."""
    monkeypatch.setattr(f"{PACKAGE}._base_client.INITIAL_RETRY_DELAY", 0.001)

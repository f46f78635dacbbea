"""sdkgen's cache directory: what a run may remember to make the next one faster, never an input.

`$SDKGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/sdkgen` or `~/.cache/sdkgen`, as black and mypy keep
theirs; `SDKGEN_CACHE_DIR=""` turns it off. What is kept there is keyed by digests of everything it
depends on, so a stale or foreign entry is never used; losing it costs only time.
"""

from __future__ import annotations

import os
from pathlib import Path

import jinja2


def directory() -> Path | None:
    configured = os.environ.get("SDKGEN_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sdkgen"


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass  # not written: compiled again next time


def templates() -> jinja2.BytecodeCache | None:
    """Jinja's compiled templates (a tenth of a second to compile), keyed by each template's source."""
    found = directory()
    if found is None:
        return None
    try:
        (found / "templates").mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _TemplateCache(str(found / "templates"))

"""Black-format generated Python, so that generated code reads as a careful engineer wrote it."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

import black

from generator.errors import fail
from generator.render import RenderedFile

_MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)
# Below this many files, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 64


def format_files(files: list[RenderedFile]) -> list[RenderedFile]:
    python = [f for f in files if f.path.endswith(".py")]
    workers = min(os.cpu_count() or 1, 8)
    if len(python) < _PARALLEL_THRESHOLD or workers == 1:
        formatted = [format_source(f.path, f.content) for f in python]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            chunk = max(1, len(python) // (workers * 4))
            formatted = list(pool.map(format_source, [f.path for f in python], [f.content for f in python], chunksize=chunk))
    by_path = {f.path: text for f, text in zip(python, formatted, strict=True)}
    return [RenderedFile(f.path, by_path.get(f.path, f.content)) for f in files]


def format_source(path: str, source: str) -> str:
    try:
        return black.format_str(source, mode=_MODE)
    except black.InvalidInput as exc:
        # A template produced invalid Python: a bug in sdkgen, not in the user's spec.
        raise fail(f"generated {path} is not valid Python ({exc}); please report this as an sdkgen bug") from None

"""Black-format generated Python, so that generated code reads as a careful engineer wrote it.

Only files whose template output changed since the last run are formatted (see `generator.manifest`);
the rest are taken from disk. What is formatted is formatted in parallel when there is enough of it.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator import manifest
from generator.errors import fail
from generator.render import RenderedFile

# Below this many lines to format, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 3000


def format_files(files: list[RenderedFile], out: Path | None) -> list[RenderedFile]:
    """The files as they are written: Python black-formatted, each with its template output's digest.

    `out`: where the files were generated before, to take unchanged ones from (None: format all).
    """
    previous = manifest.read(out).entries if out is not None else {}
    result: dict[str, RenderedFile] = {}
    pending: list[RenderedFile] = []
    for f in files:
        rendered = manifest.digest(f.content)
        if not f.path.endswith(".py"):
            result[f.path] = RenderedFile(f.path, f.content, rendered)
            continue
        kept = manifest.unchanged(out, f.path, rendered, previous) if out is not None else None
        if kept is not None:
            result[f.path] = RenderedFile(f.path, kept, rendered)
        else:
            pending.append(RenderedFile(f.path, f.content, rendered))
    for f, formatted in zip(pending, _format_all(pending), strict=True):
        result[f.path] = RenderedFile(f.path, formatted, f.rendered_digest)
    return [result[f.path] for f in files]


def _format_all(files: list[RenderedFile]) -> list[str]:
    workers = min(os.cpu_count() or 1, 8)
    lines = sum(f.content.count("\n") for f in files)
    if workers == 1 or lines < _PARALLEL_THRESHOLD or len(files) < 2:
        return [format_source(f.path, f.content) for f in files]
    # Largest first, one file at a time: the pool ends together instead of waiting on one big file.
    order = sorted(range(len(files)), key=lambda i: -len(files[i].content))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        done = pool.map(format_source, [files[i].path for i in order], [files[i].content for i in order])
        by_index = dict(zip(order, done, strict=True))
    return [by_index[i] for i in range(len(files))]


def format_source(path: str, source: str) -> str:
    import black  # a fifth of a second: paid only when something is to be formatted

    # One year's stable style (pyproject.toml pins black to it): the same input formats the same everywhere.
    mode = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)
    try:
        return black.format_str(source, mode=mode)
    except black.InvalidInput as exc:
        # A template produced invalid Python: a bug in sdkgen, not in the user's spec.
        raise fail(f"generated {path} is not valid Python ({exc}); please report this as an sdkgen bug") from None

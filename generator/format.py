"""Black-format generated Python, so that generated code reads as a careful engineer wrote it."""

from __future__ import annotations

import black

from generator.errors import fail
from generator.render import RenderedFile

_MODE = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=100)


def format_files(files: list[RenderedFile]) -> list[RenderedFile]:
    return [RenderedFile(f.path, format_source(f.path, f.content)) if f.path.endswith(".py") else f for f in files]


def format_source(path: str, source: str) -> str:
    try:
        return black.format_str(source, mode=_MODE)
    except black.InvalidInput as exc:
        # A template produced invalid Python: a bug in sdkgen, not in the user's spec.
        raise fail(f"generated {path} is not valid Python ({exc}); please report this as an sdkgen bug") from None

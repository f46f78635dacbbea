"""Lint rules about the spec's prose: Markdown that documentation renderers would run as code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.lint.engine import Severity, rule
from generator.load import Spec, join_pointer

Found = Iterator[tuple[str, str, Spec | None]]
_PROSE = ("description", "summary", "title")
_SCRIPT = re.compile(r"<\s*script\b|javascript\s*:|\bon(?:load|error|click|mouseover)\s*=", re.IGNORECASE)


@rule("markdown-script", Severity.ERROR, "descriptions and summaries hold no `<script>`, `javascript:` URLs or event handlers")
def markdown_script(spec: Spec) -> Found:
    for pointer, text in _prose(spec.data, ""):
        found = _SCRIPT.search(text)
        if found:
            yield f"{found.group(0)!r} in Markdown: a documentation page renders it as code to run; remove it", pointer, None


def _prose(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            here = pointer + join_pointer(key)
            if key in _PROSE and isinstance(value, str):
                yield here, value
            elif key not in ("example", "examples", "default", "enum", "const"):
                yield from _prose(value, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _prose(value, f"{pointer}/{index}")

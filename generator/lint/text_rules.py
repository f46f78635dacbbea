"""Lint rules about the spec's prose: Markdown that documentation renderers would run as code."""

from __future__ import annotations

import re

from generator.lint.engine import Found, Severity, rule
from generator.lint.walk import objects
from generator.load import Spec, join_pointer

_PROSE = ("description", "summary", "title")
_SCRIPT = re.compile(r"<\s*script\b|javascript\s*:|\bon(?:load|error|click|mouseover)\s*=", re.IGNORECASE)


@rule("markdown-script", Severity.ERROR, "descriptions and summaries hold no `<script>`, `javascript:` URLs or event handlers")
def markdown_script(spec: Spec) -> Found:
    for node in objects(spec):  # extensions too: documentation renderers show some of them
        for key in _PROSE:
            text = node.value.get(key)
            found = _SCRIPT.search(text) if isinstance(text, str) else None
            if found:
                yield f"{found.group(0)!r} in Markdown: a documentation page renders it as code to run; remove it", node.pointer + join_pointer(key), None

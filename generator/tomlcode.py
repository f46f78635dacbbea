"""TOML written from spec values (a generated pyproject.toml): every string escaped as TOML's basic
strings say, so that no spec can break or add to the file. See `generator.pycode` for Python."""

from __future__ import annotations

from collections.abc import Iterable

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def string(text: str) -> str:
    """A TOML basic string: quotes and backslashes escaped, every control character, line or
    paragraph separator and character outside the BMP as its code point (`\\u2028`, `\\U0001F600`)."""
    out = []
    for char in text:
        code = ord(char)
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif code < 0x20 or code == 0x7F or 0x80 <= code < 0xA0 or code in (0x2028, 0x2029) or 0xD800 <= code < 0xE000:
            out.append(f"\\u{code:04X}" if not 0xD800 <= code < 0xE000 else "\\uFFFD")  # a lone surrogate cannot be written
        elif code > 0xFFFF:
            out.append(f"\\U{code:08X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def array(items: Iterable[str]) -> str:
    return "[" + ", ".join(string(item) for item in items) + "]"


def inline_table(pairs: Iterable[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{key} = {string(value)}" for key, value in pairs) + "}"

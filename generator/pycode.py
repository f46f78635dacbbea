"""Python source as sdkgen writes it: spec text as literals and docstrings that no spec content can
break out of, and the calls and displays that views.py and examples.py build from them."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

_ALLOWED_CONTROLS = {"\n", "\t"}


class Code(str):
    """Python code sdkgen wrote itself (never spec text): `literal` writes it as it is."""


def literal(value: Any) -> str:
    """A Python expression equal to a JSON-like value (str, int, float, bool, None, list, dict)."""
    if isinstance(value, Code):
        return str(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return _string_literal(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, tuple):
        return "(" + ", ".join(literal(v) for v in value) + (",)" if len(value) == 1 else ")")
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    return _string_literal(str(value))


def call(callee: str, *arguments: str, **keywords: str) -> str:
    """`callee(a, b, name=value)`: the arguments are Python code already (`literal` writes values as
    code; a `Code` in a list or dict is written as it is: `literal({"AccountSid": Code("account_sid")})`)."""
    return f"{callee}({', '.join([*arguments, *(f'{name}={value}' for name, value in keywords.items())])})"


def json_document(value: Any) -> str:
    """A Python expression equal to a JSON value, written as the JSON document itself: a test's
    example response reads as the body the API sends, and black passes over one string instead of
    every token of a nested literal. Needs `import json` where it is used."""
    return f"json.loads({json_string(json.dumps(_json_keys(value), indent=4, ensure_ascii=True, allow_nan=True, default=str))})"


def json_string(text: str) -> str:
    """A triple-quoted string literal holding `text`, a JSON document json.dumps wrote, on lines of its own.

    The document is ASCII (json escapes everything else, controls and format characters included),
    so the only characters to escape inside the triple-quoted string are backslashes; a JSON text
    cannot hold three quotes in a row, and the escaping below would keep them in any case."""
    escaped = text.replace("\\", "\\\\").replace('"""', '""\\"')
    return f'"""\n{escaped}\n"""'


def _json_keys(value: Any) -> Any:
    """`value` with every object key a string, as `literal` writes keys (YAML allows any key)."""
    if isinstance(value, dict):
        return {k if isinstance(k, str) else str(k): _json_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_keys(v) for v in value]
    return value


def _string_literal(text: str) -> str:
    # repr() escapes quotes, backslashes and C0 controls; format and bidi characters (Cf) are
    # escaped as well, so that no spec can hide code from a reviewer (CVE-2021-42574).
    quoted = repr(text)
    if quoted[0] == "'" and '"' not in text:
        # Double quotes, as black writes them: the same escapes, and nothing left for black to change.
        quoted = f'"{quoted[1:-1]}"'
    if quoted.isascii():  # nothing left to look at: the common case, and a quick one
        return quoted
    return "".join(f"\\u{ord(ch):04x}" if unicodedata.category(ch) == "Cf" else ch for ch in quoted)


# What a docstring body must not hold as it is: quotes, backslashes, controls other than \n and \t.
_PLAIN_ASCII = re.compile(r'[^"\\\x00-\x08\x0b-\x1f\x7f]*')


def docstring_body(text: str, indent: int | None = None) -> str:
    """Text for inside a triple-double-quoted docstring: it can neither close it nor escape from it.

    `indent`: the docstring's indentation, when it is a docstring to black (the first statement of a
    module, class or function). A multi-line one whose closing quotes would not fit on its last line
    then ends with a line break, as black writes it.
    """
    body = _escaped(text)
    if indent is not None and "\n" in body and _last_line_length(body, indent) + 3 > LINE_LENGTH:
        body += "\n" + " " * indent
    return body


# The generated code's line length, as black is run with it (generator.format).
LINE_LENGTH = 100


def _last_line_length(body: str, indent: int) -> int:
    """The length of a docstring's last line once black re-indents it (PEP 257's rule, as black applies it)."""
    lines = body.split("\n")
    margins = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    last = lines[-1].rstrip()
    return indent + len(last) - min(margins) if last.strip() else indent


def _escaped(text: str) -> str:
    text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))
    if text.isascii() and _PLAIN_ASCII.fullmatch(text):
        return text  # nothing to escape: the common case, and a quick one
    out = []
    quotes = 0  # unescaped `"` just written: a third one would close the docstring
    for index, ch in enumerate(text):
        if ch == '"':
            if quotes == 2 or index == len(text) - 1:
                out.append('\\"')
                quotes = 0
            else:
                out.append(ch)
                quotes += 1
            continue
        quotes = 0
        if ch == "\\":
            out.append("\\\\")
        elif ch in _ALLOWED_CONTROLS:
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    return "".join(out)

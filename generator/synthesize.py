"""Values that pass a type's checks, for the generated tests and README examples of an operation whose
spec gives no example: a string that matches its pattern, format and length, a number in its range,
an enum's first value, a model built from its required fields."""

from __future__ import annotations

import datetime
import re
from typing import Any, Self

from generator.conventions import SID_PATTERN
from generator.ir import ClassRef, Model, TypeInfo
from generator.pycode import Code, literal

_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
_MOMENT = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
# Strings of a format that the client checks or a server is likely to: each its own valid example.
_FORMATTED = {
    "uuid": _UUID,
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uri-reference": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "ZXhhbXBsZQ==",
    "time": "03:04:05Z",
    "duration": "PT1M",
}
_MAX_DEPTH = 4
# The longest string made to match a spec's pattern: a hostile pattern (nested repeats) checked against
# a long string could take exponential time, and no real argument needs more.
_LONGEST = 256


class Typed(Code):
    """A Python expression for an argument (`datetime.datetime(...)`, `models.X.from_dict(...)`) and
    the JSON value the client sends for it, which the generated test expects on the wire."""

    wire: Any

    def __new__(cls, code: str, wire: Any) -> Self:
        made = super().__new__(cls, code)
        made.wire = wire
        return made


def wire_value(value: Any) -> Any:
    """What the client sends for an argument given as `value` (a `Typed` or a JSON value)."""
    if isinstance(value, Typed):
        return value.wire
    if isinstance(value, list):
        return [wire_value(v) for v in value]
    if isinstance(value, dict):
        return {k: wire_value(v) for k, v in value.items()}
    return value


def iso_text(value: datetime.datetime) -> str:
    """A date-time as the generated client sends it (its runtime's `_codecs.iso_datetime_text`)."""
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def datetime_code(value: datetime.datetime) -> str:
    offset = value.utcoffset() or datetime.timedelta(0)
    tz = "datetime.timezone.utc" if not offset else f"datetime.timezone(datetime.timedelta(seconds={int(offset.total_seconds())}))"
    fraction = f", {value.microsecond}" if value.microsecond else ""
    return f"datetime.datetime({value.year}, {value.month}, {value.day}, {value.hour}, {value.minute}, {value.second}{fraction}, tzinfo={tz})"


def as_argument(t: TypeInfo, value: Any) -> Any:
    """An example value (as the spec writes it, JSON) as the argument's Python value: a date-time's
    text as a `datetime`, a form's `"true"` as True. What does not convert stays as it is."""
    if not isinstance(value, str):
        return value
    try:
        if t.kind == "bool" and value.lower() in ("true", "false"):
            return value.lower() == "true"
        if t.kind == "int":
            return int(value)
        if t.kind == "float":
            return float(value)
        if t.kind == "datetime":
            parsed = datetime.datetime.fromisoformat(value)
            parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
            return Typed(datetime_code(parsed), iso_text(parsed))
        if t.kind == "date":
            day = datetime.date.fromisoformat(value)
            return Typed(f"datetime.date({day.year}, {day.month}, {day.day})", day.isoformat())
    except ValueError:
        pass
    return value


def value_of(t: TypeInfo, models: dict[ClassRef, Model], package: str, depth: int = 0) -> Any:
    """A value of type `t` that passes the client's checks, or None when there is none to make."""
    if depth > _MAX_DEPTH:
        return None
    if t.kind in ("enum", "literal"):
        return t.enum_values[0] if t.enum_values else None
    if t.kind in ("int", "float"):
        return _number(t)
    if t.kind == "bool":
        return True
    if t.kind == "none":
        return Typed("None", None)  # None itself would say "no value to make"
    if t.kind in ("str", "text"):
        return string_for(t)
    if t.kind == "datetime":
        return Typed(datetime_code(_MOMENT), iso_text(_MOMENT))
    if t.kind == "rfc2822":
        return Typed(datetime_code(_MOMENT), "Tue, 02 Jan 2024 03:04:05 +0000")
    if t.kind == "date":
        return Typed("datetime.date(2024, 1, 2)", "2024-01-02")
    if t.kind == "file":
        return Code('("example.txt", b"example", "text/plain")')
    if t.kind == "bytes":
        return None
    if t.kind == "list":
        assert t.item is not None
        item = value_of(t.item, models, package, depth + 1)
        return None if item is None else [item]
    if t.kind == "dict":
        return {}
    if t.kind == "union":
        return next((v for v in (value_of(o, models, package, depth + 1) for o in t.options) if v is not None), None)
    if t.kind == "model" and t.ref is not None and t.ref in models:
        return _model(models[t.ref], models, package, depth)
    if t.kind == "any":
        return "example"
    return None


def _model(model: Model, models: dict[ClassRef, Model], package: str, depth: int) -> Any:
    wire: dict[str, Any] = {}
    for f in model.fields:
        if not f.required:
            continue
        value = value_of(f.type, models, package, depth + 1)
        if value is None:
            return None
        wire[f.wire] = wire_value(value)
    return Typed(f"{package}.models.{model.class_name}.from_dict({literal(wire)})", wire)


def _number(t: TypeInfo) -> int | float | None:
    low, high = t.minimum, t.maximum
    if low is not None and high is not None and low > high:
        return None
    value: int | float = 1 if low is None else low
    if high is not None and value > high:
        value = high
    return float(value) if t.kind == "float" else int(value) if float(value).is_integer() else None


def string_for(t: TypeInfo) -> str | None:
    """A string that matches `t`'s pattern, format and length, or None."""
    if t.pattern:
        sid = SID_PATTERN.match(t.pattern)
        text = sid.group(1) + "a" * int(sid.group(2)) if sid else _matching(t.pattern)
    else:
        text = _FORMATTED.get(t.format or "", "example")
    if text is None or (t.min_length or 0) > _LONGEST:
        return None
    if t.min_length is not None and len(text) < t.min_length:
        text += text[-1:] * (t.min_length - len(text)) if text else "a" * t.min_length
    if t.max_length is not None and len(text) > t.max_length:
        text = text[: t.max_length]
    if t.pattern and not _searches(t.pattern, text):
        return None
    return text


def _searches(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return False


def _matching(pattern: str) -> str | None:
    """The shortest plain string the regular expression's first branches spell, or None (for what
    the parser of `re` cannot read, or a pattern it spells no match of)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        text = _spell(_parser.parse(pattern))
    except (re.error, ValueError, TypeError, IndexError, OverflowError, RecursionError):  # an ECMA pattern Python reads differently
        return None
    return text if text is not None and _searches(pattern, text) else None


def _spell(tokens: Any) -> str | None:
    out = []
    for op, arg in tokens:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append("a" if chr(arg) != "a" else "b")
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_class_member(arg))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, inner = arg
            piece = _spell(inner)
            if piece is None:
                return None
            out.append(piece * max(low, 0))
        elif name == "SUBPATTERN":
            piece = _spell(arg[-1])
            if piece is None:
                return None
            out.append(piece)
        elif name == "BRANCH":
            piece = _spell(arg[1][0])
            if piece is None:
                return None
            out.append(piece)
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        else:
            return None
    return "".join(out)


def _class_member(items: Any) -> str:
    """A character of a `[...]` class: its first literal or range start, or one of a category."""
    if items and str(items[0][0]) == "NEGATE":
        return "a"
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            return chr(arg[0])
        if name == "CATEGORY":
            return {"CATEGORY_DIGIT": "0", "CATEGORY_SPACE": " ", "CATEGORY_WORD": "a"}.get(str(arg), "a")
    return "a"

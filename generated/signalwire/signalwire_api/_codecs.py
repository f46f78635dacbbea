"""Decoding wire values into Python types, and encoding them back.

Decoding is lenient: a value that does not fit its declared type is kept as the API sent it, so
one unexpected field never makes a whole response unreadable.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import re
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar, cast

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)
_C = TypeVar("_C")  # a generated model or enum class


class Codec(Protocol[_T_co]):
    def decode(self, value: Any) -> _T_co: ...

    def encode(self, value: Any) -> Any: ...


class _Simple(Generic[_T]):
    def __init__(self, decode: Callable[[Any], _T], encode: Callable[[Any], Any]) -> None:
        self._decode = decode
        self._encode = encode
        # The wire value is already the Python value: models skip calling this codec.
        self.passthrough = decode is _same

    def decode(self, value: Any) -> _T:
        if value is None:
            return cast(_T, None)
        try:
            return self._decode(value)
        except (TypeError, ValueError):
            return cast(_T, value)

    def encode(self, value: Any) -> Any:
        if value is None:
            return None
        try:
            return self._encode(value)
        except (TypeError, ValueError, AttributeError):
            return value


def _same(value: Any) -> Any:
    return value


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(value)
    return float(value)


# The form APIs write (`Fri, 14 Oct 2016 21:56:34 +0000`), parsed without the email package; any
# other RFC 2822 spelling (obsolete zones, comments, folding) goes to email.utils.
_RFC2822 = re.compile(
    r"(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}
_ZONES: dict[str, datetime.timezone] = {}


def _zone(offset: str) -> datetime.timezone:
    """`+0230` -> UTC+02:30, made once per offset."""
    zone = _ZONES.get(offset)
    if zone is None:
        minutes = int(offset[1:3]) * 60 + int(offset[3:5])
        delta = datetime.timedelta(minutes=-minutes if offset[0] == "-" else minutes)
        zone = _ZONES[offset] = datetime.timezone(delta)
    return zone


def _rfc2822(value: Any) -> datetime.datetime:
    if not isinstance(value, str):
        raise TypeError(value)
    match = _RFC2822.fullmatch(value)
    if match is None or match[2] not in _MONTHS:
        return _rfc2822_any(value)
    day, month, year, hour, minute, second, offset = match.groups()
    return datetime.datetime(
        int(year),
        _MONTHS[month],
        int(day),
        int(hour),
        int(minute),
        int(second),
        tzinfo=_zone(offset),
    )


def _rfc2822_any(value: Any) -> datetime.datetime:
    import email.utils

    parsed = email.utils.parsedate_to_datetime(value)
    if parsed.tzinfo is None:  # RFC 2822 `-0000`: UTC, with no claim about local time
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed


def _rfc2822_format(value: datetime.datetime) -> str:
    import email.utils

    return email.utils.format_datetime(value)


def _iso_datetime(value: Any) -> datetime.datetime:
    parsed = datetime.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.timezone.utc)


def _int(value: Any) -> int:
    """An integer, or one written as text (form bodies, APIs that quote numbers)."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(value)
    return value if isinstance(value, int) else int(value)


def _bool(value: Any) -> bool:
    """A boolean, or `true` / `false` written as text."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise TypeError(value)


STR: Codec[str] = _Simple(_same, _same)
INT: Codec[int] = _Simple(_int, _same)
FLOAT: Codec[float] = _Simple(_float, _same)
BOOL: Codec[bool] = _Simple(_bool, _same)
ANY: Codec[Any] = _Simple(_same, _same)
RFC2822_DATETIME: Codec[datetime.datetime] = _Simple(_rfc2822, _rfc2822_format)


def iso_datetime_text(value: datetime.datetime) -> str:
    """RFC 3339 as APIs write it: UTC as `Z`, fractional seconds only when there are some. A naive
    date-time (no tzinfo) is taken as UTC: never sent without an offset for the server to guess."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.timezone.utc)
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


ISO_DATETIME: Codec[datetime.datetime] = _Simple(_iso_datetime, iso_datetime_text)
ISO_DATE: Codec[datetime.date] = _Simple(datetime.date.fromisoformat, lambda v: v.isoformat())


class _Raw(_Simple[Any]):
    """A whole response body that is not JSON, read as it came: `raw` says how (see `Response`)."""

    def __init__(self, raw: str) -> None:
        super().__init__(_same, _same)
        self.raw = raw


BYTES: Codec[bytes] = _Raw("bytes")  # audio, images, files
TEXT: Codec[str] = _Raw("text")  # XML, plain text


class _Class(Generic[_C]):
    """A generated class, found on first use (`find`: `lambda: models.Call`), so that importing a
    module that names it imports nothing else."""

    def __init__(self, find: Callable[[], type[_C]]) -> None:
        self._find = find
        self._class: Any = None

    def target(self) -> Any:
        if self._class is None:
            self._class = self._find()
        return self._class


class Model(_Class[_C]):
    """A generated model: decodes an object with its `from_dict`; anything else stays as it came."""

    def decode(self, value: Any) -> _C:
        return cast(_C, self.target().from_dict(value) if isinstance(value, dict) else value)

    def encode(self, value: Any) -> Any:
        return value.to_dict() if hasattr(value, "to_dict") else value


class Enum(_Class[_C]):
    """A generated enum: decodes its members' values; an unknown value stays as it came."""

    def decode(self, value: Any) -> _C:
        try:
            return cast(_C, self.target()(value))
        except ValueError:
            return cast(_C, value)

    def encode(self, value: Any) -> Any:
        return value.value if isinstance(value, enum.Enum) else value


def _imported(package: str | None, module: str, name: str) -> Callable[[], Any]:
    """Finds class `name` of generated module `module` (`models.call`), seen from `package`."""

    def find() -> Any:
        root = (
            (package or "").rsplit(".", 1)[0]
            if (package or "").endswith((".models", ".resources"))
            else package or ""
        )
        return getattr(importlib.import_module(f"{root}.{module}"), name)

    return find


class Union:
    """One of several types (`oneOf` / `anyOf`), chosen by the value: an object decodes as the model
    that declares the most of its keys (the first of them on a tie), else as a mapping; a list as
    the first list option; anything else as the first other option that reads it (a date-time from
    its text, an enum member from its value). What no option reads stays as it came."""

    def __init__(self, options: list[Codec[Any]]) -> None:
        self.options = options
        self.models = [o for o in options if isinstance(o, Model)]

    def decode(self, value: Any) -> Any:
        if isinstance(value, dict):
            if self.models:
                return max(
                    self.models, key=lambda option: _declared(option.target(), value)
                ).decode(value)
            return self._first(Dict, value)
        if isinstance(value, list):
            return self._first(List, value)
        for option in self.options:
            if not isinstance(option, (Model, List, Dict)):
                decoded = option.decode(value)
                if decoded is not value:
                    return decoded
        return value

    def _first(self, kind: type[Any], value: Any) -> Any:
        return next((o.decode(value) for o in self.options if isinstance(o, kind)), value)

    def encode(self, value: Any) -> Any:
        return to_json(value)


def _declared(model: Any, value: dict[str, Any]) -> int:
    return sum(1 for spec in model.__fields__ if (spec.wire or spec.attribute) in value)


class List(Generic[_T]):
    def __init__(self, item: Codec[_T]) -> None:
        self.item = item

    def decode(self, value: Any) -> list[_T]:
        return (
            [self.item.decode(v) for v in value]
            if isinstance(value, list)
            else cast(list[_T], value)
        )

    def encode(self, value: Any) -> Any:
        return [self.item.encode(v) for v in value] if isinstance(value, (list, tuple)) else value


class Dict(Generic[_T]):
    def __init__(self, item: Codec[_T]) -> None:
        self.item = item

    def decode(self, value: Any) -> dict[str, _T]:
        if isinstance(value, dict):
            return {k: self.item.decode(v) for k, v in value.items()}
        return cast(dict[str, _T], value)

    def encode(self, value: Any) -> Any:
        return (
            {k: self.item.encode(v) for k, v in value.items()} if isinstance(value, dict) else value
        )


class Nullable(Generic[_T]):
    def __init__(self, inner: Codec[_T]) -> None:
        self.inner = inner
        self.passthrough: bool = getattr(inner, "passthrough", False)

    def decode(self, value: Any) -> _T | None:
        return None if value is None else self.inner.decode(value)

    def encode(self, value: Any) -> Any:
        return None if value is None else self.inner.encode(value)


_NAMED: dict[str, Codec[Any]] = {
    "STR": STR,
    "INT": INT,
    "FLOAT": FLOAT,
    "BOOL": BOOL,
    "ANY": ANY,
    "RFC2822_DATETIME": RFC2822_DATETIME,
    "ISO_DATETIME": ISO_DATETIME,
    "ISO_DATE": ISO_DATE,
    "BYTES": BYTES,
    "TEXT": TEXT,
}


def described(description: Any) -> Codec[Any]:
    """The codec a model's field table describes: a constant's name
    (`"STR"`), `["List", item]`, `["Dict", value]`, `["Nullable", inner]`, `["Model", module, class]`
    / `["Enum", module, class]` for a generated class, imported on first use, or `["Union", [models]]`.
    """
    if isinstance(description, str):
        return _NAMED[description]
    kind, *rest = description
    if kind in ("Model", "Enum"):
        module, name = rest
        return (Model if kind == "Model" else Enum)(_imported(__package__, module, name))
    if kind == "Union":
        return Union([described(option) for option in rest[0]])
    inner = described(rest[0])
    if kind == "List":
        return List(inner)
    if kind == "Dict":
        return Dict(inner)
    if kind == "Nullable":
        return Nullable(inner)
    raise ValueError(f"unknown codec {description!r}")


class Response(Generic[_T]):
    """Decodes a whole response body into `_T` (a model, a list, ...)."""

    def __init__(self, codec: Codec[_T]) -> None:
        self.codec = codec
        # What the body must be for the spec to describe it: an object for a model or a map, an array
        # for a list (None: not checked); `nullable`: or null.
        self.nullable = isinstance(codec, Nullable)
        inner = codec.inner if isinstance(codec, Nullable) else codec
        self.shape: type[Any] | None = (
            dict if isinstance(inner, (Model, Dict)) else list if isinstance(inner, List) else None
        )
        self.raw: str | None = getattr(
            codec, "raw", None
        )  # "bytes" or "text": not JSON, read as it is

    def decode(self, value: Any) -> _T:
        return self.codec.decode(value)

    def encode(self, value: Any) -> Any:
        return self.codec.encode(value)


def incoming_body(body: bytes | str | Any, *, form: bool) -> Any:
    """A request body the API sent (a webhook's), as JSON values: bytes or text parsed as JSON, or as
    a form (each field's last value, as the API's fields are one each); anything else (a mapping a
    web framework parsed already) as it is."""
    if isinstance(body, bytes):
        body = body.decode("utf-8")
    if not isinstance(body, str):
        return body
    if form:
        from urllib.parse import parse_qsl

        return dict(parse_qsl(body, keep_blank_values=True))
    import json

    return json.loads(body)


def to_wire(value: Any) -> Any:
    """A request value as the API expects it in a query string or form: `true`, enum values, ISO dates."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return iso_datetime_text(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if value is None:
        return ""
    return value


def to_json(value: Any) -> Any:
    """A request value for a JSON body."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return iso_datetime_text(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value

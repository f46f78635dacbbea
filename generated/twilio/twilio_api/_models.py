"""The base of generated models and enums: decoding from, and encoding back to, the wire form."""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from typing import Any, ClassVar, NamedTuple, TypeVar

from . import _codecs

__all__ = ["BaseModel", "FieldSpec", "IntEnum", "StrEnum"]

_M = TypeVar("_M", bound="BaseModel")


class FieldSpec(NamedTuple):
    """A model field: its attribute, the codec of its value (None stays None both ways), and its
    wire name where that is not the attribute's name."""

    attribute: str
    codec: Any
    wire: str = ""

    @classmethod
    def table(cls, document: str) -> tuple[FieldSpec, ...]:
        """The field specs of a model module's JSON table: `[attribute, codec, wire name]` per field,
        the wire name only where it is not the attribute's, the codec as `_codecs.described` reads it.
        """
        return tuple(
            cls(attribute, _codecs.described(codec), *wire)
            for attribute, codec, *wire in json.loads(document)
        )


class BaseModel:
    """A response object. Unknown fields are kept, not dropped: see `extra_fields` and `to_dict()`."""

    __fields__: ClassVar[tuple[FieldSpec, ...]] = ()
    _decode_plan: ClassVar[tuple[tuple[str, str, Any], ...]] = ()  # made on first decode
    _known_wire: ClassVar[frozenset[str]] = frozenset()
    _extra: dict[str, Any]
    _nulls: frozenset[str]  # wire names the API sent as null (see to_dict)

    @classmethod
    def from_dict(cls: type[_M], data: Mapping[str, Any]) -> _M:
        """Decode the wire form; a value that does not decode is kept as it came."""
        plan = cls.__dict__.get("_decode_plan") or _decode_plan(cls)
        values: dict[str, Any] = {}
        nulls = []
        for attribute, wire, decode in plan:
            value = data.get(wire)
            if value is None:
                values[attribute] = None
                if wire in data:
                    nulls.append(wire)
            else:
                values[attribute] = value if decode is None else decode(value)
        # Every field was just given a value: set them as __init__ would, without its argument parsing.
        instance = cls.__new__(cls)
        instance.__dict__.update(values)
        instance._extra = {k: v for k, v in data.items() if k not in cls._known_wire}
        instance._nulls = frozenset(nulls)
        return instance

    @property
    def extra_fields(self) -> dict[str, Any]:
        """Fields the API sent that this version of the package does not know."""
        return dict(getattr(self, "_extra", {}))

    def to_dict(self) -> dict[str, Any]:
        """The wire form: wire names, dates as the API writes them, unknown fields included. A field
        that is None is written as null only where the API sent it so: one it left out stays out."""
        data = {}
        nulls = getattr(self, "_nulls", ())
        for spec in self.__fields__:
            value = getattr(self, spec.attribute)
            wire = spec.wire or spec.attribute
            if value is not None:
                data[wire] = spec.codec.encode(value)
            elif wire in nulls:
                data[wire] = None
        data.update(getattr(self, "_extra", {}))
        return data


def _decode_plan(cls: type[BaseModel]) -> tuple[tuple[str, str, Any], ...]:
    """Per field: attribute, wire name, and the decoder to call (None where the wire value is kept)."""
    plan = tuple(
        (
            f.attribute,
            f.wire or f.attribute,
            None if getattr(f.codec, "passthrough", False) else f.codec.decode,
        )
        for f in cls.__fields__
    )
    cls._decode_plan = plan
    cls._known_wire = frozenset(wire for _, wire, _ in plan)
    return plan


class StrEnum(str, enum.Enum):
    """A string enum that still accepts values the spec does not list yet (APIs add values)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


class IntEnum(int, enum.Enum):
    """An integer enum that still accepts values the spec does not list yet."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

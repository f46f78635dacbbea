"""The base of generated models and enums: decoding from, and encoding back to, the wire form."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, ClassVar, NamedTuple, TypeVar

__all__ = ["BaseModel", "FieldSpec", "StrEnum", "IntEnum"]

_M = TypeVar("_M", bound="BaseModel")


class FieldSpec(NamedTuple):
    attribute: str
    wire: str
    codec: Any


class BaseModel:
    """A response object. Unknown fields are kept, not dropped: see `extra_fields` and `to_dict()`."""

    __fields__: ClassVar[tuple[FieldSpec, ...]] = ()
    _extra: dict[str, Any]

    @classmethod
    def from_dict(cls: type[_M], data: Mapping[str, Any]) -> _M:
        """Decode the wire form; a value that does not decode is kept as it came."""
        values: dict[str, Any] = {}
        known = set()
        for spec in cls.__fields__:
            known.add(spec.wire)
            if spec.wire in data:
                values[spec.attribute] = spec.codec.decode(data[spec.wire])
            else:
                values[spec.attribute] = None
        instance = cls(**values)
        instance._extra = {k: v for k, v in data.items() if k not in known}
        return instance

    @property
    def extra_fields(self) -> dict[str, Any]:
        """Fields the API sent that this version of the package does not know."""
        return dict(getattr(self, "_extra", {}))

    def to_dict(self) -> dict[str, Any]:
        """The wire form: wire names, dates as the API writes them, unknown fields included."""
        data = {
            spec.wire: spec.codec.encode(getattr(self, spec.attribute)) for spec in self.__fields__
        }
        data.update(getattr(self, "_extra", {}))
        return data


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

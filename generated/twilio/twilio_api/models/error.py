"""The Error model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .._models import BaseModel, FieldSpec

__all__ = ["Error"]


@dataclass(kw_only=True)
class Error(BaseModel):
    """The error body the API returns with every 4xx and 5xx response."""

    code: int
    """The vendor-specific error code, documented in the vendor's error dictionary."""

    message: str
    """A human-readable description of what went wrong."""

    more_info: str | None = None
    """A link to the documentation of this error code."""

    status: int
    """The HTTP status code of the response."""

    __fields__: ClassVar[tuple[FieldSpec, ...]] = FieldSpec.table("""
[
    ["code", "INT"],
    ["message", "STR"],
    ["more_info", "STR"],
    ["status", "INT"]
]
""")

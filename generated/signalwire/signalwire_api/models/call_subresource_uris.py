"""The CallSubresourceUris model."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .._models import BaseModel, FieldSpec

__all__ = ["CallSubresourceUris"]


@dataclass(kw_only=True)
class CallSubresourceUris(BaseModel):
    """A map of available sub-resources."""

    notifications: str | None = None
    """The URI for notifications."""

    recordings: str | None = None
    """The URI for recordings."""

    __fields__: ClassVar[tuple[FieldSpec, ...]] = FieldSpec.table("""
[
    ["notifications", "STR"],
    ["recordings", "STR"]
]
""")

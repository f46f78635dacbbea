"""The CallDirection enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["CallDirection"]


class CallDirection(StrEnum):
    """The direction of the call.

    Values the API adds later are accepted too."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"

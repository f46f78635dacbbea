"""The SiprecUpdateStatus enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["SiprecUpdateStatus"]


class SiprecUpdateStatus(StrEnum):
    """The status. Must have the value `stopped`.

    Values the API adds later are accepted too."""

    STOPPED = "stopped"

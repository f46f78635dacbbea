"""The SiprecStatus enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["SiprecStatus"]


class SiprecStatus(StrEnum):
    """The status - one of `stopped`, `in-progress`.

    Values the API adds later are accepted too."""

    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"

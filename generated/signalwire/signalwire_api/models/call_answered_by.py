"""The CallAnsweredBy enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["CallAnsweredBy"]


class CallAnsweredBy(StrEnum):
    """Who or what the call was answered by.

    Values the API adds later are accepted too."""

    HUMAN = "human"
    MACHINE = "machine"

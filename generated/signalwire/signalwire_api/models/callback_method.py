"""The CallbackMethod enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["CallbackMethod"]


class CallbackMethod(StrEnum):
    """The HTTP method SignalWire uses to request a URL.

    Values the API adds later are accepted too."""

    GET = "GET"
    POST = "POST"

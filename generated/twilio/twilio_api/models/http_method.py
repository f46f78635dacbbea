"""The HttpMethod enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["HttpMethod"]


class HttpMethod(StrEnum):
    """An HTTP method Twilio uses to request a callback URL.

    Values the API adds later are accepted too."""

    GET = "GET"
    POST = "POST"

"""The CallStatus enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["CallStatus"]


class CallStatus(StrEnum):
    """The status of the call.

    Values the API adds later are accepted too."""

    QUEUED = "queued"
    RINGING = "ringing"
    IN_PROGRESS = "in-progress"
    CANCELED = "canceled"
    COMPLETED = "completed"
    BUSY = "busy"
    FAILED = "failed"

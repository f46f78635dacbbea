"""The CallRecordingUpdateStatus enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["CallRecordingUpdateStatus"]


class CallRecordingUpdateStatus(StrEnum):
    """The status to move the recording to.

    Values the API adds later are accepted too."""

    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    STOPPED = "stopped"

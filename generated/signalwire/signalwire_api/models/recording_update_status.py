"""The RecordingUpdateStatus enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["RecordingUpdateStatus"]


class RecordingUpdateStatus(StrEnum):
    """The new status of the recording.

    Values the API adds later are accepted too."""

    PAUSED = "paused"
    IN_PROGRESS = "in-progress"
    STOPPED = "stopped"

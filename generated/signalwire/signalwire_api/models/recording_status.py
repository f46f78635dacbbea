"""The RecordingStatus enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["RecordingStatus"]


class RecordingStatus(StrEnum):
    """The status of the recording.

    Values the API adds later are accepted too."""

    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    STOPPED = "stopped"
    PROCESSING = "processing"
    COMPLETED = "completed"
    ABSENT = "absent"

"""The CallRecordingStatus enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["CallRecordingStatus"]


class CallRecordingStatus(StrEnum):
    """The status of the recording. Can be: `processing`, `completed` and `absent`. For more detailed statuses on in-progress recordings, check out how to Update a Recording Resource.

    Values the API adds later are accepted too."""

    IN_PROGRESS = "in-progress"
    PAUSED = "paused"
    STOPPED = "stopped"
    PROCESSING = "processing"
    COMPLETED = "completed"
    ABSENT = "absent"

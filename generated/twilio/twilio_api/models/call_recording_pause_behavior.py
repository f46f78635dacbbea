"""The CallRecordingPauseBehavior enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["CallRecordingPauseBehavior"]


class CallRecordingPauseBehavior(StrEnum):
    """Whether to record during a pause. `skip` does not record during the pause period, while `silence` replaces the actual audio of the call with silence during the pause period.

    Values the API adds later are accepted too."""

    SKIP = "skip"
    SILENCE = "silence"

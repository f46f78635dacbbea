"""The RecordingPauseBehavior enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["RecordingPauseBehavior"]


class RecordingPauseBehavior(StrEnum):
    """What to do while recording is paused.

    Values the API adds later are accepted too."""

    SKIP = "skip"
    SILENCE = "silence"

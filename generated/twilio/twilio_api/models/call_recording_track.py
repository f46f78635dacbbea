"""The CallRecordingTrack enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["CallRecordingTrack"]


class CallRecordingTrack(StrEnum):
    """The recorded track. Can be: `inbound`, `outbound`, or `both`.

    Values the API adds later are accepted too."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BOTH = "both"

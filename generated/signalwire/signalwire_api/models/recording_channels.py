"""The RecordingChannels enum."""

from __future__ import annotations

from .._models import IntEnum

__all__ = ["RecordingChannels"]


class RecordingChannels(IntEnum):
    """The number of channels in a recording; `1` for mono or `2` for stereo.

    Values the API adds later are accepted too."""

    VALUE_1 = 1
    VALUE_2 = 2

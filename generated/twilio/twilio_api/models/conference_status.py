"""The ConferenceStatus enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["ConferenceStatus"]


class ConferenceStatus(StrEnum):
    """The status of this conference. Can be: `init`, `in-progress`, or `completed`.

    Values the API adds later are accepted too."""

    INIT = "init"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"

"""The ConferenceUpdateStatus enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["ConferenceUpdateStatus"]


class ConferenceUpdateStatus(StrEnum):
    """The new status of the resource. Specifying `completed` will end the conference and hang up all participants.

    Values the API adds later are accepted too."""

    COMPLETED = "completed"

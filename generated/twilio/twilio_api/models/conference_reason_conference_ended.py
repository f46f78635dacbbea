"""The ConferenceReasonConferenceEnded enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["ConferenceReasonConferenceEnded"]


class ConferenceReasonConferenceEnded(StrEnum):
    """The reason why a conference ended. When a conference is in progress, will be `null`.

    Values the API adds later are accepted too."""

    CONFERENCE_ENDED_VIA_API = "conference-ended-via-api"
    PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT = "participant-with-end-conference-on-exit-left"
    PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_KICKED = (
        "participant-with-end-conference-on-exit-kicked"
    )
    LAST_PARTICIPANT_KICKED = "last-participant-kicked"
    LAST_PARTICIPANT_LEFT = "last-participant-left"

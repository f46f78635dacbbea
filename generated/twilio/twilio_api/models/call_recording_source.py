"""The CallRecordingSource enum."""

from __future__ import annotations

from .._models import StrEnum

__all__ = ["CallRecordingSource"]


class CallRecordingSource(StrEnum):
    """How the recording was created.

    Values the API adds later are accepted too."""

    DIAL_VERB = "DialVerb"
    CONFERENCE = "Conference"
    OUTBOUND_API = "OutboundAPI"
    TRUNKING = "Trunking"
    RECORD_VERB = "RecordVerb"
    START_CALL_RECORDING_API = "StartCallRecordingAPI"
    START_CONFERENCE_RECORDING_API = "StartConferenceRecordingAPI"

"""The API's models and enums, each imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .call_recording import CallRecording as CallRecording
    from .call_recording_pause_behavior import (
        CallRecordingPauseBehavior as CallRecordingPauseBehavior,
    )
    from .call_recording_source import CallRecordingSource as CallRecordingSource
    from .call_recording_status import CallRecordingStatus as CallRecordingStatus
    from .call_recording_track import CallRecordingTrack as CallRecordingTrack
    from .call_recording_update_status import CallRecordingUpdateStatus as CallRecordingUpdateStatus
    from .conference import Conference as Conference
    from .conference_reason_conference_ended import (
        ConferenceReasonConferenceEnded as ConferenceReasonConferenceEnded,
    )
    from .conference_status import ConferenceStatus as ConferenceStatus
    from .conference_update_status import ConferenceUpdateStatus as ConferenceUpdateStatus
    from .error import Error as Error
    from .http_method import HttpMethod as HttpMethod
    from .siprec import Siprec as Siprec
    from .siprec_status import SiprecStatus as SiprecStatus
    from .siprec_update_status import SiprecUpdateStatus as SiprecUpdateStatus

# Imported on first use: importing the package does not import every module.
_MODULES: dict[str, str] = {
    "CallRecording": "call_recording",
    "CallRecordingPauseBehavior": "call_recording_pause_behavior",
    "CallRecordingSource": "call_recording_source",
    "CallRecordingStatus": "call_recording_status",
    "CallRecordingTrack": "call_recording_track",
    "CallRecordingUpdateStatus": "call_recording_update_status",
    "Conference": "conference",
    "ConferenceReasonConferenceEnded": "conference_reason_conference_ended",
    "ConferenceStatus": "conference_status",
    "ConferenceUpdateStatus": "conference_update_status",
    "Error": "error",
    "HttpMethod": "http_method",
    "Siprec": "siprec",
    "SiprecStatus": "siprec_status",
    "SiprecUpdateStatus": "siprec_update_status",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__

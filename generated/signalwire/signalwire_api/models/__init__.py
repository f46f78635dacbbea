"""The API's models and enums, each imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .call import Call as Call
    from .call_answered_by import CallAnsweredBy as CallAnsweredBy
    from .call_direction import CallDirection as CallDirection
    from .call_recording import CallRecording as CallRecording
    from .call_status import CallStatus as CallStatus
    from .call_subresource_uris import CallSubresourceUris as CallSubresourceUris
    from .callback_method import CallbackMethod as CallbackMethod
    from .error import Error as Error
    from .recording_channels import RecordingChannels as RecordingChannels
    from .recording_pause_behavior import RecordingPauseBehavior as RecordingPauseBehavior
    from .recording_source import RecordingSource as RecordingSource
    from .recording_status import RecordingStatus as RecordingStatus
    from .recording_update_status import RecordingUpdateStatus as RecordingUpdateStatus

# Imported on first use: importing the package does not import every module.
_MODULES: dict[str, str] = {
    "Call": "call",
    "CallAnsweredBy": "call_answered_by",
    "CallDirection": "call_direction",
    "CallRecording": "call_recording",
    "CallStatus": "call_status",
    "CallSubresourceUris": "call_subresource_uris",
    "CallbackMethod": "callback_method",
    "Error": "error",
    "RecordingChannels": "recording_channels",
    "RecordingPauseBehavior": "recording_pause_behavior",
    "RecordingSource": "recording_source",
    "RecordingStatus": "recording_status",
    "RecordingUpdateStatus": "recording_update_status",
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

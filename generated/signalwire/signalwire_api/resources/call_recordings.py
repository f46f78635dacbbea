"""The `Recordings` resource of SignalWire Compatibility API, voice (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import _codecs, _validation, models
from .._base_client import AsyncResource, Endpoint, SyncResource
from .._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ..models import CallRecording, RecordingPauseBehavior, RecordingUpdateStatus

__all__ = [
    "AsyncCallRecordingContext",
    "AsyncCallRecordingList",
    "CallRecordingContext",
    "CallRecordingList",
]

_CONTEXT_UPDATE = Endpoint.returning(_codecs.Model(lambda: models.CallRecording)).from_json("""
{
    "method": "POST",
    "path": "/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}",
    "path_params": {
        "AccountSid": 0,
        "CallSid": 1,
        "Sid": 2
    },
    "id_types": [
        [0, "account_sid", "str"],
        [1, "call_sid", "str"],
        [2, "sid", "str"]
    ],
    "checks": [
        ["one_of", "status", ["paused", "in-progress", "stopped"]],
        ["one_of", "pause_behavior", ["skip", "silence"]]
    ],
    "form": {
        "Status": "status",
        "PauseBehavior": "pause_behavior"
    },
    "once": true,
    "errors": {
        "400": ["Model", "models.error", "Error"],
        "401": ["Model", "models.error", "Error"],
        "403": ["Model", "models.error", "Error"],
        "404": ["Model", "models.error", "Error"],
        "429": ["Model", "models.error", "Error"],
        "500": ["Model", "models.error", "Error"]
    }
}
""")


class CallRecordingList(SyncResource):
    """`Recordings`: the collection.

    Call it with an id: The unique identifier for the recording."""

    def __call__(self, sid: str) -> CallRecordingContext:
        """One of the Recordings by its id.

        The unique identifier for the recording."""
        _validation.uuid("sid", sid)
        return CallRecordingContext(self._client, (*self._ids, sid))


class CallRecordingContext(SyncResource):
    """One of the `Recordings`, by its id."""

    def update(
        self,
        *,
        status: RecordingUpdateStatus | Literal["paused", "in-progress", "stopped"],
        pause_behavior: RecordingPauseBehavior | Literal["skip", "silence"] | NotGiven = NOT_GIVEN,
    ) -> CallRecording:
        """Pause, resume or stop a call recording

        Use this endpoint for the Recordings method to pause, resume or stop a Recording. You can control what happens while recording is paused (replace pause with silence or skip it).

        Args:
            status: The new status of the recording.
            pause_behavior: What to do while recording is paused. Default is `silence`. The API's default is "silence".

        Sends `POST /Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}` (operationId `UpdateCallRecording`).
        """
        return _CONTEXT_UPDATE.send(self, locals())


class AsyncCallRecordingList(AsyncResource):
    """`Recordings`: the collection.

    Call it with an id: The unique identifier for the recording."""

    def __call__(self, sid: str) -> AsyncCallRecordingContext:
        """One of the Recordings by its id.

        The unique identifier for the recording."""
        _validation.uuid("sid", sid)
        return AsyncCallRecordingContext(self._client, (*self._ids, sid))


class AsyncCallRecordingContext(AsyncResource):
    """One of the `Recordings`, by its id."""

    async def update(
        self,
        *,
        status: RecordingUpdateStatus | Literal["paused", "in-progress", "stopped"],
        pause_behavior: RecordingPauseBehavior | Literal["skip", "silence"] | NotGiven = NOT_GIVEN,
    ) -> CallRecording:
        """Pause, resume or stop a call recording

        Use this endpoint for the Recordings method to pause, resume or stop a Recording. You can control what happens while recording is paused (replace pause with silence or skip it).

        Args:
            status: The new status of the recording.
            pause_behavior: What to do while recording is paused. Default is `silence`. The API's default is "silence".

        Sends `POST /Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}` (operationId `UpdateCallRecording`).
        """
        return await _CONTEXT_UPDATE.send_async(self, locals())

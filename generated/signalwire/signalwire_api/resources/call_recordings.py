"""The `Recordings` resource of SignalWire Compatibility API, voice (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import _codecs, _validation, models
from .._base_client import AsyncResource, Endpoint, SyncResource
from .._response import async_raw_method, raw_method
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

    @property
    def with_raw_response(self) -> _CallRecordingContextRaw:
        """These methods, each giving the HTTP response its result comes in: `status_code`,
        `headers`, `request_id`, and `parse()` for the result."""
        return _CallRecordingContextRaw(self, stream=False)

    @property
    def with_streaming_response(self) -> _CallRecordingContextRaw:
        """These methods, each giving the HTTP response before its body is read: in a `with` block,
        read it in pieces (`iter_bytes()`) or into a file (`write_to(path)`), never whole."""
        return _CallRecordingContextRaw(self, stream=True)


class _CallRecordingContextRaw:
    """`CallRecordingContext`'s methods giving HTTP responses (see `CallRecordingContext.with_raw_response`)."""

    def __init__(self, resource: CallRecordingContext, stream: bool) -> None:
        self.update = raw_method(resource.update, stream)


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

    @property
    def with_raw_response(self) -> _AsyncCallRecordingContextRaw:
        """These methods, each giving the HTTP response its result comes in: `status_code`,
        `headers`, `request_id`, and `parse()` for the result."""
        return _AsyncCallRecordingContextRaw(self, stream=False)

    @property
    def with_streaming_response(self) -> _AsyncCallRecordingContextRaw:
        """These methods, each giving the HTTP response before its body is read: in a `with` block,
        read it in pieces (`iter_bytes()`) or into a file (`write_to(path)`), never whole."""
        return _AsyncCallRecordingContextRaw(self, stream=True)


class _AsyncCallRecordingContextRaw:
    """`AsyncCallRecordingContext`'s methods giving HTTP responses (see `AsyncCallRecordingContext.with_raw_response`)."""

    def __init__(self, resource: AsyncCallRecordingContext, stream: bool) -> None:
        self.update = async_raw_method(resource.update, stream)

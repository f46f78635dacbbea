"""The `Recordings` resource of Twilio Voice API (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import _codecs, _validation, models
from .._base_client import AsyncResource, Endpoint, SyncResource
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ..models import CallRecording, CallRecordingPauseBehavior, CallRecordingUpdateStatus

__all__ = [
    "AsyncCallRecordingContext",
    "AsyncCallRecordingList",
    "CallRecordingContext",
    "CallRecordingList",
]

_CONTEXT_UPDATE = Endpoint.returning(_codecs.Model(lambda: models.CallRecording)).from_json("""
{
    "method": "POST",
    "path": "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
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
        ["one_of", "status", ["in-progress", "paused", "stopped"]],
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

    Call it with an id: The Twilio-provided string that uniquely identifies the Recording resource to update, or `Twilio.CURRENT` for the call's current active recording.
    """

    def __call__(self, sid: str) -> CallRecordingContext:
        """One of the Recordings by its id.

        The Twilio-provided string that uniquely identifies the Recording resource to update, or `Twilio.CURRENT` for the call's current active recording.
        """
        _validation.pattern("sid", sid, "^(RE[0-9a-fA-F]{32}|Twilio\\.CURRENT)$")
        return CallRecordingContext(self._client, (*self._ids, sid))


class CallRecordingContext(SyncResource):
    """One of the `Recordings`, by its id."""

    def update(
        self,
        *,
        status: CallRecordingUpdateStatus | Literal["in-progress", "paused", "stopped"],
        pause_behavior: (
            CallRecordingPauseBehavior | Literal["skip", "silence"] | NotGiven
        ) = NOT_GIVEN,
    ) -> CallRecording:
        """Pause, resume or stop a call recording

        Changes the status of the recording to paused, stopped, or in-progress.
        Note: Pass `Twilio.CURRENT` instead of recording sid to reference current active recording.

        Args:
            status: The status to move the recording to.
            pause_behavior: Whether to record during a pause: `skip` or `silence`, and the default is `silence`. `skip` does not record during the pause period, while `silence` will replace the actual audio of the call with silence during the pause period. This parameter only applies when setting `status` to `paused`. The API's default is "silence".

        Sends `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json` (operationId `UpdateCallRecording`).
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

    Call it with an id: The Twilio-provided string that uniquely identifies the Recording resource to update, or `Twilio.CURRENT` for the call's current active recording.
    """

    def __call__(self, sid: str) -> AsyncCallRecordingContext:
        """One of the Recordings by its id.

        The Twilio-provided string that uniquely identifies the Recording resource to update, or `Twilio.CURRENT` for the call's current active recording.
        """
        _validation.pattern("sid", sid, "^(RE[0-9a-fA-F]{32}|Twilio\\.CURRENT)$")
        return AsyncCallRecordingContext(self._client, (*self._ids, sid))


class AsyncCallRecordingContext(AsyncResource):
    """One of the `Recordings`, by its id."""

    async def update(
        self,
        *,
        status: CallRecordingUpdateStatus | Literal["in-progress", "paused", "stopped"],
        pause_behavior: (
            CallRecordingPauseBehavior | Literal["skip", "silence"] | NotGiven
        ) = NOT_GIVEN,
    ) -> CallRecording:
        """Pause, resume or stop a call recording

        Changes the status of the recording to paused, stopped, or in-progress.
        Note: Pass `Twilio.CURRENT` instead of recording sid to reference current active recording.

        Args:
            status: The status to move the recording to.
            pause_behavior: Whether to record during a pause: `skip` or `silence`, and the default is `silence`. `skip` does not record during the pause period, while `silence` will replace the actual audio of the call with silence during the pause period. This parameter only applies when setting `status` to `paused`. The API's default is "silence".

        Sends `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json` (operationId `UpdateCallRecording`).
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

"""The `Recordings` resource of SignalWire Compatibility API, voice (2010-04-01)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .. import _codecs, _validation
from .._base_client import AsyncResource, RequestOptions, SyncResource
from .._types import NOT_GIVEN, NotGiven, given

if TYPE_CHECKING:
    from ..models import CallRecording, RecordingPauseBehavior, RecordingUpdateStatus

__all__ = [
    "AsyncCallRecordingContext",
    "AsyncCallRecordingList",
    "CallRecordingContext",
    "CallRecordingList",
]

_CONTEXT_UPDATE_RESPONSE: _codecs.Response[CallRecording] = _codecs.Response(
    _codecs.Model(__package__, "models.call_recording", "CallRecording")
)


def _context_update_request(
    ids: tuple[str | int | None, ...], args: Mapping[str, Any]
) -> RequestOptions:
    _validation.one_of("status", args["status"], ("paused", "in-progress", "stopped"))
    _validation.one_of("pause_behavior", args["pause_behavior"], ("skip", "silence"))
    return RequestOptions(
        method="POST",
        path="/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}",
        path_params={"AccountSid": ids[0], "CallSid": ids[1], "Sid": ids[2]},
        form=given(
            args,
            ("Status", "status"),
            ("PauseBehavior", "pause_behavior"),
        ),
        creates=False,
        timeout=args["timeout"],
    )


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
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> CallRecording:
        """Pause, resume or stop a call recording

        Use this endpoint for the Recordings method to pause, resume or stop a Recording. You can control what happens while recording is paused (replace pause with silence or skip it).

        Args:
            status: The new status of the recording.
            pause_behavior: What to do while recording is paused. Default is `silence`. The API's default is "silence".
            timeout: Override the client's timeout for this request.

        Sends `POST /Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}` (operationId `UpdateCallRecording`).
        """
        return self._client.request(
            _context_update_request(self._ids, locals()), _CONTEXT_UPDATE_RESPONSE
        )


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
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> CallRecording:
        """Pause, resume or stop a call recording

        Use this endpoint for the Recordings method to pause, resume or stop a Recording. You can control what happens while recording is paused (replace pause with silence or skip it).

        Args:
            status: The new status of the recording.
            pause_behavior: What to do while recording is paused. Default is `silence`. The API's default is "silence".
            timeout: Override the client's timeout for this request.

        Sends `POST /Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}` (operationId `UpdateCallRecording`).
        """
        return await self._client.request(
            _context_update_request(self._ids, locals()), _CONTEXT_UPDATE_RESPONSE
        )

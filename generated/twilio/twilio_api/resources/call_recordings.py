"""The `Recordings` resource of Twilio Voice API (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import _codecs, _validation, models
from .._base_client import AsyncResource, Endpoint, SyncResource
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

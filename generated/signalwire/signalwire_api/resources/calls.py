"""The `Calls` resource of SignalWire Compatibility API, voice (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import _codecs, _validation, models
from .._base_client import AsyncResource, Endpoint, SyncResource
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ..models import Call, CallbackMethod, CallStatus
    from .call_recordings import AsyncCallRecordingList, CallRecordingList

__all__ = ["AsyncCallContext", "AsyncCallList", "CallContext", "CallList"]

_CONTEXT_UPDATE = Endpoint.returning(_codecs.Model(lambda: models.Call)).from_json("""
{
    "method": "POST",
    "path": "/Accounts/{AccountSid}/Calls/{Sid}",
    "path_params": {
        "AccountSid": 0,
        "Sid": 1
    },
    "id_types": [
        [0, "account_sid", "str"],
        [1, "sid", "str"]
    ],
    "types": {
        "url": "str",
        "fallback_url": "str",
        "status_callback": "str"
    },
    "checks": [
        ["one_of", "method", ["GET", "POST"]],
        ["one_of", "fallback_method", ["GET", "POST"]],
        ["one_of", "status", ["queued", "ringing", "in-progress", "canceled", "completed", "busy", "failed"]],
        ["one_of", "status_callback_method", ["GET", "POST"]]
    ],
    "form": {
        "Url": "url",
        "Method": "method",
        "FallbackUrl": "fallback_url",
        "FallbackMethod": "fallback_method",
        "Status": "status",
        "StatusCallback": "status_callback",
        "StatusCallbackMethod": "status_callback_method"
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


class CallList(SyncResource):
    """`Calls`: the collection.

    Call it with an id: The unique identifier for the call."""

    def __call__(self, sid: str) -> CallContext:
        """One of the Calls by its id.

        The unique identifier for the call."""
        _validation.uuid("sid", sid)
        return CallContext(self._client, (*self._ids, sid))


class CallContext(SyncResource):
    """One of the `Calls`, by its id."""

    @property
    def recordings(self) -> CallRecordingList:
        from .call_recordings import CallRecordingList

        return CallRecordingList(self._client, self._ids)

    def update(
        self,
        *,
        url: str | NotGiven = NOT_GIVEN,
        method: CallbackMethod | Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        fallback_url: str | NotGiven = NOT_GIVEN,
        fallback_method: CallbackMethod | Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        status: (
            CallStatus
            | Literal["queued", "ringing", "in-progress", "canceled", "completed", "busy", "failed"]
            | NotGiven
        ) = NOT_GIVEN,
        status_callback: str | NotGiven = NOT_GIVEN,
        status_callback_method: CallbackMethod | Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
    ) -> Call:
        """Update a call

        Allows you to modify an active call.

        Args:
            url: The URL to handle the call. This parameter allows you to specify a webhook or different route in your code containing XML instructions for how to handle the call.
            method: Whether the request to `Url` is a `GET` or a `POST`. Default is `POST`. The API's default is "POST".
            fallback_url: The URL SignalWire will request if errors occur when fetching the `Url`.
            fallback_method: Whether the request to `FallbackUrl` is a `GET` or a `POST`. Default is `POST`. The API's default is "POST".
            status: The status of the call.
            status_callback: The URL SignalWire will send webhooks to on every requested `StatusCallbackEvent` event.
            status_callback_method: Whether the request to `StatusCallback` URL is a `GET` or a `POST`. Default is `POST`. The API's default is "POST".

        Sends `POST /Accounts/{AccountSid}/Calls/{Sid}` (operationId `UpdateCall`)."""
        return _CONTEXT_UPDATE.send(self, locals())

    @property
    def with_raw_response(self) -> _CallContextRaw:
        """These methods, each giving the HTTP response its result comes in: `status_code`,
        `headers`, `request_id`, and `parse()` for the result."""
        return _CallContextRaw(self, stream=False)

    @property
    def with_streaming_response(self) -> _CallContextRaw:
        """These methods, each giving the HTTP response before its body is read: in a `with` block,
        read it in pieces (`iter_bytes()`) or into a file (`write_to(path)`), never whole."""
        return _CallContextRaw(self, stream=True)


class _CallContextRaw:
    """`CallContext`'s methods giving HTTP responses (see `CallContext.with_raw_response`)."""

    def __init__(self, resource: CallContext, stream: bool) -> None:
        self.update = raw_method(resource.update, stream)


class AsyncCallList(AsyncResource):
    """`Calls`: the collection.

    Call it with an id: The unique identifier for the call."""

    def __call__(self, sid: str) -> AsyncCallContext:
        """One of the Calls by its id.

        The unique identifier for the call."""
        _validation.uuid("sid", sid)
        return AsyncCallContext(self._client, (*self._ids, sid))


class AsyncCallContext(AsyncResource):
    """One of the `Calls`, by its id."""

    @property
    def recordings(self) -> AsyncCallRecordingList:
        from .call_recordings import AsyncCallRecordingList

        return AsyncCallRecordingList(self._client, self._ids)

    async def update(
        self,
        *,
        url: str | NotGiven = NOT_GIVEN,
        method: CallbackMethod | Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        fallback_url: str | NotGiven = NOT_GIVEN,
        fallback_method: CallbackMethod | Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
        status: (
            CallStatus
            | Literal["queued", "ringing", "in-progress", "canceled", "completed", "busy", "failed"]
            | NotGiven
        ) = NOT_GIVEN,
        status_callback: str | NotGiven = NOT_GIVEN,
        status_callback_method: CallbackMethod | Literal["GET", "POST"] | NotGiven = NOT_GIVEN,
    ) -> Call:
        """Update a call

        Allows you to modify an active call.

        Args:
            url: The URL to handle the call. This parameter allows you to specify a webhook or different route in your code containing XML instructions for how to handle the call.
            method: Whether the request to `Url` is a `GET` or a `POST`. Default is `POST`. The API's default is "POST".
            fallback_url: The URL SignalWire will request if errors occur when fetching the `Url`.
            fallback_method: Whether the request to `FallbackUrl` is a `GET` or a `POST`. Default is `POST`. The API's default is "POST".
            status: The status of the call.
            status_callback: The URL SignalWire will send webhooks to on every requested `StatusCallbackEvent` event.
            status_callback_method: Whether the request to `StatusCallback` URL is a `GET` or a `POST`. Default is `POST`. The API's default is "POST".

        Sends `POST /Accounts/{AccountSid}/Calls/{Sid}` (operationId `UpdateCall`)."""
        return await _CONTEXT_UPDATE.send_async(self, locals())

    @property
    def with_raw_response(self) -> _AsyncCallContextRaw:
        """These methods, each giving the HTTP response its result comes in: `status_code`,
        `headers`, `request_id`, and `parse()` for the result."""
        return _AsyncCallContextRaw(self, stream=False)

    @property
    def with_streaming_response(self) -> _AsyncCallContextRaw:
        """These methods, each giving the HTTP response before its body is read: in a `with` block,
        read it in pieces (`iter_bytes()`) or into a file (`write_to(path)`), never whole."""
        return _AsyncCallContextRaw(self, stream=True)


class _AsyncCallContextRaw:
    """`AsyncCallContext`'s methods giving HTTP responses (see `AsyncCallContext.with_raw_response`)."""

    def __init__(self, resource: AsyncCallContext, stream: bool) -> None:
        self.update = async_raw_method(resource.update, stream)

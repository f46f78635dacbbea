"""The `Siprec` resource of Twilio Voice API (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import _codecs, _validation, models
from .._base_client import AsyncResource, Endpoint, SyncResource
from .._response import async_raw_method, raw_method

if TYPE_CHECKING:
    from ..models import Siprec, SiprecUpdateStatus

__all__ = ["AsyncCallSiprecContext", "AsyncCallSiprecList", "CallSiprecContext", "CallSiprecList"]

_CONTEXT_UPDATE = Endpoint.returning(_codecs.Model(lambda: models.Siprec)).from_json("""
{
    "method": "POST",
    "path": "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json",
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
        ["one_of", "status", ["stopped"]]
    ],
    "form": {
        "Status": "status"
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


class CallSiprecList(SyncResource):
    """`Siprec`: the collection.

    Call it with an id: The SID of the Siprec resource, or the `name` used when creating the resource.
    """

    def __call__(self, sid: str) -> CallSiprecContext:
        """One of the Siprec by its id.

        The SID of the Siprec resource, or the `name` used when creating the resource."""
        _validation.length("sid", sid, 1, None)
        return CallSiprecContext(self._client, (*self._ids, sid))


class CallSiprecContext(SyncResource):
    """One of the `Siprec`, by its id."""

    def update(
        self,
        *,
        status: SiprecUpdateStatus | Literal["stopped"],
    ) -> Siprec:
        """Stop a SIPREC session

        Stop a Siprec using either the SID of the Siprec resource or the `name` used when creating the resource.

        Args:
            status: The status. Must have the value `stopped`.

        Sends `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json` (operationId `UpdateSiprec`).
        """
        return _CONTEXT_UPDATE.send(self, locals())

    @property
    def with_raw_response(self) -> _CallSiprecContextRaw:
        """These methods, each giving the HTTP response its result comes in: `status_code`,
        `headers`, `request_id`, and `parse()` for the result."""
        return _CallSiprecContextRaw(self, stream=False)

    @property
    def with_streaming_response(self) -> _CallSiprecContextRaw:
        """These methods, each giving the HTTP response before its body is read: in a `with` block,
        read it in pieces (`iter_bytes()`) or into a file (`write_to(path)`), never whole."""
        return _CallSiprecContextRaw(self, stream=True)


class _CallSiprecContextRaw:
    """`CallSiprecContext`'s methods giving HTTP responses (see `CallSiprecContext.with_raw_response`)."""

    def __init__(self, resource: CallSiprecContext, stream: bool) -> None:
        self.update = raw_method(resource.update, stream)


class AsyncCallSiprecList(AsyncResource):
    """`Siprec`: the collection.

    Call it with an id: The SID of the Siprec resource, or the `name` used when creating the resource.
    """

    def __call__(self, sid: str) -> AsyncCallSiprecContext:
        """One of the Siprec by its id.

        The SID of the Siprec resource, or the `name` used when creating the resource."""
        _validation.length("sid", sid, 1, None)
        return AsyncCallSiprecContext(self._client, (*self._ids, sid))


class AsyncCallSiprecContext(AsyncResource):
    """One of the `Siprec`, by its id."""

    async def update(
        self,
        *,
        status: SiprecUpdateStatus | Literal["stopped"],
    ) -> Siprec:
        """Stop a SIPREC session

        Stop a Siprec using either the SID of the Siprec resource or the `name` used when creating the resource.

        Args:
            status: The status. Must have the value `stopped`.

        Sends `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json` (operationId `UpdateSiprec`).
        """
        return await _CONTEXT_UPDATE.send_async(self, locals())

    @property
    def with_raw_response(self) -> _AsyncCallSiprecContextRaw:
        """These methods, each giving the HTTP response its result comes in: `status_code`,
        `headers`, `request_id`, and `parse()` for the result."""
        return _AsyncCallSiprecContextRaw(self, stream=False)

    @property
    def with_streaming_response(self) -> _AsyncCallSiprecContextRaw:
        """These methods, each giving the HTTP response before its body is read: in a `with` block,
        read it in pieces (`iter_bytes()`) or into a file (`write_to(path)`), never whole."""
        return _AsyncCallSiprecContextRaw(self, stream=True)


class _AsyncCallSiprecContextRaw:
    """`AsyncCallSiprecContext`'s methods giving HTTP responses (see `AsyncCallSiprecContext.with_raw_response`)."""

    def __init__(self, resource: AsyncCallSiprecContext, stream: bool) -> None:
        self.update = async_raw_method(resource.update, stream)

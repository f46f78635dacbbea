"""The `Siprec` resource of Twilio Voice API (2010-04-01)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from .. import _codecs, _validation
from .._base_client import AsyncResource, RequestOptions, SyncResource
from .._types import NOT_GIVEN, NotGiven, given

if TYPE_CHECKING:
    from ..models import Siprec, SiprecUpdateStatus

__all__ = ["AsyncCallSiprecContext", "AsyncCallSiprecList", "CallSiprecContext", "CallSiprecList"]

_CONTEXT_UPDATE_RESPONSE: _codecs.Response[Siprec] = _codecs.Response(
    _codecs.Model(__package__, "models.siprec", "Siprec")
)


def _context_update_request(
    ids: tuple[str | int | None, ...], args: Mapping[str, Any]
) -> RequestOptions:
    _validation.one_of("status", args["status"], ("stopped",))
    return RequestOptions(
        method="POST",
        path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json",
        path_params={"AccountSid": ids[0], "CallSid": ids[1], "Sid": ids[2]},
        form=given(
            args,
            ("Status", "status"),
        ),
        creates=False,
        timeout=args["timeout"],
    )


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
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> Siprec:
        """Stop a SIPREC session

        Stop a Siprec using either the SID of the Siprec resource or the `name` used when creating the resource.

        Args:
            status: The status. Must have the value `stopped`.
            timeout: Override the client's timeout for this request.

        Sends `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json` (operationId `UpdateSiprec`).
        """
        return self._client.request(
            _context_update_request(self._ids, locals()), _CONTEXT_UPDATE_RESPONSE
        )


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
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> Siprec:
        """Stop a SIPREC session

        Stop a Siprec using either the SID of the Siprec resource or the `name` used when creating the resource.

        Args:
            status: The status. Must have the value `stopped`.
            timeout: Override the client's timeout for this request.

        Sends `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json` (operationId `UpdateSiprec`).
        """
        return await self._client.request(
            _context_update_request(self._ids, locals()), _CONTEXT_UPDATE_RESPONSE
        )

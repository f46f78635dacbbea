"""The `Siprec` resource of Twilio Voice API (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import _codecs, _validation, models
from .._base_client import AsyncResource, Endpoint, SyncResource

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

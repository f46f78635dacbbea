"""The `Accounts` resource of SignalWire Compatibility API, voice (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _validation
from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .calls import AsyncCallList, CallList

__all__ = ["AccountContext", "AccountList", "AsyncAccountContext", "AsyncAccountList"]


class AccountList(SyncResource):
    """`Accounts`: the collection.

    Call it with an id: The Project ID that uniquely identifies the Account."""

    def __call__(self, account_sid: str) -> AccountContext:
        """One of the Accounts by its id.

        The Project ID that uniquely identifies the Account."""
        _validation.uuid("account_sid", account_sid)
        return AccountContext(self._client, (*self._ids, account_sid))


class AccountContext(SyncResource):
    """One of the `Accounts`, by its id."""

    @property
    def calls(self) -> CallList:
        from .calls import CallList

        return CallList(self._client, self._ids)


class AsyncAccountList(AsyncResource):
    """`Accounts`: the collection.

    Call it with an id: The Project ID that uniquely identifies the Account."""

    def __call__(self, account_sid: str) -> AsyncAccountContext:
        """One of the Accounts by its id.

        The Project ID that uniquely identifies the Account."""
        _validation.uuid("account_sid", account_sid)
        return AsyncAccountContext(self._client, (*self._ids, account_sid))


class AsyncAccountContext(AsyncResource):
    """One of the `Accounts`, by its id."""

    @property
    def calls(self) -> AsyncCallList:
        from .calls import AsyncCallList

        return AsyncCallList(self._client, self._ids)

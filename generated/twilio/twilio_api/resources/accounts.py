"""The `Accounts` resource of Twilio Voice API (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _validation
from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .calls import AsyncCallList, CallList
    from .conferences import AsyncConferenceList, ConferenceList

__all__ = ["AccountContext", "AccountList", "AsyncAccountContext", "AsyncAccountList"]


class AccountList(SyncResource):
    """`Accounts`: the collection.

    Call it with an id: The SID of the Account that created the resource to update."""

    def __call__(self, account_sid: str) -> AccountContext:
        """One of the Accounts by its id.

        The SID of the Account that created the resource to update."""
        _validation.pattern("account_sid", account_sid, "^AC[0-9a-fA-F]{32}$")
        _validation.length("account_sid", account_sid, 34, 34)
        return AccountContext(self._client, (*self._ids, account_sid))


class AccountContext(SyncResource):
    """One of the `Accounts`, by its id."""

    @property
    def calls(self) -> CallList:
        from .calls import CallList

        return CallList(self._client, self._ids)

    @property
    def conferences(self) -> ConferenceList:
        from .conferences import ConferenceList

        return ConferenceList(self._client, self._ids)


class AsyncAccountList(AsyncResource):
    """`Accounts`: the collection.

    Call it with an id: The SID of the Account that created the resource to update."""

    def __call__(self, account_sid: str) -> AsyncAccountContext:
        """One of the Accounts by its id.

        The SID of the Account that created the resource to update."""
        _validation.pattern("account_sid", account_sid, "^AC[0-9a-fA-F]{32}$")
        _validation.length("account_sid", account_sid, 34, 34)
        return AsyncAccountContext(self._client, (*self._ids, account_sid))


class AsyncAccountContext(AsyncResource):
    """One of the `Accounts`, by its id."""

    @property
    def calls(self) -> AsyncCallList:
        from .calls import AsyncCallList

        return AsyncCallList(self._client, self._ids)

    @property
    def conferences(self) -> AsyncConferenceList:
        from .conferences import AsyncConferenceList

        return AsyncConferenceList(self._client, self._ids)

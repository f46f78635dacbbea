"""The `Accounts` resource of Twilio Voice API (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _validation
from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .calls import AsyncCallList, CallList
    from .conferences import AsyncConferenceList, ConferenceList

__all__ = ["AccountContext", "AccountList", "AsyncAccountContext", "AsyncAccountList"]


class AccountList:
    """`Accounts`: the collection.

    Call it with an id: The SID of the Account that created the resource to update."""

    def __init__(self, client: SyncAPIClient, ids: tuple[str | None, ...]) -> None:
        self._client = client
        self._ids = ids

    def __call__(self, sid: str) -> AccountContext:
        """One of the Accounts by its id.

        The SID of the Account that created the resource to update."""
        _validation.pattern("sid", sid, "^AC[0-9a-fA-F]{32}$")
        _validation.length("sid", sid, 34, 34)
        return AccountContext(self._client, (*self._ids, sid))


class AccountContext:
    """One of the `Accounts`, by its id."""

    def __init__(self, client: SyncAPIClient, ids: tuple[str | None, ...]) -> None:
        self._client = client
        self._ids = ids

    @property
    def calls(self) -> CallList:
        from .calls import CallList

        return CallList(self._client, self._ids)

    @property
    def conferences(self) -> ConferenceList:
        from .conferences import ConferenceList

        return ConferenceList(self._client, self._ids)


class AsyncAccountList:
    """`Accounts`: the collection.

    Call it with an id: The SID of the Account that created the resource to update."""

    def __init__(self, client: AsyncAPIClient, ids: tuple[str | None, ...]) -> None:
        self._client = client
        self._ids = ids

    def __call__(self, sid: str) -> AsyncAccountContext:
        """One of the Accounts by its id.

        The SID of the Account that created the resource to update."""
        _validation.pattern("sid", sid, "^AC[0-9a-fA-F]{32}$")
        _validation.length("sid", sid, 34, 34)
        return AsyncAccountContext(self._client, (*self._ids, sid))


class AsyncAccountContext:
    """One of the `Accounts`, by its id."""

    def __init__(self, client: AsyncAPIClient, ids: tuple[str | None, ...]) -> None:
        self._client = client
        self._ids = ids

    @property
    def calls(self) -> AsyncCallList:
        from .calls import AsyncCallList

        return AsyncCallList(self._client, self._ids)

    @property
    def conferences(self) -> AsyncConferenceList:
        from .conferences import AsyncConferenceList

        return AsyncConferenceList(self._client, self._ids)

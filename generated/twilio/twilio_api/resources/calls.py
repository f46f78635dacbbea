"""The `Calls` resource of Twilio Voice API (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _validation
from .._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .call_recordings import AsyncCallRecordingList, CallRecordingList
    from .call_siprec import AsyncCallSiprecList, CallSiprecList

__all__ = ["AsyncCallContext", "AsyncCallList", "CallContext", "CallList"]


class CallList:
    """`Calls`: the collection.

    Call it with an id: The SID of the Call the resource is associated with."""

    def __init__(self, client: SyncAPIClient, ids: tuple[str | None, ...]) -> None:
        self._client = client
        self._ids = ids

    def __call__(self, sid: str) -> CallContext:
        """One of the Calls by its id.

        The SID of the Call the resource is associated with."""
        _validation.pattern("sid", sid, "^CA[0-9a-fA-F]{32}$")
        _validation.length("sid", sid, 34, 34)
        return CallContext(self._client, (*self._ids, sid))


class CallContext:
    """One of the `Calls`, by its id."""

    def __init__(self, client: SyncAPIClient, ids: tuple[str | None, ...]) -> None:
        self._client = client
        self._ids = ids

    @property
    def recordings(self) -> CallRecordingList:
        from .call_recordings import CallRecordingList

        return CallRecordingList(self._client, self._ids)

    @property
    def siprec(self) -> CallSiprecList:
        from .call_siprec import CallSiprecList

        return CallSiprecList(self._client, self._ids)


class AsyncCallList:
    """`Calls`: the collection.

    Call it with an id: The SID of the Call the resource is associated with."""

    def __init__(self, client: AsyncAPIClient, ids: tuple[str | None, ...]) -> None:
        self._client = client
        self._ids = ids

    def __call__(self, sid: str) -> AsyncCallContext:
        """One of the Calls by its id.

        The SID of the Call the resource is associated with."""
        _validation.pattern("sid", sid, "^CA[0-9a-fA-F]{32}$")
        _validation.length("sid", sid, 34, 34)
        return AsyncCallContext(self._client, (*self._ids, sid))


class AsyncCallContext:
    """One of the `Calls`, by its id."""

    def __init__(self, client: AsyncAPIClient, ids: tuple[str | None, ...]) -> None:
        self._client = client
        self._ids = ids

    @property
    def recordings(self) -> AsyncCallRecordingList:
        from .call_recordings import AsyncCallRecordingList

        return AsyncCallRecordingList(self._client, self._ids)

    @property
    def siprec(self) -> AsyncCallSiprecList:
        from .call_siprec import AsyncCallSiprecList

        return AsyncCallSiprecList(self._client, self._ids)

"""The `Calls` resource of Twilio Voice API (2010-04-01)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _validation
from .._base_client import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .call_recordings import AsyncCallRecordingList, CallRecordingList
    from .call_siprec import AsyncCallSiprecList, CallSiprecList

__all__ = ["AsyncCallContext", "AsyncCallList", "CallContext", "CallList"]


class CallList(SyncResource):
    """`Calls`: the collection.

    Call it with an id: The SID of the Call the resource is associated with."""

    def __call__(self, call_sid: str) -> CallContext:
        """One of the Calls by its id.

        The SID of the Call the resource is associated with."""
        _validation.pattern("call_sid", call_sid, "^CA[0-9a-fA-F]{32}$")
        _validation.length("call_sid", call_sid, 34, 34)
        return CallContext(self._client, (*self._ids, call_sid))


class CallContext(SyncResource):
    """One of the `Calls`, by its id."""

    @property
    def recordings(self) -> CallRecordingList:
        from .call_recordings import CallRecordingList

        return CallRecordingList(self._client, self._ids)

    @property
    def siprec(self) -> CallSiprecList:
        from .call_siprec import CallSiprecList

        return CallSiprecList(self._client, self._ids)


class AsyncCallList(AsyncResource):
    """`Calls`: the collection.

    Call it with an id: The SID of the Call the resource is associated with."""

    def __call__(self, call_sid: str) -> AsyncCallContext:
        """One of the Calls by its id.

        The SID of the Call the resource is associated with."""
        _validation.pattern("call_sid", call_sid, "^CA[0-9a-fA-F]{32}$")
        _validation.length("call_sid", call_sid, 34, 34)
        return AsyncCallContext(self._client, (*self._ids, call_sid))


class AsyncCallContext(AsyncResource):
    """One of the `Calls`, by its id."""

    @property
    def recordings(self) -> AsyncCallRecordingList:
        from .call_recordings import AsyncCallRecordingList

        return AsyncCallRecordingList(self._client, self._ids)

    @property
    def siprec(self) -> AsyncCallSiprecList:
        from .call_siprec import AsyncCallSiprecList

        return AsyncCallSiprecList(self._client, self._ids)

"""The API's resources, each imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounts import AccountContext as AccountContext
    from .accounts import AccountList as AccountList
    from .accounts import AsyncAccountContext as AsyncAccountContext
    from .accounts import AsyncAccountList as AsyncAccountList
    from .call_recordings import AsyncCallRecordingContext as AsyncCallRecordingContext
    from .call_recordings import AsyncCallRecordingList as AsyncCallRecordingList
    from .call_recordings import CallRecordingContext as CallRecordingContext
    from .call_recordings import CallRecordingList as CallRecordingList
    from .call_siprec import AsyncCallSiprecContext as AsyncCallSiprecContext
    from .call_siprec import AsyncCallSiprecList as AsyncCallSiprecList
    from .call_siprec import CallSiprecContext as CallSiprecContext
    from .call_siprec import CallSiprecList as CallSiprecList
    from .calls import AsyncCallContext as AsyncCallContext
    from .calls import AsyncCallList as AsyncCallList
    from .calls import CallContext as CallContext
    from .calls import CallList as CallList
    from .conferences import AsyncConferenceContext as AsyncConferenceContext
    from .conferences import AsyncConferenceList as AsyncConferenceList
    from .conferences import ConferenceContext as ConferenceContext
    from .conferences import ConferenceList as ConferenceList

# Imported on first use: importing the package does not import every module.
_MODULES: dict[str, str] = {
    "AccountContext": "accounts",
    "AccountList": "accounts",
    "AsyncAccountContext": "accounts",
    "AsyncAccountList": "accounts",
    "AsyncCallRecordingContext": "call_recordings",
    "AsyncCallRecordingList": "call_recordings",
    "CallRecordingContext": "call_recordings",
    "CallRecordingList": "call_recordings",
    "AsyncCallSiprecContext": "call_siprec",
    "AsyncCallSiprecList": "call_siprec",
    "CallSiprecContext": "call_siprec",
    "CallSiprecList": "call_siprec",
    "AsyncCallContext": "calls",
    "AsyncCallList": "calls",
    "CallContext": "calls",
    "CallList": "calls",
    "AsyncConferenceContext": "conferences",
    "AsyncConferenceList": "conferences",
    "ConferenceContext": "conferences",
    "ConferenceList": "conferences",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__

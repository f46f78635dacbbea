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
    from .calls import AsyncCallContext as AsyncCallContext
    from .calls import AsyncCallList as AsyncCallList
    from .calls import CallContext as CallContext
    from .calls import CallList as CallList

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
    "AsyncCallContext": "calls",
    "AsyncCallList": "calls",
    "CallContext": "calls",
    "CallList": "calls",
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

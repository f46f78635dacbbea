"""Types shared by the whole package."""

from __future__ import annotations

from typing import Any, Final, Literal

__all__ = ["NOT_GIVEN", "NotGiven", "given"]


class NotGiven:
    """The type of `NOT_GIVEN`: a parameter left out is not sent, which differs from sending `None`."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def given(*pairs: tuple[str, Any]) -> list[tuple[str, Any]]:
    """The (wire name, value) pairs whose value was given: what a request sends."""
    return [pair for pair in pairs if pair[1] is not NOT_GIVEN]

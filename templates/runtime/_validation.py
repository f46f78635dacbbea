"""Checks that reject an invalid argument before any request is sent, naming the parameter.

Each passes over a value of another type than the one it checks: `NOT_GIVEN`, `None`, an id the client
fills in later."""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Sequence
from typing import Any

from ._types import NOT_GIVEN


@functools.lru_cache(maxsize=512)
def _compiled(expression: str) -> re.Pattern[str]:
    return re.compile(expression)


def pattern(name: str, value: Any, expression: str) -> None:
    if isinstance(value, str) and _compiled(expression).search(value) is None:
        raise ValueError(f"{name}={value!r} does not match the pattern {expression}")


def uuid(name: str, value: Any) -> None:
    if isinstance(value, str):
        import uuid as _uuid  # here: most clients never check a UUID, and the module costs an import

        try:
            _uuid.UUID(value)
        except ValueError:
            raise ValueError(f"{name}={value!r} is not a UUID") from None


def one_of(name: str, value: Any, allowed: Sequence[Any]) -> None:
    raw = value.value if isinstance(value, enum.Enum) else value
    if raw is not None and raw is not NOT_GIVEN and raw not in allowed:
        choices = ", ".join(repr(v) for v in allowed)
        raise ValueError(f"{name}={raw!r} is not one of {choices}")


def length(name: str, value: Any, minimum: int | None, maximum: int | None) -> None:
    if not isinstance(value, str):
        return
    if minimum is not None and len(value) < minimum:
        raise ValueError(f"{name}={value!r} is shorter than {minimum} characters")
    if maximum is not None and len(value) > maximum:
        raise ValueError(f"{name}={value!r} is longer than {maximum} characters")


def between(name: str, value: Any, minimum: float | None, maximum: float | None) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return
    if minimum is not None and value < minimum:
        raise ValueError(f"{name}={value!r} is less than {minimum}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name}={value!r} is more than {maximum}")

"""Types shared by the whole package."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, Any, Final, Literal, TypeAlias

__all__ = ["NOT_GIVEN", "FileContent", "FileInput", "NotGiven", "given"]

FileContent: TypeAlias = bytes | IO[bytes]
# A file to upload in a multipart body: its content, a path to read it from, or (filename, content)
# and (filename, content, content type) to say what the server is told of it.
FileInput: TypeAlias = (
    FileContent
    | os.PathLike[str]
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)


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


def given(arguments: Mapping[str, Any], *names: tuple[str, str]) -> dict[str, Any]:
    """Wire name -> value of each (wire name, argument name) in `names` whose argument was given: what
    a request sends. `arguments`: a generated method's arguments by name."""
    return {wire: arguments[name] for wire, name in names if arguments[name] is not NOT_GIVEN}

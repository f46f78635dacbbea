"""The shape of a path: its segments, its ids, its `.json` suffix, where its resources begin.

One home for what sdkgen reads from a path's text, used by the resource tree (build/tree.py), the
API surface that `diff` compares (surface.py) and the cross-spec lint rule (lint/rules.py).
"""

from __future__ import annotations

import re

from generator import conventions

PARAM_SEGMENT = re.compile(r"^\{([^{}]+)\}(\.[A-Za-z0-9]+)?$")  # `{Sid}`, `{Sid}.json`: an id, and its suffix
EXTENSION = re.compile(r"\.[A-Za-z0-9]+$")  # the `.json` of `Calls.json`


def split(path: str) -> list[str]:
    """The path's segments, without empty ones."""
    return [s for s in path.strip("/").split("/") if s]


def bare(segment: str) -> str:
    """A segment without its suffix: `Calls.json` -> `Calls`."""
    return EXTENSION.sub("", segment)


def shape(path: str, prefix: int) -> tuple[str, ...]:
    """The path past `prefix` segments, ids as `{}` and suffixes dropped: what stays when a spec
    renames an id (`{Sid}`, `{CallSid}`) or adds a format."""
    return tuple("{}" if s.startswith("{") else bare(s) for s in split(path)[prefix:])


def rooted(server_path: str, path: str) -> str:
    """The path a resource chain is read from: the spec's path, or where it starts with an id or is
    the root, the server URL's last segment before it (`.../v1/calls` + `/{uuid}`: client.calls(uuid)),
    which names the collection the spec's paths are below."""
    segments = split(path)
    server = split(server_path)
    if server and (not segments or "{" in segments[0]):
        segments = server[-1:] + segments
    return "/" + "/".join(segments)


def version_prefix(path: str) -> int:
    """How many leading segments of `path` say where the API and its version live rather than name a
    resource: through the last version among its leading static segments (`/2010-04-01/Accounts`,
    `/api/v1/calls`, `/v1/customers`), when a segment follows. Decided by the path alone, never by
    the other paths of the spec: a new path must not move the methods of the others."""
    segments = split(path)
    statics = 0
    while statics < len(segments) - 1 and "{" not in segments[statics]:
        statics += 1
    versions = [index for index in range(statics) if conventions.VERSION_SEGMENT.fullmatch(segments[index])]
    return versions[-1] + 1 if versions else 0


def common_prefix(paths: list[str]) -> int:
    """How many leading static segments every path shares before its first collection."""
    prefixes = []
    for path in paths:
        segments = split(path)
        statics = []
        for index, segment in enumerate(segments):
            if "{" in segment or index + 1 >= len(segments) or "{" in segments[index + 1]:
                break
            statics.append(segment)
        prefixes.append(statics)
    if not prefixes:
        return 0
    count = 0
    for column in zip(*prefixes):
        if len(set(column)) != 1:
            break
        count += 1
    return count

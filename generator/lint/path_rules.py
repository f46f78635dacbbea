"""Lint rules about the `paths` keys themselves and what operations say of their grouping: paths
no router can tell apart, query strings and trailing slashes in keys, tags nobody defined."""

from __future__ import annotations

import itertools
import re

from generator.lint.engine import Found, Severity, rule
from generator.lint.walk import operations
from generator.load import Spec, join_pointer

_TEMPLATE = re.compile(r"\{[^{}]*\}")


def _paths(spec: Spec) -> list[str]:
    paths = spec.data.get("paths")
    return [str(p) for p in paths] if isinstance(paths, dict) else []


def _segments(path: str) -> list[str]:
    """Each segment with its templates as `{}`: `/Messages/{Sid}.json` -> ["Messages", "{}.json"]."""
    return [_TEMPLATE.sub("{}", s) for s in path.split("?", 1)[0].strip("/").split("/")]


@rule("path-ambiguous", Severity.ERROR, "no two paths match the same URLs (identical but for their parameters' names, or each more specific in turn)")
def path_ambiguous(spec: Spec) -> Found:
    paths = _paths(spec)
    by_shape: dict[tuple[str, ...], list[str]] = {}
    for path in paths:
        by_shape.setdefault(tuple(_segments(path)), []).append(path)
    for shape, same in by_shape.items():
        for later in same[1:]:
            yield f"path {later!r} matches the same URLs as {same[0]!r} (only the parameters' names differ); merge them", join_pointer("paths", later), None
    shapes = list(by_shape)
    by_length: dict[int, list[tuple[str, ...]]] = {}
    for shape in shapes:
        by_length.setdefault(len(shape), []).append(shape)
    for group in by_length.values():
        for a, b in itertools.combinations(group, 2):
            if _ambiguous(a, b):
                first, second = by_shape[a][0], by_shape[b][0]
                message = (
                    f"paths {first!r} and {second!r} both match some URLs, and neither is more specific throughout; "
                    "a router may send a request to either: make one literal where the other is templated"
                )
                yield message, join_pointer("paths", second), None


def _ambiguous(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two shapes of one length match a common URL with each literal where the other is templated somewhere."""
    a_literal = b_literal = False
    for x, y in zip(a, b, strict=True):
        x_templated, y_templated = "{}" in x, "{}" in y
        if not x_templated and not y_templated:
            if x != y:
                return False
        elif x_templated and y_templated:
            if x != y and not (x == "{}" or y == "{}"):
                return False  # `{}.json` and `{}.xml` never match the same segment
        elif x_templated:
            if not _matches(x, y):
                return False
            b_literal = True
        else:
            if not _matches(y, x):
                return False
            a_literal = True
    return a_literal and b_literal


def _matches(templated: str, literal: str) -> bool:
    """Whether a templated segment (`{}.json`) can match a literal one (`Calls.json`)."""
    pattern = "".join(".+" if part == "{}" else re.escape(part) for part in re.split(r"(\{\})", templated) if part)
    return re.fullmatch(pattern, literal) is not None


@rule("path-query", Severity.ERROR, "a path key holds no query string (query parameters are parameters)")
def path_query(spec: Spec) -> Found:
    for path in _paths(spec):
        if "?" in path:
            yield f"path {path!r} holds a query string; declare `{path.split('?', 1)[1]}` as `in: query` parameters instead", join_pointer("paths", path), None


@rule("path-trailing-slash", Severity.WARNING, "a path key does not end in `/`")
def path_trailing_slash(spec: Spec) -> Found:
    for path in _paths(spec):
        if len(path) > 1 and path.endswith("/"):
            yield f"path {path!r} ends in `/`: `{path.rstrip('/')}` is another URL to most servers; drop the slash", join_pointer("paths", path), None


@rule("tags-defined", Severity.WARNING, "every tag an operation uses is defined in the top-level `tags`")
def tags_defined(spec: Spec) -> Found:
    listed = spec.data.get("tags")
    defined = {str(t.get("name")) for t in listed if isinstance(t, dict)} if isinstance(listed, list) else set()
    for op in operations(spec):
        tags = op.value.get("tags")
        for index, tag in enumerate(tags) if isinstance(tags, list) else ():
            if str(tag) not in defined:
                yield f"tag {tag!r} is not in the top-level `tags`; define it there (with a description)", f"{op.pointer}/tags/{index}", None

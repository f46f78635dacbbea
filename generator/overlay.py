"""OpenAPI Overlay 1.0 documents applied to a spec before anything reads it: a team corrects or
completes a vendor's spec without forking it (`overlays = [...]` per target, `--overlay FILE`).

Each action's `target` is an RFC 9535 JSONPath (python-jsonpath) selecting nodes of the spec's root
document; `update` is merged into each (objects recursively, lists appended to, other values
replaced), `remove: true` deletes each. Actions apply in order. An action that selects nothing is
a warning naming it, not an error: the vendor may have fixed what it corrects."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jsonpath

from generator.errors import Level, Location, Problem, fail
from generator.load import Spec, parse_file

_VERSION = re.compile(r"^1\.0\.\d+$")


def apply(spec: Spec, overlays: Sequence[Path]) -> list[Problem]:
    """Apply each overlay to `spec`'s root document, in place and in order; the warnings they give."""
    problems: list[Problem] = []
    for path in overlays:
        document = parse_file(path)
        data = document.data
        if not isinstance(data.get("overlay"), str) or not _VERSION.match(data["overlay"]):
            raise fail(f"{path.name} is no Overlay 1.0 document: `overlay` is {data.get('overlay')!r}", document.locate("/overlay"), hint="overlay: 1.0.0")
        actions = data.get("actions")
        if not isinstance(actions, list) or not actions:
            raise fail(f"{path.name} has no actions", document.locate("/actions"), hint="actions: [{target: ..., update: ...}]")
        for index, action in enumerate(actions):
            where = document.locate(f"/actions/{index}")
            problems += _apply_action(spec.root.data, action, where)
    return problems


def _apply_action(root: Any, action: Any, where: Location) -> list[Problem]:
    if not isinstance(action, dict) or not isinstance(action.get("target"), str) or not action["target"].startswith("$"):
        raise fail("an overlay action needs a `target`: a JSONPath starting with `$`", where)
    if action.get("remove") is not True and "update" not in action:
        raise fail("an overlay action needs `update` or `remove: true`", where)
    try:
        matches = [tuple(m.parts) for m in jsonpath.finditer(action["target"], root)]
    except jsonpath.JSONPathError as error:
        raise fail(f"overlay target {action['target']!r} is no JSONPath: {str(error).splitlines()[0]}", where) from None
    if not matches:
        return [Problem(Level.WARNING, f"overlay action selects nothing: {action['target']}", where, "the spec may have changed; update or drop the action")]
    if action.get("remove") is True:
        # Deepest first, and within one list the last index first: removing one leaves the others' paths true.
        for parts in sorted(matches, key=lambda p: (len(p), p[-1] if p and isinstance(p[-1], int) else -1), reverse=True):
            if not parts:
                raise fail("an overlay cannot remove the whole document", where)
            holder = _node(root, parts[:-1])
            if isinstance(holder, dict):
                holder.pop(parts[-1], None)
            elif isinstance(holder, list) and isinstance(parts[-1], int) and parts[-1] < len(holder):
                del holder[parts[-1]]
        return []
    for parts in matches:
        target = _node(root, parts)
        if isinstance(target, dict) and isinstance(action["update"], dict):
            _merge(target, action["update"])
        elif isinstance(target, list):
            target.extend(action["update"] if isinstance(action["update"], list) else [action["update"]])
        elif parts:
            _node(root, parts[:-1])[parts[-1]] = _copy(action["update"])
        else:
            raise fail("an overlay can update the whole document only with an object", where)
    return []


def _node(root: Any, parts: tuple[Any, ...]) -> Any:
    for part in parts:
        root = root[part]
    return root


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(target.get(key), dict) and isinstance(value, dict):
            _merge(target[key], value)
        elif isinstance(target.get(key), list) and isinstance(value, list):
            target[key].extend(_copy(value))
        else:
            target[key] = _copy(value)


def _copy(value: Any) -> Any:
    """A plain copy: an overlay's value put in two places must not be one object changed twice."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value

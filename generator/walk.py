"""One walk over a spec's operations: each path item and operation with its `$ref` followed and its
place (document and pointer) kept, so that a path item kept in another file (`paths: {/calls: {$ref:
'paths.yaml#/calls'}}`) is read where it is. Building the model and checking operationIds use it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.errors import SdkgenError
from generator.load import Resolved, Spec, join_pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class OperationNode:
    path: str  # the key in `paths`, e.g. "/Accounts/{AccountSid}/Calls.json"
    method: str  # lower case, as the spec writes it
    item: Resolved  # the path item, its `$ref` followed
    node: Resolved  # the operation object, in whichever document holds it

    @property
    def value(self) -> dict[str, Any]:
        value: dict[str, Any] = self.node.value
        return value


def operations(spec: Spec) -> Iterator[OperationNode]:
    """Every operation of `spec.paths`, in the spec's order. A path item whose `$ref` does not resolve
    is left to the reference check, which reports it."""
    paths = spec.data.get("paths")
    for path in paths if isinstance(paths, dict) else {}:
        try:
            item = spec.resolve(spec.at(join_pointer("paths", path)))
        except SdkgenError:
            continue
        if not isinstance(item.value, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.value.get(method), dict):
                yield OperationNode(str(path), method, item, child(item, method))


def child(node: Resolved, *tokens: str | int) -> Resolved:
    """The node below `node` at `tokens` (keys or indices), in the same document."""
    value = node.value
    for token in tokens:
        value = value[token]
    return Resolved(value, node.document, node.pointer + join_pointer(*tokens))

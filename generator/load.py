"""Load YAML or JSON specs, keeping each node's source line, and resolve `$ref`s across files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag

import yaml

from generator.errors import Location, SdkgenError, fail

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LocatedDict(dict):
    """A YAML mapping with the 1-based (line, column) of itself and of each key."""

    __slots__ = ("position", "key_positions")

    def __init__(self) -> None:
        super().__init__()
        self.position: tuple[int, int] = (1, 1)
        self.key_positions: dict[str, tuple[int, int]] = {}


class LocatedList(list):
    __slots__ = ("position", "item_positions")

    def __init__(self) -> None:
        super().__init__()
        self.position: tuple[int, int] = (1, 1)
        self.item_positions: list[tuple[int, int]] = []


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _SpecLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loading as JSON would read it: keys are strings, `2010-04-01` stays a string."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LocatedDict:
    loader.flatten_mapping(node)
    mapping = LocatedDict()
    mapping.position = _mark(node)
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            key = key_node.value  # as written: `200:` is the key "200", not an int
        else:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain value", key_node.start_mark
            )
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_positions[key] = _mark(key_node)
    return mapping


def _construct_sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> LocatedList:
    sequence = LocatedList()
    sequence.position = _mark(node)
    for item in node.value:
        sequence.append(loader.construct_object(item, deep=True))
        sequence.item_positions.append(_mark(item))
    return sequence


_SpecLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_SpecLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


@dataclass
class Document:
    """One parsed file of a spec."""

    path: Path
    data: Any

    def locate(self, pointer: str) -> Location:
        """The location of the node at `pointer` (or of its nearest ancestor that has one)."""
        node = self.data
        line_col = getattr(node, "position", (1, 1))
        for token in split_pointer(pointer):
            if isinstance(node, LocatedDict) and token in node:
                line_col = node.key_positions.get(token, line_col)
                node = node[token]
            elif isinstance(node, LocatedList) and token.isdigit() and int(token) < len(node):
                line_col = node.item_positions[int(token)]
                node = node[int(token)]
            else:
                break
        return Location(self.path, line_col[0], line_col[1], pointer)


def pointer_of(root: Any, target: object) -> str | None:
    """The JSON pointer of the very object `target` inside `root`, found by identity (None if absent)."""
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        node, pointer = stack.pop()
        if node is target:
            return pointer
        if isinstance(node, dict):
            stack += [(v, f"{pointer}/{str(k).replace('~', '~0').replace('/', '~1')}") for k, v in node.items() if isinstance(v, (dict, list))]
        elif isinstance(node, list):
            stack += [(v, f"{pointer}/{i}") for i, v in enumerate(node) if isinstance(v, (dict, list))]
    return None


def split_pointer(pointer: str) -> list[str]:
    pointer = pointer.lstrip("#")
    if not pointer:
        return []
    return [unquote(t).replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]


def join_pointer(*tokens: str | int) -> str:
    return "/" + "/".join(str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


def parse_file(path: Path) -> Document:
    if not path.is_file():
        raise fail(f"spec file not found: {path}", hint="check the path, or the spec of the target in pyproject.toml")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise fail(f"spec is not UTF-8 text ({exc.reason} at byte {exc.start})", Location(path)) from None
    try:
        data = yaml.load(text, Loader=_SpecLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(path, mark.line + 1, mark.column + 1) if mark else Location(path)
        problem = exc.problem or exc.context or "invalid YAML"
        raise fail(f"invalid YAML: {problem}", where, hint="fix the YAML syntax at that line") from None
    except yaml.YAMLError as exc:
        raise fail(f"invalid YAML: {exc}", Location(path)) from None
    if not isinstance(data, dict):
        raise fail("a spec must be a mapping at the top level", Location(path, 1, 1))
    return Document(path, data)


@dataclass
class Resolved:
    """A node reached through zero or more `$ref`s, with the document and pointer it lives at."""

    value: Any
    document: Document
    pointer: str

    @property
    def location(self) -> Location:
        return self.document.locate(self.pointer)


@dataclass
class Spec:
    """A root document and every file its `$ref`s reach."""

    root: Document
    documents: dict[Path, Document] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Spec:
        root = parse_file(path.resolve())
        return cls(root, {root.path: root})

    @property
    def data(self) -> Any:
        return self.root.data

    def document(self, path: Path) -> Document:
        path = path.resolve()
        if path not in self.documents:
            self.documents[path] = parse_file(path)
        return self.documents[path]

    def at(self, pointer: str, document: Document | None = None) -> Resolved:
        document = document or self.root
        return Resolved(_walk(document, pointer), document, pointer)

    def resolve(self, node: Resolved) -> Resolved:
        """Follow `$ref` until a node that is not a reference. Errors name the `$ref`'s own line."""
        seen: set[tuple[Path, str]] = set()
        while isinstance(node.value, dict) and isinstance(node.value.get("$ref"), str):
            ref = node.value["$ref"]
            target = self._target(ref, node)
            key = (target.document.path, target.pointer)
            if key in seen:
                raise fail(f"circular $ref {ref!r}", node.location, hint="a $ref must lead to a schema, not back to itself")
            seen.add(key)
            node = target
        return node

    def _target(self, ref: str, node: Resolved) -> Resolved:
        file_part, fragment = urldefrag(ref)
        where = node.document.locate(node.pointer + "/$ref")
        if file_part:
            if "://" in file_part:
                raise fail(f"remote $ref {ref!r} is not supported", where, hint="download the file and refer to it by a relative path")
            try:
                document = self.document(node.document.path.parent / unquote(file_part))
            except SdkgenError as exc:  # a missing or broken referenced file: say which $ref led there
                inner = exc.problems[0]
                detail = f"{inner.location}: {inner.message}" if inner.location and inner.location.line else inner.message
                raise fail(f"cannot resolve $ref {ref!r}: {detail}", where, hint=inner.hint or "fix the file path of the $ref") from None
        else:
            document = node.document
        try:
            value = _walk(document, fragment)
        except KeyError:
            raise fail(
                f"unresolvable $ref {ref!r}: {fragment or '/'} does not exist in {document.path.name}",
                where,
                hint="check the spelling of the $ref against the components it points to",
            ) from None
        return Resolved(value, document, fragment)


def _walk(document: Document, pointer: str) -> Any:
    node = document.data
    for token in split_pointer(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node

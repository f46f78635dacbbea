"""Load YAML or JSON specs, keeping each node's source line, and resolve `$ref`s across files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag

import yaml

from generator import parse_cache
from generator.errors import Location, SdkgenError, fail

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# Where a node starts, as the YAML parser marked it (0-based line and column). Kept as the parser's
# own object, read only when a location is reported: most never are, and reading costs; a document
# read from the parse cache (below) has (line, column) pairs instead.
Mark = yaml.Mark | tuple[int, int]


class LocatedDict(dict[str, Any]):
    """A YAML mapping with the start of itself and of each key."""

    __slots__ = ("key_positions", "position")

    def __init__(self) -> None:
        super().__init__()
        self.position: Mark | None = None
        self.key_positions: dict[str, Mark] = {}


class LocatedList(list[Any]):
    __slots__ = ("item_positions", "position")

    def __init__(self) -> None:
        super().__init__()
        self.position: Mark | None = None
        self.item_positions: list[Mark] = []


class _SpecLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loading as JSON would read it: keys are strings, `2010-04-01` stays a string."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


_STR, _MAP, _SEQ, _MERGE = (f"tag:yaml.org,2002:{kind}" for kind in ("str", "map", "seq", "merge"))


class _TreeBuilder:
    """Turns composed YAML nodes into LocatedDicts and LocatedLists.

    This is on the hot path of loading a large spec (on Twilio's 1.5 MB, 0.25 s after 0.4 s of
    parsing; PyYAML's generic constructor took 0.3 s), so it is plain loops; anything unusual
    (non-string scalars, other tags) goes to PyYAML's own constructors.
    """

    def __init__(self, loader: yaml.SafeLoader) -> None:
        self.loader = loader
        self.built: dict[int, Any] = {}  # an anchor's node -> what it became, for its aliases
        self.aliased = False  # some collection is used more than once (a YAML alias)

    def build(self, node: yaml.Node) -> Any:
        if isinstance(node, yaml.ScalarNode):
            return node.value if node.tag == _STR else self.loader.construct_object(node)
        done = self.built.get(id(node))
        if done is not None:
            self.aliased = True
            return done
        if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
            return self._mapping(node)
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
            return self._sequence(node)
        return self.loader.construct_object(node, deep=True)

    def _mapping(self, node: yaml.MappingNode) -> LocatedDict:
        if any(key_node.tag == _MERGE for key_node, _ in node.value):
            self.loader.flatten_mapping(node)
        mapping = self.built[id(node)] = LocatedDict()
        mapping.position = node.start_mark
        positions = mapping.key_positions
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(None, None, "a mapping key must be a plain value", key_node.start_mark)
            key = key_node.value  # as written: `200:` is the key "200", not an int
            if key in mapping:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            mapping[key] = self.build(value_node)
            positions[key] = key_node.start_mark
        return mapping

    def _sequence(self, node: yaml.SequenceNode) -> LocatedList:
        sequence = self.built[id(node)] = LocatedList()
        sequence.position = node.start_mark
        for item in node.value:
            sequence.append(self.build(item))
            sequence.item_positions.append(item.start_mark)
        return sequence


# What YAML aliases may expand a document to: aliases share what they name, so loading costs
# nothing more, but every walk of the document (validation, $ref checks, lint) meets each use again;
# a few lines of nested aliases (a "billion laughs") would never finish. Real specs that reuse
# blocks by alias stay far below both bounds.
MAX_EXPANDED_NODES = 1_000_000
MAX_EXPANSION = 10  # times the document's own nodes, for documents past MAX_EXPANDED_NODES


def _load_located(text: str) -> Any:
    loader = _SpecLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        builder = _TreeBuilder(loader)
        data = builder.build(node)
        if builder.aliased:
            _check_expansion(data, len(builder.built))
        return data
    finally:
        loader.dispose()


def _check_expansion(data: Any, collections: int) -> None:
    """Refuse a document whose aliases expand it past the bounds above (counting collections, each
    shared one once per use, without expanding anything)."""
    sizes: dict[int, int] = {}
    open_: set[int] = set()  # being counted: met again below itself, it contains itself
    pending = [(data, False)]
    while pending:  # post-order, iteratively: nesting depth is no limit here
        value, children_done = pending.pop()
        if id(value) in sizes:
            continue
        items = value.values() if isinstance(value, dict) else value
        inner = [v for v in items if isinstance(v, (dict, list))]
        if children_done:
            sizes[id(value)] = 1 + sum(sizes[id(v)] for v in inner)
            open_.discard(id(value))
            continue
        if id(value) in open_:
            raise yaml.YAMLError("a YAML alias is used inside what it names, so the document never ends; write it out, or use $ref")
        open_.add(id(value))
        pending.append((value, True))
        pending.extend((v, False) for v in inner if id(v) not in sizes)
    expanded = sizes[id(data)]
    if expanded > MAX_EXPANDED_NODES and expanded > MAX_EXPANSION * collections:
        raise yaml.YAMLError(
            f"YAML aliases expand this document to {expanded:,} objects and lists, from {collections:,} written; "
            "refused (an alias bomb?). Write the repeated parts out, or use $ref"
        )


@dataclass
class Document:
    """One parsed file of a spec."""

    path: Path
    data: Any

    def locate(self, pointer: str) -> Location:
        """The location of the node at `pointer` (or of its nearest ancestor that has one)."""
        node = self.data
        mark = getattr(node, "position", None)
        for token in split_pointer(pointer):
            if isinstance(node, LocatedDict) and token in node:
                mark = node.key_positions.get(token, mark)
                node = node[token]
            elif isinstance(node, LocatedList) and token.isdigit() and int(token) < len(node):
                mark = node.item_positions[int(token)]
                node = node[int(token)]
            else:
                break
        if mark is None:
            line, column = 1, 1
        elif isinstance(mark, tuple):
            line, column = mark[0] + 1, mark[1] + 1
        else:
            line, column = mark.line + 1, mark.column + 1
        return Location(self.path, line, column, pointer)


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


def read_text(path: Path) -> str:
    """A spec file's text, or a clear error when it is missing or not UTF-8."""
    if not path.is_file():
        raise fail(f"spec file not found: {path}", hint="check the path, or the spec of the target in pyproject.toml")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise fail(f"spec is not UTF-8 text ({exc.reason} at byte {exc.start})", Location(path)) from None


def parse_file(path: Path, text: str | None = None) -> Document:
    """The document at `path`; `text`: its content, when it has been read already."""
    if text is None:
        text = read_text(path)
    try:
        data = parse_cache.load(text, _load_located)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(path, mark.line + 1, mark.column + 1) if mark else Location(path)
        problem = exc.problem or exc.context or "invalid YAML"
        if "nesting depth" in problem:  # libyaml's bound (1,000 levels of mappings and lists)
            raise fail(
                f"the document nests deeper than YAML parsers read ({problem})",
                where,
                hint="a spec this deep is almost certainly generated by mistake; flatten it with $ref to named schemas",
            ) from None
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


@dataclass(eq=False)  # one loaded spec is one object: identity, hashable (lint caches walks per spec)
class Spec:
    """A root document and every file its `$ref`s reach, all inside `ref_root`: a spec may be
    anyone's, and no `$ref` of it reads a file outside the folder it was given (`../secret.yaml`,
    `/etc/passwd`, a symlink out of it)."""

    root: Document
    ref_root: Path
    documents: dict[Path, Document] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path, text: str | None = None, ref_root: Path | None = None) -> Spec:
        """The spec whose root document is at `path`; `text`: its content, when read already;
        `ref_root`: the folder its `$ref`s may read files in (default: the spec's own)."""
        root = parse_file(path.resolve(), text)
        return cls(root, (ref_root or root.path.parent).resolve(), {root.path: root})

    @property
    def data(self) -> Any:
        return self.root.data

    def document(self, path: Path) -> Document:
        """The document at `path`, read the first time; refused when it is outside `ref_root` (once
        symlinks are followed), before anything is opened."""
        path = path.resolve()
        if path not in self.documents:
            if not path.is_relative_to(self.ref_root):
                raise fail(
                    f"{path} is outside {self.ref_root}, the folder this spec's $refs may read",
                    hint="keep the files a spec refers to under that folder, or set ref-root in [tool.sdkgen] (--ref-root)",
                )
            self.documents[path] = parse_file(path)
        return self.documents[path]

    def at(self, pointer: str, document: Document | None = None) -> Resolved:
        """The node at `pointer` in `document` (the root by default). A pointer that passes through a
        `$ref` (`/paths/~1calls/get` where `/calls` is `$ref: paths.yaml#/calls`) is followed through
        it, to the node where it lives. KeyError when there is no such node."""
        document = document or self.root
        try:
            return Resolved(_walk(document, pointer), document, pointer)
        except KeyError:
            node = Resolved(document.data, document, "")
            try:
                for token in split_pointer(pointer):
                    node = self.resolve(node)
                    value = node.value
                    if isinstance(value, dict) and token in value:
                        node = Resolved(value[token], node.document, node.pointer + join_pointer(token))
                    elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                        node = Resolved(value[int(token)], node.document, node.pointer + join_pointer(token))
                    else:
                        raise KeyError(pointer) from None
            except SdkgenError:
                raise KeyError(pointer) from None
            return node

    def resolve(self, node: Resolved) -> Resolved:
        """Follow `$ref` until a node that is not a reference. Errors name the `$ref`'s own line; a
        cycle is named whole, the same from wherever it is entered (so it is reported once)."""
        chain: list[tuple[Path, str]] = []
        while isinstance(node.value, dict) and isinstance(node.value.get("$ref"), str):
            target = self._target(node.value["$ref"], node)
            key = (target.document.path, target.pointer)
            if key in chain:
                cycle = chain[chain.index(key) :]
                start = cycle.index(min(cycle))
                cycle = cycle[start:] + cycle[:start]  # from the first in the files' order
                document = self.documents[cycle[0][0]]
                names = " -> ".join(f"{pointer or '/'}" if path == document.path else f"{path.name}#{pointer}" for path, pointer in [*cycle, cycle[0]])
                raise fail(f"circular $ref: {names}", document.locate(cycle[0][1]), hint="a $ref must lead to a schema, not back to itself")
            chain.append(key)
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

"""Parsed specs, kept in sdkgen's cache folder: a large spec is parsed once, not by every command.

YAML parsing is the largest single cost of linting or regenerating a large spec (Twilio's 2.4 MB:
about half a second, in each process that reads it); reading the parsed document back costs a tenth
of that. A document is kept under the SHA-256 of its text and of the loader (generator/load.py), so
an edit to either parses again; only documents of `MIN_SIZE` or more are kept, and the newest `KEEP`.

The cache is pickled, so it is read with an unpickler that builds nothing but the loader's own
mappings and lists and YAML's plain values: a file someone else wrote into the folder can make a
cache miss, never run code. A cache that cannot be read or written is no error, only slower.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import io
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from generator.load import LocatedDict, LocatedList

from generator import cache

MIN_SIZE = 200_000  # characters: smaller documents parse faster than a cache file is found
KEEP = 16
_FOLDER = "parsed"
_deferred: list[list[tuple[Path, Any]]] = []  # writes held back (see `deferred_writes`)


@contextlib.contextmanager
def deferred_writes() -> Iterator[None]:
    """Documents parsed inside are kept only at `write_deferred` (or the end): lint forks its worker
    first, so that the worker need not wait for the writing."""
    _deferred.append([])
    try:
        yield
    finally:
        write_deferred()
        _deferred.pop()


def write_deferred() -> None:
    if _deferred:
        for path, data in _deferred[-1]:
            _write(path, data)
        _deferred[-1].clear()


def load(text: str, parse: Callable[[str], Any]) -> Any:
    """`parse(text)`, or what it gave before for the same text."""
    folder = cache.directory()
    if folder is None or len(text) < MIN_SIZE:
        return parse(text)
    path = folder / _FOLDER / f"{_key(text)}.pickle"
    data = _read(path)
    if data is not None:
        return data
    data = parse(text)
    if _deferred:
        _deferred[-1].append((path, data))
    else:
        _write(path, data)
    return data


def _key(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    digest.update(_LOADER)
    digest.update(f"{sys.version_info[:2]} {yaml.__version__}".encode())
    return digest.hexdigest()


_LOADER = (Path(__file__).parent / "load.py").read_bytes() + Path(__file__).read_bytes()


class _Unpickler(pickle.Unpickler):
    """Builds only what a parsed document holds (see the module's docstring)."""

    def find_class(self, module: str, name: str) -> Any:
        from generator.load import LocatedDict, LocatedList

        allowed: dict[tuple[str, str], Any] = {
            ("generator.load", "LocatedDict"): LocatedDict,
            ("generator.load", "LocatedList"): LocatedList,
            ("datetime", "date"): datetime.date,
            ("datetime", "datetime"): datetime.datetime,
            ("datetime", "timedelta"): datetime.timedelta,
            ("datetime", "timezone"): datetime.timezone,
            ("builtins", "set"): set,
            ("builtins", "frozenset"): frozenset,
            ("builtins", "bytes"): bytes,
        }
        found = allowed.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a parsed document")
        return found


def _read(path: Path) -> Any:
    try:
        with open(path, "rb") as file:
            data = _Unpickler(io.BytesIO(file.read())).load()
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError):
        return None
    try:
        os.utime(path)  # recently used: evicted last
    except OSError:
        pass
    return data


def _write(path: Path, data: Any) -> None:
    from generator.load import LocatedDict, LocatedList  # here: generator.load imports this module

    _as_pairs(data, LocatedDict, LocatedList)  # positions as (line, column): a tenth of the size
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as file:
            pickle.dump(data, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(file.name, path)
        kept = sorted(path.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, RecursionError):
        return


def _as_pairs(data: Any, mapping: type[LocatedDict], sequence: type[LocatedList]) -> None:
    """Every position in `data` made a (line, column) pair, in place (iteratively: depth is no limit)."""
    pending = [data]
    seen: set[int] = set()
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, mapping):
            node.position = _pair(node.position) if node.position is not None else None
            node.key_positions = {k: _pair(m) for k, m in node.key_positions.items() if m is not None}
            pending += [v for v in node.values() if isinstance(v, (dict, list))]
        elif isinstance(node, sequence):
            node.position = _pair(node.position) if node.position is not None else None
            node.item_positions = [_pair(m) for m in node.item_positions if m is not None]
            pending += [v for v in node if isinstance(v, (dict, list))]


def _pair(mark: Any) -> tuple[int, int]:
    return mark if isinstance(mark, tuple) else (mark.line, mark.column)

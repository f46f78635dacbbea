"""`.sdkgen-manifest`: what sdkgen wrote into an output directory, and what it was made from.

The header names every input of the output: the spec's files (with their SHA-256), the generator
and templates (one SHA-256 over all of them), the package and directory names. Each further line
holds the SHA-256 of a file's template output, the SHA-256 of the file as written (after black),
and its path.

Both make regeneration cheap. When every input and every written file still matches, the output is
current without reading the spec (`is_current`). Otherwise formatting is most of the cost, and a
template output that has not changed formats to the same file: so a file whose template output and
on-disk bytes both match their line is taken as it is, and only the others go through black; of a
Python file, only the chunks (see `generator.format`) whose digests, listed on its line, changed.

Everything here depends only on the spec, the templates and the generator (black is pinned to one
year's stable style), so the manifest is byte-identical on every machine and is committed.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import generator
from generator.errors import Location, fail

NAME = ".sdkgen-manifest"
_HEADER = (
    "# Written by sdkgen; do not edit. Made from the inputs below; then per file: SHA-256 of the\n"
    "# template output, SHA-256 of the file as written (black-formatted), digests of its chunks, path.\n"
)
_INPUT = "#   "
_GENERATOR_ROOT = Path(generator.__file__).resolve().parent
_TEMPLATES_ROOT = _GENERATOR_ROOT / "templates" if (_GENERATOR_ROOT / "templates").is_dir() else _GENERATOR_ROOT.parent / "templates"


@dataclass(frozen=True)
class Entry:
    rendered: str  # hex SHA-256 of the template output, before formatting
    written: str  # hex SHA-256 of the file as written
    chunks: tuple[str, ...] = ()  # of a Python file: short digests of its template output's chunks


@dataclass
class Manifest:
    inputs: list[str] = field(default_factory=list)  # "spec <sha> <path>", "sdkgen <sha> <version>", ...
    entries: dict[str, Entry | None] = field(default_factory=dict)  # None: listed without digests


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def chunk_digest(text: str) -> str:
    return digest(text)[:16]


def _file_digest(path: Path) -> str:
    # Line endings as git may check them out on Windows must not change what a file is.
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def read(out: Path) -> Manifest:
    """The manifest in `out` (empty when there is none). It may have been edited by anyone: a file
    path in it that is not inside `out` is an error, never a file to read or delete."""
    found = Manifest()
    path = inside(out, NAME)
    if not path.is_file():
        return found
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(_INPUT):
            found.inputs.append(line[len(_INPUT) :])
        elif line and not line.startswith("#"):
            parts = line.split(" ", 3)
            if len(parts) == 4 and all(len(p) == 64 for p in parts[:2]):
                chunks = () if parts[2] == "-" else tuple(parts[2].split(","))
                name, entry = parts[3], Entry(parts[0], parts[1], chunks)
            else:  # a manifest of sdkgen 0.1: paths only
                name, entry = line, None
            if not _relative_inside(name):
                raise fail(
                    f"{name!r} is not a path inside the output folder; sdkgen reads and deletes only what it wrote there",
                    Location(path, number, 1),
                    hint="the manifest was edited: restore it (git checkout), or delete the output folder and generate again",
                )
            found.entries[name] = entry
    return found


def _relative_inside(name: str) -> bool:
    """Whether `name` is a relative path that stays where it starts (no `..`, not absolute)."""
    posix = PurePosixPath(name)
    return bool(name) and not posix.is_absolute() and "\\" not in name and ":" not in name and all(p not in ("..", ".") for p in posix.parts) and name == posix.as_posix()


def inside(out: Path, name: str) -> Path:
    """`out / name`, for a path sdkgen reads, writes or deletes in an output folder: refused when it
    leaves `out` or passes through a symbolic link inside it (a link there could lead anywhere)."""
    if not _relative_inside(name):
        raise fail(f"{name!r} is not a path inside the output folder {out}", hint="please report this as an sdkgen bug")
    current = out
    for part in PurePosixPath(name).parts:
        current = current / part
        if current.is_symlink():
            raise fail(
                f"{current} is a symbolic link inside the output folder; sdkgen never reads, writes or deletes through one",
                hint="remove the link: generate puts a real file or folder there",
            )
    return current


def text(inputs: list[str], entries: dict[str, Entry]) -> str:
    made_from = "".join(f"{_INPUT}{line}\n" for line in inputs)
    files = "".join(f"{e.rendered} {e.written} {','.join(e.chunks) or '-'} {path}\n" for path, e in sorted(entries.items()))
    return _HEADER + made_from + files


def inputs(spec_files: Iterable[Path], out: Path, package: str, templates: Path | None = None, overlays: Sequence[Path] = ()) -> list[str]:
    """What the output in `out` is made from, as manifest lines (spec paths relative to `out`), the
    folder of templates overriding the built-in ones included."""
    lines = [f"sdkgen {sdkgen_digest()} {generator.__version__}", f"package {package} in {out.name}"]
    for path in sorted(spec_files):
        lines.append(f"spec {_file_digest(path)} {Path(os.path.relpath(path, out.resolve())).as_posix()}")
    for path in overlays:  # in the order they apply
        lines.append(f"overlay {_file_digest(path)} {Path(os.path.relpath(path, out.resolve())).as_posix()}")
    if templates is not None:
        folder = hashlib.sha256()
        for path in sorted(source_files(templates)):
            folder.update(f"{path.relative_to(templates).as_posix()}\n{_file_digest(path)}\n".encode())
        lines.append(f"templates {folder.hexdigest()} {Path(os.path.relpath(templates, out.resolve())).as_posix()}")
    return lines


@functools.cache
def sdkgen_digest() -> str:
    """One SHA-256 over the generator's code and the templates: a change to either changes output."""
    total = hashlib.sha256()
    for root in (_GENERATOR_ROOT, _TEMPLATES_ROOT):
        files = source_files(root)
        if root == _GENERATOR_ROOT:  # an installed sdkgen holds the templates inside the package
            files = [p for p in files if _TEMPLATES_ROOT not in p.parents]
        for path in sorted(files):
            total.update(f"{path.relative_to(root.parent).as_posix()}\n{_file_digest(path)}\n".encode())
    return total.hexdigest()


def source_files(root: Path) -> list[Path]:
    """The files under `root` that make output: not tools' caches (__pycache__, .ruff_cache,
    .mypy_cache), which differ between checkouts of the same commit."""
    return [p for p in root.rglob("*") if p.is_file() and not any(part == "__pycache__" or part.startswith(".") for part in p.relative_to(root).parts)]


def is_current(spec: Path, out: Path, package: str, ref_root: Path | None = None, templates: Path | None = None, overlays: Sequence[Path] = ()) -> bool:
    """True when the inputs recorded in `out` are unchanged and every file is as sdkgen wrote it.

    Spec files the manifest names outside `ref_root` (default: the spec's folder), where the spec's
    `$ref`s may not reach, are never read: the output is then taken as stale."""
    recorded = read(out)
    root = (ref_root or spec.parent).resolve()
    spec_files = []
    for line in recorded.inputs:
        kind, _, rest = line.partition(" ")
        if kind == "spec":
            spec_files.append((out / rest.split(" ", 1)[-1]).resolve())
    if spec.resolve() not in spec_files or any(not p.is_relative_to(root) or not p.is_file() for p in spec_files):
        return False
    if any(not p.is_file() for p in overlays) or inputs(spec_files, out, package, templates, overlays) != recorded.inputs:
        return False
    for path, entry in recorded.entries.items():
        target = inside(out, path)
        if entry is None or not target.is_file() or _file_digest_exact(target) != entry.written:
            return False
    return _file_digest_exact(out / NAME) == digest(text(recorded.inputs, {p: e for p, e in recorded.entries.items() if e}))


def _file_digest_exact(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unchanged(out: Path, path: str, rendered: str, previous: dict[str, Entry | None]) -> str | None:
    """The file on disk, if it is what a template output with digest `rendered` was formatted into."""
    entry = previous.get(path)
    if entry is None or entry.rendered != rendered:
        return None
    try:
        content = inside(out, path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return content if digest(content) == entry.written else None

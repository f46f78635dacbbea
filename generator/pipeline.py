"""The whole flow for one target: load -> validate -> model -> render -> format.

Validation (openapi-spec-validator: over a second on a large spec, half of it imports, half its
keyword pass) runs in a process forked once the spec's text is read (so both see the same bytes,
whatever happens to the file meanwhile): it imports the validators while the text is parsed here,
parses it itself and validates it beside modelling, rendering and formatting here. Nothing is
returned, and so nothing written, before it has passed.
"""

from __future__ import annotations

import gc
import keyword
import multiprocessing
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from pathlib import Path

from generator import manifest, overlay
from generator.build import build
from generator.errors import Level, Problem, SdkgenError, fail
from generator.format import format_files
from generator.load import Spec, read_text
from generator.progress import Progress, plural
from generator.render import RenderedFile, render
from generator.validate import check_references


@dataclass
class Output:
    files: list[RenderedFile]
    problems: list[Problem]  # warnings: the spec's defects generation went past, and what was left out
    inputs: list[str]  # what the files are made from, for the manifest
    operations: int = 0  # how many operations got a method


def generate_files(
    spec_path: Path,
    package: str,
    out: Path,
    *,
    full: bool = False,
    strict: bool = False,
    ref_root: Path | None = None,
    progress: Progress | None = None,
    templates: Path | None = None,
    overlays: Sequence[Path] = (),
) -> Output:
    """Every file of the target. `full`: format every file, even those the manifest says are current.

    Lenient by default: what openapi-spec-validator finds is reported as warnings and generation goes
    on, since real specs carry defects that do not stop correct code (a default its schema rejects, a
    `title` on an operation); the model reads such a spec defensively. `strict`: those are errors and
    nothing is generated, as `sdkgen validate` says. What makes correct code impossible is an error
    either way: a file that does not parse, a document that is not OpenAPI 3, a `$ref` that leads nowhere.
    `ref_root`: the folder the spec's `$ref`s may read files in (default: the spec's own);
    `progress`: told each phase as it starts; `templates`: a folder of templates overriding the
    built-in ones of the same name; `overlays`: Overlay 1.0 documents applied to the spec first.
    """
    progress = progress or Progress(package, quiet=True)
    check_package_name(package)
    spec: Spec | None = None
    text = read_text(spec_path.resolve())
    overlaid: list[Problem] = []
    with _without_cycle_collection(), _validated_beside(spec_path, text, ref_root, overlays) as validated:
        try:
            progress.phase(f"reading {spec_path.name} ({len(text) // 1024:,} KB)")
            spec = Spec.load(spec_path, text, ref_root)
            overlaid = overlay.apply(spec, overlays)
            check_references(spec, needed_only=not strict)  # loads every file the spec reaches: the manifest names them all
            progress.phase("building the model")
            api = build(spec, package)
            progress.phase(f"rendering {plural(len(api.operations), 'operation')}, {plural(len(api.models), 'model')}")
            rendered = render(api, out.name, overrides=templates)
            progress.phase(f"formatting {plural(len(rendered), 'file')}")
            files = format_files(rendered, None if full else out)
            progress.phase("validating")
        except Exception:
            found = validated(spec)
            if found:  # an invalid spec explains a failure here better than its traceback
                raise SdkgenError(found) from None
            raise
        found = validated(spec)
    if strict and found:
        raise SdkgenError(found)
    defects = [replace(p, level=Level.WARNING) for p in found]
    return Output(files, overlaid + defects + api.problems, manifest.inputs(spec.documents, out, package, templates, overlays), len(api.operations))


# What a generated package imports besides the standard library: a package named like one would shadow it.
_IMPORTED = frozenset({"httpx", "anyio", "pytest"})


def check_package_name(package: str) -> None:
    """A package name generated code can import, and that takes no name the package itself imports:
    `None` or `class` cannot be imported, `httpx` or `json` would shadow the client's own dependency."""
    if not package.isidentifier() or keyword.iskeyword(package):
        raise fail(f"package name {package!r} is not an importable Python name", hint="use e.g. my_api")
    if package in sys.stdlib_module_names or package in _IMPORTED:
        raise fail(f"package name {package!r} would shadow the standard library's or a dependency's module {package!r}", hint=f"use e.g. {package}_api")


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Generation builds a large heap that lives until the end (the spec's tree, the model, every
    file's text): the cycle collector would walk all of it again each time allocations pile up, a
    tenth of a regeneration's time and seconds of a large cold one, to free next to nothing. Reference
    counting still frees everything without cycles, which is nearly all of it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


Validated = Callable[[Spec | None], list[Problem]]


@contextmanager
def _validated_beside(spec_path: Path, text: str, ref_root: Path | None, overlays: Sequence[Path] = ()) -> Iterator[Validated]:
    """Validate the spec (`text`, read from `spec_path`) in a forked process. Yields
    `validated(spec)`, which returns what it found once it is done."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        from generator.validate import validate

        def validated_here(spec: Spec | None) -> list[Problem]:
            if spec is None:
                return []
            try:
                validate(spec, remembered=True)
            except SdkgenError as error:
                return error.problems
            return []

        yield validated_here
        return
    parent, child = multiprocessing.Pipe()
    worker = multiprocessing.get_context("fork").Process(target=_validate_in_child, args=(spec_path, text, ref_root, child, tuple(overlays)), daemon=True)
    worker.start()
    child.close()
    outcome: list[object] = []

    def validated(spec: Spec | None) -> list[Problem]:
        if spec is None:
            return []  # the spec could not be read or parsed here: that error is the one to report
        if not outcome:
            try:
                outcome.append(parent.recv())
            except EOFError:
                outcome.append(RuntimeError(f"the validation process ended without an answer (exit code {worker.exitcode})"))
        result = outcome[0]
        if isinstance(result, Exception):
            raise result
        assert isinstance(result, list)
        return result

    try:
        yield validated
    finally:
        worker.join(timeout=0.1) if outcome else worker.terminate()
        worker.join()
        parent.close()


def _validate_in_child(spec_path: Path, text: str, ref_root: Path | None, connection: Connection, overlays: tuple[Path, ...] = ()) -> None:
    try:
        from generator.validate import (
            validate,  # imported here, while the parent parses the spec
        )

        spec = Spec.load(spec_path, text, ref_root)
        overlay.apply(spec, overlays)  # the spec as the parent models it (its warnings: the parent's)
        validate(spec, remembered=True)
        connection.send([])
    except SdkgenError as error:
        connection.send(error.problems)
    except BaseException:  # noqa: BLE001  (a bug in validation, whatever it is: the parent raises its traceback)
        connection.send(RuntimeError(f"validation failed unexpectedly:\n{traceback.format_exc()}"))
    finally:
        connection.close()

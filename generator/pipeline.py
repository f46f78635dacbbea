"""The whole flow for one target: load -> validate -> model -> render -> format.

Validation (openapi-spec-validator: over a second on a large spec, half of it imports, half its
keyword pass) runs in a process forked first thing, which loads the spec itself, beside loading,
modelling, rendering and formatting here; nothing is returned, and so nothing written, before it
has passed.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from generator import manifest
from generator.build import build
from generator.errors import Problem, SdkgenError, fail
from generator.format import format_files
from generator.load import Spec
from generator.render import RenderedFile, render
from generator.validate import check_references


@dataclass
class Output:
    files: list[RenderedFile]
    problems: list[Problem]  # warnings: what was left out
    inputs: list[str]  # what the files are made from, for the manifest


def generate_files(spec_path: Path, package: str, out: Path, *, full: bool = False) -> Output:
    """Every file of the target. `full`: format every file, even those the manifest says are current."""
    if not package.isidentifier():
        raise fail(f"package name {package!r} is not a valid Python identifier", hint="use e.g. my_api")
    with _validated_beside(spec_path) as validated:
        try:
            spec = Spec.load(spec_path)
            check_references(spec)  # loads every file the spec reaches: the manifest names them all
            api = build(spec, package)
            files = format_files(render(api, out.name), None if full else out)
        except Exception:
            validated()  # an invalid spec explains a failure here better than its traceback
            raise
        validated()
    return Output(files, api.problems, manifest.inputs(spec.documents, out, package))


@contextmanager
def _validated_beside(spec_path: Path) -> Iterator[Callable[[], None]]:
    """Validate the spec in a forked process; the yielded call raises what it found (once it is done)."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        from generator.validate import validate

        yield lambda: validate(Spec.load(spec_path))
        return
    receiver, sender = multiprocessing.Pipe(duplex=False)
    worker = multiprocessing.get_context("fork").Process(target=_validate_in_child, args=(spec_path, sender), daemon=True)
    worker.start()
    sender.close()
    outcome: list[object] = []

    def validated() -> None:
        if not outcome:
            try:
                outcome.append(receiver.recv())
            except EOFError:
                outcome.append(RuntimeError(f"the validation process ended without an answer (exit code {worker.exitcode})"))
        result = outcome[0]
        if isinstance(result, list) and result:
            raise SdkgenError(result)
        if isinstance(result, Exception):
            raise result

    try:
        yield validated
    finally:
        worker.join(timeout=0.1) if outcome else worker.terminate()
        worker.join()
        receiver.close()


def _validate_in_child(spec_path: Path, sender: Connection) -> None:
    try:
        from generator.validate import validate  # imported here, while the parent loads the spec

        validate(Spec.load(spec_path))
        sender.send([])
    except SdkgenError as error:
        sender.send(error.problems)
    except BaseException:  # a bug in validation: give the parent its traceback to raise
        sender.send(RuntimeError(f"validation failed unexpectedly:\n{traceback.format_exc()}"))
    finally:
        sender.close()

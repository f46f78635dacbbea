"""The whole flow for one target: load -> validate -> model -> render -> format.

Validation (openapi-spec-validator: over a second on a large spec, half of it imports, half its
keyword pass) runs in a process forked first thing: it imports the validators while the spec is read
here, is sent what was read (as JSON, which it reads in a hundredth of the time YAML takes), and
validates it beside modelling, rendering and formatting here. Nothing is returned, and so nothing
written, before it has passed; its problems get their lines from the spec read here.
"""

from __future__ import annotations

import dataclasses
import json
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
from generator.load import Document, Spec
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
    spec: Spec | None = None
    with _validated_beside(spec_path) as (ship, validated):
        try:
            spec = Spec.load(spec_path)
            ship(spec)
            check_references(spec)  # loads every file the spec reaches: the manifest names them all
            api = build(spec, package)
            files = format_files(render(api, out.name), None if full else out)
        except Exception:
            validated(spec)  # an invalid spec explains a failure here better than its traceback
            raise
        validated(spec)
    return Output(files, api.problems, manifest.inputs(spec.documents, out, package))


Ship = Callable[[Spec], None]
Validated = Callable[[Spec | None], None]


@contextmanager
def _validated_beside(spec_path: Path) -> Iterator[tuple[Ship, Validated]]:
    """Validate the spec in a forked process. Yields `ship(spec)`, which sends it the spec once read
    here, and `validated(spec)`, which raises what it found once it is done."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        from generator.validate import validate

        yield (lambda spec: None), (lambda spec: validate(spec or Spec.load(spec_path), remembered=True))
        return
    parent, child = multiprocessing.Pipe()
    worker = multiprocessing.get_context("fork").Process(target=_validate_in_child, args=(spec_path, child), daemon=True)
    worker.start()
    child.close()
    outcome: list[object] = []
    shipped: list[bool] = []

    def ship(spec: Spec) -> None:
        shipped.append(True)
        try:
            parent.send(json.dumps(spec.data))
        except (TypeError, ValueError):  # YAML beyond JSON (binary, sets): the worker reads the file
            parent.send(None)

    def validated(spec: Spec | None) -> None:
        if not shipped:
            return  # the spec could not be read here: that error is the one to report
        if not outcome:
            try:
                outcome.append(parent.recv())
            except EOFError:
                outcome.append(RuntimeError(f"the validation process ended without an answer (exit code {worker.exitcode})"))
        result = outcome[0]
        if isinstance(result, list) and result:
            raise SdkgenError([_located(problem, spec) for problem in result])
        if isinstance(result, Exception):
            raise result

    try:
        yield ship, validated
    finally:
        worker.join(timeout=0.1) if outcome else worker.terminate()
        worker.join()
        parent.close()


def _located(problem: Problem, spec: Spec | None) -> Problem:
    """A problem the worker found in the root document it got as JSON, with the line read here."""
    where = problem.location
    if spec is None or where is None or where.file != spec.root.path or not where.pointer:
        return problem
    return dataclasses.replace(problem, location=spec.root.locate(where.pointer))


def _validate_in_child(spec_path: Path, connection: Connection) -> None:
    try:
        from generator.validate import validate  # imported here, while the parent reads the spec

        for version in ("3.0.3", "3.1.0"):  # the validators build what they need on first use: now, too
            blank = Document(spec_path.resolve(), {"openapi": version, "info": {"title": "-", "version": "1"}, "paths": {}})
            validate(Spec(blank, {blank.path: blank}))
        text = connection.recv()
        if text is None:
            spec = Spec.load(spec_path)
        else:
            root = Document(spec_path.resolve(), json.loads(text))
            spec = Spec(root, {root.path: root})
        validate(spec, remembered=True)
        connection.send([])
    except SdkgenError as error:
        connection.send(error.problems)
    except EOFError:  # the parent could not read the spec: it reports that itself
        pass
    except BaseException:  # a bug in validation: give the parent its traceback to raise
        connection.send(RuntimeError(f"validation failed unexpectedly:\n{traceback.format_exc()}"))
    finally:
        connection.close()

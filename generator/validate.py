"""Check a loaded spec before modelling it: references, the OpenAPI schema, and what the generator needs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from generator import validated, walk
from generator.errors import Level, Location, Problem, SdkgenError
from generator.load import Document, Resolved, Spec, join_pointer, pointer_of

if TYPE_CHECKING:  # imported where used: they take half a second, and generation validates in a worker
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

HTTP_METHODS = walk.HTTP_METHODS
_MAX_SCHEMA_ERRORS = 10


def validate(spec: Spec, *, remembered: bool = False) -> None:
    """Raise SdkgenError with every problem found; return quietly when the spec can be generated.

    `remembered`: skip openapi-spec-validator's keyword pass over the parts that passed it before
    (see `generator.validated`); a spec with any problem is checked whole all the same.
    """
    version, refs_into_paths = _references(spec)
    digests = validated.digests(spec, version, refs_into_paths) if remembered else None
    skip = _Skip()
    if digests is not None:
        passed = validated.known()
        skip = _Skip(digests.shared in passed, frozenset(url for url, d in digests.paths.items() if d in passed))
    problems = list(schema_errors(spec, version, skip))
    if problems and skip != _Skip():
        problems = list(schema_errors(spec, version))  # exactly what a full check reports
    problems += _duplicate_operation_ids(spec)
    if problems:
        raise SdkgenError(problems)
    if digests is not None:
        validated.remember(digests.all())


@dataclass(frozen=True)
class _Skip:
    """What the keyword pass may leave out: everything but `paths`, and these path items."""

    shared: bool = False
    paths: frozenset[str] = frozenset()


def openapi_version(spec: Spec) -> str:
    version = spec.data.get("openapi")
    if isinstance(version, str) and (version.startswith(("3.0.", "3.1."))):
        return version[:3]
    where = spec.root.locate("/openapi") if "openapi" in spec.data else spec.root.locate("")
    found = "no openapi field" if version is None else f"openapi: {version!r}"
    hint = "convert Swagger 2.0 to OpenAPI 3 first" if "swagger" in spec.data else "add `openapi: 3.1.0`"
    raise SdkgenError(Problem(Level.ERROR, f"not an OpenAPI 3.0 or 3.1 document ({found})", where, hint))


def check_references(spec: Spec, *, needed_only: bool = False) -> str:
    """The spec's OpenAPI version, once it is one and every `$ref` resolves (all its files loaded).
    `needed_only`: only those the operations and webhooks reach must (generation is lenient: a broken
    `$ref` in a component nothing uses stops nothing; validation reports it)."""
    version, _ = _references(spec, needed=_needed(spec) if needed_only else None)
    return version


def _needed(spec: Spec) -> set[tuple[object, str]]:
    """(document path, pointer) of every `$ref` the operations and webhooks reach, through other `$ref`s."""
    needed: set[tuple[object, str]] = set()
    pending = [(spec.root, f"/{key}") for key in ("paths", "webhooks") if key in spec.data]
    while pending:
        document, base = pending.pop()
        for pointer, node in refs(spec.at(base, document).value, base):
            if (document.path, pointer) in needed:
                continue
            needed.add((document.path, pointer))
            try:
                target = spec.resolve(Resolved(node, document, pointer))
            except SdkgenError:
                continue
            pending.append((target.document, target.pointer))
    return needed


def _references(spec: Spec, needed: set[tuple[object, str]] | None = None) -> tuple[str, bool]:
    """`check_references`, and whether some `$ref` leads into a document's `paths` (then no path item
    stands alone). Every `$ref` in the root document and in the files it reaches must lead somewhere
    (of `needed`, when given, only those)."""
    version = openapi_version(spec)
    problems: list[Problem] = []
    into_paths = False
    pending: list[Document] = [spec.root]
    visited: set[object] = set()
    while pending:
        document = pending.pop()
        if document.path in visited:
            continue
        visited.add(document.path)
        for pointer, node in refs(document.data, ""):
            try:
                target = spec.resolve(Resolved(node, document, pointer))
            except SdkgenError as exc:
                if needed is None or (document.path, pointer) in needed:
                    problems += exc.problems
                continue
            into_paths = into_paths or target.pointer == "/paths" or target.pointer.startswith("/paths/")
            if target.document.path not in visited:
                pending.append(target.document)
    if problems:
        raise SdkgenError(problems)
    return version, into_paths


def refs(node: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield pointer, node
        for key, value in node.items():
            if key != "$ref" and isinstance(value, (dict, list)):
                yield from refs(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, (dict, list)):
                yield from refs(value, f"{pointer}/{index}")


def schema_errors(spec: Spec, version: str, skip: _Skip = _Skip()) -> Iterator[Problem]:
    """openapi-spec-validator's findings: the meta-schema's, then its own keyword checks."""
    for found, problem in enumerate(chain(meta_schema_errors(spec, version), semantic_errors(spec, version, skip))):
        if found == _MAX_SCHEMA_ERRORS:
            yield Problem(Level.ERROR, "(more schema errors not shown; fix these first)")
            return
        yield problem


def _validator(spec: Spec, version: str) -> OpenAPIV30SpecValidator | OpenAPIV31SpecValidator:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    validator_class = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    # Its `$ref`s read through the spec, so that they stay inside its reference root and are parsed
    # by our loader; it fetches nothing from the network.
    contained = type("ContainedValidator", (validator_class,), {"resolver_handlers": _handlers(spec)})
    validator: OpenAPIV30SpecValidator | OpenAPIV31SpecValidator = contained(spec.data, base_uri=spec.root.path.as_uri())
    return validator


def _handlers(spec: Spec) -> dict[str, Callable[[str], Any]]:
    """How the validator reads what a `$ref` names: a file through `spec` (refused outside its
    reference root), anything remote never."""

    def read(uri: str) -> Any:
        return spec.document(Path(unquote(urlsplit(uri).path))).data

    def refuse(uri: str) -> Any:
        raise ValueError(f"remote $ref {uri} is not fetched")

    return {"file": read, "http": refuse, "https": refuse, "<all_urls>": refuse}


def meta_schema_errors(spec: Spec, version: str) -> Iterator[Problem]:
    """The document's structure against the OpenAPI meta-schema."""
    validator = _validator(spec, version)
    for error in validator.schema_validator.iter_errors(validator.schema):
        yield _schema_problem(spec.root, error)


def semantic_errors(spec: Spec, version: str, skip: _Skip = _Skip(), exclude: tuple[type[Exception], ...] = ()) -> Iterator[Problem]:
    """openapi-spec-validator's checks beyond the meta-schema (parameters, defaults, regexes...), but
    for what `skip` leaves out and the kinds of error in `exclude`, each at the node it is about.

    They run a part at a time (the tags, each path item, the components): a `$ref` that does not
    resolve stops the checks of its own part only (ref-unresolved reports it), not of the others.
    """
    searches = [WHOLE_SEARCHES]
    for unit, error in _unit_errors(spec, version, skip):
        if error is not None and not isinstance(error, exclude):
            yield _semantic_problem(spec, unit, error, searches)


def semantic_errors_remembered(spec: Spec, version: str, exclude: tuple[type[Exception], ...] = ()) -> list[Problem]:
    """`semantic_errors`, leaving out the parts that passed before (see `generator.validated`, the
    record `validate(remembered=True)` keeps too) and remembering those that pass now."""
    try:
        _, into_paths = _references(spec, needed=set())
    except SdkgenError:
        into_paths = True
    digests = validated.digests(spec, version, into_paths)
    skip = _Skip()
    if digests is not None:
        passed = validated.known()
        skip = _Skip(digests.shared in passed, frozenset(url for url, d in digests.paths.items() if d in passed))
    problems: list[Problem] = []
    failed: set[str] = set()
    searches = [WHOLE_SEARCHES]
    for unit, error in _unit_errors(spec, version, skip):
        failed.add(unit)
        if error is not None and not isinstance(error, exclude):
            problems.append(_semantic_problem(spec, unit, error, searches))
    if digests is not None:
        # A path item's verdict covers what its $refs reach (its digest includes them): it is
        # remembered when it passed, whatever the other parts did.
        passed_now = [digests.paths[url] for url in digests.paths if url not in skip.paths and join_pointer("paths", url) not in failed]
        if not skip.shared and not failed & {"", "/tags", "/components"}:
            passed_now.append(digests.shared)
        if passed_now:
            validated.remember(passed_now)
    return problems


def _unit_errors(spec: Spec, version: str, skip: _Skip) -> Iterator[tuple[str, Exception | None]]:
    """(part, error) for each error of each part; (part, None) for a part whose checks stopped on a
    `$ref` that does not resolve."""
    from referencing.exceptions import Unresolvable

    validator = _validator(spec, version)
    for unit, errors in _keyword_units(validator, skip):
        try:
            for error in errors:
                yield unit, error
        except (Unresolvable, KeyError, RecursionError):  # RecursionError: it follows a $ref cycle forever
            yield unit, None


def _keyword_units(validator: OpenAPIV30SpecValidator | OpenAPIV31SpecValidator, skip: _Skip) -> Iterator[tuple[str, Iterator[Any]]]:
    """The validator's own root pass a part at a time: (the part's pointer, its errors, lazily)."""
    root: Any = validator.root_validator
    document = validator.schema_path
    try:  # the parts of openapi-spec-validator's root pass, as its 0.7-0.9 releases name them
        tags = root.registry.keyword_validators.get("tags") and root.registry["tags"]
        path_validator, components_validator = root.paths_validator.path_validator, root.components_validator
    except (AttributeError, KeyError, TypeError):  # another layout: everything, as the validator walks it
        yield "", root(document)
        return
    if not skip.shared and tags and "tags" in document:
        yield "/tags", tags(document / "tags")
    if "paths" in document:
        for url, item in (document / "paths").items():
            if url not in skip.paths:
                yield join_pointer("paths", url), path_validator(url, item)
    if not skip.shared and "components" in document:
        yield "/components", components_validator(document / "components")


def _semantic_problem(spec: Spec, unit: str, error: Exception, searches: list[int]) -> Problem:
    """A semantic error at the node it is about: openapi-spec-validator says only which value failed
    (its path inside the object it checked) or names a parameter, so the node is found inside the part
    (`unit`) the error came from; failing that, the part itself."""
    try:
        data = spec.at(unit).value if unit else spec.data
    except KeyError:
        data = None
    path, instance, message = list(getattr(error, "path", []) or []), getattr(error, "instance", _UNSET), str(getattr(error, "message", error))
    pointer = _within(data, path, instance, message)
    if pointer is not None:
        pointer = unit + pointer
    elif unit and searches[0] > 0:  # the value may be in a component the part uses through a $ref
        searches[0] -= 1
        pointer = _within(spec.data, path, instance, message)
    location = spec.root.locate(pointer if pointer is not None else unit)
    return Problem(Level.ERROR, f"invalid OpenAPI: {_shortened(str(getattr(error, 'message', error)))}", location, "")


def _shortened(message: str) -> str:
    """A validator's message on one line and at most 300 characters: the value it quotes (a whole
    object, at times) cut short, never what is wrong with it (`... is not valid under any of ...`)."""
    message = message.splitlines()[0] if message else message
    value, said, rest = message.partition(" is not ")
    if said and len(value) > 80:
        message = f"{value[:77]}...{said}{rest}"
    return message if len(message) <= 300 else message[:297] + "..."


_UNSET: Any = object()
# How many errors of one check may be looked for in the whole document (each a walk of all of it)
# when their own part does not hold them; past these, an error is reported at its part: a spec with
# thousands of such errors stays a matter of seconds.
WHOLE_SEARCHES = 200
_DUPLICATE = re.compile(r"^Duplicate parameter [`'\"](.+)[`'\"]$")


def _within(data: Any, path: list[Any], instance: Any, message: str) -> str | None:
    """The pointer, inside `data`, of what an error is about: the node `path` leads to from some object
    and holding `instance` (the very value, else an equal one); for a duplicate parameter, its second
    listing. None when nothing matches."""
    duplicate = _DUPLICATE.match(message)
    equal: str | None = None
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, pointer = stack.pop()
        if duplicate and isinstance(node, list):
            seen: set[tuple[str, str]] = set()
            for index, item in enumerate(node):
                if isinstance(item, dict) and item.get("name") == duplicate.group(1):
                    key = (str(item.get("name")), str(item.get("in")))
                    if key in seen:
                        return f"{pointer}/{index}"
                    seen.add(key)
        if not path and instance is not _UNSET and isinstance(node, dict):  # the value itself failed (a default)
            for key, value in node.items():
                if value is instance and isinstance(value, (str, list, dict)):
                    return pointer + join_pointer(key)
                if equal is None and key == "default" and value == instance and type(value) is type(instance):
                    equal = pointer + join_pointer(key)
        if path and instance is not _UNSET and isinstance(node, (dict, list)):
            target: Any = node
            for step in path:
                if isinstance(target, dict) and step in target or isinstance(target, list) and isinstance(step, int) and step < len(target):
                    target = target[step]
                else:
                    break
            else:
                if target is instance:
                    return pointer + join_pointer(*path)
                if equal is None and target == instance and type(target) is type(instance):
                    equal = pointer + join_pointer(*path)
        if isinstance(node, dict):
            stack += [(v, pointer + join_pointer(k)) for k, v in node.items() if isinstance(v, (dict, list))]
        elif isinstance(node, list):
            stack += [(v, f"{pointer}/{i}") for i, v in enumerate(node) if isinstance(v, (dict, list))]
    return equal


def _schema_problem(document: Document, error: Exception) -> Problem:
    path = list(getattr(error, "path", []) or [])
    if path:
        location = document.locate(join_pointer(*path))
    else:  # a check of a value against a schema of the document: that schema is where to look
        pointer = pointer_of(document.data, getattr(error, "schema", None))
        location = document.locate(pointer) if pointer is not None else Location(document.path)
    message = _shortened(str(getattr(error, "message", error)))
    if getattr(error, "validator", None) == "required":
        hint = "add the missing field"
    else:
        hint = f"see the OpenAPI specification for `{path[-1]}`" if path else ""
    return Problem(Level.ERROR, f"invalid OpenAPI: {message}", location, hint)


def _duplicate_operation_ids(spec: Spec) -> list[Problem]:
    first_seen: dict[str, Location] = {}
    problems = []
    for operation in walk.operations(spec):
        operation_id = operation.value.get("operationId")
        if not isinstance(operation_id, str):
            continue
        here = operation.node.document.locate(operation.node.pointer + "/operationId")
        if operation_id in first_seen:
            problems.append(
                Problem(
                    Level.ERROR,
                    f"duplicate operationId {operation_id!r} (first used at {first_seen[operation_id]})",
                    here,
                    "operationIds must be unique; rename one of them",
                )
            )
        else:
            first_seen[operation_id] = here
    return problems

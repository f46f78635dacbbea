"""Where things are in a spec: operations, parameters, bodies, responses, schemas and examples."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from generator import walk
from generator.errors import SdkgenError
from generator.load import Resolved, Spec, join_pointer, split_pointer
from generator.walk import child

SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_SINGLE = ("items", "additionalProperties", "not", "contains", "if", "then", "else", "unevaluatedProperties", "unevaluatedItems", "propertyNames")


def version(spec: Spec) -> str:
    """The spec's OpenAPI version, "3.0" or "3.1" (3.1 when it says none sdkgen reads: openapi-schema
    reports that)."""
    from generator.validate import openapi_version

    try:
        return openapi_version(spec)
    except SdkgenError:
        return "3.1"


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    pointer: str
    value: dict[str, Any]


def operations(spec: Spec) -> Iterator[Operation]:
    """Every operation (generator.walk's walk), at its pointer from the root document: one in a path
    item kept in another file is read there (`Spec.at` follows the `$ref`) and reported at its path."""
    for found in walk.operations(spec):
        yield Operation(found.path, found.method, join_pointer("paths", found.path, found.method), found.value)


def parameters(spec: Spec, op: Operation) -> Iterator[tuple[str, Resolved]]:
    """(pointer where the parameter is listed, the parameter itself), path-level ones included."""
    for owner in (join_pointer("paths", op.path), op.pointer):
        resolved = _resolve(spec, owner)  # a path item may be a $ref
        listed = (resolved.value.get("parameters") if resolved is not None else None) or []
        for index, _ in enumerate(listed):
            pointer = f"{owner}/parameters/{index}"
            try:
                yield pointer, spec.resolve(spec.at(pointer))
            except (SdkgenError, KeyError):  # an unresolvable $ref is the ref rule's finding
                continue


def media_types(spec: Spec, op: Operation) -> Iterator[tuple[str, str, Resolved]]:
    """("request" or the response status, media type, the media type object) of an operation."""
    if "requestBody" in op.value:
        body = _resolve(spec, f"{op.pointer}/requestBody")
        if body is not None:
            for media in (body.value.get("content") or {}):
                yield "request", str(media), _child(body, "content", media)
    for status in (op.value.get("responses") or {}):
        response = _resolve(spec, join_pointer(*_tokens(op.pointer), "responses", status))
        if response is not None and isinstance(response.value, dict):
            for media in (response.value.get("content") or {}):
                yield str(status), str(media), _child(response, "content", media)


_tokens = split_pointer


def _resolve(spec: Spec, pointer: str) -> Resolved | None:
    try:
        return spec.resolve(spec.at(pointer))
    except (SdkgenError, KeyError):
        return None


_child = child


# Most rules look at every schema: walk each spec once per run.
_SCHEMAS: WeakKeyDictionary[Spec, list[tuple[str, dict[str, Any]]]] = WeakKeyDictionary()


def schemas(spec: Spec) -> list[tuple[str, dict[str, Any]]]:
    """Every schema object written in the root document (a `$ref` is not followed: its target is walked where it is)."""
    found = _SCHEMAS.get(spec)
    if found is None:
        found = _SCHEMAS[spec] = list(_walk_schemas(spec))
    return found


def _walk_schemas(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    roots: list[str] = []
    for name in (spec.data.get("components") or {}).get("schemas") or {}:
        roots.append(join_pointer("components", "schemas", name))
    paths = spec.data.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else ():  # parameters of a whole path item
        for index, param in enumerate(item.get("parameters") or []) if isinstance(item, dict) else ():
            if isinstance(param, dict) and "schema" in param:
                roots.append(join_pointer("paths", path, "parameters", index, "schema"))
    for op in operations(spec):
        for index, param in enumerate(op.value.get("parameters") or []):
            if isinstance(param, dict) and "schema" in param:
                roots.append(f"{op.pointer}/parameters/{index}/schema")
        body = op.value.get("requestBody")
        if isinstance(body, dict):
            for media in body.get("content") or {}:
                roots.append(join_pointer(*_tokens(op.pointer), "requestBody", "content", media, "schema"))
        for status, response in (op.value.get("responses") or {}).items():
            if isinstance(response, dict):
                for media in response.get("content") or {}:
                    roots.append(join_pointer(*_tokens(op.pointer), "responses", status, "content", media, "schema"))
    for component in ("parameters", "requestBodies", "responses"):
        for name, value in ((spec.data.get("components") or {}).get(component) or {}).items():
            if not isinstance(value, dict):
                continue
            if "schema" in value:
                roots.append(join_pointer("components", component, name, "schema"))
            for media in value.get("content") or {}:
                roots.append(join_pointer("components", component, name, "content", media, "schema"))
    for pointer in roots:
        try:
            node = spec.at(pointer).value
        except KeyError:
            continue
        yield from _subschemas(node, pointer)


def _subschemas(schema: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(schema, dict) or "$ref" in schema and len(schema) == 1:
        return
    yield pointer, schema
    for key in SUBSCHEMA_MAPS:
        for name, sub in (schema.get(key) or {}).items() if isinstance(schema.get(key), dict) else ():
            yield from _subschemas(sub, join_pointer(*_tokens(pointer), key, name))
    for key in SUBSCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key) or []) if isinstance(schema.get(key), list) else ():
            yield from _subschemas(sub, f"{pointer}/{key}/{index}")
    for key in SUBSCHEMA_SINGLE:
        if isinstance(schema.get(key), dict):
            yield from _subschemas(schema[key], f"{pointer}/{key}")


# Keys whose values are data a spec gives (example values, defaults, enum members), not its structure.
DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})


@dataclass(frozen=True)
class Object:
    """An object of the root document's structure (not one inside an example, a default or an enum)."""

    pointer: str
    value: dict[str, Any]
    extension: bool  # inside an `x-` extension: a vendor's own data, not OpenAPI's


def objects(spec: Spec) -> list[Object]:
    """Every object of the root document's structure, walked once per spec (several rules read it)."""
    found = _OBJECTS.get(spec)
    if found is None:
        found = _OBJECTS[spec] = _walk_objects(spec.data)
    return found


def _walk_objects(data: Any) -> list[Object]:
    found: list[Object] = []
    pending: list[tuple[Any, str, bool]] = [(data, "", False)]
    while pending:  # iteratively: nesting depth is no limit here
        node, pointer, extension = pending.pop()
        if isinstance(node, dict):
            found.append(Object(pointer, node, extension))
            for key, value in node.items():
                if key not in DATA_KEYS and isinstance(value, (dict, list)):
                    pending.append((value, pointer + join_pointer(key), extension or str(key).startswith("x-")))
        elif isinstance(node, list):
            pending += [(value, f"{pointer}/{index}", extension) for index, value in enumerate(node) if isinstance(value, (dict, list))]
    return found


_OBJECTS: WeakKeyDictionary[Spec, list[Object]] = WeakKeyDictionary()


@dataclass(frozen=True)
class Example:
    pointer: str  # where the example value is written
    value: Any
    schema_pointer: str  # the schema it must match (in the same document)
    kind: str  # "request", "response", "parameter" or "schema"


def examples(spec: Spec) -> Iterator[Example]:
    for op in operations(spec):
        for pointer, param in parameters(spec, op):
            if param.document is spec.root and "schema" in param.value:
                yield from _examples_of(param.value, param.pointer, param.pointer + "/schema", "parameter")
        for where, _media, node in media_types(spec, op):
            if node.document is spec.root and isinstance(node.value, dict) and "schema" in node.value:
                kind = "request" if where == "request" else "response"
                yield from _examples_of(node.value, node.pointer, node.pointer + "/schema", kind)
    for pointer, schema in schemas(spec):
        if "example" in schema:
            yield Example(pointer + "/example", schema["example"], pointer, "schema")
        if isinstance(schema.get("examples"), list):
            for index, value in enumerate(schema["examples"]):
                yield Example(f"{pointer}/examples/{index}", value, pointer, "schema")


def _examples_of(owner: dict[str, Any], pointer: str, schema_pointer: str, kind: str) -> Iterator[Example]:
    if "example" in owner:
        yield Example(pointer + "/example", owner["example"], schema_pointer, kind)
    for name, example in (owner.get("examples") or {}).items() if isinstance(owner.get("examples"), dict) else ():
        if isinstance(example, dict) and "value" in example:
            yield Example(join_pointer(*_tokens(pointer), "examples", name, "value"), example["value"], schema_pointer, kind)

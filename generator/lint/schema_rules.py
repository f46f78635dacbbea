"""Lint rules about schema objects and components: values of the wrong type (enums, defaults),
`required` names no property defines, arrays without `items`, `$ref` siblings OpenAPI 3.0 ignores,
component names other documents cannot reference."""

from __future__ import annotations

import re
from typing import Any

from generator.lint.engine import Found, Severity, rule
from generator.lint.walk import objects, schemas, version
from generator.load import Spec, join_pointer

_COMPONENT_NAME = re.compile(r"^[a-zA-Z0-9._-]+$")


def _types(schema: dict[str, Any], spec: Spec) -> list[str] | None:
    """The JSON types a schema admits by its `type` (null added by 3.0's `nullable`), or None when it says none."""
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else None
    if kinds is None:
        return None
    if schema.get("nullable") is True and version(spec) == "3.0":
        kinds.append("null")
    return kinds


def _is(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool) or isinstance(value, float) and value.is_integer()
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    expected = {"string": str, "boolean": bool, "array": list, "object": dict}.get(kind)
    return value is None if kind == "null" else expected is not None and isinstance(value, expected)


def _described(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "an array", dict: "an object"}.get(type(value), "null")


@rule("value-type", Severity.ERROR, "enum values and defaults are of the schema's type (parameters, bodies and components alike)")
def value_type(spec: Spec) -> Found:
    for pointer, schema in schemas(spec):
        kinds = _types(schema, spec)
        if not kinds:
            continue
        said = " or ".join(kinds)
        if "default" in schema and not any(_is(schema["default"], k) for k in kinds):
            yield f"default {schema['default']!r} is {_described(schema['default'])}, not {said}; make it one", pointer + "/default", None
        values = schema.get("enum")
        for index, value in enumerate(values) if isinstance(values, list) else ():
            if not any(_is(value, k) for k in kinds):
                yield f"enum value {value!r} is {_described(value)}, not {said}; make it one", f"{pointer}/enum/{index}", None


@rule("required-properties", Severity.ERROR, "every name an object schema lists in `required` is one of its properties")
def required_properties(spec: Spec) -> Found:
    for pointer, schema in schemas(spec):
        required = schema.get("required")
        if not isinstance(required, list) or not isinstance(schema.get("properties"), dict):
            continue
        if schema.get("additionalProperties") not in (None, False) or any(k in schema for k in ("$ref", "allOf", "anyOf", "oneOf", "patternProperties")):
            continue  # the name may be defined elsewhere (the $ref'd schema, a part beside), or be any property
        for index, name in enumerate(required):
            if name not in schema["properties"]:
                yield f"{name!r} is required but not among the properties; define it under `properties` or drop it from `required`", f"{pointer}/required/{index}", None


@rule("array-items", Severity.ERROR, "an array schema says what its items are (OpenAPI 3.0 requires `items`)")
def array_items(spec: Spec) -> Found:
    if version(spec) != "3.0":
        return
    for pointer, schema in schemas(spec):
        if schema.get("type") == "array" and "items" not in schema:
            yield "an array schema without `items`: OpenAPI 3.0 requires it; say what the items are", pointer, None


@rule("ref-siblings", Severity.WARNING, "a `$ref` stands alone (OpenAPI 3.0 ignores what is written beside it)")
def ref_siblings(spec: Spec) -> Found:
    if version(spec) != "3.0":
        return
    for node in objects(spec):
        if node.extension or not isinstance(node.value.get("$ref"), str):
            continue
        siblings = sorted(k for k in node.value if k != "$ref" and not k.startswith("x-"))
        if siblings:
            message = (
                f"{', '.join(siblings)} beside `$ref` {'is' if len(siblings) == 1 else 'are'} ignored in OpenAPI 3.0; "
                "wrap the reference in `allOf: [{$ref: ...}]` to add to it"
            )
            yield message, node.pointer, None


@rule("component-names", Severity.ERROR, "component names are letters, digits, `.`, `-` and `_` (what a `$ref` may name)")
def component_names(spec: Spec) -> Found:
    components = spec.data.get("components")
    for kind, entries in components.items() if isinstance(components, dict) else ():
        if kind.startswith("x-") or not isinstance(entries, dict):
            continue
        for name in entries:
            if not _COMPONENT_NAME.match(str(name)):
                yield f"components.{kind} name {name!r} is not of letters, digits, `.`, `-`, `_`; rename it", join_pointer("components", kind, name), None


@rule("example-value-external", Severity.ERROR, "an example gives `value` or `externalValue`, not both")
def example_value_external(spec: Spec) -> Found:
    for node in objects(spec):  # Example objects: the values of an `examples` map (a schema's is a list)
        examples = node.value.get("examples")
        for name, example in examples.items() if not node.extension and isinstance(examples, dict) else ():
            if isinstance(example, dict) and "value" in example and "externalValue" in example:
                yield "an example with both `value` and `externalValue`; keep one", node.pointer + join_pointer("examples", name), None

"""Schemas -> TypeInfo, registering the models and enums they define."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from generator.conventions import FORMAT_KINDS
from generator.errors import Level, Problem
from generator.ir import ClassRef, Enum, EnumMember, Field, Model, TypeInfo
from generator.load import Resolved, Spec
from generator.naming import CLASS_RESERVED, MODEL_RESERVED, attribute, bounded, constant, pascal, snake, unique
from generator.walk import child

_TYPE_KINDS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
ANY = TypeInfo("any")


class SchemaConverter:
    def __init__(self, spec: Spec, problems: list[Problem]) -> None:
        self.spec = spec
        self.problems = problems
        self.models: dict[tuple[Path, str], Model] = {}
        self.enums: dict[tuple[Path, str], Enum] = {}
        self._module_names: set[str] = set()  # class names are unique even once snake_cased into modules
        self._in_progress: dict[tuple[Path, str], ClassRef] = {}
        schemas = (spec.data.get("components") or {}).get("schemas")
        self._short = short_names([str(n) for n in schemas] if isinstance(schemas, dict) else [])

    def type_of(self, node: Resolved, hint: str) -> TypeInfo:
        """The type of the schema at `node`; `hint` names the class of an inline object or enum."""
        if isinstance(node.value, dict) and isinstance(node.value.get("$ref"), str):
            target = self.spec.resolve(node)
            component = _component_name(target.pointer)
            name = self._short.get(component, component) if component else hint
            return self._convert(target, name)
        return self._convert(node, hint)

    def _convert(self, node: Resolved, name: str) -> TypeInfo:
        schema = node.value
        if not isinstance(schema, dict):
            return ANY  # `true` / `{}`: anything
        nullable = schema.get("nullable") is True
        for combinator in ("anyOf", "oneOf"):
            if isinstance(schema.get(combinator), list):
                return self._alternatives(node, combinator, name, nullable)
        if isinstance(schema.get("allOf"), list):
            return self._all_of(node, name, nullable)
        types = schema.get("type")
        if isinstance(types, list):
            nullable = nullable or "null" in types
            types = [t for t in types if t != "null"]
            if len(types) > 1:  # `type: [number, string]`: one of them, each with the schema's other keywords
                return union_of([self._convert(Resolved({**schema, "type": t}, node.document, node.pointer), name) for t in types], nullable)
            types = types[0] if types else None
        if "const" in schema:
            return self._enum(node, name, [schema["const"]], nullable)
        if isinstance(schema.get("enum"), list):
            values = schema["enum"]
            nullable = nullable or None in values
            return self._enum(node, name, [v for v in values if v is not None], nullable)
        if types == "array" or (types is None and "items" in schema):
            item = self.type_of(child(node, "items"), name + "Item") if "items" in schema else ANY
            return TypeInfo("list", nullable, item=item)
        if types == "object" or (types is None and any(k in schema for k in ("properties", "additionalProperties", "unevaluatedProperties"))):
            return self._object(node, name, nullable)
        if types in _TYPE_KINDS:
            kind = _TYPE_KINDS[types]
            fmt = schema.get("format") if isinstance(schema.get("format"), str) else None
            if kind == "str" and fmt in FORMAT_KINDS:
                kind = FORMAT_KINDS[fmt]
            if kind == "str" and fmt == "binary":
                return TypeInfo("file", nullable)
            return TypeInfo(
                kind,
                nullable,
                pattern=schema.get("pattern") if isinstance(schema.get("pattern"), str) else None,
                format=fmt,
                min_length=_int_or_none(schema.get("minLength")),
                max_length=_int_or_none(schema.get("maxLength")),
                minimum=_number_or_none(schema.get("minimum")) if kind in ("int", "float") else None,
                maximum=_number_or_none(schema.get("maximum")) if kind in ("int", "float") else None,
            )
        if types == "null":
            return _with(ANY, nullable=True)
        return _with(ANY, nullable=nullable)

    def _alternatives(self, node: Resolved, combinator: str, name: str, nullable: bool) -> TypeInfo:
        options = node.value[combinator]
        kept = []
        for index, option in enumerate(options):
            target = self.spec.resolve(Resolved(option, node.document, f"{node.pointer}/{combinator}/{index}"))
            if isinstance(target.value, dict) and target.value.get("type") == "null":
                nullable = True
            else:
                kept.append(index)
        if len(kept) == 1:
            inner = self.type_of(child(node, combinator, kept[0]), name)
            return _with(inner, nullable=nullable or inner.nullable)
        children = [child(node, combinator, index) for index in kept]
        # Models (Vonage's call with an NCCO or an answer URL), scalars, arrays, an id or its expanded
        # object (Stripe's `string | Customer`): each option typed, the runtime decodes by the value.
        options = [self.type_of(child, f"{name}Option{n}") for n, child in enumerate(children, 1)]
        return union_of(options, nullable)

    def _all_of(self, node: Resolved, name: str, nullable: bool) -> TypeInfo:
        parts = node.value["allOf"]
        if len(parts) == 1:
            inner = self.type_of(child(node, "allOf", 0), name)
            return _with(inner, nullable=nullable or inner.nullable)
        return self._object(node, name, nullable)  # properties of every part, merged

    def _object(self, node: Resolved, name: str, nullable: bool) -> TypeInfo:
        properties, required = self._properties(node)
        # 3.1's unevaluatedProperties types the keys no property names, as additionalProperties does.
        keyword = "additionalProperties" if "additionalProperties" in node.value else "unevaluatedProperties"
        extra = node.value.get(keyword)
        if not properties:
            if isinstance(extra, dict) and extra:
                return TypeInfo("dict", nullable, item=self.type_of(child(node, keyword), name + "Value"))
            return TypeInfo("dict", nullable, item=ANY)
        key = (node.document.path, node.pointer)
        if key in self.models:
            return TypeInfo("model", nullable, ref=self.models[key].ref)
        if key in self._in_progress:  # a schema that contains itself
            return TypeInfo("model", nullable, ref=self._in_progress[key])
        ref = self._new_class(_named(node, name), "models")
        self._in_progress[key] = ref
        names = unique((wire, attribute(wire, reserved=MODEL_RESERVED)) for wire, _ in properties)
        fields = []
        for wire, prop in properties:
            field_type = self.type_of(prop, ref.name + pascal(wire))
            schema = self.spec.resolve(prop).value if isinstance(prop.value, dict) else {}
            fields.append(
                Field(
                    name=names[wire],
                    wire=wire,
                    type=field_type,
                    required=wire in required,
                    description=_description(prop.value) or _description(schema),
                    **self.default_of(prop, field_type),
                )
            )
        del self._in_progress[key]
        self.models[key] = Model(ref, _description(node.value), fields)
        return TypeInfo("model", nullable, ref=ref)

    def _properties(self, node: Resolved) -> tuple[list[tuple[str, Resolved]], set[str]]:
        """Properties of an object schema, with those of its `allOf` parts merged in order."""
        properties: dict[str, Resolved] = {}
        required: set[str] = set()
        schema = node.value
        for index, _part in enumerate(schema.get("allOf") or []):
            part = self.spec.resolve(child(node, "allOf", index))
            if isinstance(part.value, dict):
                sub_properties, sub_required = self._properties(part)
                properties.update(dict(sub_properties))
                required |= sub_required
        for wire in schema.get("properties") or {}:
            properties[str(wire)] = child(node, "properties", wire)
        required |= {r for r in schema.get("required") or [] if isinstance(r, str)}
        return list(properties.items()), required

    def default_of(self, node: Resolved, t: TypeInfo) -> dict[str, Any]:
        """`default` and `has_default` of the property at `node` (its own `default`, else its schema's),
        when the default is a value of its type `t`; one that is not is ignored, with a warning."""
        for candidate in (node, self.spec.resolve(node)):
            if isinstance(candidate.value, dict) and "default" in candidate.value:
                value = candidate.value["default"]
                if t.accepts(value):
                    return {"default": value, "has_default": True}
                where = child(candidate, "default")
                self._warn(where, f"default {value!r} is not a value of its own schema; ignored")
                break
        return {"default": None, "has_default": False}

    def properties(self, node: Resolved) -> tuple[list[tuple[str, Resolved]], set[str]]:
        return self._properties(self.spec.resolve(node))

    def _enum(self, node: Resolved, name: str, values: list[Any], nullable: bool) -> TypeInfo:
        if not values:  # `enum: [null]`: only null
            return TypeInfo("none")
        if all(isinstance(v, str) for v in values):
            value_type = "str"
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            value_type = "int"
        elif all(isinstance(v, (str, int, float, bool)) for v in values):
            # Mixed (`[1, "a", true]`): no enum class can hold them, a Literal of the values can.
            distinct = {(type(v), v): v for v in values}  # by type too: True == 1, and both are kept
            return TypeInfo("literal", nullable, enum_values=tuple(distinct.values()))
        else:
            self._warn(node, "an enum of objects or arrays is generated as Any")
            return _with(ANY, nullable=nullable)
        key = (node.document.path, node.pointer)
        if key not in self.enums:
            ref = self._new_class(_named(node, name), "models")
            member_names = unique((str(i), constant(v)) for i, v in enumerate(values))
            members = [EnumMember(member_names[str(i)], v) for i, v in enumerate(values)]
            self.enums[key] = Enum(ref, _description(node.value), value_type, members)
        ref = self.enums[key].ref
        schema = node.value
        return TypeInfo(
            "enum",
            nullable,
            ref=ref,
            enum_values=tuple(values),
            format=schema.get("format") if isinstance(schema.get("format"), str) else None,
        )

    def _new_class(self, name: str, package: str) -> ClassRef:
        base = bounded(pascal(name))
        candidate, n = base, 1
        while candidate in CLASS_RESERVED or snake(candidate, prefix="model") in self._module_names:
            n += 1
            candidate = f"{base}{n}"
        self._module_names.add(snake(candidate, prefix="model"))
        return ClassRef(candidate, f"{package}.{snake(candidate, prefix='model')}")

    def _warn(self, node: Resolved, message: str) -> None:
        self.problems.append(Problem(Level.WARNING, message, node.location))


# A spec's own name for the class of a schema or the method of an operation (see docs/configuration.md).
NAME_EXTENSION = "x-sdkgen-name"

# Pointer tokens that name a place in a schema, not the schema itself.
_STRUCTURAL = frozenset({"schema", "items", "additionalProperties", "not", "content", "properties", "allOf", "anyOf", "oneOf"})


def _named(node: Resolved, name: str) -> str:
    """The class name a schema asks for (`x-sdkgen-name: Parcel`), else the one made for it."""
    asked = node.value.get(NAME_EXTENSION) if isinstance(node.value, dict) else None
    return asked if isinstance(asked, str) and asked.strip() else name


def _component_name(pointer: str) -> str | None:
    """The name a `$ref` target is filed under: `#/components/schemas/Call`, `schemas.yaml#/Call`."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.strip("/").split("/") if p]
    if not parts or parts[-1] in _STRUCTURAL or parts[-1].isdigit():
        return None
    if len(parts) >= 2 and parts[-2] == "properties":
        return None
    return parts[-1]


def short_names(names: list[str]) -> dict[str, str]:
    """Schema names in a dotted namespace without the namespace, where that stays unambiguous: Twilio's
    `api.v2010.account.call.call_recording` is `call_recording` (class `CallRecording`). Each keeps the
    fewest trailing segments whose class name no other schema's name (or shortened name) takes:
    Stripe's `issuing.card` stays whole beside its `card`."""
    dotted = sorted(n for n in names if "." in n)
    taken = {pascal(n) for n in names if "." not in n}
    longest = max((n.count(".") + 1 for n in dotted), default=0)
    # How many dotted names end in each class name, per number of trailing segments kept.
    ends: list[dict[str, int]] = [{} for _ in range(longest + 1)]
    for name in dotted:
        parts = name.split(".")
        for k in range(1, len(parts) + 1):
            key = pascal(".".join(parts[-k:]))
            ends[k][key] = ends[k].get(key, 0) + 1
    short = {}
    for name in dotted:
        parts = name.split(".")
        classes = {k: pascal(".".join(parts[-k:])) for k in range(1, len(parts) + 1)}
        k = next((k for k in range(1, len(parts)) if ends[k][classes[k]] == 1 and classes[k] not in taken), len(parts))
        short[name] = ".".join(parts[-k:])
        taken.add(classes[k])
    return short


def _description(schema: Any) -> str:
    if isinstance(schema, dict):
        for key in ("description", "title"):
            if isinstance(schema.get(key), str) and schema[key].strip():
                return str(schema[key]).strip()
    return ""


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number_or_none(value: Any) -> int | float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def union_of(options: list[TypeInfo], nullable: bool) -> TypeInfo:
    """One of `options`: each kept once, their own nullability lifted to the whole; Any absorbs the rest."""
    if any(o.kind == "any" for o in options):
        return _with(ANY, nullable=nullable or any(o.nullable for o in options))
    nullable = nullable or any(o.nullable or o.kind == "none" for o in options)
    kept: dict[str, TypeInfo] = {}
    for option in options:
        for part in option.options if option.kind == "union" else (option,):
            if part.kind != "none":
                kept.setdefault(part.annotation, _with(part, nullable=False))
    if not kept:
        return TypeInfo("none")
    if len(kept) == 1:
        return _with(next(iter(kept.values())), nullable=nullable)
    return TypeInfo("union", nullable, options=tuple(kept.values()))


def _with(t: TypeInfo, *, nullable: bool) -> TypeInfo:
    return dataclasses.replace(t, nullable=nullable)

"""sdkgen's lint rules. Each yields (message saying how to fix it, JSON pointer, spec or None)."""

from __future__ import annotations

import email.utils
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from generator.conventions import RFC2822_FORMAT
from generator.errors import Problem, SdkgenError
from generator.lint.engine import Found, Severity, rule
from generator.lint.walk import examples, media_types, operations, parameters, schemas, version
from generator.load import Resolved, Spec, join_pointer, split_pointer
from generator.naming import METHOD_RESERVED, MODEL_RESERVED, pascal, snake
from generator.paths import common_prefix, shape, split
from generator.validate import (
    meta_schema_errors,
    openapi_version,
    refs,
    semantic_errors_remembered,
)

_TEMPLATE_PARAM = re.compile(r"\{([^{}]+)\}")
_ID_NAME = re.compile(r"(Sid|_sid|^sid)$")
_SUCCESS = re.compile(r"^(2\d\d|2XX|default)$")


@rule("openapi-schema", Severity.ERROR, "the document's structure is valid OpenAPI (openapi-spec-validator)", slow=True)
def openapi_schema(spec: Spec) -> Found:
    try:
        version = openapi_version(spec)
    except SdkgenError as exc:
        yield f"{exc.problems[0].message}; {exc.problems[0].hint}", "/openapi", None
        return
    yield from _validator_findings(meta_schema_errors(spec, version))


@rule("openapi-semantics", Severity.ERROR, "openapi-spec-validator's checks beyond the meta-schema pass", slow=True)
def openapi_semantics(spec: Spec) -> Found:
    try:
        version = openapi_version(spec)
    except SdkgenError:
        return  # openapi-schema reports it
    from openapi_spec_validator.validation.exceptions import (
        DuplicateOperationIDError,
        ExtraParametersError,
        UnresolvableParameterError,
    )

    # operation-id and path-params report these at the operationId and the parameter.
    done_here = (DuplicateOperationIDError, ExtraParametersError, UnresolvableParameterError)
    yield from _validator_findings(iter(semantic_errors_remembered(spec, version, exclude=done_here)))


def _validator_findings(problems: Iterator[Problem]) -> Found:
    for problem in problems:
        pointer = problem.location.pointer if problem.location else ""
        yield f"{problem.message.removeprefix('invalid OpenAPI: ')}; fix it as the OpenAPI specification says", pointer, None


@rule("ref-unresolved", Severity.ERROR, "every $ref leads to something")
def ref_unresolved(spec: Spec) -> Found:
    reported: set[str] = set()  # a $ref cycle is met from each $ref in or into it: said once, where first met
    for pointer, node in refs(spec.data, ""):
        try:
            spec.resolve(Resolved(node, spec.root, pointer))
        except SdkgenError as exc:
            message = exc.problems[0].message
            if not message.startswith("circular"):
                yield f"{message}; point the $ref at an existing component", pointer + "/$ref", None
            elif message not in reported:
                reported.add(message)
                yield f"{message}; break the cycle", pointer + "/$ref", None


@rule("operation-id", Severity.ERROR, "every operation has a unique operationId that is a valid identifier")
def operation_id(spec: Spec) -> Found:
    seen: dict[str, str] = {}
    for op in operations(spec):
        value = op.value.get("operationId")
        if not isinstance(value, str) or not value:
            yield f"{op.method.upper()} {op.path} has no operationId; add one, e.g. {pascal_id(op)}", op.pointer, None
            continue
        if not value.isidentifier():
            yield f"operationId {value!r} is not a valid identifier; use letters, digits and _ only", op.pointer + "/operationId", None
        if value in seen:
            yield f"operationId {value!r} is also used by {seen[value]}; make it unique", op.pointer + "/operationId", None
        else:
            seen[value] = f"{op.method.upper()} {op.path}"


def pascal_id(op: Any) -> str:
    return pascal(f"{op.method} {op.path}")


@rule("path-params", Severity.ERROR, "path template parameters and declared path parameters match")
def path_params(spec: Spec) -> Found:
    for op in operations(spec):
        in_template = set(_TEMPLATE_PARAM.findall(op.path))
        declared = {p.value.get("name") for _, p in parameters(spec, op) if p.value.get("in") == "path"}
        for name in sorted(in_template - declared):
            yield f"{{{name}}} in the path is not declared; add a path parameter named {name!r}", op.pointer, None
        for name in sorted(n for n in declared - in_template if isinstance(n, str)):
            yield f"path parameter {name!r} is not in the path template; remove it or add {{{name}}} to the path", op.pointer, None


@rule("description", Severity.WARNING, "operations, parameters and schema properties are described, never with an empty string")
def description(spec: Spec) -> Found:
    for op in operations(spec):
        if not _text(op.value.get("description")) and not _text(op.value.get("summary")):
            yield f"{op.method.upper()} {op.path} has no summary or description; say what it does", op.pointer, None
        for pointer, param in parameters(spec, op):
            if param.document is spec.root and not _text(param.value.get("description")):
                yield f"parameter {param.value.get('name')!r} has no description; say what it means and which values it takes", param.pointer, None
    for pointer, schema in schemas(spec):
        for name, prop in (schema.get("properties") or {}).items() if isinstance(schema.get("properties"), dict) else ():
            if isinstance(prop, dict) and "$ref" not in prop and not _text(prop.get("description")):
                yield f"property {name!r} has no description; say what it holds", join_pointer(*split_pointer(pointer), "properties", name), None
    for key in ("description", "summary"):
        for pointer, value in _keys(spec.data, key, ""):
            if isinstance(value, str) and not value.strip():
                yield f"empty {key}; write one or remove the key", pointer, None


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _keys(node: Any, key: str, pointer: str) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for k, v in node.items():
            child = f"{pointer}/{str(k).replace('~', '~0').replace('/', '~1')}"
            if k == key:
                yield child, v
            if k not in ("example", "examples"):
                yield from _keys(v, key, child)
    elif isinstance(node, list):
        for index, v in enumerate(node):
            yield from _keys(v, key, f"{pointer}/{index}")


def _rfc2822(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return False
    return True


class _ExampleChecker:
    """Validates examples against their schemas, `$ref`s across files and formats included."""

    def __init__(self, spec: Spec) -> None:
        # Imported here: the validators take a fifth of a second to import, and only the worker
        # process, where example-valid runs (see engine._worker), needs them.
        from jsonschema import FormatChecker
        from openapi_schema_validator import OAS30Validator, OAS31Validator, oas30_format_checker, oas31_format_checker
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT4, DRAFT202012

        self.version = version(spec)
        dialect = DRAFT202012 if self.version == "3.1" else DRAFT4
        for pointer, node in refs(spec.data, ""):  # load every referenced file into spec.documents
            try:
                spec.resolve(Resolved(node, spec.root, pointer))
            except SdkgenError:
                pass
        self.registry = Registry().with_resources(
            (doc.path.as_uri(), Resource.from_contents(doc.data, default_specification=dialect)) for doc in spec.documents.values()
        )
        self.validator_class = OAS31Validator if self.version == "3.1" else OAS30Validator
        base = oas31_format_checker if self.version == "3.1" else oas30_format_checker
        self.formats = FormatChecker(formats=())  # a copy: the library's shared checker stays as it is
        self.formats.checkers = {**base.checkers, RFC2822_FORMAT: (_rfc2822, ())}
        self.uri = spec.root.path.as_uri()

    def errors(self, value: Any, schema_pointer: str) -> list[tuple[str, str]]:
        from referencing.exceptions import Unresolvable

        validator = self.validator_class({"$ref": f"{self.uri}#{schema_pointer}"}, registry=self.registry, format_checker=self.formats)
        found = []
        try:
            for error in validator.iter_errors(value):
                where = "".join(f"/{p}" for p in error.absolute_path)
                found.append((where, error.message if len(error.message) < 200 else error.message[:197] + "..."))
        except Unresolvable:  # a $ref the example's schema needs leads nowhere: ref-unresolved says so
            pass
        except re.error:  # a `pattern` that is no regex: openapi-semantics says so, at the pattern
            pass
        return found


@rule("example-valid", Severity.ERROR, "examples are valid against their schemas, formats and patterns included", slow=True)
def example_valid(spec: Spec) -> Found:
    checker = _ExampleChecker(spec)
    for example in examples(spec):
        said: set[str] = set()  # one finding per value: `null` is "not nullable" and "not a string" at once
        for where, message in checker.errors(example.value, example.schema_pointer):
            if where in said:
                continue
            said.add(where)
            field = f" at {where}" if where else ""
            yield f"{example.kind} example{field}: {message}; fix the example (or the schema, if the example is right)", example.pointer + where, None


@rule("example-unknown-property", Severity.WARNING, "example objects hold only properties their schema defines")
def example_unknown_property(spec: Spec) -> Found:
    for example in examples(spec):
        try:
            schema = spec.resolve(spec.at(example.schema_pointer))
        except (SdkgenError, KeyError):
            continue
        yield from _unknown(spec, example.value, schema, example.pointer, example.kind)


def _unknown(spec: Spec, value: Any, schema: Resolved, pointer: str, kind: str) -> Found:
    if isinstance(value, list) and isinstance(schema.value, dict) and isinstance(schema.value.get("items"), dict):
        try:
            items = spec.resolve(Resolved(schema.value["items"], schema.document, schema.pointer + "/items"))
        except SdkgenError:
            return
        for index, item in enumerate(value):  # each item of an array, against the items' schema
            yield from _unknown(spec, item, items, f"{pointer}/{index}", kind)
        return
    if not isinstance(value, dict) or not isinstance(schema.value, dict):
        return
    known = _known_properties(spec, schema)
    if known is None:
        return
    for key, item in value.items():
        if key not in known:
            yield f"{kind} example has {key!r}, which the schema does not define; document it or drop it from the example", f"{pointer}/{key}", None
        else:
            yield from _unknown(spec, item, known[key], f"{pointer}/{key}", kind)


def _known_properties(spec: Spec, schema: Resolved) -> dict[str, Resolved] | None:
    """The properties an object schema defines, or None when it admits any (additionalProperties, combinators)."""
    value = schema.value
    if value.get("additionalProperties") not in (None, False) or any(k in value for k in ("anyOf", "oneOf", "patternProperties")):
        return None
    if "additionalProperties" not in value and value.get("type") not in ("object", None) and "properties" not in value:
        return None
    known: dict[str, Resolved] = {}
    for index, _ in enumerate(value.get("allOf") or []):
        part = spec.resolve(Resolved(value["allOf"][index], schema.document, f"{schema.pointer}/allOf/{index}"))
        sub = _known_properties(spec, part) if isinstance(part.value, dict) else None
        if sub is None:
            return None
        known.update(sub)
    for name in value.get("properties") or {}:
        try:
            known[name] = spec.resolve(Resolved(value["properties"][name], schema.document, join_pointer(*split_pointer(schema.pointer), "properties", name)))
        except SdkgenError:
            return None
    return known if known or "properties" in value else None


@rule("enum", Severity.ERROR, "enums are non-empty, typed, and free of duplicates; defaults lie inside them")
def enums(spec: Spec) -> Found:
    for pointer, schema in schemas(spec):
        values = schema.get("enum")
        if values is None:
            continue
        if not isinstance(values, list) or not values:
            yield "enum is empty; list the allowed values or remove the enum", pointer + "/enum", None
            continue
        if "type" not in schema:
            yield "enum has no type; add `type: string` (or the type of its values)", pointer + "/enum", None
        for value, count in Counter(map(repr, values)).items():
            if count > 1:
                yield f"enum lists {value} {count} times; keep one", pointer + "/enum", None
        if "default" in schema and schema["default"] not in values:
            yield f"default {schema['default']!r} is not one of the enum's values; use one of them", pointer + "/default", None


@rule("default-in-enum", Severity.ERROR, "a default given beside a $ref'd or allOf enum is one of its values")
def default_in_enum(spec: Spec) -> Found:
    for pointer, schema in schemas(spec):
        if "default" not in schema or "enum" in schema:
            continue
        for ref_holder in [schema] + [p for p in schema.get("allOf") or [] if isinstance(p, dict)]:
            if "$ref" not in ref_holder:
                continue
            try:
                target = spec.resolve(Resolved(ref_holder, spec.root, pointer)).value
            except SdkgenError:
                continue
            if isinstance(target, dict) and isinstance(target.get("enum"), list) and schema["default"] not in target["enum"]:
                yield f"default {schema['default']!r} is not one of {target['enum']}; use one of them", pointer + "/default", None


@rule("nullable-type", Severity.WARNING, "`nullable: true` (OpenAPI 3.0) stands beside a `type`")
def nullable_type(spec: Spec) -> Found:
    if version(spec) != "3.0":
        return
    for pointer, schema in schemas(spec):
        if schema.get("nullable") is True and "type" not in schema:
            yield "`nullable: true` without `type` means nothing in OpenAPI 3.0 (validators reject the schema); add the type", pointer + "/nullable", None


@rule("success-response", Severity.WARNING, "every operation documents a success response with a schema")
def success_response(spec: Spec) -> Found:
    for op in operations(spec):
        responses = op.value.get("responses") or {}
        success = [str(s) for s in responses if _SUCCESS.match(str(s))]
        if not success:
            if not any(str(s).startswith("3") for s in responses):  # a redirect is an outcome too
                yield f"{op.method.upper()} {op.path} documents no 2xx response; add one", op.pointer + "/responses", None
            continue
        if any(str(s) == "204" for s in success) or op.method in ("delete", "head", "options"):
            continue
        has_schema = any(where != "request" and _SUCCESS.match(where) and isinstance(node.value, dict) and "schema" in node.value for where, _, node in media_types(spec, op))
        if not has_schema:
            yield f"{op.method.upper()} {op.path}'s success response has no schema; describe its body (or use 204)", op.pointer + "/responses", None


@rule("error-responses", Severity.WARNING, "every operation documents its error responses")
def error_responses(spec: Spec) -> Found:
    for op in operations(spec):
        codes = [str(s) for s in op.value.get("responses") or {}]
        if not any(c.startswith(("4", "5")) or c == "default" for c in codes):
            yield f"{op.method.upper()} {op.path} documents no 4xx/5xx response; document the error body clients get", op.pointer + "/responses", None


@rule("form-body-flat", Severity.ERROR, "form-encoded bodies hold only scalars and arrays of scalars")
def form_body_flat(spec: Spec) -> Found:
    for op in operations(spec):
        for where, media, node in media_types(spec, op):
            if where != "request" or media != "application/x-www-form-urlencoded" or not isinstance(node.value, dict):
                continue
            try:
                schema = spec.resolve(Resolved(node.value.get("schema", {}), node.document, node.pointer + "/schema"))
            except SdkgenError:
                continue
            for name, prop in (schema.value.get("properties") or {}).items():
                try:
                    resolved = spec.resolve(Resolved(prop, schema.document, join_pointer(*split_pointer(schema.pointer), "properties", name)))
                except SdkgenError:
                    continue
                kind = _type_of(resolved.value)
                if kind == "object" or (kind == "array" and _type_of(spec.resolve(Resolved(resolved.value.get("items", {}), resolved.document, resolved.pointer + "/items")).value) in ("object", "array")):
                    where_pointer = resolved.pointer if resolved.document is spec.root else op.pointer
                    yield f"form field {name!r} is {'an object' if kind == 'object' else 'an array of objects or arrays'}, which a form cannot encode; flatten it or use JSON", where_pointer, None


def _type_of(schema: Any) -> str | None:
    if not isinstance(schema, dict):
        return None
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return kinds[0] if len(kinds) == 1 else None
    if kind is None and "properties" in schema:
        return "object"
    return kind if isinstance(kind, str) else None


@rule("component-unused", Severity.WARNING, "every component is used")
def component_unused(spec: Spec) -> Found:
    # A $ref is a URI: its fragment is percent-encoded (`#/components/schemas/Thing%20Page`).
    used = {unquote(ref.split("#", 1)[1]) for _, node in refs(spec.data, "") for ref in [node["$ref"]] if ref.startswith("#")}
    security_used = {name for requirement in spec.data.get("security") or [] for name in requirement}
    for op in operations(spec):
        security_used |= {name for requirement in op.value.get("security") or [] for name in requirement}
    for kind, entries in (spec.data.get("components") or {}).items():
        if not isinstance(entries, dict) or kind.startswith("x-"):
            continue
        for name in entries:
            pointer = join_pointer("components", kind, name)
            if kind == "securitySchemes":
                if name not in security_used:
                    yield f"security scheme {name!r} is not required by any operation; use it or remove it", pointer, None
            elif pointer not in used and not any(u.startswith(pointer + "/") for u in used):
                yield f"{kind} {name!r} is not referenced; use it or remove it", pointer, None


@rule("servers", Severity.WARNING, "the document says where the API is served")
def servers(spec: Spec) -> Found:
    if not spec.data.get("servers"):
        yield "no servers: clients cannot know the API's URL; add `servers: [{url: ...}]`", "", None


@rule("security", Severity.WARNING, "the document says how to authenticate")
def security(spec: Spec) -> Found:
    has_schemes = bool((spec.data.get("components") or {}).get("securitySchemes"))
    if not has_schemes:
        yield "no security schemes: say how clients authenticate in components.securitySchemes", "", None
    elif "security" not in spec.data and not all("security" in op.value for op in operations(spec)):
        yield "no top-level security requirement: operations without their own `security` need no credentials; add `security:`", "", None


@rule("python-name-collision", Severity.WARNING, "names stay distinct once turned into Python identifiers")
def python_name_collision(spec: Spec) -> Found:
    for op in operations(spec):
        names: dict[str, list[str]] = {}
        for _, param in parameters(spec, op):
            if param.value.get("in") != "path":
                wire = str(param.value.get("name"))
                names.setdefault(snake(wire, reserved=METHOD_RESERVED), []).append(wire)
        for where, media, node in media_types(spec, op):
            if where == "request" and isinstance(node.value, dict):
                try:
                    schema = spec.resolve(Resolved(node.value.get("schema", {}), node.document, node.pointer + "/schema")).value
                except SdkgenError:
                    continue
                for wire in (schema.get("properties") or {}) if isinstance(schema, dict) else ():
                    names.setdefault(snake(str(wire), reserved=METHOD_RESERVED), []).append(str(wire))
        for python, wires in sorted(names.items()):
            if len(set(wires)) > 1:
                yield f"{', '.join(repr(w) for w in sorted(set(wires)))} all become the Python argument {python!r}; the generator suffixes all but one (_2, _3): rename one", op.pointer, None
    for pointer, schema in schemas(spec):
        props = schema.get("properties")
        if isinstance(props, dict):
            by_name: dict[str, list[str]] = {}
            for wire in props:
                by_name.setdefault(snake(str(wire), reserved=MODEL_RESERVED), []).append(str(wire))
            for python, wires in sorted(by_name.items()):
                if len(wires) > 1:
                    yield f"properties {', '.join(map(repr, wires))} all become the attribute {python!r}; rename one", pointer + "/properties", None


@rule("id-format", Severity.WARNING, "id parameters and fields (*Sid, *_sid) carry a pattern or a format")
def id_format(spec: Spec) -> Found:
    for op in operations(spec):
        for _, param in parameters(spec, op):
            name = str(param.value.get("name", ""))
            if _ID_NAME.search(name) and param.document is spec.root:
                try:
                    schema = spec.resolve(Resolved(param.value.get("schema", {}), param.document, param.pointer + "/schema")).value
                except SdkgenError:
                    continue
                if isinstance(schema, dict) and not _constrained(schema):
                    yield f"id parameter {name!r} has no pattern or format; add one so clients reject a wrong id before sending it", param.pointer, None
    for pointer, schema in schemas(spec):
        for name, prop in (schema.get("properties") or {}).items() if isinstance(schema.get("properties"), dict) else ():
            if _ID_NAME.search(str(name)) and isinstance(prop, dict) and "$ref" not in prop and not _constrained(prop):
                yield f"id field {name!r} has no pattern or format; add one (e.g. `pattern: ^CA[0-9a-fA-F]{{32}}$` or `format: uuid`)", join_pointer(*split_pointer(pointer), "properties", name), None


def _constrained(schema: dict[str, Any]) -> bool:
    if "pattern" in schema or "format" in schema or "enum" in schema or "const" in schema:
        return True
    return any(_constrained(s) for key in ("anyOf", "oneOf", "allOf") for s in schema.get(key) or [] if isinstance(s, dict) and "$ref" not in s)


@rule("cross-spec", Severity.INFO, "the same operation in two specs has the same parameters, enums and types", cross_spec=True)
def cross_spec(*specs: Spec) -> Found:
    shapes = [_shapes(spec) for spec in specs]
    first = shapes[0]
    for spec, other in zip(specs[1:], shapes[1:], strict=True):
        for key, (op, mine) in sorted(other.items()):
            if key not in first:
                continue
            _, theirs = first[key]
            for difference in _differences(theirs, mine):
                yield f"{op.method.upper()} {op.path} differs from {specs[0].root.path.name}: {difference}", op.pointer, spec


def _shapes(spec: Spec) -> dict[tuple[str, ...], tuple[Any, dict[str, Any]]]:
    ops = list(operations(spec))
    prefix = common_prefix([op.path for op in ops])
    found = {}
    for op in ops:
        described: dict[str, Any] = {}
        declared = {p.value.get("name"): p for _, p in parameters(spec, op)}
        names = [s.strip("{}").split("}")[0] for s in split(op.path)[prefix:] if s.startswith("{")]
        for position, name in enumerate(names, 1):
            described[f"path parameter #{position} name"] = ("name", name)
            if name in declared:
                param = declared[name]
                described[f"path parameter #{position} type"] = _summary(spec, param.value.get("schema", {}), _child_of(param, "schema"))
        for _, param in parameters(spec, op):
            if param.value.get("in") != "path":
                described[f"{param.value.get('in')} parameter {param.value.get('name')}"] = _summary(spec, param.value.get("schema", {}), _child_of(param, "schema"))
        for where, _, node in media_types(spec, op):
            if where == "request" and isinstance(node.value, dict):
                try:
                    schema = spec.resolve(Resolved(node.value.get("schema", {}), node.document, node.pointer + "/schema"))
                except SdkgenError:
                    continue
                for name, prop in (schema.value.get("properties") or {}).items():
                    described[f"body field {name}"] = _summary(spec, prop, _child_of(_child_of(schema, "properties"), name))
        found[(op.method, *shape(op.path, prefix))] = (op, described)
    return found


def _child_of(node: Resolved, key: str) -> Resolved:
    return Resolved(node.value.get(key), node.document, f"{node.pointer}/{key}")


def _summary(spec: Spec, schema: Any, owner: Resolved) -> tuple[str, Any]:
    try:
        resolved = spec.resolve(Resolved(schema, owner.document, owner.pointer)).value
    except SdkgenError:
        return ("type", None)
    if isinstance(resolved, dict) and isinstance(resolved.get("allOf"), list) and len(resolved["allOf"]) == 1:
        resolved = spec.resolve(Resolved(resolved["allOf"][0], owner.document, owner.pointer)).value
    if isinstance(resolved, dict) and isinstance(resolved.get("enum"), list):
        return ("enum", tuple(sorted(map(str, resolved["enum"]))))
    if not isinstance(resolved, dict):
        return ("type", (None,))
    pattern = resolved.get("pattern")
    return ("type", (_type_of(resolved), resolved.get("format"), f"pattern {pattern}" if pattern else None))


def _differences(theirs: dict[str, Any], mine: dict[str, Any]) -> Iterator[str]:
    for key in sorted(set(theirs) | set(mine)):
        if key not in mine:
            yield f"no {key}"
        elif key not in theirs:
            yield f"an extra {key}"
        elif theirs[key] != mine[key]:
            yield f"{key}: {_show(*mine[key])} here, {_show(*theirs[key])} there"


def _show(kind: str, value: Any) -> str:
    if kind == "enum":
        return "enum [" + ", ".join(value) + "]"
    if kind == "type":
        return "/".join(str(v) for v in value if v) or "untyped"
    return repr(value)

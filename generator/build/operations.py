"""Each operation of the spec -> an `Operation`: its parameters, body, success response and server.

Where it is placed in the client and what its method is called is decided later, with the resource
tree (tree.py, names.py)."""

from __future__ import annotations

from typing import Any

from generator import conventions, walk
from generator.build import servers
from generator.build.media import FORM, MULTIPART, media_example, pick_media, raw_kind
from generator.errors import Level, Problem
from generator.ir import Credential, Operation, Parameter, TypeInfo
from generator.load import Resolved, Spec
from generator.naming import METHOD_RESERVED, attribute, pascal, snake, unique
from generator.schemas import NAME_EXTENSION, SchemaConverter
from generator.walk import child


def operations(
    spec: Spec,
    converter: SchemaConverter,
    walked: list[walk.OperationNode],
    credentials: list[Credential],
    problems: list[Problem],
    api_url: str,
) -> list[Operation]:
    """The operations sdkgen can generate, in the spec's order, each with a `key` unique in the API
    (specs repeat operationIds). One it cannot is left out with a warning saying why."""
    found = [op for node in walked if (op := _operation(spec, converter, node, credentials, problems, api_url)) is not None]
    keys = unique((f"{o.http_method} {o.path}", snake(o.operation_id)) for o in found)
    for operation in found:
        operation.key = keys[f"{operation.http_method} {operation.path}"]
    return found


def _operation(
    spec: Spec,
    converter: SchemaConverter,
    found: walk.OperationNode,
    credentials: list[Credential],
    problems: list[Problem],
    api_url: str,
) -> Operation | None:
    node, path, method = found.node, found.path, found.method
    op = node.value
    operation_id = op.get("operationId") or pascal(f"{method} {path}")
    hint = pascal(operation_id)
    parameters = _parameters(spec, converter, found, hint, problems)
    if parameters is None:
        return None
    body = _body(spec, converter, node, hint, problems)
    if body is None:
        return None
    encoding, body_parameters, request_example, body_optional = body
    parameters += body_parameters
    credential_params = {c.path_parameter: c.name for c in credentials if c.path_parameter}
    for parameter in parameters:
        if parameter.location == "path":
            parameter.credential = credential_params.get(parameter.wire)
    names = unique((f"{p.location}:{p.wire}", attribute("body" if p.whole_body else p.wire, reserved=METHOD_RESERVED)) for p in parameters)
    for parameter in parameters:
        parameter.name = names[f"{parameter.location}:{parameter.wire}"]
    response, status, example, has_example, accept = _response(spec, converter, node, hint)
    errors = _errors(spec, converter, node, hint)
    key = next((p.wire for p in parameters if p.location == "header" and p.wire.lower() in conventions.IDEMPOTENCY_KEY_HEADERS), "")
    return Operation(
        idempotent=idempotent(method, op, key),
        idempotency_key=key,
        errors=errors,
        operation_id=operation_id,
        http_method=method.upper(),
        path=path,
        summary=str(op.get("summary") or "").strip(),
        description=str(op.get("description") or "").strip(),
        parameters=parameters,
        body_encoding=encoding,
        response=response,
        body_optional=body_optional,
        deprecated=op.get("deprecated") is True,
        tag=str((op.get("tags") or [""])[0]),
        request_example=request_example,
        response_example=example,
        has_response_example=has_example,
        response_status=status,
        accept=accept,
        response_headers=_response_headers(spec, node),
        method_name=snake(op[NAME_EXTENSION], reserved=METHOD_RESERVED) if isinstance(op.get(NAME_EXTENSION), str) and op[NAME_EXTENSION].strip() else "",
        server=servers.own_server(found, api_url),
    )


def idempotent(method: str, operation: dict[str, Any], idempotency_key: str) -> bool:
    """Whether an operation may be sent again when it is unknown whether the server acted on it (a
    timeout, a reset connection, a 5xx). GET, HEAD, OPTIONS, PUT and DELETE may (RFC 9110 9.2.2);
    POST and PATCH may not, unless the spec says so (`x-idempotent: true`) or the operation takes an
    idempotency key, which the client then sends, the same on every attempt."""
    if method.upper() in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"):
        return True
    return operation.get("x-idempotent") is True or bool(idempotency_key)


def _parameters(spec: Spec, converter: SchemaConverter, found: walk.OperationNode, hint: str, problems: list[Problem]) -> list[Parameter] | None:
    merged: dict[tuple[str, str], Resolved] = {}
    for owner in (found.item, found.node):  # the path item's, then the operation's (which win)
        for index, _ in enumerate(owner.value.get("parameters") or []):
            param = spec.resolve(child(owner, "parameters", index))
            merged[(str(param.value.get("in")), str(param.value.get("name")))] = param
    parameters = []
    for (location, wire), param in merged.items():
        value = param.value
        defaults: dict[str, Any] = {}
        schema_node = _parameter_schema(param)
        if schema_node is not None:
            param_type = converter.type_of(schema_node, hint + pascal(wire))
            defaults = converter.default_of(schema_node, param_type)
        else:
            param_type = TypeInfo("str")
            problems.append(Problem(Level.WARNING, f"parameter {wire!r} has no schema; generated as str", param.location))
        example, has_example = _parameter_example(spec, param)
        parameters.append(
            Parameter(
                name=wire,
                wire=wire,
                location=location,
                type=param_type,
                required=location == "path" or value.get("required") is True,
                description=str(value.get("description") or "").strip(),
                example=example,
                has_example=has_example,
                style=_query_style(value) if location == "query" else "",
                **defaults,
            )
        )
    return parameters


def _parameter_schema(param: Resolved) -> Resolved | None:
    """A parameter's schema: `schema`, or that of its one `content` media type (a JSON-encoded value);
    where a spec writes schema keywords on the parameter itself (`allOf`, `type`), the parameter."""
    value = param.value
    if "schema" in value:
        return child(param, "schema")
    content = value.get("content")
    if isinstance(content, dict) and content:
        media = next(iter(content))
        if isinstance(content[media], dict) and "schema" in content[media]:
            return child(param, "content", media, "schema")
    if any(keyword in value for keyword in ("type", "allOf", "oneOf", "anyOf", "enum")):
        return param
    return None


def _query_style(param: dict[str, Any]) -> str:
    """How a query parameter's list or object is written, when not form-exploded (OpenAPI's default);
    "json" for one whose `content` is JSON (`filter={"status":"active"}`)."""
    content = param.get("content")
    if isinstance(content, dict) and any(m == "application/json" or str(m).endswith("+json") for m in content):
        return "json"
    style = param.get("style", "form")
    if style == "deepObject":
        return "deep"
    if style in ("spaceDelimited", "pipeDelimited"):
        return "space" if style == "spaceDelimited" else "pipe"
    return "" if param.get("explode", True) is not False else "comma"


def _parameter_example(spec: Spec, param: Resolved) -> tuple[Any, bool]:
    value = param.value
    if "example" in value:
        return value["example"], True
    if isinstance(value.get("examples"), dict) and value["examples"]:
        first = next(iter(value["examples"]))
        example = spec.resolve(child(param, "examples", first))
        if isinstance(example.value, dict) and "value" in example.value:
            return example.value["value"], True
    schema = spec.resolve(Resolved(value.get("schema", {}), param.document, param.pointer + "/schema")).value
    if isinstance(schema, dict) and "example" in schema:
        return schema["example"], True
    return None, False


def _body(
    spec: Spec, converter: SchemaConverter, node: Resolved, hint: str, problems: list[Problem]
) -> tuple[str | None, list[Parameter], dict[str, Any], bool] | None:
    """The body's encoding, its parameters (one per property of an object schema, else one for the
    whole body), its example, and whether the spec lets it be left out in so many words."""
    if "requestBody" not in node.value:
        return None, [], {}, False
    body = spec.resolve(child(node, "requestBody"))
    content = body.value.get("content") or {}
    media = pick_media(content)
    if media is None:
        kinds = ", ".join(sorted(content)) or "none"
        problems.append(Problem(Level.WARNING, f"request body media type not supported ({kinds}); operation left out", body.location))
        return None
    media_node = child(body, "content", media)
    body_required = body.value.get("required") is True
    if media not in (FORM, MULTIPART) and not (media == "application/json" or media.endswith("+json")):
        # Sent as it is (TwiML or BXML as XML, audio): one `body` argument, `str` or `bytes`.
        example = media_example(spec, media_node)
        # Text is sent as given; anything else (audio, an image, octet-stream) is a file: bytes, a
        # binary file, a path, or (filename, content[, content type]).
        raw = TypeInfo("text" if raw_kind(media) == "text" else "file")
        usable = example if isinstance(example, str) and raw.kind == "text" else None
        parameter = Parameter("body", "", "body", raw, body_required, f"The request body ({media}).", example=usable, has_example=usable is not None, whole_body=True)
        return media, [parameter], {}, not body_required
    encoding = "form" if media == FORM else "multipart" if media == MULTIPART else "json"
    # The properties the body's schema requires are required arguments unless the spec says in so
    # many words that the body may be left out (`required: false`): a flattened body cannot be
    # "absent" apart from leaving every argument out, and specs leave `required` off a body they
    # always expect (Twilio's: none of 62 bodies say it, 34 schemas require properties), which
    # would make `client.calls.create()` without `to=` type-check and fail at the server.
    properties_required = body_required or "required" not in body.value
    schema_node = Resolved(media_node.value.get("schema", {}), media_node.document, media_node.pointer + "/schema")
    properties, required = converter.properties(schema_node)
    example = media_example(spec, media_node)
    if not properties and encoding == "multipart":
        problems.append(Problem(Level.WARNING, "a multipart body without properties names no parts; operation left out", media_node.location))
        return None
    if not properties:
        body_type = converter.type_of(schema_node, hint + "Body")
        parameter = Parameter("body", "", "body", body_type, body_required, "The request body.", example=example, has_example=example is not None, whole_body=True)
        return encoding, [parameter], {}, not body_required
    parameters = []
    encodings = media_node.value.get("encoding") if isinstance(media_node.value.get("encoding"), dict) else {}
    for wire, prop in properties:
        prop_schema = spec.resolve(prop).value if isinstance(prop.value, dict) else {}
        field_encoding = encodings.get(wire)
        prop_type = converter.type_of(prop, hint + pascal(wire))
        parameters.append(
            Parameter(
                name=wire,
                wire=wire,
                location="body",
                type=prop_type,
                required=properties_required and wire in required,
                description=_description(prop.value) or _description(prop_schema),
                **converter.default_of(prop, prop_type),
                style=_query_style(field_encoding) if encoding == "form" and isinstance(field_encoding, dict) else "",
            )
        )
    return encoding, parameters, example if isinstance(example, dict) else {}, not properties_required


def _response(spec: Spec, converter: SchemaConverter, node: Resolved, hint: str) -> tuple[TypeInfo | None, int, Any, bool, str]:
    """The success response's type, status, example (and whether there is one), and for a response
    that is not JSON the media types it may come as."""
    responses = node.value.get("responses") or {}
    for code in sorted(str(c) for c in responses):
        if not code.startswith("2"):
            continue
        status = int(code) if code.isdigit() else 200
        response = spec.resolve(child(node, "responses", code))
        content = response.value.get("content") or {}
        media = next((m for m in content if m == "application/json" or m.endswith("+json")), None)
        if media is None:
            others = [m for m in content if not m.startswith("multipart/")]
            if not others:
                return None, status, None, False, ""
            # Not JSON (a recording's audio, TwiML, text): the body as it came, `bytes` or `str`.
            kind = "text" if all(raw_kind(m) == "text" for m in others) else "bytes"
            return TypeInfo(kind), status, None, False, ", ".join(others)
        media_node = child(response, "content", media)
        if "schema" not in media_node.value:
            return None, status, None, False, ""
        schema_node = child(media_node, "schema")
        example = media_example(spec, media_node)
        return converter.type_of(schema_node, hint + "Response"), status, example, example is not None, ""
    return None, 200, None, False, ""


def _response_headers(spec: Spec, node: Resolved) -> tuple[str, ...]:
    """The headers the first success response declares, in lower case (`link`, for pagination)."""
    responses = node.value.get("responses") or {}
    for code in sorted(str(c) for c in responses):
        if code.startswith("2"):
            headers = spec.resolve(child(node, "responses", code)).value.get("headers")
            return tuple(sorted(str(name).lower() for name in headers)) if isinstance(headers, dict) else ()
    return ()


def _errors(spec: Spec, converter: SchemaConverter, node: Resolved, hint: str) -> dict[str, TypeInfo]:
    """The models the operation's error responses (4xx, 5xx, `4XX`, `default`) decode into, where it
    documents a JSON object for them: what the client's errors carry as `body`."""
    found: dict[str, TypeInfo] = {}
    responses = node.value.get("responses") or {}
    for code in sorted(str(c) for c in responses):
        if not (code[:1] in ("4", "5") or code == "default"):
            continue
        response = spec.resolve(child(node, "responses", code))
        content = response.value.get("content") if isinstance(response.value.get("content"), dict) else {}
        media = next((m for m in content if m == "application/json" or m.endswith("+json")), None)
        if media is None or not isinstance(content[media], dict) or "schema" not in content[media]:
            continue
        error = converter.type_of(child(response, "content", media, "schema"), hint + "Error")
        if error.kind == "model" and not error.nullable:
            found[code.upper() if code != "default" else code] = error
    return found


def _description(schema: Any) -> str:
    if isinstance(schema, dict) and isinstance(schema.get("description"), str):
        return str(schema["description"]).strip()
    return ""

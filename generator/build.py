"""A validated spec -> the intermediate model (`generator.ir.Api`)."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from generator import conventions, walk
from generator.errors import Level, Problem
from generator.ir import (
    Api,
    ClassRef,
    Credential,
    Model,
    Operation,
    Pagination,
    Parameter,
    Resource,
    ServerVariable,
    TypeInfo,
    Webhook,
    value_checks,
)
from generator.load import Resolved, Spec, join_pointer
from generator.naming import CLASS_RESERVED, attribute, pascal, singular, snake, unique
from generator.schemas import SchemaConverter
from generator.walk import HTTP_METHODS, child

# Keyword arguments every generated method has besides the API's own parameters.
METHOD_RESERVED = frozenset({"self", "locals", "extra_headers", "extra_query", "timeout"})  # `locals`: method bodies call it
_PARAM_SEGMENT = re.compile(r"^\{([^{}]+)\}(\.[A-Za-z0-9]+)?$")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]+$")
_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"
# Conventional method names by HTTP method, best first: with both PATCH and PUT, PUT is `replace`.
_INSTANCE_METHODS = {"GET": ("fetch",), "POST": ("update",), "PATCH": ("update",), "PUT": ("update", "replace"), "DELETE": ("delete",)}
_LIST_METHODS = {"POST": ("create",), "PATCH": ("update",), "PUT": ("update", "replace"), "DELETE": ("delete",)}
_NAMING_ORDER = {"GET": 0, "POST": 1, "PATCH": 2, "PUT": 3, "DELETE": 4}


def build(spec: Spec, package: str) -> Api:
    problems: list[Problem] = []
    converter = SchemaConverter(spec, problems)
    data = spec.data
    info = data.get("info") or {}
    credentials = _credentials(data.get("x-sdkgen") or {}) or _credentials_from_security(data, problems, spec)
    base_url, variables = _server(data)
    walked = list(walk.operations(spec))
    operations = []
    for found in walked:
        operation = _operation(spec, converter, found, credentials, problems, base_url)
        if operation is not None:
            operations.append(operation)
    keys = unique((f"{o.http_method} {o.path}", snake(o.operation_id)) for o in operations)
    for operation in operations:
        operation.key = keys[f"{operation.http_method} {operation.path}"]
    webhooks = _webhooks(spec, converter, walked, problems)
    models = {m.ref: m for m in converter.models.values()}
    for operation in operations:
        operation.pagination = _pagination(operation, models)
    paged = {m.class_name for m in models.values() if _holds_items(m, models)}
    classes = {m.class_name for m in converter.models.values()} | {e.class_name for e in converter.enums.values()}
    resources, hoisted = _resource_tree(operations, credentials, problems, spec, paged, classes, _server_path(base_url, variables))
    placed = {id(o) for r in resources for node in r.walk() for o in node.operations}
    operations = [o for o in operations if id(o) in placed]  # in the spec's order; the tree left the others out, saying why
    return Api(
        package=package,
        title=str(info.get("title") or package),
        description=str(info.get("description") or "").strip(),
        version=str(info.get("version") or "0.0.0"),
        base_url=base_url,
        server_variables=variables,
        credentials=credentials,
        resources=resources,
        hoisted=hoisted,
        models=sorted(converter.models.values(), key=lambda m: m.class_name),
        enums=sorted(converter.enums.values(), key=lambda e: e.class_name),
        operations=operations,
        problems=problems,
        distribution=package.replace("_", "-"),
        webhooks=webhooks,
    )


def _webhooks(spec: Spec, converter: SchemaConverter, walked: list[walk.OperationNode], problems: list[Problem]) -> list[Webhook]:
    """The requests the API sends: 3.1's `webhooks` and each operation's `callbacks`, each with a body
    to decode. One without a body has nothing to decode, and is said so."""
    found: list[tuple[str, str, Resolved]] = []  # (event, method, operation)
    hooks = spec.resolve(spec.at("/webhooks")).value if "webhooks" in spec.data else {}
    for name in hooks if isinstance(hooks, dict) else {}:
        found += _incoming(spec, str(name), spec.resolve(spec.at(join_pointer("webhooks", name))))
    for operation in walked:
        callbacks = operation.value.get("callbacks")
        for name in callbacks if isinstance(callbacks, dict) else {}:
            callback = spec.resolve(child(operation.node, "callbacks", name))
            for expression in callback.value if isinstance(callback.value, dict) else {}:
                found += _incoming(spec, f"{name} {expression}", spec.resolve(child(callback, expression)))
    names = unique((f"{event} {method}", "parse_" + snake(event if sum(e == event for e, _, _ in found) == 1 else f"{event} {method}")) for event, method, _ in found)
    webhooks = []
    for event, method, node in found:
        body = spec.resolve(child(node, "requestBody")) if "requestBody" in node.value else None
        content = body.value.get("content") if body is not None and isinstance(body.value.get("content"), dict) else {}
        media = _pick_media(content)
        if body is None or media is None or media == _MULTIPART or "schema" not in (content.get(media) or {}):
            problems.append(Problem(Level.WARNING, f"webhook {event!r} ({method.upper()}) has no JSON or form body to decode; no function for it", node.location))
            continue
        schema = child(body, "content", media, "schema")
        payload = converter.type_of(schema, pascal(event) + "Payload")
        description = str(node.value.get("summary") or node.value.get("description") or "").strip()
        example = _media_example(spec, child(body, "content", media))
        webhooks.append(Webhook(names[f"{event} {method}"], event, method.upper(), description, payload, media == _FORM, example))
    return webhooks


def _incoming(spec: Spec, event: str, item: Resolved) -> list[tuple[str, str, Resolved]]:
    """(event, method, operation) of each operation of a path item the API calls."""
    if not isinstance(item.value, dict):
        return []
    return [
        (event, method, child(item, method))
        for method in HTTP_METHODS
        if isinstance(item.value.get(method), dict)
    ]




def _pagination(operation: Operation, models: dict[ClassRef, Model]) -> Pagination | None:
    """A GET whose response model holds one list of items and a link to the next page is paged."""
    response = operation.response
    if operation.http_method != "GET" or response is None or response.kind != "model" or response.ref is None:
        return None
    page = models.get(response.ref)
    if page is None:
        return None
    lists = [f for f in page.fields if f.type.kind == "list" and f.type.item is not None]
    link = _next_link(page, models)
    if len(lists) != 1 or link is None:
        return None
    sizes = [p for p in operation.located("query") if snake(p.wire) in conventions.PAGE_SIZE_NAMES and p.type.kind == "int"]
    [items] = lists
    assert items.type.item is not None
    taken = {p.name for p in operation.arguments} | METHOD_RESERVED
    limit = next(name for name in ("limit", "max_items", "max_items_") if name not in taken)
    return Pagination(items.name, items.wire, items.type.item, link[0], link[1], sizes[0] if sizes else None, limit)


def _holds_items(model: Model, models: dict[ClassRef, Model]) -> bool:
    """Whether a response model is a list of things: it holds an array, itself or in a field one
    level down (HAL's `_embedded: {calls: [...]}`). A GET of a collection answering one is `list()`."""
    def has_list(m: Model) -> bool:
        return any(f.type.kind == "list" for f in m.fields)

    inner = (models.get(f.type.ref) for f in model.fields if f.type.kind == "model" and f.type.ref is not None)
    return has_list(model) or any(m is not None and has_list(m) for m in inner)


def _next_link(page: Model, models: dict[ClassRef, Model]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(attributes, wire names) leading from the page to the next page's link: `next_page_uri`, `meta.next_page_url`."""
    for name in conventions.NEXT_LINK_NAMES:
        for f in page.fields:
            if snake(f.wire) == name and f.type.kind == "str":
                return (f.name,), (f.wire,)
    for f in page.fields:
        holder = models.get(f.type.ref) if f.type.kind == "model" and f.type.ref is not None else None
        if holder is not None and snake(f.wire) in conventions.LINK_HOLDER_NAMES:
            inner = _next_link(holder, {})
            if inner is not None:
                return (f.name, *inner[0]), (f.wire, *inner[1])
    return None


def _credentials(extension: dict[str, Any]) -> list[Credential]:
    return [
        Credential(
            name=snake(str(entry.get("name", "credential"))),
            env=entry.get("env"),
            description=str(entry.get("description", "")),
            auth=entry.get("auth"),
            secret=bool(entry.get("secret", False)),
            path_parameter=entry.get("path-parameter"),
            server_variable=entry.get("server-variable"),
        )
        for entry in extension.get("credentials") or []
        if isinstance(entry, dict)
    ]


def _credentials_from_security(data: dict[str, Any], problems: list[Problem], spec: Spec) -> list[Credential]:
    """Without `x-sdkgen`, the client takes what the spec's security needs: the first requirement
    (top-level `security`, else each scheme alone) whose schemes are all supported.

    A basic scheme named `<user>_<password>` (Twilio's `accountSid_authToken`) names the two
    credentials after its halves; a user credential named like a path parameter that scopes most
    paths (`account_sid`, `/Accounts/{AccountSid}/...`) fills it, as `x-sdkgen` would say. API keys
    go in headers or query parameters, several at once if a requirement asks for them (Vonage's
    `api_key` and `api_secret`).
    """
    schemes = (data.get("components") or {}).get("securitySchemes") or {}
    if not isinstance(schemes, dict) or not schemes:
        return []
    requirements = [list(r) for r in data.get("security") or [] if isinstance(r, dict) and r]
    for names in requirements or [[name] for name in schemes]:
        found = _scheme_credentials(data, [(str(n), schemes.get(n)) for n in names])
        if found is not None:
            return found
    problems.append(
        Problem(
            Level.WARNING,
            f"no supported security scheme among {', '.join(map(str, schemes))}: the client sends no credentials",
            spec.root.locate("/components/securitySchemes"),
            hint="sdkgen supports HTTP basic and bearer and API keys in a header or query; or declare them in x-sdkgen",
        )
    )
    return []


def _scheme_credentials(data: dict[str, Any], named: list[tuple[str, Any]]) -> list[Credential] | None:
    """The credentials of one security requirement (its schemes, by name), or None if sdkgen cannot send them."""
    keys = [s for _, s in named if isinstance(s, dict) and s.get("type") == "apiKey" and s.get("in") in ("header", "query") and isinstance(s.get("name"), str)]
    if keys and len(keys) == len(named):
        names = ["api_key"] if len(keys) == 1 else list(unique((s["name"], snake(s["name"])) for s in keys).values())
        where = {"header": "header", "query": "query parameter"}
        return [
            Credential(name, None, f"The API key, sent as the {s['name']} {where[s['in']]}.", f"{s['in']}:{s['name']}", True, None, None)
            for name, s in zip(names, keys, strict=True)
        ]
    if len(named) != 1 or not isinstance(named[0][1], dict):
        return None
    scheme_name, scheme = named[0]
    kind, http = scheme.get("type"), str(scheme.get("scheme", "")).lower()
    if kind == "http" and http == "basic":
        user, password = conventions.basic_credential_names(scheme_name)
        scope = conventions.scope_parameter(data, user)
        return [
            Credential(user, None, "The HTTP Basic user name.", "username", False, scope, None),
            Credential(password, None, "The HTTP Basic password.", "password", True, None, None),
        ]
    if kind == "http" and http == "bearer":
        return [Credential("token", None, "The bearer token.", "bearer", True, None, None)]
    return None


def _server(data: dict[str, Any]) -> tuple[str, list[ServerVariable]]:
    servers = data.get("servers") or [{"url": "/"}]
    server: dict[str, Any] = servers[0] if isinstance(servers[0], dict) else {"url": "/"}
    declared = server.get("variables")
    variables = [
        ServerVariable(str(name), str(v.get("default", "")), str(v.get("description", "")), tuple(str(e) for e in v.get("enum") or ()))
        for name, v in (declared if isinstance(declared, dict) else {}).items()
        if isinstance(v, dict)
    ]
    return str(server.get("url", "/")).rstrip("/"), variables


def _own_server(found: walk.OperationNode, api_url: str) -> str:
    """The URL of the server an operation's (or its path item's) `servers` names, with its variables'
    defaults, where it is not the API's (Vonage serves some paths from rest.nexmo.com, the rest from
    api.nexmo.com); a relative one is read against the API's. "" when it is the API's own."""
    for owner in (found.value, found.item.value):
        if isinstance(owner.get("servers"), list) and owner["servers"]:
            url, variables = _server(owner)
            if url == api_url:  # the API's own, its variables the client's to fill
                return ""
            for variable in variables:
                url = url.replace("{" + variable.name + "}", variable.default)
            return urljoin(api_url + "/", url).rstrip("/") if "://" not in url else url
    return ""


def _server_path(url: str, variables: list[ServerVariable]) -> str:
    """The path of the server URL the client uses by default (`https://api.nexmo.com/v1/calls` ->
    `/v1/calls`), which every operation's path continues; "" when a variable without a default
    leaves it unknown."""
    for variable in variables:
        url = url.replace("{" + variable.name + "}", variable.default)
    path = urlsplit(url).path if "://" in url else url
    return "" if "{" in path else path.rstrip("/")


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
    return Operation(
        operation_id=operation_id,
        http_method=method.upper(),
        method_name="",  # decided with the resource tree, where names can collide
        path=path,
        summary=str(op.get("summary") or "").strip(),
        description=str(op.get("description") or "").strip(),
        parameters=parameters,
        body_encoding=encoding,
        response=response,
        creates=False,
        body_optional=body_optional,
        deprecated=op.get("deprecated") is True,
        tag=str((op.get("tags") or [""])[0]),
        request_example=request_example,
        response_example=example,
        has_response_example=has_example,
        response_status=status,
        accept=accept,
        server=_own_server(found, api_url),
    )


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
    media = _pick_media(content)
    if media is None:
        kinds = ", ".join(sorted(content)) or "none"
        problems.append(Problem(Level.WARNING, f"request body media type not supported ({kinds}); operation left out", body.location))
        return None
    media_node = child(body, "content", media)
    body_required = body.value.get("required") is True
    if media not in (_FORM, _MULTIPART) and not (media == "application/json" or media.endswith("+json")):
        # Sent as it is (TwiML or BXML as XML, audio): one `body` argument, `str` or `bytes`.
        example = _media_example(spec, media_node)
        # Text is sent as given; anything else (audio, an image, octet-stream) is a file: bytes, a
        # binary file, a path, or (filename, content[, content type]).
        raw = TypeInfo("text" if _raw_kind(media) == "text" else "file")
        usable = example if isinstance(example, str) and raw.kind == "text" else None
        parameter = Parameter("body", "", "body", raw, body_required, f"The request body ({media}).", example=usable, has_example=usable is not None, whole_body=True)
        return media, [parameter], {}, not body_required
    encoding = "form" if media == _FORM else "multipart" if media == _MULTIPART else "json"
    # The properties the body's schema requires are required arguments unless the spec says in so
    # many words that the body may be left out (`required: false`): a flattened body cannot be
    # "absent" apart from leaving every argument out, and specs leave `required` off a body they
    # always expect (Twilio's: none of 62 bodies say it, 34 schemas require properties), which
    # would make `client.calls.create()` without `to=` type-check and fail at the server.
    properties_required = body_required or "required" not in body.value
    schema_node = Resolved(media_node.value.get("schema", {}), media_node.document, media_node.pointer + "/schema")
    properties, required = converter.properties(schema_node)
    example = _media_example(spec, media_node)
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
                description=_text(prop.value) or _text(prop_schema),
                **converter.default_of(prop, prop_type),
                style=_query_style(field_encoding) if encoding == "form" and isinstance(field_encoding, dict) else "",
            )
        )
    return encoding, parameters, example if isinstance(example, dict) else {}, not properties_required


def _pick_media(content: dict[str, Any]) -> str | None:
    """The body's media type: a form, else JSON, else a multipart form (files among fields), else one
    sent as it is (XML, audio: see `_raw_kind`)."""
    if _FORM in content:
        return _FORM
    for media in content:
        if media == "application/json" or media.endswith("+json"):
            return media
    if _MULTIPART in content:
        return _MULTIPART
    return next((m for m in content if not m.startswith("multipart/")), None)


def _raw_kind(media: str) -> str:
    """How a body that is neither JSON nor a form is typed: text (`str`) or anything else (`bytes`)."""
    text = media.startswith("text/") or media.endswith(("/xml", "+xml")) or media in ("application/javascript", "application/sql")
    return "text" if text else "bytes"


def _media_example(spec: Spec, media: Resolved) -> Any:
    """A media type's example: its `example`, its first `examples` entry, else its schema's `example`
    or first of 3.1's `examples`. An object or array written as JSON text (`example: '{"a": 1}'`, as
    specs converted from other formats do) is read as the JSON it holds."""
    schema = spec.resolve(Resolved(media.value.get("schema", {}), media.document, media.pointer + "/schema")).value
    if "example" in media.value:
        return _as_json(media.value["example"], schema)
    examples = media.value.get("examples")
    if isinstance(examples, dict) and examples:
        first = next(iter(examples))
        example = spec.resolve(child(media, "examples", first))
        if isinstance(example.value, dict):
            return _as_json(example.value.get("value"), schema)
    if not isinstance(schema, dict):
        return None
    if "example" in schema:
        return _as_json(schema["example"], schema)
    listed = schema.get("examples")
    return _as_json(listed[0], schema) if isinstance(listed, list) and listed else None


def _as_json(example: Any, schema: Any) -> Any:
    """`example`, or the object or array it holds as JSON text where the schema says it is one."""
    structured = isinstance(schema, dict) and (schema.get("type") in ("object", "array") or "properties" in schema or "items" in schema)
    if isinstance(example, str) and structured and example.lstrip()[:1] in ("{", "["):
        try:
            return json.loads(example)
        except ValueError:
            return example
    return example


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
            kind = "text" if all(_raw_kind(m) == "text" for m in others) else "bytes"
            return TypeInfo(kind), status, None, False, ", ".join(others)
        media_node = child(response, "content", media)
        if "schema" not in media_node.value:
            return None, status, None, False, ""
        schema_node = child(media_node, "schema")
        example = _media_example(spec, media_node)
        return converter.type_of(schema_node, hint + "Response"), status, example, example is not None, ""
    return None, 200, None, False, ""


def _text(schema: Any) -> str:
    if isinstance(schema, dict) and isinstance(schema.get("description"), str):
        return str(schema["description"]).strip()
    return ""


# --- the resource tree -------------------------------------------------------------------------


def _segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s]


def _rooted(server_path: str, path: str) -> str:
    """The path a resource chain is read from: the spec's path, or where it starts with an id or is
    the root, the server URL's last segment before it (`.../v1/calls` + `/{uuid}`: client.calls(uuid)),
    which names the collection the spec's paths are below."""
    segments = _segments(path)
    server = _segments(server_path)
    if server and (not segments or "{" in segments[0]):
        segments = server[-1:] + segments
    return "/" + "/".join(segments)


def version_prefix(path: str) -> int:
    """How many leading segments of `path` say where the API and its version live rather than name a
    resource: through the last version among its leading static segments (`/2010-04-01/Accounts`,
    `/api/v1/calls`, `/v1/customers`), when a segment follows. Decided by the path alone, never by
    the other paths of the spec: a new path must not move the methods of the others."""
    segments = _segments(path)
    statics = 0
    while statics < len(segments) - 1 and "{" not in segments[statics]:
        statics += 1
    versions = [index for index in range(statics) if conventions.VERSION_SEGMENT.fullmatch(segments[index])]
    return versions[-1] + 1 if versions else 0


def common_prefix(paths: list[str]) -> int:
    """How many leading static segments every path shares before its first collection."""
    prefixes = []
    for path in paths:
        segments = _segments(path)
        statics = []
        for index, segment in enumerate(segments):
            if "{" in segment or index + 1 >= len(segments) or "{" in segments[index + 1]:
                break
            statics.append(segment)
        prefixes.append(statics)
    if not prefixes:
        return 0
    count = 0
    for column in zip(*prefixes):
        if len(set(column)) != 1:
            break
        count += 1
    return count


class _TreeBuilder:
    def __init__(self, credentials: list[Credential], problems: list[Problem], spec: Spec) -> None:
        self.roots: dict[str, Resource] = {}
        self.credential_params = {c.path_parameter for c in credentials if c.path_parameter}
        self.problems = problems
        self.spec = spec

    def add(self, operation: Operation, path: str, prefix: int) -> None:
        """Place `operation` by `path` (its own, after the server URL's), past `prefix` segments."""
        segments = _segments(path)[prefix:]
        parent: Resource | None = None
        slot = index = 0
        with_id = False
        via_id = False
        while index < len(segments):
            segment = segments[index]
            if "{" not in segment:
                last = index == len(segments) - 1
                parent = self._child(parent, _EXTENSION.sub("", segment) if last else segment, slot, via_id)
                index += 1
            elif parent is None and _PARAM_SEGMENT.match(segment):
                # A path that starts with an id (`/{tenant}/calls`): the id names what it picks,
                # `client.tenant("acme").calls`; the segment stays `{tenant}`, so it is never taken
                # for a collection the spec names `tenant`.
                parent = self._child(None, _EXTENSION.sub("", segment), slot, via_id)
            else:  # text and an id in one segment (`calls-{date}`): no collection to hang it on
                self._skip(operation, f"path segment {segment!r} does not follow a collection name")
                return
            # The ids after the collection: usually one (`Calls/{Sid}`), sometimes more (`repos/{owner}/{repo}`).
            ids: list[Parameter] = []
            while index < len(segments) and (match := _PARAM_SEGMENT.match(segments[index])):
                param = next((p for p in operation.path_parameters if p.wire == match.group(1)), None)
                if param is None:
                    self._skip(operation, f"path parameter {match.group(1)!r} is not declared")
                    return
                ids.append(param)
                index += 1
            with_id = bool(ids)
            if ids:
                if parent.takes_id and parent.id_count < len(ids):
                    # More ids than other paths give the collection (`/dictionaries/{id}/{version}/download`
                    # beside `/dictionaries/{id}`): the rest are the method's arguments,
                    # client.dictionaries(id).download.fetch(version=...).
                    for extra in ids[parent.id_count :]:
                        extra.slot = None
                    ids = ids[: parent.id_count]
                elif parent.takes_id and parent.id_count != len(ids):
                    self._skip(operation, f"`{parent.segment}` is followed by {len(ids)} id(s) here but {parent.id_count} in another path")
                    return
                for param in ids:
                    param.slot = slot
                    slot += 1
                # The id's argument is named as the path names it; where paths differ (`Calls/{Sid}`,
                # `Calls/{CallSid}/Recordings`), as the paths ending in it do.
                ends_here = index == len(segments)
                if not parent.takes_id or (ends_here and not parent.id_named_at_end):
                    parent.id_argument = ids[0].name
                    parent.id_named_at_end = ends_here
                parent.takes_id = True
                parent.id_count = len(ids)
                if len(ids) > 1:
                    parent.id_arguments = tuple(p.name for p in ids)
                parent.id_description = parent.id_description or ids[0].description
            via_id = with_id
        if parent is None:
            self._skip(operation, "the path has no collection segment")
            return
        (parent.context_operations if with_id else parent.list_operations).append(operation)

    def _child(self, parent: Resource | None, segment: str, slot: int, via_id: bool) -> Resource:
        if parent is None:
            siblings = self.roots
        else:
            siblings = {c.segment: c for c in (parent.children if via_id else parent.list_children)}
        if segment in siblings:
            return siblings[segment]
        # Segments that differ only by `-` and `_` (`get_signed_url`, `get-signed-url`) stay distinct.
        taken = {c.attribute for c in siblings.values()}
        name = candidate = snake(segment, reserved=METHOD_RESERVED)
        n = 1
        while name in taken:
            n += 1
            name = f"{candidate}_{n}"
        child = Resource(
            attribute=name,
            segment=segment,
            list_class="",
            context_class=None,
            module="",
            slot=slot,
            parent=parent,
            via_id=via_id,
        )
        if parent is None:
            self.roots[segment] = child
        else:
            (parent.children if via_id else parent.list_children).append(child)
        return child

    def _skip(self, operation: Operation, why: str) -> None:
        where = self.spec.root.locate(join_pointer("paths", operation.path))
        self.problems.append(Problem(Level.WARNING, f"{operation.operation_id}: {why}; operation left out", where))


def _resource_tree(
    operations: list[Operation],
    credentials: list[Credential],
    problems: list[Problem],
    spec: Spec,
    paged: set[str],
    classes: set[str],
    server_path: str = "",
) -> tuple[list[Resource], list[Resource]]:
    builder = _TreeBuilder(credentials, problems, spec)
    # Each path alone decides where its chain starts, so that adding a path never moves another's.
    for operation in sorted(operations, key=lambda o: (o.path, o.http_method)):
        path = _rooted(server_path, operation.path)
        builder.add(operation, path, version_prefix(path))
    roots = sorted(builder.roots.values(), key=lambda r: r.segment)
    hoisted = []
    taken = {r.attribute for r in roots}
    for root in roots:
        if root.takes_id and _id_is_credential(root, builder.credential_params):
            for below in sorted(root.children, key=lambda r: r.segment):
                if below.attribute not in taken:
                    hoisted.append(below)
                    taken.add(below.attribute)
    for root in roots:
        _fold_actions(root)
    _name_classes(roots, builder.credential_params, classes | CLASS_RESERVED)
    for resource in [r for root in roots for r in root.walk()]:
        _check_ids_on_access(resource)
    for resource in [r for root in roots for r in root.walk()]:
        _name_methods(resource, paged)
        _mark_creates(resource)
    return roots, hoisted


def _fold_actions(resource: Resource) -> None:
    """An action path reads as a verb on what it acts on: `POST /shipments/{id}/cancel` is
    client.shipments(id).cancel(...), `POST /calls/{id}/actions/answer` client.calls(id).actions.answer().
    An action is a segment with one operation, a POST, nothing below it, and a name that is no plural
    noun (a plural is a collection that is created in: client.calls(id).recordings.create())."""
    for below in list(resource.children) + list(resource.list_children):
        _fold_actions(below)
        ops = below.list_operations
        segment = _EXTENSION.sub("", below.segment)
        if below.children or below.list_children or below.takes_id or len(ops) != 1 or ops[0].http_method != "POST":
            continue
        if singular(segment) != segment or not segment.isidentifier() and not segment.replace("-", "_").isidentifier():
            continue
        siblings = resource.children if below.via_id else resource.list_children
        siblings.remove(below)
        ops[0].action = below.attribute
        (resource.context_operations if below.via_id else resource.list_operations).append(ops[0])


def _check_ids_on_access(resource: Resource) -> None:
    """Check the id where `resource(id)` takes it, if each operation under the context would check it
    alike (a pattern, format, length or range; nothing else sets a path id's checks). An id every
    operation types as an integer is taken as an `int`."""
    if not resource.takes_id or resource.id_count != 1:
        return
    under = resource.context_operations + [o for child in resource.children for o in _all_operations(child)]
    ids = [p for o in under for p in o.path_parameters if p.slot == resource.slot]
    if not ids or len(ids) != len(under):
        return
    if all(p.type.kind == "int" for p in ids):
        resource.id_annotation = "int"
    checks = value_checks(ids[0].type, "", "")
    if not checks or any(value_checks(p.type, "", "") != checks for p in ids):
        return
    resource.id_type = ids[0].type
    for p in ids:
        p.checked_as = resource.id_argument


def _id_is_credential(resource: Resource, credential_params: set[str]) -> bool:
    if resource.id_count != 1:
        return False
    return any(p.wire in credential_params for o in _all_operations(resource) for p in o.path_parameters if p.slot == resource.slot)


def _all_operations(resource: Resource) -> list[Operation]:
    return [o for r in resource.walk() for o in r.operations]


def _name_classes(roots: list[Resource], credential_params: set[str], other_classes: set[str]) -> None:
    """Name each resource's classes (`CallList`, `CallContext`, their Async twins), unlike each other
    and unlike `other_classes` (models and enums, which resource modules import, and reserved names)."""
    taken: set[str] = set()
    for resource in [r for root in roots for r in root.walk()]:
        chain = resource.chain
        if len(chain) > 1 and _id_is_credential(chain[0], credential_params):
            chain = chain[1:]  # `Accounts/{AccountSid}/Calls` reads as Calls: the account is implied
        words = [pascal(singular(r.segment)) for r in chain[:-1]] + [pascal(resource.segment)]
        base = "".join(words)
        stem = "".join(pascal(singular(r.segment)) for r in chain)
        candidate, n = stem, 1
        while candidate in taken or any(f"{a}{candidate}{b}" in other_classes for a in ("", "Async") for b in ("List", "Context")):
            n += 1
            candidate = f"{stem}{n}"
        taken.add(candidate)
        resource.list_class = f"{candidate}List"
        resource.context_class = f"{candidate}Context" if resource.takes_id else None
        resource.module = "resources." + snake(base if n == 1 else candidate, prefix="resource")


def _name_methods(resource: Resource, paged: set[str]) -> None:
    for operations, table, is_list, children in (
        (resource.list_operations, _LIST_METHODS, True, resource.list_children),
        (resource.context_operations, _INSTANCE_METHODS, False, resource.children),
    ):
        taken = {c.attribute for c in children}
        for operation in sorted(operations, key=lambda o: (_NAMING_ORDER.get(o.http_method, 9), o.operation_id)):
            conventional = (operation.action,) if operation.action else _conventional_names(operation, table, is_list, paged)
            candidates = [n for n in conventional if n not in taken]
            name = candidates[0] if candidates else snake(operation.operation_id, reserved=METHOD_RESERVED)
            while name in taken:
                name += "_"
            taken.add(name)
            operation.method_name = name


def _mark_creates(resource: Resource) -> None:
    """Which operations create something, and so are never sent twice once the server may have seen
    them (see the runtime's retries): a POST to a collection, or an action (cancel, capture), which is
    no more safe to repeat."""
    for operation in resource.list_operations + resource.context_operations:
        is_list = operation in resource.list_operations
        operation.creates = (is_list or bool(operation.action)) and operation.http_method == "POST"


def _conventional_names(operation: Operation, table: dict[str, tuple[str, ...]], is_list: bool, paged: set[str]) -> tuple[str, ...]:
    if is_list and operation.http_method == "GET":
        response = operation.response
        is_page = response is not None and (
            response.kind == "list" or (response.kind == "model" and response.ref is not None and response.ref.name in paged)
        )
        return ("list",) if is_page else ("fetch",)
    return table.get(operation.http_method, ())

"""The intermediate model: plain typed Python the templates print from, with every name decided.

Built by `generator.build` from a validated spec; nothing here knows about YAML or Jinja.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from generator.errors import Problem
from generator.pycode import call, literal

PRIMITIVE_ANNOTATIONS = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "any": "Any",
    "datetime": "datetime.datetime",
    "rfc2822": "datetime.datetime",
    "date": "datetime.date",
    "bytes": "bytes",  # a whole body that is not JSON (audio, an image, a file) ...
    "text": "str",  # ... or text (XML, plain text): read and sent as it is
    "none": "None",  # `enum: [null]`, `type: "null"`: only null
    "file": "bytes",  # `format: binary`: a file, uploaded in a multipart body (see `input_annotation`)
}
PRIMITIVE_CODECS = {
    "str": "STR",
    "int": "INT",
    "float": "FLOAT",
    "bool": "BOOL",
    "any": "ANY",
    "datetime": "ISO_DATETIME",
    "rfc2822": "RFC2822_DATETIME",
    "date": "ISO_DATE",
    "bytes": "BYTES",
    "text": "TEXT",
    "none": "ANY",
    "file": "ANY",
}  # the `_codecs` constant of each primitive kind


@dataclass(frozen=True)
class ClassRef:
    """A generated class: its name and the module (relative to the package) that defines it."""

    name: str
    module: str  # e.g. "models.call_recording"


@dataclass(frozen=True)
class TypeInfo:
    """The Python type of a schema, and what validates, decodes and encodes it."""

    kind: str  # a PRIMITIVE_ANNOTATIONS key, "enum", "literal" (an enum of mixed types), "model", "list", "dict" or "union"
    nullable: bool = False
    item: TypeInfo | None = None  # the element type of a list or dict
    options: tuple[TypeInfo, ...] = ()  # a union's models (`oneOf` / `anyOf`)
    ref: ClassRef | None = None  # the class of an enum or model
    enum_values: tuple[Any, ...] = ()
    pattern: str | None = None
    format: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None

    @property
    def annotation(self) -> str:
        """The type of a decoded value, e.g. `list[CallRecording] | None`."""
        base = self._base_annotation()
        return f"{base} | None" if self.nullable else base

    def _base_annotation(self) -> str:
        if self.kind in ("enum", "model"):
            assert self.ref is not None
            return self.ref.name
        if self.kind == "list":
            assert self.item is not None
            return f"list[{self.item.annotation}]"
        if self.kind == "dict":
            assert self.item is not None
            return f"dict[str, {self.item.annotation}]"
        if self.kind == "union":
            return " | ".join(o.annotation for o in self.options)
        if self.kind == "literal":
            return f"Literal[{', '.join(literal(v) for v in self.enum_values)}]"
        return PRIMITIVE_ANNOTATIONS[self.kind]

    @property
    def input_annotation(self) -> str:
        """What a request parameter accepts: an enum takes its members or their literal values."""
        if self.kind == "enum":
            assert self.ref is not None
            values = ", ".join(literal(v) for v in self.enum_values)
            base = f"{self.ref.name} | Literal[{values}]"
        elif self.kind == "list":
            assert self.item is not None
            base = f"Sequence[{self.item.input_annotation}]"
        elif self.kind == "dict":
            assert self.item is not None
            base = f"Mapping[str, {self.item.input_annotation}]"
        elif self.kind == "union":
            base = " | ".join(o.input_annotation for o in self.options)
        elif self.kind == "file":
            base = "FileInput"  # bytes, a binary file, a path, or (filename, content[, content type])
        else:
            base = self._base_annotation()
        return f"{base} | None" if self.nullable else base

    @property
    def codec_data(self) -> Any:
        """The codec that decodes wire values into this type and encodes them back, as data: the name of
        a `_codecs` constant, or `[kind, ...]` (List, Dict, Nullable, Model, Enum) as the runtime's
        `_codecs.described` reads it (Union: of models)."""
        if self.kind in ("enum", "model"):
            assert self.ref is not None
            base: Any = ["Enum" if self.kind == "enum" else "Model", self.ref.module, self.ref.name]
        elif self.kind in ("list", "dict"):
            assert self.item is not None
            base = ["List" if self.kind == "list" else "Dict", self.item.codec_data]
        elif self.kind == "union":
            base = ["Union", [o.codec_data for o in self.options]]
        elif self.kind == "literal":
            base = "ANY"
        else:
            base = PRIMITIVE_CODECS[self.kind]
        return ["Nullable", base] if self.nullable else base

    @property
    def codec_code(self) -> str:
        """`codec_data` as the Python expression a resource module or the webhooks module writes, naming
        generated classes themselves (found on first use) so that the type checker holds it to
        `annotation`: `_codecs.Nullable(_codecs.List(_codecs.Model(lambda: models.CallRecording)))`."""
        if self.kind in ("enum", "model"):
            assert self.ref is not None
            package = self.ref.module.split(".")[0]  # imported as a whole, its classes on first use
            base = f"_codecs.{'Enum' if self.kind == 'enum' else 'Model'}(lambda: {package}.{self.ref.name})"
        elif self.kind in ("list", "dict"):
            assert self.item is not None
            base = f"_codecs.{'List' if self.kind == 'list' else 'Dict'}({self.item.codec_code})"
        elif self.kind == "union":
            base = f"_codecs.Union([{', '.join(o.codec_code for o in self.options)}])"
        elif self.kind == "literal":
            base = "_codecs.ANY"
        else:
            base = f"_codecs.{PRIMITIVE_CODECS[self.kind]}"
        return f"_codecs.Nullable({base})" if self.nullable else base

    @property
    def codec_typed(self) -> bool:
        """Whether the type checker reads `annotation` from `codec_code` itself: not where a union, a
        literal or an untyped value makes the codec's values `Any` (the declaring code then says it)."""
        if self.kind in ("list", "dict"):
            assert self.item is not None
            return self.item.codec_typed
        return self.kind not in ("union", "literal", "any", "none", "file")

    @property
    def value_codec_data(self) -> Any:
        """`codec_data` of a value that is not None: a model field's (models pass None through themselves)."""
        return replace(self, nullable=False).codec_data if self.nullable else self.codec_data

    def accepts(self, value: Any) -> bool:
        """Whether `value` (JSON, as a spec writes a default) is one of this type's values. Real specs
        write defaults their own schema rejects (`null` on an integer, `''` as a URI): those say nothing."""
        if value is None:
            return self.nullable or self.kind in ("none", "any")
        if self.kind in ("enum", "literal"):
            return any(type(v) is type(value) and v == value for v in self.enum_values)
        if self.kind == "union":
            return any(o.accepts(value) for o in self.options)
        if self.kind == "list":
            return isinstance(value, list) and (self.item is None or all(self.item.accepts(v) for v in value))
        if self.kind in ("dict", "model"):
            return isinstance(value, dict)
        if self.kind in ("int", "float"):
            number = isinstance(value, int) if self.kind == "int" else isinstance(value, (int, float))
            return number and not isinstance(value, bool) and _in_range(value, self.minimum, self.maximum)
        if self.kind == "bool":
            return isinstance(value, bool)
        if self.kind in ("str", "text", "datetime", "rfc2822", "date"):
            return isinstance(value, str) and _text_fits(self, value)
        return self.kind in ("any", "file", "bytes")

    def refs(self) -> set[ClassRef]:
        """Every generated class this type names."""
        found = {self.ref} if self.ref else set()
        if self.item:
            found |= self.item.refs()
        for option in self.options:
            found |= option.refs()
        return found

    def uses(self, kind: str) -> bool:
        return self.kind == kind or bool(self.item and self.item.uses(kind)) or any(o.uses(kind) for o in self.options)


def _in_range(value: float, low: float | None, high: float | None) -> bool:
    return (low is None or value >= low) and (high is None or value <= high)


def _text_fits(t: TypeInfo, value: str) -> bool:
    import datetime
    import re

    if (t.min_length is not None and len(value) < t.min_length) or (t.max_length is not None and len(value) > t.max_length):
        return False
    try:
        if t.pattern is not None and re.search(t.pattern, value) is None:
            return False
        if t.kind == "datetime":
            datetime.datetime.fromisoformat(value)
        elif t.kind == "date":
            datetime.date.fromisoformat(value)
    except (re.error, ValueError):
        return t.kind == "str"  # a pattern Python cannot read says nothing against the value
    if t.format in ("uri", "url"):
        from rfc3986_validator import validate_rfc3986

        return bool(validate_rfc3986(value, rule="URI"))
    return True


@dataclass
class Field:
    name: str
    wire: str
    type: TypeInfo
    required: bool
    description: str = ""
    default: Any = None
    has_default: bool = False


@dataclass
class Model:
    ref: ClassRef
    description: str
    fields: list[Field]

    @property
    def class_name(self) -> str:
        return self.ref.name


@dataclass
class EnumMember:
    name: str
    value: Any

    @property
    def value_literal(self) -> str:
        return literal(self.value)


@dataclass
class Enum:
    ref: ClassRef
    description: str
    value_type: str  # "str" or "int"
    members: list[EnumMember]

    @property
    def class_name(self) -> str:
        return self.ref.name


@dataclass
class Parameter:
    name: str  # the Python keyword argument
    wire: str  # the name sent on the wire
    location: str  # "path", "query", "header", "cookie" or "body"
    type: TypeInfo
    required: bool
    description: str = ""
    default: Any = None
    has_default: bool = False
    example: Any = None
    has_example: bool = False
    slot: int | None = None  # for path parameters: the position of its id in the resource chain (None: a method argument)
    credential: str | None = None  # for path parameters a credential fills by default
    style: str = ""  # a query parameter not form-exploded: "deep", "comma", "space" or "pipe" (see the runtime's RequestOptions)
    whole_body: bool = False  # the request body passed whole (its wire name is ""), not one of its properties
    checked_as: str | None = None  # a path id its resource's accessor checks: the accessor's argument (see Resource.id_type)

    def checks(self, value: str) -> list[str]:
        """Runtime calls that reject an invalid value (the Python expression `value`) before any request
        is sent, naming the argument. Each passes over a value that was not given."""
        return value_checks(self.type, self.name, value)


def value_checks(t: TypeInfo, name: str, value: str) -> list[str]:
    """`Parameter.checks` of a value of type `t` named `name`."""
    return [call(f"_validation.{kind}", literal(name), value, *map(literal, more)) for kind, *more in check_data(t)]


# The Python type a value of each kind must have before it is sent (see the runtime's Endpoint):
# what is not checked this way (an enum, a union, a file, anything) is checked by its values or not at all.
_SENT_AS = {"str": "str", "text": "str", "int": "int", "float": "float", "bool": "bool", "datetime": "datetime"}
_SENT_AS |= {"rfc2822": "datetime", "date": "date", "list": "list", "dict": "dict", "model": "model"}


def type_check(t: TypeInfo) -> str | None:
    """The runtime's name of the Python type an argument of type `t` must have (`int`; `int?` when
    None is one of its values too), or None when its type is not checked by its class."""
    kind = _SENT_AS.get(t.kind)
    return None if kind is None else kind + ("?" if t.nullable else "")


def check_data(t: TypeInfo) -> list[tuple[Any, ...]]:
    """The runtime checks of a value of type `t`: (function of `_validation`, its further arguments)."""
    found: list[tuple[Any, ...]] = []
    if t.kind == "enum":
        found.append(("one_of", tuple(t.enum_values)))
    if t.pattern is not None:
        found.append(("pattern", t.pattern))
    if t.format == "uuid":
        found.append(("uuid",))
    if t.min_length is not None or t.max_length is not None:
        found.append(("length", t.min_length, t.max_length))
    if t.minimum is not None or t.maximum is not None:
        found.append(("between", t.minimum, t.maximum))
    return found


@dataclass(frozen=True)
class Pagination:
    """How the pages of a list operation link up, read from its response model."""

    items: str  # the page model's attribute holding the items, e.g. "calls"
    items_wire: str
    item: TypeInfo  # the type of one item
    next_link: tuple[str, ...]  # attributes leading to the next page's URL or URI, e.g. ("meta", "next_page_url")
    next_link_wire: tuple[str, ...]
    page_size: Parameter | None  # the argument that sets how many items a page holds
    limit: str = "limit"  # the iterator's own argument capping the items (another name if the API has `limit`)
    # Cursor paging, where no link is given (next_link empty): the query parameter the next page's
    # request sends (`starting_after`, `cursor`), and its value: the page's attributes leading to it
    # (`next_cursor`), or the last item's attribute (`id`) while the page's `more` flag (`has_more`) holds.
    cursor_param: str = ""
    cursor_from: tuple[str, ...] = ()
    cursor_item: str = ""
    more: str = ""
    cursor_from_wire: tuple[str, ...] = ()  # the same as the API writes them (for the generated tests)
    more_wire: str = ""
    # The next page's link is the response's RFC 8288 `Link: <...>; rel="next"` header (the success
    # response declares a Link header); `items` is then "" when the body itself is the list.
    link_header: bool = False
    # Page-number or offset paging, where nothing links the pages: the query parameter sent again
    # one page on (`page`, `offset`), its kind ("page" or "offset") and the API's first value, and
    # the page's attributes leading to its totals: of items (`total`, `meta.total_count`) and pages.
    offset_param: str = ""
    offset_kind: str = ""
    offset_first: int = 0
    total: tuple[str, ...] = ()
    pages: tuple[str, ...] = ()
    total_wire: tuple[str, ...] = ()
    pages_wire: tuple[str, ...] = ()


@dataclass
class Operation:
    operation_id: str
    http_method: str  # "GET", "POST", ...
    path: str  # the path template as written in the spec, e.g. "/Accounts/{AccountSid}/Calls/{Sid}"
    summary: str
    description: str
    parameters: list[Parameter]
    body_encoding: str | None  # "form", "json", "multipart", the media type of a body sent as it is (XML, audio), or None
    response: TypeInfo | None
    body_optional: bool = False  # the body may be left out (see build.operations.body): nothing given, nothing sent
    deprecated: bool = False
    tag: str = ""
    request_example: dict[str, Any] = field(default_factory=dict)
    response_example: Any = None
    has_response_example: bool = False
    response_status: int = 200
    accept: str = ""  # the media types of a response that is not JSON (sent as Accept), else ""
    response_headers: tuple[str, ...] = ()  # the headers the success response declares, in lower case
    pagination: Pagination | None = None
    server: str = ""  # the operation's own server URL (its or its path item's `servers`), where it is not the API's
    # Whether sending it twice does what sending it once does (see build.operations.idempotent): if
    # not, it is never resent once the server may have seen it.
    idempotent: bool = True
    idempotency_key: str = ""  # the wire name of its idempotency-key header, if it declares one
    # The models its error responses decode into, by status as the spec writes it ("404", "4XX", "default").
    errors: dict[str, TypeInfo] = field(default_factory=dict)
    key: str = ""  # the operationId in snake case, unique in the API (specs repeat operationIds): tests' names
    method_name: str = ""  # the method name the spec asks for (`x-sdkgen-name`), else ""

    @property
    def raw_body_media(self) -> str | None:
        """The media type of a body sent as it is (neither JSON nor a form), else None."""
        return self.body_encoding if self.body_encoding not in (None, "form", "json", "multipart") else None

    @property
    def arguments(self) -> list[Parameter]:
        """The keyword arguments of the generated method: required first, each in spec order."""
        args = [p for p in self.parameters if p.location != "path" or p.slot is None]
        return [p for p in args if p.required] + [p for p in args if not p.required]

    @property
    def path_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "path"]

    def located(self, location: str) -> list[Parameter]:
        return [p for p in self.parameters if p.location == location]


@dataclass(frozen=True, eq=False)
class Method:
    """An operation as a method of its resource's list or context class (`client.calls.create`)."""

    name: str  # e.g. "create", unique in its class
    operation: Operation


@dataclass
class Resource:
    """One collection segment of the paths, e.g. `Calls` in `/Accounts/{AccountSid}/Calls/{Sid}.json`.

    `client.calls` is its list object; `client.calls("CA...")` its context, when it takes an id.
    """

    attribute: str  # the accessor on the parent, e.g. "calls"
    segment: str  # the path segment, e.g. "Calls"
    list_class: str
    context_class: str | None  # named with the list class; None when the segment takes no id after it
    module: str  # e.g. "resources.calls"
    id_argument: str = "sid"  # the path parameter's name (see build.tree.TreeBuilder.add)
    id_named_at_end: bool = False  # id_argument comes from a path that ends with the id
    id_count: int = 1  # how many ids `list(...)` takes: `repos/{owner}/{repo}` takes two
    id_arguments: tuple[str, ...] = ()  # their argument names when there are several
    slot: int = 0  # the position of this resource's id among the chain's ids
    list_methods: list[Method] = field(default_factory=list)  # `client.calls.create()`
    context_methods: list[Method] = field(default_factory=list)  # `client.calls(id).fetch()`
    children: list[Resource] = field(default_factory=list)  # accessors on the context: `calls(id).x`
    list_children: list[Resource] = field(default_factory=list)  # accessors on the list: `calls.x`
    parent: Resource | None = field(default=None, repr=False)
    via_id: bool = True  # reached through the parent's id (its context), not its list
    id_description: str = ""
    # What `list(id)` checks of the id, when every operation under its context checks the same: then
    # a bad id fails where it is given, and once, instead of in each operation's endpoint.
    id_type: TypeInfo | None = None
    id_annotation: str = "str"  # what `list(id)` takes: "int" when every operation under it has an integer id
    takes_id: bool = False  # some path gives an id after the segment: `client.calls(id)` exists

    @property
    def chain(self) -> list[Resource]:
        node: Resource | None = self
        chain = []
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    @property
    def methods(self) -> list[Method]:
        return self.list_methods + self.context_methods

    @property
    def operations(self) -> list[Operation]:
        return [m.operation for m in self.methods]

    def walk(self) -> list[Resource]:
        found = [self]
        for child in self.list_children + self.children:
            found += child.walk()
        return found


@dataclass
class Credential:
    name: str  # the Client keyword argument, e.g. "account_sid"
    env: str | None
    description: str
    auth: str | None  # "username", "password", "bearer", "header:<name>", "query:<name>" (API keys) or None
    secret: bool
    path_parameter: str | None
    server_variable: str | None


@dataclass(frozen=True)
class Auth:
    """How the client authenticates with its credentials (by their names): HTTP Basic (`username`
    and `password`), else a bearer token, else API keys in headers and query parameters (wire name
    -> credential). Nothing of these: no auth."""

    username: str | None = None
    password: str | None = None
    bearer: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    query: tuple[tuple[str, str], ...] = ()

    @staticmethod
    def of(credentials: list[Credential]) -> Auth:
        def role(name: str) -> str | None:
            return next((c.name for c in credentials if c.auth == name), None)

        def keys(place: str) -> tuple[tuple[str, str], ...]:
            return tuple((c.auth.split(":", 1)[1], c.name) for c in credentials if c.auth and c.auth.startswith(f"{place}:"))

        username, password = role("username"), role("password")
        if username and password:
            return Auth(username=username, password=password)
        bearer = role("bearer")
        if bearer:
            return Auth(bearer=bearer)
        return Auth(headers=keys("header"), query=keys("query"))


@dataclass
class ServerVariable:
    name: str
    default: str
    description: str
    enum: tuple[str, ...] = ()


@dataclass
class Webhook:
    """A request the API sends to the user (OpenAPI `webhooks`, an operation's `callbacks`): the
    generated `webhooks` module decodes its body into `payload`."""

    function: str  # `parse_<name>`, unique in the module
    event: str  # as the spec names it: the webhook's key, or `<callback> <expression>`
    http_method: str
    description: str
    payload: TypeInfo
    form: bool  # the body is form-encoded (Twilio's status callbacks), else JSON
    example: Any = None  # the spec's example body, if it gives one


@dataclass(frozen=True)
class Project:
    """What the generated distribution says of itself (its pyproject.toml), from the spec's `info`."""

    version: str  # PEP 440 (the API's own version is Api.version)
    summary: str
    license: str | None  # an SPDX expression, when the spec's license is one
    authors: tuple[tuple[str, str], ...]  # (name, email)
    urls: tuple[tuple[str, str], ...]  # (label, URL): Homepage, Documentation, Terms of Service, License


@dataclass
class Api:
    package: str
    title: str
    description: str
    version: str
    base_url: str  # the first server's URL, variables left as `{name}`
    server_variables: list[ServerVariable]
    credentials: list[Credential]
    resources: list[Resource]  # accessors on the Client
    hoisted: list[Resource]  # accessors on the Client that default a credential-filled id
    models: list[Model]
    enums: list[Enum]
    operations: list[Operation]
    problems: list[Problem]
    distribution: str = ""
    project: Project | None = None
    webhooks: list[Webhook] = field(default_factory=list)

    @cached_property
    def auth(self) -> Auth:
        return Auth.of(self.credentials)

    @cached_property
    def models_by_ref(self) -> dict[ClassRef, Model]:
        return {m.ref: m for m in self.models}

    def all_resources(self) -> list[Resource]:
        found: list[Resource] = []
        for resource in self.resources:
            found += resource.walk()
        return found

    @property
    def methods(self) -> list[Method]:
        return [m for r in self.all_resources() for m in r.methods]

    def call_chain(self, resource: Resource, method: Method) -> list[CallStep]:
        """The steps `method` of `resource` is called through, from the client:
        `client.calls(call_sid).recordings.create` is [calls(call_sid), recordings]."""
        by_slot = {p.slot: p for p in method.operation.path_parameters}
        chain = resource.chain
        hoisted = len(chain) > 1 and chain[1] in self.hoisted
        steps = []
        for index, node in enumerate(chain):
            takes_id = chain[index + 1].via_id if node is not resource else method in resource.context_methods
            ids = tuple(by_slot.get(slot) for slot in range(node.slot, node.slot + node.id_count)) if takes_id else None
            steps.append(CallStep(node, ids, implied=hoisted and index == 0))
        return steps


@dataclass(frozen=True)
class CallStep:
    """One step of the chain a method is called through: `.calls`, or `.calls(call_sid)`."""

    resource: Resource
    ids: tuple[Parameter | None, ...] | None  # the path parameters it is called with (None: an attribute)
    implied: bool = False  # the client takes it from its credentials (an account id): not written

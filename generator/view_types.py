"""What each template reads: one dataclass per view, so that a template's every name is a typed field.

views.py (and examples.py, for the generated tests) computes them from the intermediate model; the
templates in templates/ print their fields and loop over their lists, deciding nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.ir import Credential, EnumMember

if TYPE_CHECKING:
    from generator.ir import Method, Operation

# --- models and enums (model.py.jinja, enum.py.jinja, lazy_init.py.jinja) -----------------------


@dataclass(frozen=True)
class FieldView:
    declaration: str  # `name: annotation = None`
    docstring: str


@dataclass(frozen=True)
class ModelView:
    docstring: str
    imports: list[str]
    class_name: str
    class_name_literal: str
    class_docstring: str
    fields: list[FieldView]
    field_table: str  # the string literal of its FieldSpec table


@dataclass(frozen=True)
class EnumView:
    docstring: str
    base: str  # StrEnum or IntEnum
    class_name: str
    class_name_literal: str
    class_docstring: str
    members: list[EnumMember]


@dataclass(frozen=True)
class LazyInitView:
    """A package `__init__` that imports each class on first use: (class, module) pairs."""

    docstring: str
    names: list[tuple[str, str]]


# --- resources (resource.py.jinja) -------------------------------------------------------------


@dataclass(frozen=True)
class Declared:
    """One parameter of a generated signature."""

    name: str
    annotation: str
    default: str | None = None


@dataclass
class EndpointView:
    """The module-level `Endpoint` of one method."""

    endpoint: str  # the constant holding what the operation sends
    endpoint_document: str  # that, as a string literal of its JSON document
    response_codec: str  # the codec of its response, as Python
    annotation: str  # `: Endpoint[...]` where that codec's type is Any, else ""
    returns: str
    signature: list[Declared]
    method: Method


@dataclass(frozen=True)
class MethodView:
    def_: str  # "def" or "async def"
    name: str
    signature: list[str]
    returns: str
    docstring: str
    body: list[str]
    raw: str  # the runtime's function making it give the HTTP response (`raw_method`, `raw_page`, ...)


@dataclass(frozen=True)
class AccessorView:
    """A property (or client attribute) giving a resource's list class."""

    attribute: str
    class_name: str
    module: str
    ids: str = "()"  # the ids it starts with: `(None,)` where the client fills an account's
    docstring: str = ""


@dataclass(frozen=True)
class ResourceClassView:
    name: str
    docstring: str
    base: str
    context: str | None  # the context class `__call__` returns, if the resource takes an id
    call_docstring: str
    id_checks: list[str]
    children: list[AccessorView]
    methods: list[MethodView]
    call_parameters: str = ""
    call_ids: str = ""
    raw_class: str = ""  # with methods: the class of its `with_raw_response` (`_CallListRaw`)


@dataclass(frozen=True)
class ResourceView:
    docstring: str
    imports: list[str]
    exports: str
    operations: list[EndpointView]
    classes: list[ResourceClassView]


# --- the client (client.py.jinja) --------------------------------------------------------------


@dataclass(frozen=True)
class ServerOptionView:
    """A client argument filling a server URL variable no credential fills."""

    name: str
    variable: str
    default_literal: str
    doc: str
    check: str | None


@dataclass(frozen=True)
class CredentialView:
    name: str
    resolve: str  # the expression taking it from the argument or the environment
    doc: str


@dataclass(frozen=True)
class ClientClassView:
    name: str
    base: str
    http_type: str
    prefix: str  # "" or "Async": of the resource classes it gives


@dataclass(frozen=True)
class ClientView:
    imports: list[str]
    base_url_literal: str
    server_options: list[ServerOptionView]
    credentials: list[CredentialView]
    public_credentials: list[Credential]
    server_variables: str
    auth: str
    path_defaults: str
    user_agent_literal: str
    repr_fields: str
    docstring: str
    accessors: list[AccessorView]
    classes: list[ClientClassView]


# --- webhooks, package files (webhooks.py.jinja, package_init, pyproject, README) --------------


@dataclass(frozen=True)
class WebhookFunctionView:
    name: str
    constant: str
    returns: str
    codec: str
    annotation: str
    form: bool
    docstring: str


@dataclass(frozen=True)
class WebhooksView:
    docstring: str
    imports: list[str]
    names: str
    functions: list[WebhookFunctionView]


@dataclass(frozen=True)
class PackageInitView:
    docstring: str
    version_literal: str


@dataclass(frozen=True)
class ProjectView:
    """The generated pyproject.toml: each value already TOML (see generator.tomlcode)."""

    distribution: str
    version: str
    summary: str
    package: str
    license: str | None
    authors: str | None
    urls: list[tuple[str, str]]
    classifiers: str


@dataclass(frozen=True)
class ReadmeOperationView:
    title: str
    http: str
    description: str
    example: str


@dataclass(frozen=True)
class ReadmeView:
    title: str
    description: str
    directory: str
    package: str
    client_arguments: str
    env_note: str
    operations: list[ReadmeOperationView]


# --- the generated tests (test_*.jinja; made by examples.py) -----------------------------------


@dataclass(frozen=True)
class PagerRow:
    row: str  # the pytest.param of the paged-operations table
    item_model: str | None


@dataclass(frozen=True)
class DecodedView:
    expected: str
    unchecked: bool  # some value is left as `ANY`
    extra: str


@dataclass
class CaseView:
    """The test of one operation; `url`, `pager` and `row` are filled once its URL is known."""

    op: Operation
    name: str
    title: str
    test: str
    doc: str
    call_statement: str
    short_call: str
    outside: str | None
    outside_call: str
    method: str
    form: str | None
    no_body: bool
    multipart: list[str] | None
    json_body: str | None
    raw_body: str | None
    raw_media: str
    status: int
    response: str
    model: str | None
    decoded: DecodedView | None
    rejects: list[str]
    url: str = ""
    pager: PagerRow | None = None
    row: str = ""


@dataclass(frozen=True)
class TestModuleView:
    module: str
    file: str
    cases: list[CaseView]
    bad_ids: list[str]
    package: str
    imports: list[str]
    decodes: bool
    rejects_enums: bool
    docstring: str


@dataclass(frozen=True)
class WebhookCaseView:
    test: str
    function: str
    body: str
    sent: str
    model: str | None
    check: str


@dataclass(frozen=True)
class TestSuiteView:
    modules: list[TestModuleView]
    webhooks: list[WebhookCaseView]
    package: str
    client_args: str
    auth: tuple[str, str] | None
    operations: list[str]
    bad_ids: list[str]
    pagers: list[str]
    imports_models: bool
    imports_datetime: bool
    docstring: str

"""What each template prints, computed from the intermediate model: imports, signatures, docstrings.

Templates only loop over these values; every decision about generated text is made here.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import replace
from typing import Any

from generator.ir import (
    Api,
    Enum,
    Method,
    Model,
    Operation,
    Parameter,
    Resource,
    TypeInfo,
    check_data,
    type_check,
    value_checks,
)
from generator.naming import ANNOTATION_NAMES, natural_key, server_variable_arguments, snake
from generator.pycode import LINE_LENGTH, Code, call, docstring_body, json_string, literal
from generator.view_types import (
    AccessorView,
    ClientClassView,
    ClientView,
    CredentialView,
    Declared,
    EndpointView,
    EnumView,
    FieldView,
    LazyInitView,
    MethodView,
    ModelView,
    PackageInitView,
    ProjectView,
    ReadmeOperationView,
    ReadmeView,
    ResourceClassView,
    ResourceView,
    ServerOptionView,
    TestSuiteView,
    WebhookFunctionView,
    WebhooksView,
)

# --- shared helpers ----------------------------------------------------------------------------


def _doc(*paragraphs: str, indent: int | None) -> str:
    """A docstring of these paragraphs; `indent`: its indentation where black treats it as a docstring."""
    return docstring_body("\n\n".join(p.strip() for p in paragraphs if p and p.strip()), indent)


def _relative(from_package: str, module: str) -> str:
    """`models.call` seen from `resources` -> `..models.call`; from the package root -> `.models.call`."""
    package, _, name = module.rpartition(".")
    if package == from_package:
        return "." + name
    return ("." if from_package == "" else "..") + module


def _type_imports(types: list[TypeInfo], here: str) -> tuple[set[str], set[str]]:
    """(plain imports, TYPE_CHECKING-only imports) that annotations of `types` need."""
    plain: set[str] = set()
    typing_only: set[str] = set()
    for t in types:
        if t.uses("datetime") or t.uses("rfc2822") or t.uses("date"):
            typing_only.add("import datetime")
        if t.uses("any"):
            plain.add("from typing import Any")
        if t.uses("literal"):
            plain.add("from typing import Literal")
        for ref in t.refs():
            package = ref.module.rpartition(".")[0]
            if package != here.rpartition(".")[0]:
                # From another package (a resource naming models): its __init__ names every class.
                typing_only.add(f"from {_relative(here.rpartition('.')[0], package)} import {ref.name}")
            elif ref.module != here:
                typing_only.add(f"from {_relative(here.rpartition('.')[0], ref.module)} import {ref.name}")
    return plain, typing_only


def _import_block(plain: set[str], typing_only: set[str]) -> list[str]:
    """Import lines grouped as isort does (stdlib, third party, local), then a TYPE_CHECKING block."""
    lines = _grouped(plain)
    typing_only -= plain
    if typing_only:
        lines += ["", "if TYPE_CHECKING:"] + [f"    {line}" if line else "" for line in _grouped(typing_only)]
    return lines


def _grouped(imports: set[str]) -> list[str]:
    groups: list[list[str]] = [[], [], []]
    for line in _merge_from_imports(imports):
        module = line.split()[1]
        place = 2 if module.startswith(".") else 0 if module.split(".")[0] in sys.stdlib_module_names else 1
        groups[place].append(line)
    lines: list[str] = []
    for group in groups:
        if group:
            lines += ([""] if lines else []) + sorted(group, key=lambda line: (line.startswith("from "), line))
    return lines


def _isort_order(name: str) -> tuple[int, list[Any], list[Any]]:
    """Where ruff's isort puts an imported name: constants, classes, the rest; each group in natural
    order (`Model2` before `Model10`), case-insensitively first."""
    kind = 0 if len(name) > 1 and name.isupper() else 1 if name[:1].isupper() else 2
    return (kind, natural_key(name.lower()), natural_key(name))


def _merge_from_imports(lines: set[str]) -> list[str]:
    """`from m import a` and `from m import b` become `from m import a, b`."""
    names: dict[str, set[str]] = {}
    plain = []
    for line in lines:
        if line.startswith("from "):
            module, imported = line[5:].split(" import ", 1)
            names.setdefault(module, set()).update(n.strip() for n in imported.split(","))
        else:
            plain.append(line)
    merged = [f"from {m} import {', '.join(sorted(n, key=_isort_order))}" for m, n in names.items()]
    return sorted(plain) + sorted(merged)


# --- models ------------------------------------------------------------------------------------


def model(m: Model) -> ModelView:
    fields = []
    plain = {"from dataclasses import dataclass", "from typing import ClassVar", "from .._models import BaseModel, FieldSpec"}
    types = [f.type for f in m.fields]
    more, typing_only = _type_imports(types, m.ref.module)
    plain |= more
    if typing_only:
        plain.add("from typing import TYPE_CHECKING")
    for f in m.fields:
        annotation = f.type.annotation
        optional = not f.required
        if optional and not f.type.nullable and f.type.kind != "none":
            annotation += " | None"
        declaration = f"{f.name}: {annotation}" + (" = None" if optional else "")
        doc = f.description
        if f.has_default:
            doc = (doc + f"\n\nDefaults to {literal(f.default)}.").strip()
        fields.append(
            FieldView(
                declaration=declaration,
                docstring=_doc(doc, indent=None),
            )
        )
    return ModelView(
        docstring=_doc(f"The {m.class_name} model.", indent=0),
        imports=_import_block(plain, typing_only),
        class_name=m.class_name,
        class_name_literal=literal(m.class_name),
        class_docstring=_doc(m.description or f"{m.class_name}.", indent=4),
        fields=fields,
        field_table=json_string(_field_table(m)),
    )


def _field_table(m: Model) -> str:
    """The model's `FieldSpec`s as the JSON table `FieldSpec.table` reads, a field a line:
    [attribute, codec, wire name where it is not the attribute's]."""
    return _json_lines([[f.name, f.type.value_codec_data] + ([f.wire] if f.wire != f.name else []) for f in m.fields], 0)


def enum(e: Enum) -> EnumView:
    return EnumView(
        docstring=_doc(f"The {e.class_name} enum.", indent=0),
        base="StrEnum" if e.value_type == "str" else "IntEnum",
        class_name=e.class_name,
        class_name_literal=literal(e.class_name),
        class_docstring=_doc(e.description or f"{e.class_name}.", "Values the API adds later are accepted too.", indent=4),
        members=e.members,
    )


def models_init(api: Api) -> LazyInitView:
    names = [(m.class_name, m.ref.module.split(".", 1)[1]) for m in api.models] + [(e.class_name, e.ref.module.split(".", 1)[1]) for e in api.enums]
    return LazyInitView(docstring=_doc("The API's models and enums, each imported on first use.", indent=0), names=sorted(names, key=_module_order))


def resources_init(api: Api) -> LazyInitView:
    names = []
    for r in api.all_resources():
        module = r.module.split(".", 1)[1]
        for name in _resource_class_names(r):
            names.append((name, module))
    return LazyInitView(docstring=_doc("The API's resources, each imported on first use.", indent=0), names=sorted(names, key=_module_order))


def _module_order(name_and_module: tuple[str, str]) -> tuple[Any, ...]:
    """Where ruff's isort puts `from .module import name` among others: modules in natural order
    (`option2` before `option12`), case-insensitively first."""
    name, module = name_and_module
    return (natural_key(module.lower()), natural_key(module), _isort_order(name))


def _resource_class_names(r: Resource) -> list[str]:
    names = [r.list_class] + ([r.context_class] if r.context_class else [])
    return names + [f"Async{n}" for n in names]


# --- resources ---------------------------------------------------------------------------------


def _at(declared: Declared, indent: int) -> str:
    """The parameter on its own line at `indent` (without its comma), as black writes it: an
    annotation too long for the line is wrapped in parentheses, which black then splits if it must."""
    default = f" = {declared.default}" if declared.default is not None else ""
    line = f"{declared.name}: {declared.annotation}{default}"
    if declared.default is None or indent + len(line) + 1 <= LINE_LENGTH:
        return line
    return f"{declared.name}: (\n{' ' * (indent + 4)}{declared.annotation}\n{' ' * indent}){default}"


def _unshadowed(annotation: str, shadowed: set[str]) -> str:
    """`annotation` with each builtin that a class member shadows spelled `builtins.list[...]`."""
    return re.sub(r"(?<![\w.])(" + "|".join(sorted(shadowed)) + r")\[", r"builtins.\1[", annotation)


def _argument(p: Parameter) -> Declared:
    annotation = p.type.input_annotation
    if p.required:
        return Declared(p.name, annotation)
    return Declared(p.name, f"{annotation} | NotGiven", "NOT_GIVEN")


def _operation_view(method: Method, scope: str) -> EndpointView:
    op = method.operation
    return EndpointView(
        endpoint=f"_{scope.upper()}_{method.name.upper()}",
        endpoint_document=json_string(_endpoint_document(method)),
        response_codec=op.response.codec_code if op.response else "_codecs.ANY",
        annotation="" if op.response and op.response.codec_typed else f": Endpoint[{op.response.annotation if op.response else 'None'}]",
        returns=op.response.annotation if op.response else "None",
        signature=[_argument(p) for p in op.arguments],
        method=method,
    )


def _method(view: EndpointView, asynchronous: bool) -> MethodView:
    """The method of a resource class for one operation; a paged one returns a pager (`list`).

    It hands its arguments to the operation's `Endpoint` as they are, by `locals()` (its first
    statement: nothing but the arguments is defined yet), so that an operation's parameters are
    written once per method and not again in a call.
    """
    op = view.method.operation
    if op.pagination is None:
        send = f"await {view.endpoint}.send_async" if asynchronous else f"{view.endpoint}.send"
        return MethodView(
            def_="async def" if asynchronous else "def",
            name=view.method.name,
            signature=[_at(p, 8) for p in view.signature],
            returns=view.returns,
            docstring=_operation_docstring(op),
            body=["return " + call(send, "self", "locals()")],
            raw="async_raw_method" if asynchronous else "raw_method",
        )
    pager = "AsyncPager" if asynchronous else "SyncPager"
    return MethodView(
        def_="def",  # the pager fetches, when iterated (`async for` on the async one)
        name=view.method.name,
        signature=[_at(p, 8) for p in [*view.signature, Declared(op.pagination.limit, "int | None", "None")]],
        returns=f"{pager}[{view.returns}, {op.pagination.item.annotation}]",
        docstring=_operation_docstring(op),
        body=["return " + call(f"{pager}.of", "self", view.endpoint, "locals()")],
        raw="async_raw_page" if asynchronous else "raw_page",
    )


def _endpoint_document(method: Method) -> str:
    """What the operation sends, as the JSON document the runtime's `Endpoint` reads: one key a line,
    and each parameter, check and id on a line of its own."""
    op = method.operation
    document: dict[str, Any] = {"method": op.http_method, "path": op.path}
    if op.server:
        document["server"] = op.server  # its own, not the API's
    ids = [p for p in op.path_parameters if p.slot is not None]
    if ids:
        document["path_params"] = {p.wire: p.slot for p in ids}
    path_args = [p for p in op.path_parameters if p.slot is None]
    if path_args:
        document["path_args"] = {p.wire: p.name for p in path_args}  # taken by the method, checked as arguments
    # An id the spec types as an integer may come as text: accessors taking several ids take text.
    id_types = [[p.slot, p.name, "id" if p.type.kind == "int" else kind] for p in ids if (kind := type_check(p.type))]
    if id_types:
        document["id_types"] = id_types  # an id of the wrong type fails before anything is sent
    types = {p.name: kind for p in op.arguments if (kind := type_check(p.type))}
    if types:
        document["types"] = types  # argument -> the type it must have (`?`: or None)
    id_checks = [[p.slot, kind, p.name, *more] for p in ids if p.checked_as is None for kind, *more in check_data(p.type)]
    if id_checks:
        document["id_checks"] = id_checks
    checks = [[kind, p.name, *more] for p in op.arguments for kind, *more in check_data(p.type)]
    if checks:
        document["checks"] = checks
    for name, params in _containers(op):
        document[name] = {p.wire: p.name for p in params}  # wire name -> argument, sent when given
    styles = {p.wire: p.style for p in op.located("query") if p.style}
    if styles:
        document["query_styles"] = styles  # lists and objects not form-exploded
    form_styles = {p.wire: p.style for p in op.located("body") if p.style and op.body_encoding == "form"}
    if form_styles:
        document["form_styles"] = form_styles  # as the body's `encoding` says
    whole = [p for p in op.located("body") if p.whole_body]
    if whole:
        document["body"] = whole[0].name  # sent whole as the body: JSON, or as it is with content_type
        if op.raw_body_media is not None:
            document["content_type"] = op.raw_body_media
    elif op.body_optional and op.located("body"):
        document["body_optional"] = True  # no body argument given: no body sent
    if not op.idempotent:
        document["once"] = True  # never resent once the server may have seen it
    if op.errors:
        document["errors"] = {code: t.codec_data for code, t in op.errors.items()}  # status -> the model its body decodes into
    if op.idempotency_key:
        document["idempotency_key"] = op.idempotency_key  # sent, one per call, when not given
    if op.accept:
        document["accept"] = op.accept  # a response that is not JSON
    paging = op.pagination
    if paging is not None:  # read by _pagination (see its _first_page)
        document["paging"] = {"items": paging.items, "next": list(paging.next_link), "limit": paging.limit}
        if paging.cursor_param:  # no link: the next page is this request with a cursor
            cursor = {"param": paging.cursor_param, "from": list(paging.cursor_from), "item": paging.cursor_item, "more": paging.more}
            document["paging"]["cursor"] = cursor
        if paging.link_header:  # the link is the response's Link header
            document["paging"]["link_header"] = True
        if paging.offset_param:  # the next page is this request one page number or offset on
            offset = {"param": paging.offset_param, "kind": paging.offset_kind, "first": paging.offset_first}
            document["paging"]["offset"] = offset | {"total": list(paging.total), "pages": list(paging.pages)}
        if paging.page_size is not None:
            document["paging"] |= {"size": paging.page_size.name, "most": paging.page_size.type.maximum}
    return _json_lines(document, 0)


def _json_lines(value: Any, indent: int) -> str:
    """`value` as JSON, its objects and arrays of arrays one entry a line, anything else on one line."""
    def dumps(v: Any) -> str:
        return json.dumps(v, ensure_ascii=True)

    inner = " " * (indent + 4)
    if isinstance(value, dict) and value:
        entries = [f"{inner}{dumps(k)}: {_json_lines(v, indent + 4)}" for k, v in value.items()]
    elif isinstance(value, list) and value and all(isinstance(v, list) for v in value):
        entries = [f"{inner}{dumps(v)}" for v in value]
    else:
        return dumps(value)
    opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
    return opening + "\n" + ",\n".join(entries) + "\n" + " " * indent + closing


def _containers(op: Operation) -> list[tuple[str, list[Parameter]]]:
    """The request parts an endpoint collects parameter by parameter: (RequestOptions field, parameters).

    A body passed whole (one parameter without a wire name) is not one of them.
    """
    body = op.located("body")
    parts = [("query", op.located("query")), ("headers", op.located("header")), ("cookies", op.located("cookie"))]
    if op.body_encoding == "multipart":
        parts += [("multipart", [p for p in body if not p.type.uses("file")]), ("files", [p for p in body if p.type.uses("file")])]
    elif not any(p.whole_body for p in body):
        parts.append(("form" if op.body_encoding == "form" else "json", body))
    return [(name, params) for name, params in parts if params]


def _operation_docstring(op: Operation) -> str:
    parts = [op.summary or op.operation_id]
    if op.description and op.description != op.summary:
        parts.append(op.description)
    if op.pagination is not None:
        parts.append(
            "Iterates over every item, fetching each page as iteration reaches it; `.page()` on what it "
            "returns fetches the first page alone, `.pages()` each page in turn."
        )
    if op.deprecated:
        parts.append("Deprecated: the API may remove this operation.")
    args = []
    for p in op.arguments:
        text = " ".join(p.description.split()) or "See the API documentation."
        if p.has_default:
            text += f" The API's default is {literal(p.default)}."
        args.append(f"    {p.name}: {text}")
    if op.pagination is not None:
        args.append(f"    {op.pagination.limit}: Stop after this many items (default: all of them).")
    if args:
        parts.append("Args:\n" + "\n".join(args))
    parts.append(f"Sends `{op.http_method} {op.path}` (operationId `{op.operation_id}`).")
    return _doc(*parts, indent=8)


def _accessor_ids(r: Resource) -> list[tuple[str, str]]:
    """What `list(...)` takes to reach one item: (argument, annotation) for each id."""
    if r.id_count == 1:
        return [(r.id_argument, r.id_annotation)]
    return [(name, "str") for name in r.id_arguments]


def resource(api: Api, r: Resource) -> ResourceView:
    here = r.module
    list_ops = [_operation_view(m, "list") for m in r.list_methods]
    context_ops = [_operation_view(m, "context") for m in r.context_methods]
    types = [p.type for o in r.operations for p in o.parameters] + [o.response for o in r.operations if o.response]
    types += [o.pagination.item for o in r.operations if o.pagination]
    plain, typing_only = _type_imports(types, here)
    # The classes responses decode into are imported to run: each endpoint's codec names its own.
    if r.operations:
        plain.add("from .. import _codecs")
    packages = {ref.module.split(".")[0] for o in r.operations if o.response for ref in o.response.refs()}
    plain |= {f"from .. import {package}" for package in packages}  # the response codecs' classes
    if any(o.pagination for o in r.operations):
        plain.add("from .._pagination import AsyncPager, SyncPager")
    plain.add("from .._base_client import AsyncResource, Endpoint, SyncResource")
    if any(not p.required for o in r.operations for p in o.arguments):
        plain.add("from .._types import NOT_GIVEN, NotGiven")
    id_checks = value_checks(r.id_type, r.id_argument, r.id_argument) if r.id_type is not None else []
    if id_checks:
        plain.add("from .. import _validation")
    if any(p.type.uses("enum") for o in r.operations for p in o.arguments):
        plain.add("from typing import Literal")
    if any(p.type.uses("file") for o in r.operations for p in o.arguments):
        plain.add("from .._types import FileInput")
    if any(p.type.uses("list") for o in r.operations for p in o.arguments):
        plain.add("from collections.abc import Sequence")
    if any(p.type.uses("dict") for o in r.operations for p in o.arguments):
        plain.add("from collections.abc import Mapping")
    shadowed = {m.name for m in r.methods} & ANNOTATION_NAMES
    if shadowed:  # a method named `list`: the annotations after it in the class would mean the method
        for view in list_ops + context_ops:
            view.returns = _unshadowed(view.returns, shadowed)
            view.signature = [replace(d, annotation=_unshadowed(d.annotation, shadowed)) for d in view.signature]
        if any("builtins." in text for view in list_ops + context_ops for text in [view.returns, *(d.annotation for d in view.signature)]):
            plain.add("import builtins")

    def accessors(nodes: list[Resource], prefix: str) -> list[AccessorView]:
        return [AccessorView(attribute=c.attribute, module=c.module.split(".", 1)[1], class_name=prefix + c.list_class) for c in nodes]

    for child in r.children + r.list_children:
        typing_only.add(f"from .{child.module.split('.', 1)[1]} import {child.list_class}, Async{child.list_class}")
    if typing_only - plain:
        plain.add("from typing import TYPE_CHECKING")
    if not r.operations:
        plain = {line for line in plain if "Endpoint" not in line} | {"from .._base_client import AsyncResource, SyncResource"}
    classes = []
    taken_ids = _accessor_ids(r)
    for prefix, base in (("", "SyncResource"), ("Async", "AsyncResource")):
        holder = r.context_class is None
        classes.append(
            ResourceClassView(
                name=prefix + r.list_class,
                docstring=_doc(f"`{r.segment}`: {'a group of resources' if holder else 'the collection'}.", r.id_description and f"Call it with an id: {r.id_description}", indent=4),
                base=base,
                context=prefix + r.context_class if r.context_class else None,
                call_docstring=_doc(f"One of the {r.segment} by its id{'s' if r.id_count > 1 else ''}.", r.id_description, indent=8),
                id_checks=id_checks,
                call_parameters=", ".join(f"{name}: {annotation}" for name, annotation in taken_ids),
                call_ids=", ".join(name for name, _ in taken_ids),
                children=accessors(r.list_children, prefix),
                methods=[_method(o, asynchronous=bool(prefix)) for o in list_ops],
            )
        )
        if r.context_class:
            classes.append(
                ResourceClassView(
                    name=prefix + r.context_class,
                    docstring=_doc(f"One of the `{r.segment}`, by its id.", indent=4),
                    base=base,
                    context=None,
                    call_docstring="",
                    id_checks=[],
                    children=accessors(r.children, prefix),
                    methods=[_method(o, asynchronous=bool(prefix)) for o in context_ops],
                )
            )
    # Each class with methods gets `with_raw_response`: a class of its methods giving responses.
    classes = [replace(c, raw_class=f"_{c.name}Raw") if c.methods else c for c in classes]
    raw = {m.raw for c in classes for m in c.methods}
    if raw & {"raw_method", "async_raw_method"}:
        plain.add(f"from .._response import {', '.join(sorted(raw & {'raw_method', 'async_raw_method'}))}")
    if raw & {"raw_page", "async_raw_page"}:
        plain.discard("from .._pagination import AsyncPager, SyncPager")
        plain.add("from .._pagination import AsyncPager, SyncPager, async_raw_page, raw_page")
    return ResourceView(
        docstring=_doc(f"The `{r.segment}` resource of {api.title}.", indent=0),
        imports=_import_block(plain, typing_only),
        exports=literal(sorted(c.name for c in classes)),
        operations=list_ops + context_ops,
        classes=classes,
    )


# --- client and package ------------------------------------------------------------------------


def client(api: Api) -> ClientView:
    creds = api.credentials
    # Server variables no credential fills (`https://{region}.api.example.com`): client arguments
    # with the spec's default, checked against its enum.
    filled = {c.server_variable for c in creds if c.server_variable}
    unfilled = [v for v in api.server_variables if v.name not in filled]
    arguments = server_variable_arguments([v.name for v in unfilled], [c.name for c in creds])
    options = []
    for v in unfilled:
        name = arguments[v.name]
        described = " ".join(v.description.split()) or f"The `{v.name}` of the server URL."
        choices = f" One of {', '.join(f'`{e}`' for e in v.enum)}." if v.enum else ""
        options.append(
            ServerOptionView(
                name=name,
                variable=v.name,
                default_literal=literal(v.default),
                doc=docstring_body(f"{described}{choices} Default: `{v.default}`."),
                check=call("_validation.one_of", literal(name), name, literal(v.enum)) if v.enum else None,
            )
        )
    credentials = []
    for c in creds:
        credentials.append(
            CredentialView(
                name=c.name,
                resolve=call("_from_env", literal(c.name), c.name, literal(c.env)),
                doc=docstring_body(" ".join((c.description or c.name).split()) + (f" Default: the {c.env} environment variable." if c.env else "")),
            )
        )
    auth_plan = api.auth
    if auth_plan.username and auth_plan.password:
        auth = call("httpx.BasicAuth", auth_plan.username, auth_plan.password)
    elif auth_plan.bearer:
        auth = call("KeyAuth", headers=literal({"Authorization": Code(f"{literal('Bearer ')} + {auth_plan.bearer}")}))
    elif auth_plan.headers or auth_plan.query:
        headers, query = ({wire: Code(name) for wire, name in found} for found in (auth_plan.headers, auth_plan.query))
        auth = call("KeyAuth", headers=literal(headers), query=literal(query))
    else:
        auth = "None"
    path_defaults = literal({c.path_parameter: Code(c.name) for c in creds if c.path_parameter})
    server_variables = literal({c.server_variable: Code(c.name) for c in creds if c.server_variable} | {o.variable: Code(o.name) for o in options})
    public = [c for c in creds if not c.secret]
    repr_fields = "".join(f"{c.name}={{self.{c.name}!r}}, " for c in public)
    accessors: list[AccessorView] = []
    for r in api.resources:
        accessors.append(AccessorView(attribute=r.attribute, class_name=r.list_class, module=r.module, ids="()", docstring=_doc(f"`{r.segment}`.", indent=8)))
    for r in api.hoisted:
        owner = r.parent.segment if r.parent else ""
        accessors.append(AccessorView(attribute=r.attribute, class_name=r.list_class, module=r.module, ids="(None,)", docstring=_doc(f"`{r.segment}` of your own {owner.removesuffix('s')} (use `{snake(owner)}(id).{r.attribute}` for another).", indent=8)))
    plain = {"import os", "from typing import Any", "import httpx", "from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient, expand_server", "from ._exceptions import ApiError"}
    if "KeyAuth" in auth:
        plain.add("from ._base_client import KeyAuth")
    typing_only = {f"from .{r.module} import {r.list_class}, Async{r.list_class}" for r in api.resources + api.hoisted}
    if typing_only:
        plain.add("from typing import TYPE_CHECKING")
    if any(o.check for o in options):
        plain.add("from . import _validation")
    return ClientView(
        imports=_import_block(plain, typing_only),
        base_url_literal=literal(api.base_url),  # its variables filled by the client's arguments
        server_options=options,
        credentials=credentials,
        public_credentials=public,
        server_variables=server_variables,
        auth=auth,
        path_defaults=path_defaults,
        user_agent_literal=literal(f"{api.distribution}/{api.project.version if api.project else api.version}"),
        repr_fields=repr_fields,
        docstring=_doc(f"A client of {api.title}.", api.description.split("\n\n")[0] if api.description else "", indent=4),
        accessors=accessors,
        classes=[
            ClientClassView(name="Client", base="SyncAPIClient", http_type="httpx.Client", prefix=""),
            ClientClassView(name="AsyncClient", base="AsyncAPIClient", http_type="httpx.AsyncClient", prefix="Async"),
        ],
    )


def webhooks(api: Api) -> WebhooksView:
    """The `webhooks` module: a function per request the API sends, decoding its body."""
    plain, typing_only = _type_imports([w.payload for w in api.webhooks], "webhooks")
    plain |= {"from collections.abc import Mapping", "from typing import Any", "from . import _codecs"}
    plain |= {f"from . import {ref.module.split('.')[0]}" for w in api.webhooks for ref in w.payload.refs()}
    if typing_only - plain:
        plain.add("from typing import TYPE_CHECKING")
    functions = [
        WebhookFunctionView(
            name=w.function,
            constant=f"_{w.function.upper()}",
            returns=w.payload.annotation,
            codec=w.payload.codec_code,
            annotation="" if w.payload.codec_typed else f": _codecs.Response[{w.payload.annotation}]",
            form=w.form,
            docstring=_doc(
                w.description or f"The `{w.event}` request.",
                f"Decodes the body of the {w.http_method} request the API sends for `{w.event}` "
                f"({'form-encoded' if w.form else 'JSON'}): bytes or text as received, or a mapping a web framework parsed already.",
                indent=4,
            ),
        )
        for w in api.webhooks
    ]
    return WebhooksView(
        docstring=_doc(f"Requests {api.title} sends to you (webhooks and callbacks): each function decodes one's body.", indent=0),
        imports=_import_block(plain, typing_only),
        names=literal([w.function for w in api.webhooks]),
        functions=functions,
    )


def package_init(api: Api) -> PackageInitView:
    return PackageInitView(docstring=_doc(f"A typed Python client of {api.title}.", "Generated by sdkgen; do not edit by hand.", indent=0), version_literal=literal(api.project.version if api.project else api.version))


def project(api: Api) -> ProjectView:
    from generator import tomlcode

    meta = api.project
    assert meta is not None
    authors = [[("name", n)] * bool(n) + [("email", e)] * bool(e) for n, e in meta.authors]
    return ProjectView(
        distribution=tomlcode.string(api.distribution),
        version=tomlcode.string(meta.version),
        summary=tomlcode.string(meta.summary),
        package=api.package,
        license=tomlcode.string(meta.license) if meta.license else None,
        authors="[" + ", ".join(tomlcode.inline_table(a) for a in authors) + "]" if authors else None,
        urls=[(tomlcode.string(label), tomlcode.string(url)) for label, url in meta.urls],
        classifiers=tomlcode.array(CLASSIFIERS),
    )


# What every generated distribution is (the license, where the spec gives one, is its `license`).
CLASSIFIERS = (
    "Intended Audience :: Developers",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    "Programming Language :: Python :: 3.10",
    "Programming Language :: Python :: 3.11",
    "Programming Language :: Python :: 3.12",
    "Programming Language :: Python :: 3.13",
    "Topic :: Internet :: WWW/HTTP",
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Typing :: Typed",
)


def readme(api: Api, directory: str) -> ReadmeView:
    from generator import examples

    operations = []
    for r in api.all_resources():
        for method in r.methods:
            op = method.operation
            operations.append(
                ReadmeOperationView(
                    title=op.summary or op.operation_id,
                    http=f"{op.http_method} {op.path}",
                    description=" ".join(op.description.split()),
                    example=examples.call_example(api, r, method, "client"),
                )
            )
    env = [c.env for c in api.credentials if c.env]
    arguments = [f'{c.name}="..."' for c in api.credentials]
    base_url = examples.example_base_url(api, examples.example_credentials(api))
    if base_url is not None:
        arguments.append(f"base_url={literal(base_url)}")
    return ReadmeView(
        title=api.title,
        description=api.description,
        directory=directory,
        package=api.package,
        client_arguments=", ".join(arguments),
        env_note=f" ({', '.join(f'`{e}`' for e in env)})" if env else "",
        operations=operations,
    )


def tests(api: Api) -> TestSuiteView:
    from generator import examples

    return examples.test_views(api)

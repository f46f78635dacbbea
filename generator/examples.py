"""Example values for an operation, from the spec's examples: README snippets and generated tests."""

from __future__ import annotations

import base64
import datetime
import email.utils
import re
import uuid
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote, urlsplit

from generator.ir import Api, Field, Method, Operation, Parameter, Resource, TypeInfo
from generator.naming import snake
from generator.pycode import Code, call, docstring_body, json_document, literal
from generator.synthesize import as_argument, datetime_code, value_of, wire_value
from generator.view_types import CaseView, DecodedView, PagerRow, TestModuleView, TestSuiteView, WebhookCaseView


def value_for(p: Parameter, api: Api) -> Any:
    """The parameter's own example (as the argument takes it), else a value that passes its checks,
    else None."""
    if p.has_example:
        return as_argument(p.type, p.example)
    return value_of(p.type, api.models_by_ref, api.package)


def _id_value(p: Parameter) -> Any:
    """A path id: its example, else a value that passes its checks, else None."""
    if p.has_example:
        return p.example
    value = value_of(p.type, {}, "")
    return value if isinstance(value, (str, int, float)) and not isinstance(value, Code) else None


@dataclass(frozen=True)
class CallPlan:
    """How to call an operation with example values: `client.<steps>.<method>(**arguments)`."""

    steps: tuple[tuple[str, tuple[str | int, ...] | None], ...]  # (accessor, the ids it is called with, or None)
    step_parameters: tuple[tuple[Parameter, ...], ...]  # the path parameters each step's ids fill
    method: str
    arguments: dict[str, Any]
    path_values: dict[str, Any]  # wire name -> value; None where the client's credential fills it
    then: str = ""  # called on what the method returns: `.page()` for the first page of a pager

    def code(self, client: str, *, unpacked: str | None = None, passed: tuple[str, ...] = ()) -> str:
        """The call; `unpacked`: an expression whose mapping is passed as more keyword arguments;
        `passed`: more keyword arguments, `name=expression`."""
        arguments = [f"{k}={literal(v)}" for k, v in self.arguments.items()] + list(passed) + ([f"**{unpacked}"] if unpacked else [])
        return call(self._callee(client), *arguments) + self.then

    def required(self, op: Operation) -> CallPlan:
        """The plan with the operation's required arguments only."""
        required = {p.name for p in op.arguments if p.required}
        return replace(self, arguments={k: v for k, v in self.arguments.items() if k in required})

    def _callee(self, client: str) -> str:
        called = (f".{a}" + (f"({', '.join(literal(i) for i in ids)})" if ids is not None else "") for a, ids in self.steps)
        return client + "".join(called) + f".{self.method}"


def call_plan(api: Api, r: Resource, method: Method) -> CallPlan | None:
    """The plan for `method`, or None when the spec gives no usable value for a required argument."""
    op = method.operation
    values: dict[str, Any] = {}
    steps: list[tuple[str, tuple[str | int, ...] | None]] = []
    step_parameters: list[tuple[Parameter, ...]] = []
    for step in api.call_chain(r, method):
        if step.implied:
            if step.ids is None or step.ids[0] is None:
                return None
            values[step.ids[0].wire] = None  # filled from the client's credential
            continue
        if step.ids is None:
            steps.append((step.resource.attribute, None))
            step_parameters.append(())
            continue
        ids: list[str | int] = []
        for param in step.ids:
            value = _id_value(param) if param is not None else None
            if param is None or value is None:
                return None
            values[param.wire] = value
            as_int = step.resource.id_annotation == "int" and isinstance(value, int) and not isinstance(value, bool)
            ids.append(value if as_int else str(value))
        steps.append((step.resource.attribute, tuple(ids)))
        step_parameters.append(tuple(p for p in step.ids if p is not None))
    arguments = _arguments(op, api)
    if arguments is None:
        return None
    # A paged operation is called for its first page, which its pager fetches first when iterated.
    return CallPlan(tuple(steps), tuple(step_parameters), method.name, arguments, values, ".page()" if op.pagination else "")


def _arguments(op: Operation, api: Api) -> dict[str, Any] | None:
    args: dict[str, Any] = {}
    example = op.request_example
    for p in op.arguments:
        if p.location == "body" and p.wire in example and _fits(p.type, example[p.wire]):
            args[p.name] = as_argument(p.type, example[p.wire])
        elif p.whole_body and p.has_example:
            args[p.name] = _model_example(api, p.type, p.example)
        elif p.required:
            value = value_for(p, api)
            if value is None:
                return None
            args[p.name] = value
    return args


def _fits(t: TypeInfo, value: Any) -> bool:
    """Whether an example value is one the argument takes, as written or as a form writes it (`"true"`,
    `"15"`): one its schema contradicts (a list for an object) is not used; a value is made instead."""
    return t.accepts(value) or t.accepts(wire_value(as_argument(t, value))) or (t.kind == "model" and isinstance(value, dict))


def _model_example(api: Api, t: TypeInfo, value: Any) -> Any:
    """A body example as the argument takes it: an object for a model (or a union of models, the one
    declaring the most of its keys) is that model, built from it; anything else as it is."""
    options = {o.ref for o in (t.options if t.kind == "union" else (t,) if t.kind == "model" else ())}
    candidates = [m for m in api.models if m.ref in options]
    if not isinstance(value, dict) or not candidates:
        return value
    chosen = max(candidates, key=lambda m: len({f.wire for f in m.fields} & value.keys()))
    return Code(call(f"{api.package}.models.{chosen.class_name}.from_dict", literal(value)))


def call_example(api: Api, r: Resource, method: Method, client: str) -> str:
    op = method.operation
    plan = call_plan(api, r, method)
    if plan is None:
        return f"# {op.operation_id}: see the method's docstring for its arguments"
    if op.pagination is not None:
        every = replace(plan, then="").code(client)
        return f"for item in {every}:\n    print(item.to_dict())"
    return f"result = {plan.code(client)}" if op.response else plan.code(client)


def _wire(value: Any) -> str:
    value = wire_value(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _form_pairs(p: Parameter, value: Any) -> list[tuple[str, str]]:
    """The form fields the client sends for argument `p` given as `value` (the runtime's
    `_encode_pairs`): a list repeats its name, an object gives its properties, or in deepObject
    style each nested value as `name[key][index]`."""
    value = wire_value(value)
    if p.style == "deep" and isinstance(value, (dict, list)):
        return _deep_pairs(p.wire, value)
    if isinstance(value, dict):
        return [(str(k), _wire(v)) for k, v in value.items() if v is not None]
    return [(p.wire, _wire(item)) for item in (value if isinstance(value, list) else [value])]


def _deep_pairs(prefix: str, value: Any) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [pair for k, v in value.items() if v is not None for pair in _deep_pairs(f"{prefix}[{k}]", v)]
    if isinstance(value, list):
        return [pair for i, v in enumerate(value) for pair in _deep_pairs(f"{prefix}[{i}]", v)]
    return [(prefix, _wire(value))]


def _expected_url(op: Operation, plan: CallPlan, credential_values: dict[str, str], base: str) -> str:
    path = op.path
    taken = {p.wire: plan.arguments[p.name] for p in op.path_parameters if p.slot is None and p.name in plan.arguments}
    for wire, value in (plan.path_values | taken).items():
        if value is None:
            value = credential_values[wire]
        path = path.replace("{" + wire + "}", quote(str(value), safe=""))
    # As httpx sends it: the scheme and host in lower case (a server variable's default `YOUR_SPACE`).
    parts = urlsplit(base)
    return parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower()).geturl() + path


def expected_value(t: TypeInfo, value: Any) -> tuple[str, str] | None:
    """(how to read the attribute, the expected Python expression) for a decoded example value."""
    if value is None:
        return "", "None"
    try:
        if t.kind == "rfc2822" and isinstance(value, str):
            parsed = email.utils.parsedate_to_datetime(value)
            return "", datetime_code(parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC))
        if t.kind == "datetime" and isinstance(value, str):
            parsed = datetime.datetime.fromisoformat(value)
            return "", datetime_code(parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC))
    except (TypeError, ValueError):
        return None
    if t.kind in ("model", "union"):
        return ".to_dict()", literal(value)
    if t.kind == "enum" and t.ref is not None and value in t.enum_values:
        return "", literal(value)
    if t.kind in ("list", "dict") and t.item is not None and t.item.kind in ("model", "union", "rfc2822", "datetime", "date"):
        return None
    if t.kind == "int" and isinstance(value, str) and re.fullmatch(r"\s*[-+]?\d+\s*", value):
        return "", literal(int(value))  # a number written as text decodes as the number
    if t.kind == "bool" and isinstance(value, str) and value.lower() in ("true", "false"):
        return "", literal(value.lower() == "true")
    if t.kind == "float" and isinstance(value, (int, float, str)) and not isinstance(value, bool):
        try:
            return "", literal(float(value))
        except ValueError:
            return "", literal(value)
    return "", literal(value)


def test_views(api: Api) -> TestSuiteView:
    """The generated tests: one view per resource module (`modules`: the cases its test file holds),
    and what the shared files (conftest, the table-driven tests of every operation) need."""
    client_args = example_credentials(api)
    base = _server_url(api, client_args)
    given = example_base_url(api, client_args)
    if given is not None:
        base = client_args["base_url"] = given
    auth = _expected_auth(api, client_args)
    filled = {c.path_parameter: client_args[c.name] for c in api.credentials if c.path_parameter}
    views = []
    for r in api.all_resources():
        cases = []
        for method in r.methods:
            op = method.operation
            plan = call_plan(api, r, method)
            if plan is None:
                continue
            case = _case(api, op, plan)
            url = _expected_url(op, plan, filled, op.server if op.server and given is None else base)
            case.url = literal(url)
            case.pager = _pager_row(op, plan, url)
            # One row of the table of every operation (the 404 and async tests run each of them).
            empty = "[]" if op.response is not None and op.response.kind == "list" else "{}"  # of the documented shape
            case.row = call("pytest.param", f"lambda client: {case.short_call}", str(case.status), case.url, empty, id=literal(case.name))
            cases.append(case)
        if cases:
            views.append(
                TestModuleView(
                    module=f"test_{r.module.split('.', 1)[1]}",
                    file=f"test_{r.module.split('.', 1)[1]}.py",
                    cases=cases,
                    bad_ids=[row for case in cases for row in case.rejects],
                    package=api.package,
                    imports=_test_imports(cases),
                    decodes=any(case.decoded for case in cases),  # imports the models package
                    rejects_enums=any(case.outside for case in cases),
                    docstring=docstring_body(
                        f"Generated tests of {api.title}: each operation sends what the spec documents and decodes what it returns."
                    ),
                )
            )
    return TestSuiteView(
        modules=views,
        webhooks=webhook_cases(api),
        package=api.package,
        client_args="".join(f"{k}={literal(v)}, " for k, v in client_args.items()),
        auth=(literal(auth[0]), literal(auth[1])) if auth else None,
        operations=[case.row for v in views for case in v.cases],
        bad_ids=[row for v in views for row in v.bad_ids],
        pagers=[case.pager.row for v in views for case in v.cases if case.pager],
        imports_models=any(case.pager and case.pager.item_model for v in views for case in v.cases),
        imports_datetime=any("datetime." in case.row for v in views for case in v.cases),
        docstring=docstring_body(
            f"Generated tests of every operation of {api.title}: a 404 raises NotFoundError, the async "
            "client sends the same request, each request carries the client's credentials, and an "
            "invalid id fails before anything is sent."
        ),
    )


def webhook_cases(api: Api) -> list[WebhookCaseView]:
    """A test per webhook: its example body (else one made from its schema), sent as the API sends it,
    decodes into its payload type and encodes back to the same fields."""
    models = api.models_by_ref
    cases = []
    for hook in api.webhooks:
        body: Any = hook.example if isinstance(hook.example, (dict, list)) else wire_value(value_of(hook.payload, models, api.package))
        if body is None or (hook.form and not (isinstance(body, dict) and all(isinstance(v, (str, int, float, bool)) for v in body.values()))):
            continue  # nothing to make, or a form body that is not flat fields
        if hook.form:
            body = {k: _wire(v) for k, v in body.items()}
        model = hook.payload.ref.name if hook.payload.kind == "model" and hook.payload.ref else None
        cases.append(
            WebhookCaseView(
                test=f"test_{hook.function}_decodes_its_payload",
                function=hook.function,
                body=json_document(body),
                sent="urlencode(body)" if hook.form else "json.dumps(body)",
                model=model,
                # A form's fields are text: compared as the fields it decodes, not their text.
                check=("result.to_dict().keys() == body.keys()" if hook.form else "result.to_dict() == body") if model else "result == body",
            )
        )
    return cases


def example_base_url(api: Api, client_args: dict[str, str]) -> str | None:
    """The `base_url=` the generated tests and README give a client whose spec's server URL is
    relative (or absent): it names no host, so the client needs one. None otherwise."""
    base = _server_url(api, client_args)
    return None if urlsplit(base).netloc else "https://api.example.com" + base


def example_credentials(api: Api) -> dict[str, str]:
    """Credentials of the test client; one that fills a path parameter takes that parameter's example."""
    values = {}
    for c in api.credentials:
        example = None
        if c.path_parameter:
            examples = (_id_value(p) for o in api.operations for p in o.path_parameters if p.wire == c.path_parameter)
            example = next((e for e in examples if e is not None), None)
        if c.server_variable:
            values[c.name] = "example"
        else:
            values[c.name] = str(example) if example is not None else f"test-{c.name.replace('_', '-')}"
    return values


def _test_imports(cases: list[Any]) -> list[str]:
    """The standard-library imports the test file needs, in isort's order."""
    lines = ["from collections.abc import Callable", "from typing import Any"]
    if any("datetime." in text for case in cases for text in (case.decoded.expected if case.decoded else "", case.call_statement)):
        lines.append("import datetime")
    if any(case.decoded and case.decoded.unchecked for case in cases):
        lines.append("from unittest.mock import ANY")
    if any(case.response.startswith("json.") for case in cases):
        lines.append("import json")
    if any(case.form is not None for case in cases):
        lines.append("from urllib.parse import parse_qsl")
    return sorted(lines, key=lambda line: (line.startswith("from "), line))


def _server_url(api: Api, client_args: dict[str, str]) -> str:
    url = api.base_url
    for variable in api.server_variables:
        given = next((client_args[c.name] for c in api.credentials if c.server_variable == variable.name), None)
        url = url.replace("{" + variable.name + "}", given or variable.default)
    return url


def _expected_auth(api: Api, client_args: dict[str, str]) -> tuple[str, str] | None:
    """The header the client's credentials must produce: (name, value), or None without auth."""
    auth = api.auth
    if auth.username and auth.password:
        token = base64.b64encode(f"{client_args[auth.username]}:{client_args[auth.password]}".encode()).decode()
        return "Authorization", f"Basic {token}"
    if auth.bearer:
        return "Authorization", f"Bearer {client_args[auth.bearer]}"
    if auth.headers:
        wire, name = auth.headers[0]
        return wire, client_args[name]
    return None


def _case(api: Api, op: Operation, plan: CallPlan) -> CaseView:
    args = plan.arguments
    by_name = {p.name: p for p in op.arguments}
    form = None
    if op.body_encoding == "form":
        form = [pair for k, v in args.items() if by_name[k].location == "body" for pair in _form_pairs(by_name[k], v)]
    body_args = {k: v for k, v in args.items() if by_name[k].location == "body"}
    # An optional body with no argument given is not sent (see build._body): the test expects none.
    no_body = op.body_optional and not body_args and op.body_encoding is not None
    if no_body:
        form = None
    multipart = None
    if op.body_encoding == "multipart" and body_args:
        multipart = sorted({by_name[k].wire for k in body_args})
    json_body: Any = None
    if op.body_encoding == "json" and body_args:
        single = [k for k in body_args if by_name[k].whole_body]
        # A body passed whole is sent as its example (which the argument may build a model from).
        json_body = by_name[single[0]].example if single else {by_name[k].wire: wire_value(v) for k, v in body_args.items()}
    raw_body = None
    if op.raw_body_media is not None and body_args:
        [(name, value)] = body_args.items()
        # Text as given (only a text body's example is used); a file's content (see synthesize.value_of).
        raw_body = 'b"example"' if by_name[name].type.kind == "file" else f"{literal(value)}.encode()"
    decoded = None
    response = op.response
    example = op.response_example if op.has_response_example else {}
    if response is not None and response.kind == "model" and isinstance(example, dict):
        model = next(m for m in api.models if m.ref == response.ref)
        decoded = _decoded_view(model.fields, example, f"{op.key.upper()}_RESPONSE")
    required = plan.required(op)
    rejects = []
    # One value outside the enum per enum argument: with the required arguments, nothing else in the
    # call can be what fails.
    outside = [
        (p.name, "not-a-value" if p.type.enum_values and isinstance(p.type.enum_values[0], str) else -12345)
        for p in op.arguments
        if p.type.kind == "enum" and p.type.ref is not None and p.name in args
    ]
    for index, position, param in ((i, n, p) for i, params in enumerate(plan.step_parameters) for n, p in enumerate(params)):
        if violates(param.type, _BAD_ID):
            steps = list(plan.steps)
            accessor, ids = steps[index]
            steps[index] = (accessor, tuple(_BAD_ID if n == position else i for n, i in enumerate(ids or ())))
            name = param.checked_as or snake(param.wire)  # as the check names it
            bad_call = replace(required, steps=tuple(steps)).code("client")
            rejects.append(call("pytest.param", f"lambda client: {bad_call}", literal(name), id=literal(f"{op.key}-{name}")))
    test_name = op.key

    return CaseView(
        op=op,
        name=snake(test_name),
        title=" ".join((op.summary or op.operation_id).split()),
        # One test per operation: the request its example sends and, where there is a model to
        # decode into, the decoding of its response example (same call: one client, one request).
        test=f"test_{snake(test_name)}_{'sends_and_decodes_the_documented_example' if decoded else 'sends_the_documented_request'}",
        doc=docstring_body(
            f"{op.summary or op.operation_id}: the spec's example sends exactly `{op.http_method} {op.path}`"
            + (", and its response example decodes field by field." if decoded else ".")
        ),
        call_statement=f"result = {plan.code('client')}" if decoded else plan.code("client"),
        short_call=required.code("client"),
        outside=literal(outside) if outside else None,
        outside_call=_outside_call(required),
        method=literal(op.http_method),
        form=literal(form) if form is not None else None,
        no_body=no_body,
        multipart=[literal(f'name="{wire}"') for wire in multipart] if multipart else None,
        json_body=literal(json_body) if json_body is not None else None,
        raw_body=raw_body,
        raw_media=literal(op.raw_body_media),
        status=op.response_status,
        response=_response_constant(op),
        model=response.ref.name if response is not None and response.kind == "model" and response.ref else None,
        decoded=decoded,
        rejects=rejects,
    )


def _decoded_view(fields: list[Field], example: dict[str, Any], constant: str) -> DecodedView:
    """How the decode test states what the model holds after decoding `example`: the example itself
    (the decoded values of JSON's own types are the JSON values), with the values decoding gives its
    other fields (dates, numbers sent as strings) in their place, and the keys the model does not
    declare, which it keeps as extra fields."""
    by_wire = {f.wire: f for f in fields}
    replaced, unchecked = [], False
    for key, value in example.items():
        field = by_wire.get(key)
        if field is None:
            continue
        expected = expected_value(field.type, value)
        if expected is None:
            replaced.append(f"{literal(key)}: ANY")  # a list or map of dates: not spelled out
            unchecked = True
        elif expected[0] or expected[1] == literal(value) or (isinstance(value, (int, float)) and not isinstance(value, bool)):
            continue  # as the JSON has it (a nested model as its wire form; an integer equals its float)
        else:
            replaced.append(f"{literal(key)}: {expected[1]}")
    extra = sorted(key for key in example if key not in by_wire)
    return DecodedView(
        expected=_exploded_dict([f"**{constant}", *replaced]) if replaced else constant,
        unchecked=unchecked,  # some value is left as `ANY`
        extra=f"result.extra_fields.keys() == {{{', '.join(literal(k) for k in extra)}}}" if extra else "not result.extra_fields",
    )


def _exploded_dict(entries: list[str]) -> str:
    """A dict display one entry a line, as black lays out one that does not fit on a line."""
    return "{\n" + "".join(f"        {entry},\n" for entry in entries) + "    }"


def _response_constant(op: Operation) -> str:
    """The example response a test answers with: a JSON object or array as the JSON document it is."""
    if not op.has_response_example:  # an empty one of the documented shape: a list's is []
        return "[]" if op.response is not None and op.response.kind == "list" else "{}"
    example = op.response_example
    return json_document(example) if isinstance(example, (dict, list)) and example else literal(example)


def _outside_call(required: CallPlan) -> str:
    """The call of an enum-reject test: the required arguments, then `argument` set to `value` (the
    argument may be one of them)."""
    given = "".join(f"{literal(k)}: {literal(v)}, " for k, v in required.arguments.items())
    return replace(required, arguments={}).code("client", unpacked=f"{{{given}argument: value}}")


def _pager_row(op: Operation, plan: CallPlan, url: str) -> PagerRow | None:
    """The row of the table of paged operations with which the generated test walks `op`'s pages, in
    whichever way the API leads from one to the next: its list call with the required arguments (and
    `limit`), the pages the test answers with (each a body and headers: two of two items each, and an
    empty one where only an empty page ends the list), how many requests the list then makes, the
    second request's URL where a link gives it whole, else the query parameters it sends again, the
    class of an item, and the page-size parameter."""
    paging = op.pagination
    if paging is None:
        return None

    def page(items: list[Any], **at: Any) -> Any:
        """A page's body: the items where the API puts them, and each value at its wire path."""
        body: dict[str, Any] = {paging.items_wire: items} if paging.items_wire else {}
        for path, value in at.values():
            holder = body
            for key in path[:-1]:
                holder = holder.setdefault(key, {})
            holder[path[-1]] = value
        return body if paging.items_wire else items

    two: list[Any] = [{}, {}]
    absolute = f"{url}?Page=1"
    pages: list[tuple[Any, dict[str, str]]]
    next_url: str | None = None
    params: dict[str, str] = {}
    if paging.next_link_wire:  # a link in the page: a path (`next_page_uri`) or a whole URL (`next_page_url`)
        link = absolute if paging.next_link_wire[-1].lower().endswith("url") else "/" + absolute.split("://", 1)[-1].split("/", 1)[1]
        pages = [(page(two, link=(paging.next_link_wire, link)), {}), (page(two, link=(paging.next_link_wire, None)), {})]
        next_url = absolute
    elif paging.link_header:
        pages = [(page(two), {"Link": f'<{absolute}>; rel="next"'}), (page(two), {})]
        next_url = absolute
    elif paging.cursor_param and paging.cursor_item:  # the last item's id, while the page says there is more
        first = [{"id": "item_1"}, {"id": "item_2"}]
        pages = [(page(first, more=((paging.more_wire,), True)), {}), (page(two, more=((paging.more_wire,), False)), {})]
        params = {paging.cursor_param: "item_2"}
    elif paging.cursor_param:  # the cursor the page gives, until it gives none
        more = {"more": ((paging.more_wire,), True)} if paging.more_wire else {}
        pages = [(page(two, cursor=(paging.cursor_from_wire, "cursor_2"), **more), {}), (page(two, cursor=(paging.cursor_from_wire, None)), {})]
        params = {paging.cursor_param: "cursor_2"}
    else:  # a page number or offset, until the totals say the last page came, or an empty page
        following = paging.offset_first + (1 if paging.offset_kind == "page" else 2)
        params = {paging.offset_param: str(following)}
        if paging.total_wire:
            pages = [(page(two, total=(paging.total_wire, 4)), {})] * 2
        elif paging.pages_wire:
            pages = [(page(two, pages=(paging.pages_wire, 2)), {})] * 2
        else:
            pages = [(page(two), {}), (page(two), {}), (page([]), {})]
    list_call = replace(plan.required(op), then="").code("client", passed=(f"{paging.limit}=limit",))
    item_model = paging.item.ref.name if paging.item.kind == "model" and paging.item.ref else None
    item = f"models.{item_model}" if item_model else "None"
    size = literal(paging.page_size.wire) if paging.page_size is not None else "None"
    row = call(
        "pytest.param",
        f"lambda client, limit=None: {list_call}",
        json_document(pages),
        str(len(pages)),
        literal(next_url),
        literal(params),
        item,
        size,
        id=literal(op.key),
    )
    return PagerRow(row=row, item_model=item_model)


_BAD_ID = "not a valid id"


def violates(t: TypeInfo, value: str) -> bool:
    """Whether the generated client's checks reject `value` for a parameter of type `t`."""
    if t.pattern is not None:
        try:
            if re.search(t.pattern, value) is None:
                return True
        except re.error:
            return False
    if t.format == "uuid":
        try:
            uuid.UUID(value)
        except ValueError:
            return True
    too_short = t.min_length is not None and len(value) < t.min_length
    return too_short or (t.max_length is not None and len(value) > t.max_length)

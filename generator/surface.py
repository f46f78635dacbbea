"""What a spec offers the users of its generated client, operation by operation, in comparable values.

`sdkgen diff` compares two versions of a spec through this, and `sdkgen compare` two vendors' specs:
both read the intermediate model, so they speak of what users touch (methods, keyword arguments, model
fields) as well as of what goes on the wire.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.build import build
from generator.ir import Api, ClassRef, Method, Model, Resource, TypeInfo
from generator.load import Spec
from generator.paths import common_prefix, shape
from generator.validate import validate


@dataclass(frozen=True)
class TypeShape:
    """A type as users meet it, and the constraints the client checks."""

    annotation: str  # e.g. "str", "CallRecordingStatus", "list[Call]"
    nullable: bool
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    format: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None

    @property
    def base(self) -> str:
        """The type without null, enum values or constraints: what a change of type changes."""
        return "enum" if self.enum is not None else self.annotation.removesuffix(" | None")

    def describe(self, code: str = "", *, sort: bool = False) -> str:
        """E.g. `str (pattern ^CA[0-9a-f]{32}$, max length 34) or null`; `code` quotes the pattern,
        `sort` lists enum values in order (for comparing sets) rather than as the spec does."""
        values = sorted(self.enum) if sort and self.enum is not None else self.enum
        text = f"enum [{', '.join(values)}]" if values is not None else self.base
        extras = [f"format {self.format}"] if self.format else []
        extras += [f"pattern {code}{self.pattern}{code}"] if self.pattern else []
        extras += [f"max length {self.max_length}"] if self.max_length is not None else []
        text += f" ({', '.join(extras)})" if extras else ""
        return text + (" or null" if self.nullable else "")


@dataclass(frozen=True)
class ParameterShape:
    wire: str  # "" for a whole JSON body
    location: str  # path, query, header or body
    name: str  # the keyword argument
    required: bool
    type: TypeShape
    description: str


@dataclass(frozen=True)
class FieldShape:
    path: str  # wire names from the response's top, e.g. "subresource_uris" or "meta.next_page_url"
    name: str  # the attribute, e.g. "from_"
    type: TypeShape
    description: str


@dataclass
class OperationShape:
    id: str
    http_method: str
    path: str
    shape: tuple[str, ...]  # the path with ids as {} and without version prefix or extension
    call: str  # how users call it, e.g. "client.calls(call_sid).recordings(sid).update"
    summary: str
    description: str
    parameters: dict[tuple[str, str], ParameterShape] = field(default_factory=dict)  # (location, wire) ->
    response: str = "None"  # the method's return annotation
    fields: dict[str, FieldShape] = field(default_factory=dict)  # response fields by path

    @property
    def title(self) -> str:
        return f"{self.id} ({self.http_method} {self.path})"


@dataclass
class Surface:
    spec: Path
    title: str
    operations: dict[str, OperationShape]  # by operationId
    classes: dict[str, str] = field(default_factory=dict)  # the package's models and enums: name -> "model" or "enum"


def load_surface(path: Path, package: str = "api") -> Surface:
    """The spec at `path`, validated and modelled (raises SdkgenError on bad input)."""
    spec = Spec.load(path)
    validate(spec)
    return surface_of(build(spec, package), path)


def surface_of(api: Api, path: Path) -> Surface:
    models = {m.ref: m for m in api.models}
    prefix = common_prefix([o.path for o in api.operations])
    operations: dict[str, OperationShape] = {}
    for resource in api.all_resources():
        for method in resource.methods:
            op = method.operation
            found = OperationShape(
                id=op.operation_id,
                http_method=op.http_method,
                path=op.path,
                shape=shape(op.path, prefix),
                call=_call(api, resource, method),
                summary=op.summary,
                description=op.description,
                response=op.response.annotation if op.response else "None",
            )
            for p in op.parameters:
                found.parameters[(p.location, p.wire)] = ParameterShape(p.wire, p.location, p.name, p.required, _type(p.type), p.description)
            if op.response is not None:
                _collect_fields(op.response, models, "", found.fields, set())
            operations[op.operation_id] = found
    classes = {m.class_name: "model" for m in api.models} | {e.class_name: "enum" for e in api.enums}
    return Surface(path, api.title, dict(sorted(operations.items())), dict(sorted(classes.items())))


def _call(api: Api, resource: Resource, method: Method) -> str:
    """`client.calls(call_sid).recordings(sid).update`: the chain users write, ids named as parameters."""
    text = "client"
    for step in api.call_chain(resource, method):
        if not step.implied:
            text += f".{step.resource.attribute}"
            if step.ids is not None:
                text += "(" + ", ".join(p.name if p else "id" for p in step.ids) + ")"
    return f"{text}.{method.name}"


def _type(t: TypeInfo) -> TypeShape:
    enum = tuple(str(v) for v in t.enum_values) if t.kind == "enum" else None
    return TypeShape(
        annotation=t.annotation,
        nullable=t.nullable,
        enum=enum,
        pattern=t.pattern,
        format=t.format,
        min_length=t.min_length,
        max_length=t.max_length,
        minimum=t.minimum,
        maximum=t.maximum,
    )


def _collect_fields(t: TypeInfo, models: dict[ClassRef, Model], prefix: str, found: dict[str, FieldShape], seen: set[object]) -> None:
    """Every field of the response model and of the models inside it (each model once per path)."""
    target = t.item if t.kind == "list" and t.item is not None else t
    if target.kind != "model" or target.ref is None or target.ref in seen:
        return
    model = models.get(target.ref)
    if model is None:
        return
    for f in model.fields:
        path = f"{prefix}{f.wire}"
        found[path] = FieldShape(path, f.name, _type(f.type), f.description)
        _collect_fields(f.type, models, path + ".", found, seen | {target.ref})

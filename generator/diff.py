"""`sdkgen diff`: what a spec change does to the people using its generated client.

Each change is classified: breaking (code that worked may now fail: something removed or renamed,
something newly required, a value no longer accepted, a type or a constraint changed) or not (something
added, a response enum value added, text). Each also says what the generated client gains or loses.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from generator.surface import (
    FieldShape,
    OperationShape,
    ParameterShape,
    Surface,
    TypeShape,
)

BREAKING, NON_BREAKING = "breaking", "non-breaking"


@dataclass(frozen=True)
class Change:
    severity: str  # BREAKING or NON_BREAKING
    kind: str  # e.g. "parameter-removed"
    operation: str  # operationId
    http: str  # "POST /path" of the new spec (of the old when removed)
    message: str
    api: str = ""  # what the generated client gains or loses, if anything

    @property
    def breaking(self) -> bool:
        return self.severity == BREAKING


def diff(old: Surface, new: Surface) -> list[Change]:
    changes: list[Change] = []
    matched = _match(old, new)
    for op_id, before in old.operations.items():
        after = matched.get(op_id)
        if after is None:
            changes.append(Change(BREAKING, "operation-removed", op_id, _http(before), f"operation {op_id} removed", f"loses {before.call}()"))
        else:
            changes += _operation_changes(before, after)
    gone = {a.id for a in matched.values()}
    for op_id, after in new.operations.items():
        if op_id not in gone:
            changes.append(Change(NON_BREAKING, "operation-added", op_id, _http(after), f"new operation {op_id}", f"gains {after.call}()"))
    for name, kind in old.classes.items():
        if name not in new.classes:
            changes.append(Change(BREAKING, "class-removed", "(package)", "", f"{kind} {name} no longer generated", f"loses models.{name}"))
    for name, kind in new.classes.items():
        if name not in old.classes:
            changes.append(Change(NON_BREAKING, "class-added", "(package)", "", f"new {kind} {name}", f"gains models.{name}"))
    return changes


def _match(old: Surface, new: Surface) -> dict[str, OperationShape]:
    """Old operationId -> the new operation: by operationId, else by HTTP method and path."""
    by_route = {(o.http_method, o.path): o for o in new.operations.values()}
    matched = {}
    for op_id, before in old.operations.items():
        after = new.operations.get(op_id)
        if after is None:
            after = by_route.get((before.http_method, before.path))
            if after is not None and after.id in old.operations:
                after = None  # that route belongs to an operation of its own in the old spec
        if after is not None:
            matched[op_id] = after
    return matched


def _http(op: OperationShape) -> str:
    return f"{op.http_method} {op.path}"


def _operation_changes(before: OperationShape, after: OperationShape) -> list[Change]:
    found: list[Change] = []

    def add(severity: str, kind: str, message: str, api: str = "") -> None:
        found.append(Change(severity, kind, after.id, _http(after), message, api))

    if before.id != after.id:
        add(NON_BREAKING, "operation-renamed", f"operationId {before.id} is now {after.id}")
    if before.path != after.path or before.http_method != after.http_method:
        add(BREAKING, "path-changed", f"{_http(before)} moved to {_http(after)}")
    if before.call != after.call:
        add(BREAKING, "method-moved", "the generated method moved", f"{before.call}() is now {after.call}()")
    if before.summary != after.summary or before.description != after.description:
        add(NON_BREAKING, "text-changed", "summary or description changed")
    _parameter_changes(before, after, add)
    _response_changes(before, after, add)
    return found


def _parameter_changes(before: OperationShape, after: OperationShape, add: Any) -> None:
    removed = [p for key, p in before.parameters.items() if key not in after.parameters]
    added = [p for key, p in after.parameters.items() if key not in before.parameters]
    for old in list(removed):  # one removed and one added of the same place and type: a rename
        twins = [n for n in added if n.location == old.location and n.type == old.type]
        if len(twins) == 1 and len([r for r in removed if r.location == old.location and r.type == old.type]) == 1:
            new = twins[0]
            add(BREAKING, "parameter-renamed", f"{_what(old)} renamed to {new.wire}", f"{old.name}= is now {new.name}=")
            removed.remove(old)
            added.remove(new)
    for old in removed:
        add(BREAKING, "parameter-removed", f"{_what(old)} removed", f"{after.call}() loses {old.name}=")
    for new in added:
        if new.required:
            kind = "required-body-field-added" if new.location == "body" else "required-parameter-added"
            add(BREAKING, kind, f"new required {_what(new)}", f"{after.call}() needs {new.name}=")
        else:
            add(NON_BREAKING, "optional-parameter-added", f"new optional {_what(new)}", f"{after.call}() gains {new.name}=")
    for key, old in before.parameters.items():
        now = after.parameters.get(key)
        if now is not None:
            _one_parameter(old, now, after, add)


def _what(p: ParameterShape) -> str:
    return f"{'body field' if p.location == 'body' else p.location + ' parameter'} {p.wire or '(the body)'}"


def _one_parameter(old: ParameterShape, new: ParameterShape, op: OperationShape, add: Any) -> None:
    what = _what(new)
    if old.name != new.name:
        add(BREAKING, "parameter-renamed", f"{what}: keyword argument renamed", f"{old.name}= is now {new.name}=")
    if not old.required and new.required:
        add(BREAKING, "parameter-now-required", f"{what} is now required", f"{op.call}() needs {new.name}=")
    elif old.required and not new.required:
        add(NON_BREAKING, "parameter-now-optional", f"{what} is now optional")
    for severity, kind, message in _request_type_changes(old.type, new.type):
        add(severity, kind, f"{what}: {message}")
    if old.description != new.description:
        add(NON_BREAKING, "text-changed", f"{what}: description changed")


def _request_type_changes(old: TypeShape, new: TypeShape) -> list[tuple[str, str, str]]:
    """A request value's type: what was accepted must still be."""
    if old.base != new.base:
        return [(BREAKING, "type-changed", f"type changed from {old.describe()} to {new.describe()}")]
    found = []
    if old.nullable and not new.nullable:
        found.append((BREAKING, "type-changed", "no longer accepts null"))
    elif new.nullable and not old.nullable:
        found.append((NON_BREAKING, "type-widened", "now accepts null"))
    if old.enum is not None and new.enum is not None:
        found += [(BREAKING, "enum-value-removed", f"enum value {v!r} removed") for v in old.enum if v not in new.enum]
        found += [(NON_BREAKING, "enum-value-added", f"new enum value {v!r}") for v in new.enum if v not in old.enum]
    if new.pattern != old.pattern:
        if new.pattern is None:
            found.append((NON_BREAKING, "constraint-loosened", f"pattern {old.pattern} dropped"))
        else:
            found.append((BREAKING, "pattern-tightened", f"pattern {old.pattern or '(none)'} is now {new.pattern}"))
    if new.format != old.format and new.format is not None:
        found.append((BREAKING, "format-changed", f"format {old.format or '(none)'} is now {new.format}"))
    for name, smaller_is_tighter in (("max_length", True), ("maximum", True), ("min_length", False), ("minimum", False)):
        before, after = getattr(old, name), getattr(new, name)
        if before == after:
            continue
        tighter = after is not None and (before is None or (after < before if smaller_is_tighter else after > before))
        label = name.replace("_", " ")
        if tighter:
            kind = "max-length-tightened" if name == "max_length" else "constraint-tightened"
            found.append((BREAKING, kind, f"{label} {before if before is not None else '(none)'} is now {after}"))
        else:
            found.append((NON_BREAKING, "constraint-loosened", f"{label} {before} is now {after if after is not None else '(none)'}"))
    return found


def _response_changes(before: OperationShape, after: OperationShape, add: Any) -> None:
    if before.response != after.response and not (before.fields and after.fields):
        add(BREAKING, "response-type-changed", f"returns {after.response} instead of {before.response}", f"{after.call}() -> {after.response}")
    for path, old in before.fields.items():
        new = after.fields.get(path)
        if new is None:
            add(BREAKING, "response-field-removed", f"response field {path} removed", f"the result loses .{_attribute(old)}")
            continue
        for severity, kind, message in _response_type_changes(old.type, new.type):
            add(severity, kind, f"response field {path}: {message}")
    for path, new in after.fields.items():
        if path not in before.fields:
            add(NON_BREAKING, "response-field-added", f"new response field {path}", f"the result gains .{_attribute(new)}")


def _attribute(f: FieldShape) -> str:
    return f.path.rsplit(".", 1)[0] + "." + f.name if "." in f.path else f.name


def _response_type_changes(old: TypeShape, new: TypeShape) -> list[tuple[str, str, str]]:
    """A response value's type: what users read must keep its type; new values are fine."""
    if old.base != new.base:
        return [(BREAKING, "response-type-changed", f"type changed from {old.describe()} to {new.describe()}")]
    found = []
    if new.nullable and not old.nullable:
        found.append((BREAKING, "response-type-changed", "may now be null"))
    if old.enum is not None and new.enum is not None:
        found += [(NON_BREAKING, "response-enum-value-added", f"new enum value {v!r}") for v in new.enum if v not in old.enum]
        found += [(NON_BREAKING, "response-enum-value-removed", f"enum value {v!r} no longer sent") for v in old.enum if v not in new.enum]
    return found


# --- reports -------------------------------------------------------------------------------------


def render(old: Surface, new: Surface, changes: list[Change], fmt: str) -> str:
    if fmt == "json":
        data = {
            "old": str(old.spec),
            "new": str(new.spec),
            "breaking": sum(c.breaking for c in changes),
            "non_breaking": sum(not c.breaking for c in changes),
            "changes": [asdict(c) for c in changes],
        }
        return json.dumps(data, indent=2) + "\n"
    if fmt == "markdown":
        return _markdown(old, new, changes)
    return _text(old, new, changes)


def _summary(changes: list[Change]) -> str:
    breaking = sum(c.breaking for c in changes)
    return f"{breaking} breaking, {len(changes) - breaking} non-breaking change{'s' if len(changes) - breaking != 1 else ''}"


def _by_operation(changes: list[Change]) -> dict[str, list[Change]]:
    grouped: dict[str, list[Change]] = {}
    for change in sorted(changes, key=lambda c: (c.operation, not c.breaking)):
        grouped.setdefault(change.operation, []).append(change)
    return grouped


def _text(old: Surface, new: Surface, changes: list[Change]) -> str:
    lines = [f"{old.spec} -> {new.spec}: {_summary(changes)}"]
    for op_id, found in _by_operation(changes).items():
        lines.append(f"\n{op_id}  {found[0].http}".rstrip())
        for c in found:
            label = "BREAKING" if c.breaking else "ok      "
            lines.append(f"  {label}  {c.message}" + (f"  [{c.api}]" if c.api else ""))
    return "\n".join(lines) + "\n"


def _markdown(old: Surface, new: Surface, changes: list[Change]) -> str:
    lines = [f"## API changes: {new.title}", "", f"`{old.spec}` → `{new.spec}`: **{_summary(changes)}**."]
    for heading, wanted in (("Breaking", True), ("Non-breaking", False)):
        chosen = [c for c in changes if c.breaking == wanted]
        if not chosen:
            continue
        lines += ["", f"### {heading}", "", "| operation | change | generated client |", "|---|---|---|"]
        for c in sorted(chosen, key=lambda c: c.operation):
            lines.append(f"| `{c.operation}` | {_cell(c.message)} | {_cell(c.api)} |")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")

"""The resource tree's Python names: each resource's classes and module, each operation's method
(`create`, `fetch`, `list`, an action's verb), and which methods create (which decides retries).
Turns tree.py's drafts into finished `Resource`s."""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.build.tree import Node, Placed, Tree, id_is_credential
from generator.ir import Method, Operation, Resource
from generator.naming import CLASS_RESERVED, METHOD_RESERVED, RESOURCE_ATTRIBUTES, pascal, singular, snake

# Conventional method names by HTTP method, best first: with both PATCH and PUT, PUT is `replace`.
_INSTANCE_METHODS = {"GET": ("fetch",), "POST": ("update",), "PATCH": ("update",), "PUT": ("update", "replace"), "DELETE": ("delete",)}
_LIST_METHODS = {"POST": ("create",), "PATCH": ("update",), "PUT": ("update", "replace"), "DELETE": ("delete",)}
_NAMING_ORDER = {"GET": 0, "POST": 1, "PATCH": 2, "PUT": 3, "DELETE": 4}


@dataclass(frozen=True)
class Named:
    """The finished tree: the client's resources (its accessors), the hoisted ones, and each placed
    operation as its methods send it (by the operation it was made from: `id()` of it)."""

    resources: list[Resource]
    hoisted: list[Resource]
    operations: dict[int, Operation]


def resources(tree: Tree, other_classes: set[str], paged: set[str]) -> Named:
    """The resource tree, named and finished.

    `other_classes`: the models' and enums' class names, which no resource class may take; `paged`:
    the response models that hold a list (a GET of a collection answering one is `list()`)."""
    classes = _class_names(tree.roots, tree.credential_params, other_classes | CLASS_RESERVED)
    finished: dict[int, Resource] = {}
    operations: dict[int, Operation] = {}

    def methods(placed: list[Placed], table: dict[str, tuple[str, ...]], is_list: bool, children: list[Node]) -> list[Method]:
        named = _methods(placed, table, is_list, children, paged)
        for entry, method in zip(placed, named, strict=True):
            operations[id(entry.operation)] = method.operation
        return named

    def finish(node: Node, parent: Resource | None) -> Resource:
        list_class, context_class, module = classes[id(node)]
        resource = Resource(
            attribute=node.attribute,
            segment=node.segment,
            list_class=list_class,
            context_class=context_class,
            module=module,
            id_argument=node.id_argument,
            id_count=node.id_count,
            id_arguments=node.id_arguments,
            slot=node.slot,
            parent=parent,
            via_id=node.via_id,
            id_description=node.id_description,
            id_type=node.id_type,
            id_annotation=node.id_annotation,
            takes_id=node.takes_id,
            list_methods=methods(node.list_operations, _LIST_METHODS, True, node.list_children),
            context_methods=methods(node.context_operations, _INSTANCE_METHODS, False, node.children),
        )
        finished[id(node)] = resource
        resource.list_children = [finish(below, resource) for below in node.list_children]
        resource.children = [finish(below, resource) for below in node.children]
        return resource

    roots = [finish(root, None) for root in tree.roots]
    return Named(roots, [finished[id(node)] for node in tree.hoisted], operations)


def _class_names(roots: list[Node], credential_params: set[str], other_classes: set[str]) -> dict[int, tuple[str, str | None, str]]:
    """Each resource's classes (`CallList`, `CallContext`, and their Async twins) and module, unlike
    each other and unlike `other_classes`: (list class, context class or None, module) by node."""
    taken: set[str] = set()
    named: dict[int, tuple[str, str | None, str]] = {}
    for resource in [r for root in roots for r in root.walk()]:
        chain = resource.chain
        if len(chain) > 1 and id_is_credential(chain[0], credential_params):
            chain = chain[1:]  # `Accounts/{AccountSid}/Calls` reads as Calls: the account is implied
        words = [pascal(singular(r.segment)) for r in chain[:-1]] + [pascal(resource.segment)]
        base = "".join(words)
        stem = "".join(pascal(singular(r.segment)) for r in chain)
        candidate, n = stem, 1
        while candidate in taken or any(f"{a}{candidate}{b}" in other_classes for a in ("", "Async") for b in ("List", "Context")):
            n += 1
            candidate = f"{stem}{n}"
        taken.add(candidate)
        module = "resources." + snake(base if n == 1 else candidate, prefix="resource")
        named[id(resource)] = (f"{candidate}List", f"{candidate}Context" if resource.takes_id else None, module)
    return named


def _methods(placed: list[Placed], table: dict[str, tuple[str, ...]], is_list: bool, children: list[Node], paged: set[str]) -> list[Method]:
    """The methods of a list (`is_list`) or context class, in the order the operations were placed;
    named unlike each other, the class's accessors (`children`) and its `with_raw_response`."""
    taken = {c.attribute for c in children} | RESOURCE_ATTRIBUTES
    names: dict[int, str] = {}
    for entry in sorted(placed, key=lambda p: (_NAMING_ORDER.get(p.operation.http_method, 9), p.operation.operation_id)):
        operation = entry.operation
        if operation.method_name:  # the spec's own (`x-sdkgen-name`): taken, it is suffixed, never dropped
            name = operation.method_name
        else:
            conventional = (entry.action,) if entry.action else _conventional_names(operation, table, is_list, paged)
            candidates = [n for n in conventional if n not in taken]
            name = candidates[0] if candidates else snake(operation.operation_id, reserved=METHOD_RESERVED)
        while name in taken:
            name += "_"
        taken.add(name)
        names[id(entry)] = name
    return [Method(names[id(p)], _finished(p)) for p in placed]


def _finished(placed: Placed) -> Operation:
    """The operation with what the tree decided of its path ids: each one's slot in the chain (None:
    the method's argument), and those the resource's accessor checks."""
    parameters = [
        replace(p, slot=placed.slots.get(p.wire), checked_as=placed.checked.get(p.wire)) if p.location == "path" else p
        for p in placed.operation.parameters
    ]
    return replace(placed.operation, parameters=parameters)


def _conventional_names(operation: Operation, table: dict[str, tuple[str, ...]], is_list: bool, paged: set[str]) -> tuple[str, ...]:
    if is_list and operation.http_method == "GET":
        response = operation.response
        is_page = response is not None and (
            response.kind == "list" or (response.kind == "model" and response.ref is not None and response.ref.name in paged)
        )
        return ("list",) if is_page else ("fetch",)
    return table.get(operation.http_method, ())

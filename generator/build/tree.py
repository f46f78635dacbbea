"""Operations -> the resource tree: each path's collection segments become nested resources
(`/Accounts/{AccountSid}/Calls/{Sid}` -> accounts(id).calls(id)), each operation placed on a list
or a context, action paths folded into verbs. The tree's nodes are drafts that names.py finishes
into `Resource`s once every name in it is known."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from generator import paths
from generator.errors import Level, Problem
from generator.ir import Credential, Operation, Parameter, TypeInfo, value_checks
from generator.load import Spec, join_pointer
from generator.naming import CLIENT_ATTRIBUTES, METHOD_RESERVED, RESOURCE_ATTRIBUTES, singular, snake


@dataclass(eq=False)
class Placed:
    """An operation on a list or context, and what the tree decided of it: `action`, the verb of an
    action path folded into it; `slots`, the position in the resource chain of each path id the
    chain takes (wire name -> slot; other path parameters are the method's arguments); `checked`,
    the ids their resource's accessor checks (wire name -> the accessor's argument)."""

    operation: Operation
    slots: dict[str, int]
    action: str = ""
    checked: dict[str, str] = field(default_factory=dict)

    def ids_at(self, slot: int) -> list[Parameter]:
        return [p for p in self.operation.path_parameters if self.slots.get(p.wire) == slot]


@dataclass(eq=False)
class Node:
    """A collection segment of the paths as the tree builder finds it (see `ir.Resource`, which it
    becomes, for what each field means)."""

    attribute: str
    segment: str
    slot: int
    parent: Node | None
    via_id: bool
    takes_id: bool = False
    id_argument: str = "sid"
    id_named_at_end: bool = False  # id_argument comes from a path that ends with the id
    id_count: int = 1
    id_arguments: tuple[str, ...] = ()
    id_description: str = ""
    id_type: TypeInfo | None = None
    id_annotation: str = "str"
    list_operations: list[Placed] = field(default_factory=list)
    context_operations: list[Placed] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    list_children: list[Node] = field(default_factory=list)

    @property
    def chain(self) -> list[Node]:
        node: Node | None = self
        chain = []
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    def walk(self) -> list[Node]:
        found = [self]
        for below in self.list_children + self.children:
            found += below.walk()
        return found

    def placed(self) -> list[Placed]:
        """Every operation placed here and below."""
        return [p for node in self.walk() for p in node.list_operations + node.context_operations]


class TreeBuilder:
    def __init__(self, credentials: list[Credential], problems: list[Problem], spec: Spec) -> None:
        self.roots: dict[str, Node] = {}
        self.credential_params = {c.path_parameter for c in credentials if c.path_parameter}
        self.credential_names = frozenset(c.name for c in credentials)  # the client's attributes too
        self.problems = problems
        self.spec = spec

    def add(self, operation: Operation, path: str, prefix: int) -> None:
        """Place `operation` by `path` (its own, after the server URL's), past `prefix` segments."""
        segments = paths.split(path)[prefix:]
        parent: Node | None = None
        slot = index = 0
        slots: dict[str, int] = {}
        with_id = False
        via_id = False
        while index < len(segments):
            segment = segments[index]
            if "{" not in segment:
                last = index == len(segments) - 1
                parent = self._child(parent, paths.bare(segment) if last else segment, slot, via_id)
                index += 1
            elif parent is None and paths.PARAM_SEGMENT.match(segment):
                # A path that starts with an id (`/{tenant}/calls`): the id names what it picks,
                # `client.tenant("acme").calls`; the segment stays `{tenant}`, so it is never taken
                # for a collection the spec names `tenant`.
                parent = self._child(None, paths.bare(segment), slot, via_id)
            else:  # text and an id in one segment (`calls-{date}`): no collection to hang it on
                self._skip(operation, f"path segment {segment!r} does not follow a collection name")
                return
            # The ids after the collection: usually one (`Calls/{Sid}`), sometimes more (`repos/{owner}/{repo}`).
            ids: list[Parameter] = []
            while index < len(segments) and (match := paths.PARAM_SEGMENT.match(segments[index])):
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
                    ids = ids[: parent.id_count]
                elif parent.takes_id and parent.id_count != len(ids):
                    self._skip(operation, f"`{parent.segment}` is followed by {len(ids)} id(s) here but {parent.id_count} in another path")
                    return
                for param in ids:
                    slots[param.wire] = slot
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
        (parent.context_operations if with_id else parent.list_operations).append(Placed(operation, slots))

    def _child(self, parent: Node | None, segment: str, slot: int, via_id: bool) -> Node:
        if parent is None:
            siblings = self.roots
        else:
            siblings = {c.segment: c for c in (parent.children if via_id else parent.list_children)}
        if segment in siblings:
            return siblings[segment]
        # Segments that differ only by `-` and `_` (`get_signed_url`, `get-signed-url`) stay distinct.
        taken = {c.attribute for c in siblings.values()}
        # On the client, a resource never hides one of its methods or settings (`client.close()`).
        reserved = METHOD_RESERVED | (CLIENT_ATTRIBUTES | self.credential_names if parent is None else RESOURCE_ATTRIBUTES)
        name = candidate = snake(segment, reserved=reserved)
        n = 1
        while name in taken:
            n += 1
            name = f"{candidate}_{n}"
        child = Node(attribute=name, segment=segment, slot=slot, parent=parent, via_id=via_id)
        if parent is None:
            self.roots[segment] = child
        else:
            (parent.children if via_id else parent.list_children).append(child)
        return child

    def _skip(self, operation: Operation, why: str) -> None:
        where = self.spec.root.locate(join_pointer("paths", operation.path))
        self.problems.append(Problem(Level.WARNING, f"{operation.operation_id}: {why}; operation left out", where))


@dataclass
class Tree:
    """The drafts of the client's resources: `roots` its accessors, `hoisted` those below a root
    whose id is a credential (an account), reachable from the client without it."""

    roots: list[Node]
    hoisted: list[Node]
    credential_params: set[str]  # path parameters the client fills from its credentials


def resource_tree(operations: list[Operation], credentials: list[Credential], problems: list[Problem], spec: Spec, server_path: str = "") -> Tree:
    builder = TreeBuilder(credentials, problems, spec)
    # Each path alone decides where its chain starts, so that adding a path never moves another's.
    for operation in sorted(operations, key=lambda o: (o.path, o.http_method)):
        path = paths.rooted(server_path, operation.path)
        builder.add(operation, path, paths.version_prefix(path))
    roots = sorted(builder.roots.values(), key=lambda r: r.segment)
    hoisted = []
    taken = {r.attribute for r in roots}
    for root in roots:
        if root.takes_id and id_is_credential(root, builder.credential_params):
            for below in sorted(root.children, key=lambda r: r.segment):
                if below.attribute not in taken:
                    hoisted.append(below)
                    taken.add(below.attribute)
    for root in roots:
        _fold_actions(root)
    for node in [n for root in roots for n in root.walk()]:
        _check_ids_on_access(node)
    return Tree(roots, hoisted, builder.credential_params)


def _fold_actions(resource: Node) -> None:
    """An action path reads as a verb on what it acts on: `POST /shipments/{id}/cancel` is
    client.shipments(id).cancel(...), `POST /calls/{id}/actions/answer` client.calls(id).actions.answer().
    An action is a segment with one operation, a POST, nothing below it, and a name that is no plural
    noun (a plural is a collection that is created in: client.calls(id).recordings.create())."""
    for below in list(resource.children) + list(resource.list_children):
        _fold_actions(below)
        ops = below.list_operations
        segment = paths.bare(below.segment)
        if below.children or below.list_children or below.takes_id or len(ops) != 1 or ops[0].operation.http_method != "POST":
            continue
        if singular(segment) != segment or not segment.isidentifier() and not segment.replace("-", "_").isidentifier():
            continue
        siblings = resource.children if below.via_id else resource.list_children
        siblings.remove(below)
        (resource.context_operations if below.via_id else resource.list_operations).append(replace(ops[0], action=below.attribute))


def _check_ids_on_access(resource: Node) -> None:
    """Check the id where `resource(id)` takes it, if each operation under the context would check it
    alike (a pattern, format, length or range; nothing else sets a path id's checks). An id every
    operation types as an integer is taken as an `int`."""
    if not resource.takes_id or resource.id_count != 1:
        return
    under = resource.context_operations + [p for below in resource.children for p in below.placed()]
    found = [(placed, param) for placed in under for param in placed.ids_at(resource.slot)]
    ids = [param for _, param in found]
    if not ids or len(ids) != len(under):
        return
    if all(p.type.kind == "int" for p in ids):
        resource.id_annotation = "int"
    checks = value_checks(ids[0].type, "", "")
    if not checks or any(value_checks(p.type, "", "") != checks for p in ids):
        return
    resource.id_type = ids[0].type
    for placed, param in found:
        placed.checked[param.wire] = resource.id_argument


def id_is_credential(resource: Node, credential_params: set[str]) -> bool:
    if resource.id_count != 1:
        return False
    return any(p.wire in credential_params for placed in resource.placed() for p in placed.ids_at(resource.slot))

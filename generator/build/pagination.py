"""Which list operations are paged, and how their pages link (read from the response model)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from generator import conventions
from generator.ir import ClassRef, Field, Model, Operation, Pagination, TypeInfo
from generator.naming import METHOD_RESERVED, words


def pagination(operation: Operation, models: dict[ClassRef, Model]) -> Pagination | None:
    """A GET answering a list of items (a model holding one list, or the list itself) is paged when
    something leads from one page to the next: a link in the page, a cursor, an RFC 8288 `Link`
    header the response declares, or a page-number or offset query parameter."""
    response = operation.response
    if operation.http_method != "GET" or response is None:
        return None
    page: Model | None = None
    item: TypeInfo | None
    if response.kind == "list" and response.item is not None:  # the body is the list
        items_name, items_wire, item = "", "", response.item
    elif response.kind == "model" and response.ref is not None and (page := models.get(response.ref)) is not None:
        lists = [f for f in page.fields if f.type.kind == "list" and f.type.item is not None]
        if len(lists) != 1:
            return None
        items_name, items_wire, item = lists[0].name, lists[0].wire, lists[0].type.item
    else:
        return None
    assert item is not None
    sizes = [p for p in operation.located("query") if _words(p.wire) in conventions.PAGE_SIZE_NAMES and p.type.kind == "int"]
    taken = {p.name for p in operation.arguments} | METHOD_RESERVED
    limit = next(name for name in ("limit", "max_items", "max_items_") if name not in taken)
    base = Pagination(items_name, items_wire, item, (), (), sizes[0] if sizes else None, limit)
    if page is not None:
        link = _next_link(page, models)
        if link is not None:
            return replace(base, next_link=link[0], next_link_wire=link[1])
        cursor = _cursor(operation, page, item, models)
        if cursor is not None:
            return cursor(base)
    if conventions.LINK_HEADER in operation.response_headers:
        return replace(base, link_header=True)
    return _offset(operation, base, page, models)


def _offset(operation: Operation, base: Pagination, page: Model | None, models: dict[ClassRef, Model]) -> Pagination | None:
    """Page-number or offset paging (see conventions.PAGE_NUMBER_PARAMS): the parameter, its kind
    and first value (the spec's default or minimum, else 1 for a page number and 0 for an offset),
    and where a page gives its totals; None when the operation takes no such parameter."""
    params = {_words(p.wire): p for p in operation.located("query") if p.type.kind == "int"}
    if any(_words(p.wire) in conventions.CURSOR_PARAMS for p in operation.located("query")):
        return None  # a page number beside a page token (Twilio's Page with PageToken): the token leads
    for kind, names, start in (("page", conventions.PAGE_NUMBER_PARAMS, 1), ("offset", conventions.OFFSET_PARAMS, 0)):
        found = next((params[name] for name in names if name in params), None)
        if found is None:
            continue
        default = found.default if isinstance(found.default, int) and not isinstance(found.default, bool) else None
        minimum = found.type.minimum if isinstance(found.type.minimum, int) else None
        first = default if default is not None else minimum if minimum is not None else start
        total = _path_to(page, models, conventions.TOTAL_NAMES) if page is not None else []
        pages = _path_to(page, models, conventions.PAGE_COUNT_NAMES) if page is not None and kind == "page" else []
        return replace(
            base,
            offset_param=found.wire,
            offset_kind=kind,
            offset_first=first,
            total=tuple(f.name for f in total),
            total_wire=tuple(f.wire for f in total),
            pages=tuple(f.name for f in pages),
            pages_wire=tuple(f.wire for f in pages),
        )
    return None


def _path_to(page: Model, models: dict[ClassRef, Model], names: tuple[str, ...]) -> list[Field]:
    """The fields leading from the page to an integer field with one of `names`, on the page or one
    level down (`meta.total_count`); [] when there is none."""
    for name in names:
        for f in page.fields:
            if _words(f.wire) == name and f.type.kind == "int":
                return [f]
    for f in page.fields:
        inner = models.get(f.type.ref) if f.type.kind == "model" and f.type.ref is not None else None
        if inner is not None:
            found = _path_to(inner, {}, names)
            if found:
                return [f, *found]
    return []


def _cursor(operation: Operation, page: Model, item: TypeInfo, models: dict[ClassRef, Model]) -> Callable[[Pagination], Pagination] | None:
    """Cursor paging (see conventions.MORE_FLAG_NAMES), as what it adds to a Pagination: the query
    parameter, the page's field holding its value or the last item's, and the page's more flag; None
    when the operation pages no such way."""
    params = {_words(p.wire): p.wire for p in operation.located("query")}
    flags = [f for f in page.fields if _words(f.wire) in conventions.MORE_FLAG_NAMES and f.type.kind == "bool"]
    more, more_wire = (flags[0].name, flags[0].wire) if flags else ("", "")
    item_model = models.get(item.ref) if item.kind == "model" and item.ref is not None else None
    ids = [f.name for f in item_model.fields if f.wire == "id"] if item_model is not None else []
    after = next((params[name] for name in conventions.AFTER_ITEM_PARAMS if name in params), None)
    if flags and ids and after is not None:
        return lambda base: replace(base, cursor_param=after, cursor_item=ids[0], more=more, more_wire=more_wire)
    tokens = [f for f in page.fields if _words(f.wire) in conventions.NEXT_CURSOR_NAMES and f.type.kind == "str"]
    sent = next((params[name] for name in conventions.CURSOR_PARAMS if name in params), None)
    if tokens and sent is not None:
        token = tokens[0]
        return lambda base: replace(base, cursor_param=sent, cursor_from=(token.name,), cursor_from_wire=(token.wire,), more=more, more_wire=more_wire)
    return None


def holds_items(model: Model, models: dict[ClassRef, Model]) -> bool:
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
            if _words(f.wire) == name and f.type.kind == "str":
                return (f.name,), (f.wire,)
    for f in page.fields:
        holder = models.get(f.type.ref) if f.type.kind == "model" and f.type.ref is not None else None
        if holder is not None and _words(f.wire) in conventions.LINK_HOLDER_NAMES:
            inner = _next_link(holder, {})
            if inner is not None:
                return (f.name, *inner[0]), (f.wire, *inner[1])
    return None


def _words(name: str) -> str:
    """A wire name as the conventions spell names: snake case, with nothing escaped (`next` stays
    `next`, which as a Python name would be `next_`)."""
    return "_".join(words(name))

"""Which list operations are paged, and how their pages link (read from the response model)."""

from __future__ import annotations

from generator import conventions
from generator.ir import ClassRef, Model, Operation, Pagination, TypeInfo
from generator.naming import METHOD_RESERVED, words


def pagination(operation: Operation, models: dict[ClassRef, Model]) -> Pagination | None:
    """A GET whose response model holds one list of items and a link to the next page is paged."""
    response = operation.response
    if operation.http_method != "GET" or response is None or response.kind != "model" or response.ref is None:
        return None
    page = models.get(response.ref)
    if page is None:
        return None
    lists = [f for f in page.fields if f.type.kind == "list" and f.type.item is not None]
    if len(lists) != 1:
        return None
    [items] = lists
    assert items.type.item is not None
    link = _next_link(page, models)
    cursor = _cursor(operation, page, items.type.item, models) if link is None else None
    if link is None and cursor is None:
        return None
    sizes = [p for p in operation.located("query") if _words(p.wire) in conventions.PAGE_SIZE_NAMES and p.type.kind == "int"]
    taken = {p.name for p in operation.arguments} | METHOD_RESERVED
    limit = next(name for name in ("limit", "max_items", "max_items_") if name not in taken)
    if link is not None:
        return Pagination(items.name, items.wire, items.type.item, link[0], link[1], sizes[0] if sizes else None, limit)
    assert cursor is not None
    param, cursor_from, cursor_item, more = cursor
    return Pagination(items.name, items.wire, items.type.item, (), (), sizes[0] if sizes else None, limit, param, cursor_from, cursor_item, more)


def _cursor(operation: Operation, page: Model, item: TypeInfo, models: dict[ClassRef, Model]) -> tuple[str, tuple[str, ...], str, str] | None:
    """Cursor paging (see conventions.MORE_FLAG_NAMES): (query parameter, page attributes to its value,
    last item's attribute, the page's more flag), or None when the operation pages no such way."""
    params = {_words(p.wire): p.wire for p in operation.located("query")}
    flags = [f.name for f in page.fields if _words(f.wire) in conventions.MORE_FLAG_NAMES and f.type.kind == "bool"]
    item_model = models.get(item.ref) if item.kind == "model" and item.ref is not None else None
    ids = [f.name for f in item_model.fields if f.wire == "id"] if item_model is not None else []
    after = next((params[name] for name in conventions.AFTER_ITEM_PARAMS if name in params), None)
    if flags and ids and after is not None:
        return after, (), ids[0], flags[0]
    tokens = [f for f in page.fields if _words(f.wire) in conventions.NEXT_CURSOR_NAMES and f.type.kind == "str"]
    sent = next((params[name] for name in conventions.CURSOR_PARAMS if name in params), None)
    if tokens and sent is not None:
        return sent, (tokens[0].name,), "", flags[0] if flags else ""
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

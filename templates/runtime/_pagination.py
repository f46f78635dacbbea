"""Iterating over a list operation: pages are fetched one at a time, as iteration reaches them.

How one page leads to the next is the operation's (`Endpoint.paging`, read from the spec's shape):
a link in the page (`next_page_uri`, `links.next`), an RFC 8288 `Link: <...>; rel="next"` header,
a cursor (`has_more` with `starting_after=<last id>`; `next_cursor` sent back as `cursor`), or a page
number or offset sent again one page on, until a page is empty or the totals it gives are reached.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from . import _codecs
from ._base_client import (
    AsyncAPIClient,
    AsyncResource,
    Endpoint,
    RequestOptions,
    SyncAPIClient,
    SyncResource,
)
from ._response import AsyncRawResponse, RawResponse, raw_bound
from ._types import NotGiven

__all__ = ["AsyncPager", "SyncPager", "async_raw_page", "next_link", "raw_page"]

_Page = TypeVar("_Page")
_Item = TypeVar("_Item")
_P = ParamSpec("_P")
_C = TypeVar("_C", SyncAPIClient, AsyncAPIClient)


class _Pager(Generic[_Page, _Item]):
    def __init__(
        self,
        first: RequestOptions,
        decoder: _codecs.Codec[_Page],
        *,
        items: str,
        next_link: Sequence[str],
        limit: int | None,
        cursor: Mapping[str, Any] | None = None,
        link_header: bool = False,
        offset: Mapping[str, Any] | None = None,
    ) -> None:
        if limit is not None and limit < 0:
            raise ValueError(f"limit={limit!r} must be 0 or more")
        self._first = first
        self._decoder = decoder
        self._items = items
        self._next_link = tuple(next_link)
        self._limit = limit
        self._cursor = cursor  # see _cursor_request
        self._link_header = link_header  # the next page's link is in the Link header
        self._offset = offset  # see _offset_request

    def _items_of(self, page: _Page) -> list[_Item]:
        found = (
            getattr(page, self._items, None) if self._items else page
        )  # "": the page is the list
        return list(found) if isinstance(found, list) else []

    def _link_of(self, page: _Page) -> str | None:
        """The next page's link, or None on the last page (no link, or a page without items)."""
        node: Any = page
        for attribute in self._next_link:
            node = getattr(node, attribute, None)
        return node if isinstance(node, str) and node and self._items_of(page) else None

    def _next_request(
        self,
        client: SyncAPIClient | AsyncAPIClient,
        options: RequestOptions,
        page: _Page,
        headers: httpx.Headers | None,
        fetched: int,
    ) -> RequestOptions | None:
        """The next page's request: by the link the page (or its Link header) gives, a cursor, or the
        next page number or offset; None after the last. `fetched`: the items of the pages so far.
        """
        if self._cursor is not None:
            return self._cursor_request(options, page)
        if self._offset is not None:
            return self._offset_request(options, page, fetched)
        if self._link_header:
            link = next_link(headers) if headers is not None and self._items_of(page) else None
        else:
            link = self._link_of(page)
        return client.next_page(options, link) if link else None

    def _offset_request(
        self, options: RequestOptions, page: _Page, fetched: int
    ) -> RequestOptions | None:
        """This request again one page on: its `param` (`page`, or `offset`, of `kind` "page" or
        "offset") one more, or moved past the page's items; none once a page is empty, the items
        reach the page's `total`, or the page numbers its `pages`."""
        assert self._offset is not None
        items = self._items_of(page)
        if not items:
            return None
        param, first = self._offset["param"], self._offset["first"]
        current = options.query.get(param)
        if not isinstance(current, int) or isinstance(current, bool):
            current = first  # not given: the API's first page
        total, pages = (_at(page, self._offset.get(key) or ()) for key in ("total", "pages"))
        if self._offset["kind"] == "offset":
            following = current + len(items)
            if isinstance(total, int) and following >= total:
                return None
        else:
            following = current + 1
            if isinstance(pages, int) and following - first >= pages:
                return None
            if isinstance(total, int) and fetched >= total:
                return None
        return dataclasses.replace(options, query={**options.query, param: following})

    def _cursor_request(self, options: RequestOptions, page: _Page) -> RequestOptions | None:
        """This request again with the cursor the page gives: its `from` attributes' value (Slack's
        `next_cursor`), or its last item's `item` attribute (Stripe's `starting_after=<id>`); none once
        the page's `more` flag is false, it has no items, or the cursor is empty or unchanged."""
        assert self._cursor is not None
        items = self._items_of(page)
        more = self._cursor.get("more")
        if not items or (more and getattr(page, more, None) is not True):
            return None
        value: Any = page
        if self._cursor.get("from"):
            for attribute in self._cursor["from"]:
                value = getattr(value, attribute, None)
        else:
            last = items[-1]
            value = (
                last.get(self._cursor["item"])
                if isinstance(last, Mapping)
                else getattr(last, self._cursor["item"], None)
            )
        param = self._cursor["param"]
        if not isinstance(value, (str, int)) or value == "" or options.query.get(param) == value:
            return None
        return dataclasses.replace(options, query={**options.query, param: value})

    def _raw_client(self, client: _C) -> _C | None:
        """For a Link-header list, the client giving responses (see _response), whose headers hold
        the links; else None."""
        return client._raw_copy("read") if self._link_header else None

    def _take(self, items: list[_Item], taken: int) -> list[_Item]:
        return items if self._limit is None else items[: max(self._limit - taken, 0)]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._first.method} {self._first.url or self._first.path}, limit={self._limit!r})"


def _at(page: Any, attributes: Sequence[str]) -> Any:
    """The value the attributes lead to from the page (`meta.total`), or None."""
    if not attributes:
        return None
    for attribute in attributes:
        page = getattr(page, attribute, None)
    return page


# One link-value of a Link header (RFC 8288): `<uri>` and its parameters (a quoted value may hold `,`).
_LINK_VALUE = re.compile(
    r'<([^>]*)>((?:\s*;\s*[^;,=\s]+\s*(?:=\s*(?:"(?:[^"\\]|\\.)*"|[^;,]*))?)*)'
)
_LINK_PARAM = re.compile(r';\s*([^;,=\s]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^;,]*))?')


def next_link(headers: httpx.Headers) -> str | None:
    """The target of the `rel="next"` link in the response's Link headers (RFC 8288), or None."""
    for value in headers.get_list("link"):
        for link in _LINK_VALUE.finditer(value):
            for name, text in _LINK_PARAM.findall(link.group(2)):
                relations = text.strip().strip('"').lower().split()
                if name.lower() == "rel" and "next" in relations:
                    return link.group(1).strip() or None
    return None


def _first_page(
    endpoint: Endpoint[_Page], ids: tuple[str | int | None, ...], args: Mapping[str, Any]
) -> tuple[RequestOptions, dict[str, Any]]:
    """The first page's request for a call of a list method (`args`: its arguments by name), and the
    rest a pager needs, from the endpoint's `paging`: `items` (the key of a page's items), `next`
    (the keys leading to the next page's link), `limit` (the argument capping the items), and where
    the API takes a page size, `size` (that argument) and `most` (its maximum)."""
    paging = endpoint.paging or {}
    limit = args[paging["limit"]]
    size = paging.get("size")
    if size is not None and limit is not None and limit > 0 and isinstance(args[size], NotGiven):
        most = paging.get("most")
        args = {
            **args,
            size: limit if most is None else min(limit, most),
        }  # no more pages than needed
    more = {key: paging[key] for key in ("cursor", "link_header", "offset") if key in paging}
    return endpoint.request(ids, args), {
        "items": paging["items"],
        "next_link": paging["next"],
        "limit": limit,
        **more,
    }


class SyncPager(_Pager[_Page, _Item]):
    """Every item of a list operation: `for call in client.calls.list(limit=50): ...`.

    Nothing is fetched until iteration starts; `limit` caps the number of items, `pages()` gives the
    pages themselves, `page()` the first page alone.
    """

    def __init__(
        self,
        client: SyncAPIClient,
        first: RequestOptions,
        decoder: _codecs.Codec[_Page],
        **kwargs: Any,
    ) -> None:
        super().__init__(first, decoder, **kwargs)
        self._client = client

    @classmethod
    def of(
        cls, resource: SyncResource, endpoint: Endpoint[_Page], args: Mapping[str, Any]
    ) -> SyncPager[_Page, Any]:
        """The pager of a call of a list method: `args` are its arguments by name."""
        first, paging = _first_page(endpoint, resource._ids, args)
        return cls(resource._client, first, endpoint.response, **paging)

    def __iter__(self) -> Iterator[_Item]:
        taken = 0
        for page in self.pages():
            for item in self._take(self._items_of(page), taken):
                yield item
                taken += 1
            if self._limit is not None and taken >= self._limit:
                return

    def page(self) -> _Page:
        """The first page alone: one request, whatever `limit` says."""
        return self._client.request(self._first, self._decoder)

    def pages(self) -> Iterator[_Page]:
        """Each page in turn, following the link each one gives to the next."""
        options: RequestOptions | None = self._first
        raw = self._raw_client(self._client)
        fetched = 0
        while options is not None and self._limit != 0:
            headers = None
            if raw is not None:
                response = cast(RawResponse[_Page], raw.request(options, self._decoder))
                page, headers = response.parse(), response.headers
            else:
                page = self._client.request(options, self._decoder)
            fetched += len(self._items_of(page))
            yield page
            options = self._next_request(self._client, options, page, headers, fetched)


class AsyncPager(_Pager[_Page, _Item]):
    """Every item of a list operation: `async for call in client.calls.list(limit=50): ...`.

    Nothing is fetched until iteration starts; `limit` caps the number of items, `pages()` gives the
    pages themselves, `page()` the first page alone.
    """

    def __init__(
        self,
        client: AsyncAPIClient,
        first: RequestOptions,
        decoder: _codecs.Codec[_Page],
        **kwargs: Any,
    ) -> None:
        super().__init__(first, decoder, **kwargs)
        self._client = client

    @classmethod
    def of(
        cls, resource: AsyncResource, endpoint: Endpoint[_Page], args: Mapping[str, Any]
    ) -> AsyncPager[_Page, Any]:
        """The pager of a call of a list method of the async client: `args` are its arguments by name."""
        first, paging = _first_page(endpoint, resource._ids, args)
        return cls(resource._client, first, endpoint.response, **paging)

    async def __aiter__(self) -> AsyncIterator[_Item]:
        taken = 0
        async for page in self.pages():
            for item in self._take(self._items_of(page), taken):
                yield item
                taken += 1
            if self._limit is not None and taken >= self._limit:
                return

    async def page(self) -> _Page:
        """The first page alone: one request, whatever `limit` says."""
        return await self._client.request(self._first, self._decoder)

    async def pages(self) -> AsyncIterator[_Page]:
        """Each page in turn, following the link each one gives to the next."""
        options: RequestOptions | None = self._first
        raw = self._raw_client(self._client)
        fetched = 0
        while options is not None and self._limit != 0:
            headers = None
            if raw is not None:
                response = cast(AsyncRawResponse[_Page], await raw.request(options, self._decoder))
                page, headers = await response.parse(), response.headers
            else:
                page = await self._client.request(options, self._decoder)
            fetched += len(self._items_of(page))
            yield page
            options = self._next_request(self._client, options, page, headers, fetched)


def raw_page(
    method: Callable[_P, SyncPager[_Page, Any]], stream: bool
) -> Callable[_P, RawResponse[_Page]]:
    """A list method giving the `RawResponse` of its first page (`parse()`: the page), for
    `with_raw_response.list(...)`: the same arguments, checked the same way."""
    call = raw_bound(method, stream)

    def first(*args: Any, **kwargs: Any) -> RawResponse[_Page]:
        return cast(RawResponse[_Page], call(*args, **kwargs).page())

    return cast(Callable[_P, RawResponse[_Page]], first)


def async_raw_page(
    method: Callable[_P, AsyncPager[_Page, Any]], stream: bool
) -> Callable[_P, Awaitable[AsyncRawResponse[_Page]]]:
    """`raw_page`, for a list method of an async resource."""
    call = raw_bound(method, stream)

    async def first(*args: Any, **kwargs: Any) -> AsyncRawResponse[_Page]:
        return cast(AsyncRawResponse[_Page], await call(*args, **kwargs).page())

    return cast(Callable[_P, Awaitable[AsyncRawResponse[_Page]]], first)

"""Iterating over a list operation: pages are fetched one at a time, as iteration reaches them."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, ParamSpec, TypeVar, cast

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

__all__ = ["AsyncPager", "SyncPager", "async_raw_page", "raw_page"]

_Page = TypeVar("_Page")
_Item = TypeVar("_Item")
_P = ParamSpec("_P")


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
    ) -> None:
        if limit is not None and limit < 0:
            raise ValueError(f"limit={limit!r} must be 0 or more")
        self._first = first
        self._decoder = decoder
        self._items = items
        self._next_link = tuple(next_link)
        self._limit = limit
        self._cursor = cursor  # see _cursor_request

    def _items_of(self, page: _Page) -> list[_Item]:
        found = getattr(page, self._items, None)
        return list(found) if isinstance(found, list) else []

    def _link_of(self, page: _Page) -> str | None:
        """The next page's link, or None on the last page (no link, or a page without items)."""
        node: Any = page
        for attribute in self._next_link:
            node = getattr(node, attribute, None)
        return node if isinstance(node, str) and node and self._items_of(page) else None

    def _next_request(
        self, client: SyncAPIClient | AsyncAPIClient, options: RequestOptions, page: _Page
    ) -> RequestOptions | None:
        """The next page's request: by the link the page gives, or by a cursor; None after the last."""
        if self._cursor is not None:
            return self._cursor_request(options, page)
        link = self._link_of(page)
        return client.next_page(options, link) if link else None

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

    def _take(self, items: list[_Item], taken: int) -> list[_Item]:
        return items if self._limit is None else items[: max(self._limit - taken, 0)]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._first.method} {self._first.url or self._first.path}, limit={self._limit!r})"


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
    more = {"cursor": paging["cursor"]} if "cursor" in paging else {}
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
        while options is not None and self._limit != 0:
            page = self._client.request(options, self._decoder)
            yield page
            options = self._next_request(self._client, options, page)


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
        while options is not None and self._limit != 0:
            page = await self._client.request(options, self._decoder)
            yield page
            options = self._next_request(self._client, options, page)


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

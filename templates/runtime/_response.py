"""A response as a call gives it: decoded into what the operation documents (`decoded`), or, through
a resource's `with_raw_response` / `with_streaming_response`, as the HTTP response itself (status,
headers) with the parsed result on demand, its body read in pieces or into a file when streamed."""

from __future__ import annotations

import contextlib
import copy
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import IO, Any, Generic, ParamSpec, TypeVar, cast

import httpx

from . import _codecs
from ._exceptions import REQUEST_ID_HEADERS, ApiResponseError, connection_error

__all__ = ["AsyncRawResponse", "RawResponse", "async_raw_method", "raw_method"]

_T = TypeVar("_T")
_P = ParamSpec("_P")


def decoded(response: httpx.Response, decoder: _codecs.Codec[_T]) -> _T:
    """The body of a successful response (read already) as what the operation documents; a body that
    cannot be that (empty, null, a list where an object is documented, not JSON, too deep) raises
    ApiResponseError."""
    raw = getattr(decoder, "raw", None)
    if raw is not None:  # a body that is not JSON (audio, XML, text): as it came
        return cast(_T, response.content if raw == "bytes" else response.text)
    shape: type[Any] | None = getattr(decoder, "shape", None)
    nullable: bool = getattr(decoder, "nullable", True)
    if response.status_code == 204 or not response.content:
        if shape is not None and not nullable:
            raise ApiResponseError(
                response.request,
                f"is empty, where the API documents {_described(shape)}",
                response.status_code,
            )
        return decoder.decode(None)
    try:
        body = response.json()
    except ValueError:
        raise ApiResponseError(response.request, "is not JSON", response.status_code) from None
    except RecursionError:
        raise ApiResponseError(
            response.request, "nests deeper than Python reads", response.status_code
        ) from None
    if shape is not None and not isinstance(body, shape) and not (body is None and nullable):
        raise ApiResponseError(
            response.request,
            f"is {_described(type(body))}, where the API documents {_described(shape)}",
            response.status_code,
        )
    try:
        return decoder.decode(body)
    except RecursionError:
        raise ApiResponseError(
            response.request, "nests deeper than Python reads", response.status_code
        ) from None


def _described(kind: type[Any]) -> str:
    """A JSON value's kind in words: `dict` -> "a JSON object"."""
    names = {
        dict: "a JSON object",
        list: "a JSON array",
        str: "a string",
        type(None): "null",
        bool: "a boolean",
    }
    return names.get(kind, "a number")


@contextlib.contextmanager
def reading(request: httpx.Request) -> Iterator[None]:
    """Reading a response's body: its faults as the package's errors (a body its Content-Encoding
    does not decode, a connection lost on the way). Never resent: the server has answered."""
    try:
        yield
    except httpx.DecodingError as error:
        raise ApiResponseError(request, f"cannot be decoded ({error})") from error
    except httpx.TransportError as error:
        raise connection_error(request, error) from error


class _Raw(Generic[_T]):
    """What the sync and async raw responses share: the status, headers and URL."""

    def __init__(self, response: httpx.Response, decoder: _codecs.Codec[_T]) -> None:
        self.http_response = response  # httpx's, for anything not here
        self._decoder = decoder
        self._parsed: list[_T] = []  # the parsed result, once parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The id the API gave the request, for its support (`X-Request-Id` and the like)."""
        return next((self.headers[h] for h in REQUEST_ID_HEADERS if h in self.headers), None)

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} [{self.status_code}] {request.method}>"


class RawResponse(_Raw[_T]):
    """The HTTP response a call came in, from `with_raw_response` (body read) or
    `with_streaming_response` (body not read until asked: use it in a `with` block, which closes it).

    `parse()` gives what the call itself would return; `read()`, `text()`, `json()` the body as it
    came; `iter_bytes()` and `write_to(file)` read it in pieces, never whole in memory."""

    def parse(self) -> _T:
        """The result the call returns without `with_raw_response` (read once, then kept)."""
        if not self._parsed:
            self.read()
            self._parsed.append(decoded(self.http_response, self._decoder))
        return self._parsed[0]

    def read(self) -> bytes:
        with reading(self.http_response.request):
            return self.http_response.read()

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in pieces as it arrives (decompressed), for a body too large to hold."""
        with reading(self.http_response.request):
            yield from self.http_response.iter_bytes(chunk_size)

    def write_to(self, file: str | os.PathLike[str] | IO[bytes], chunk_size: int = 65536) -> int:
        """Write the body into `file` (a path, or a binary file open for writing) as it arrives;
        the number of bytes written."""
        if isinstance(file, (str, os.PathLike)):
            with open(file, "wb") as opened:
                return self.write_to(opened, chunk_size)
        written = 0
        for chunk in self.iter_bytes(chunk_size):
            file.write(chunk)
            written += len(chunk)
        return written

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> RawResponse[_T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncRawResponse(_Raw[_T]):
    """`RawResponse`, from the async client: the same, each read awaited."""

    async def parse(self) -> _T:
        """The result the call returns without `with_raw_response` (read once, then kept)."""
        if not self._parsed:
            await self.read()
            self._parsed.append(decoded(self.http_response, self._decoder))
        return self._parsed[0]

    async def read(self) -> bytes:
        with reading(self.http_response.request):
            return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        await self.read()
        return self.http_response.json()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in pieces as it arrives (decompressed), for a body too large to hold."""
        with reading(self.http_response.request):
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk

    async def write_to(
        self, file: str | os.PathLike[str] | IO[bytes], chunk_size: int = 65536
    ) -> int:
        """Write the body into `file` (a path, or a binary file open for writing) as it arrives;
        the number of bytes written. A path is written through anyio's thread pool, never blocking
        the event loop; a file you opened is written as you opened it."""
        written = 0
        if isinstance(file, (str, os.PathLike)):
            import anyio  # here: only async streaming needs it (httpx depends on it)

            async with await anyio.open_file(file, "wb") as opened:
                async for chunk in self.iter_bytes(chunk_size):
                    await opened.write(chunk)
                    written += len(chunk)
            return written
        async for chunk in self.iter_bytes(chunk_size):
            file.write(chunk)
            written += len(chunk)
        return written

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncRawResponse[_T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def raw_bound(method: Any, stream: bool) -> Callable[..., Any]:
    """`method` (a resource's, bound) called on a copy of its resource whose client gives responses."""
    resource = copy.copy(method.__self__)
    resource._client = resource._client._raw_copy("stream" if stream else "read")
    function = method.__func__

    def call(*args: Any, **kwargs: Any) -> Any:
        return function(resource, *args, **kwargs)

    return call


def raw_method(method: Callable[_P, _T], stream: bool) -> Callable[_P, RawResponse[_T]]:
    """A resource's method, giving the `RawResponse` its result comes in (see `with_raw_response`
    in a generated resource): the same arguments, checked the same way."""
    return cast(Callable[_P, RawResponse[_T]], raw_bound(method, stream))


def async_raw_method(
    method: Callable[_P, Awaitable[_T]], stream: bool
) -> Callable[_P, Awaitable[AsyncRawResponse[_T]]]:
    """`raw_method`, for a method of an async resource."""
    return cast(Callable[_P, Awaitable[AsyncRawResponse[_T]]], raw_bound(method, stream))

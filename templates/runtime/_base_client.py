"""HTTP for the generated clients: URLs, auth, retries and errors. Sync and async share all but the send."""

from __future__ import annotations

import copy
import datetime
import email.utils
import json
import logging
import os
import random
import re
import sys
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast
from urllib.parse import quote, quote_plus, urljoin, urlsplit

import httpx

from . import _codecs, _models, _validation
from ._exceptions import (
    SECRET_QUERY_NAMES,
    ApiError,
    ApiResponseError,
    connection_error,
    shown_url,
    status_error,
)
from ._response import AsyncRawResponse, RawResponse, decoded, reading
from ._types import NOT_GIVEN, NotGiven, given

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# One logger per package (`twilio_api`): each request, its answer, each retry and why, at DEBUG;
# `<PACKAGE>_LOG=debug` (`TWILIO_API_LOG=debug`) prints them, as OPENAI_LOG does. Never a header or
# a body: the URL alone, with secret query parameters as `***`.
log = logging.getLogger(__package__ or __name__)


def _setup_logging() -> None:
    level = os.environ.get(f"{(__package__ or __name__).upper()}_LOG", "").lower()
    if level in ("debug", "info"):
        log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
        if not log.handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(
                logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s")
            )
            log.addHandler(handler)


_setup_logging()
MAX_RETRY_AFTER = 60.0
MAX_REDIRECTS = 5
_RETRYABLE_STATUS = frozenset({408, 429})
_T = TypeVar("_T")
_R = TypeVar("_R")
_Self = TypeVar("_Self", bound="BaseClient")


@dataclass(slots=True)
class RequestOptions:
    """Everything a generated method decided about one request, before any I/O. Never changed once
    made (a retry sends it again as it is; another page is `dataclasses.replace` of it). Not frozen:
    a frozen dataclass sets each field through object.__setattr__, three times slower, per call."""

    method: str
    # The path template, e.g. "/Accounts/{AccountSid}/Calls/{Sid}".
    path: str
    # None: filled from the client's credentials.
    path_params: Mapping[str, str | int | None]
    # Wire name -> value, as `given` collects them.
    query: Mapping[str, Any] = field(default_factory=dict)
    # How a query parameter other than form-exploded is written: "deep" (deepObject:
    # `filter[status]=a`), "comma" (explode: false: `tags=a,b`), "space" or "pipe" (spaceDelimited,
    # pipeDelimited), "json" (`content: application/json`: `filter={"status":"active"}`).
    query_styles: Mapping[str, str] = field(default_factory=dict)
    # The same for a form body's fields (its `encoding`).
    form_styles: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, Any] = field(default_factory=dict)
    # Sent in one Cookie header.
    cookies: Mapping[str, Any] = field(default_factory=dict)
    # The plain fields of a multipart/form-data body, and its files (see _types.FileInput).
    multipart: Mapping[str, Any] | None = None
    files: Mapping[str, Any] | None = None
    form: Mapping[str, Any] | None = None
    json: Any = NOT_GIVEN
    # A body sent as it is (XML as str; audio, a file: see _types.FileInput), of content_type.
    content: Any = NOT_GIVEN
    content_type: str = ""
    # Not idempotent (a POST, a PATCH): never resent once the server may have seen it.
    once: bool = False
    # The operation's documented error bodies, by status ("404", "4XX", "default"): each a codec
    # description (see _codecs.described), read only when such an error comes.
    errors: Mapping[str, Any] | None = None
    # A whole URL the API gave (the next page's), used instead of path, path_params and query.
    url: str | None = None
    # The operation's own server, where the spec gives it one apart from the API's (used unless the
    # client was given a base_url: a proxy or a mock then serves every operation).
    server: str | None = None


class Endpoint(Generic[_T]):
    """One operation as the spec documents it: the codec of its response (`response`, decoding into
    `_T`, given as Python so that the type checker holds it to the method's annotation), and, read
    from the JSON document a resource module holds for it, the request's method and path, which
    argument goes to which query parameter, header or body field, the checks each argument passes
    before anything is sent, and for a list operation how its pages link (`paging`, which
    `_pagination` reads).

    A resource module writes one as `Endpoint.returning(_codecs.Model(Call)).from_json(document)`,
    the document one string literal, which costs black (and so generation) next to nothing."""

    __slots__ = (
        "_accept",
        "_checks",
        "_content_type",
        "_errors",
        "_form_styles",
        "_id_checks",
        "_id_types",
        "_idempotency_key",
        "_json",
        "_method",
        "_once",
        "_optional",
        "_parts",
        "_path",
        "_path_args",
        "_path_params",
        "_query_styles",
        "_server",
        "_types",
        "paging",
        "response",
    )

    def __init__(self, response: _codecs.Codec[_T], document: Mapping[str, Any]) -> None:
        self.response: _codecs.Response[_T] = _codecs.Response(response)
        self._method: str = document["method"]
        self._path: str = document["path"]
        self._server: str | None = document.get("server")
        self._path_params: tuple[tuple[str, int], ...] = tuple(
            document.get("path_params", {}).items()
        )
        # Path parameters the method takes as arguments (ids after those its resource takes): wire -> argument.
        self._path_args: tuple[tuple[str, str], ...] = tuple(document.get("path_args", {}).items())
        # (check, argument, its further arguments): see _validation.
        self._checks = tuple(
            (getattr(_validation, kind), name, tuple(more))
            for kind, name, *more in document.get("checks", ())
        )
        self._types = tuple(
            (name, kind.rstrip("?"), kind.endswith("?"))
            for name, kind in document.get("types", {}).items()
        )
        self._id_types = tuple(
            (slot, name, kind) for slot, name, kind in document.get("id_types", ())
        )
        self._id_checks = tuple(
            (slot, getattr(_validation, kind), name, tuple(more))
            for slot, kind, name, *more in document.get("id_checks", ())
        )
        # RequestOptions field -> (wire name, argument name) of each parameter it collects.
        self._parts = tuple(
            (part, tuple(document[part].items()))
            for part in ("query", "headers", "cookies", "form", "json", "multipart", "files")
            if part in document
        )
        self._json: str | None = document.get("body")  # the argument sent whole as the body
        self._content_type: str | None = document.get(
            "content_type"
        )  # that body's, when it is not JSON
        self._accept: str | None = document.get(
            "accept"
        )  # what the response may be, when it is not JSON
        self._query_styles: Mapping[str, str] = document.get(
            "query_styles", {}
        )  # see RequestOptions
        self._form_styles: Mapping[str, str] = document.get("form_styles", {})
        self._optional: bool = document.get(
            "body_optional", False
        )  # no body argument given: no body sent
        self._once: bool = document.get("once", False)
        self._errors: Mapping[str, Any] | None = document.get("errors")
        self._idempotency_key: str | None = document.get(
            "idempotency_key"
        )  # a header sent one per call
        self.paging: Mapping[str, Any] | None = document.get("paging")

    @staticmethod
    def returning(response: _codecs.Codec[_R]) -> _EndpointReader[_R]:
        """An endpoint whose responses `response` decodes, once its document is read (`from_json`)."""
        return _EndpointReader(response)

    def send(self, resource: SyncResource, args: Mapping[str, Any]) -> _T:
        """Send the request for a call of a sync method (`args`: its arguments by name) and decode
        the response."""
        return resource._client.request(self.request(resource._ids, args), self.response)

    async def send_async(self, resource: AsyncResource, args: Mapping[str, Any]) -> _T:
        """`send`, from a method of the async client."""
        return await resource._client.request(self.request(resource._ids, args), self.response)

    def request(self, ids: tuple[str | int | None, ...], args: Mapping[str, Any]) -> RequestOptions:
        """The request for a call: `ids`, those the resource accessors took; `args`, the method's
        arguments by name. An invalid argument fails here, naming it, before anything is sent."""
        for slot, name, kind in self._id_types:
            if (
                ids[slot].__class__ not in _EXACT[kind]
            ):  # the usual case, at once; else whether a subclass, None...
                _check_type(
                    name, ids[slot], kind, nullable=True
                )  # None: filled in by the client (an account)
        for name, kind, nullable in self._types:
            if args[name].__class__ not in _EXACT[kind]:
                _check_type(name, args[name], kind, nullable)
        for slot, check, name, more in self._id_checks:
            check(name, ids[slot], *more)
        for check, name, more in self._checks:
            check(name, args[name], *more)
        parts: dict[str, Any] = {part: given(args, *names) for part, names in self._parts}
        if self._optional:
            parts = {
                part: fields
                for part, fields in parts.items()
                if fields or part not in ("form", "json", "multipart", "files")
            }
        if self._json is not None and self._content_type is not None:
            parts["content"], parts["content_type"] = args[self._json], self._content_type
        elif self._json is not None:
            parts["json"] = args[self._json]
        if self._accept is not None:
            parts["headers"] = {**parts.get("headers", {}), "Accept": self._accept}
        if self._idempotency_key is not None and self._idempotency_key not in parts.get(
            "headers", {}
        ):
            # One key per call, the same on each of its attempts: the server acts on it once.
            import uuid  # here: most clients never make a key, and the module costs an import

            parts["headers"] = {
                **parts.get("headers", {}),
                self._idempotency_key: str(uuid.uuid4()),
            }
        if self._query_styles:
            parts["query_styles"] = self._query_styles
        if self._form_styles:
            parts["form_styles"] = self._form_styles
        return RequestOptions(
            method=self._method,
            path=self._path,
            path_params={wire: ids[slot] for wire, slot in self._path_params}
            | {wire: args[name] for wire, name in self._path_args},
            once=self._once,
            errors=self._errors,
            server=self._server,
            **parts,
        )


# The Python types an argument of each kind may have (see Endpoint's `types`).
_SENT_AS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "datetime": (
        datetime.date,
    ),  # a date too: Twilio's StartTime< is a date-time that takes `YYYY-MM-DD`
    "date": (datetime.date,),
    "id": (str, int),  # a path id the spec types as an integer: its text is the same either way
    "list": (list, tuple),
    "dict": (Mapping,),
    "model": (Mapping, _models.BaseModel),
}


# The classes of each kind's usual values, checked first (a set lookup): see _check_type for the rest.
# A value not given passes at once too.
_EXACT: dict[str, frozenset[type]] = {
    "str": frozenset({str, NotGiven}),
    "int": frozenset({int, NotGiven}),
    "float": frozenset({int, float, NotGiven}),
    "bool": frozenset({bool, NotGiven}),
    "datetime": frozenset({datetime.datetime, datetime.date, NotGiven}),
    "date": frozenset({datetime.date, NotGiven}),
    "id": frozenset({str, int}),
    "list": frozenset({list, tuple, NotGiven}),
    "dict": frozenset({dict, NotGiven}),
    "model": frozenset({dict, NotGiven}),
}


def _check_type(name: str, value: Any, kind: str, nullable: bool) -> None:
    """Refuse a value that is not of its argument's type before it is sent (`12345` for a text id,
    `"10"` for a number, `"yes"` for a boolean, `None` for a value that cannot be null)."""
    if value is NOT_GIVEN or (value is None and nullable):
        return
    if isinstance(value, _SENT_AS[kind]) and not (
        value.__class__ is bool and kind in ("int", "float", "id")
    ):
        return
    if value is None:
        raise TypeError(f"{name}=None: the API takes no null here; leave {name} out instead")
    raise TypeError(f"{name}={value!r} is {_a(type(value).__name__)}, not {_a(kind)}")


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in ('a', 'e', 'i', 'o', 'u') else 'a'} {noun}"


class _EndpointReader(Generic[_T]):
    def __init__(self, response: _codecs.Codec[_T]) -> None:
        self._response = response

    def from_json(self, document: str) -> Endpoint[_T]:
        return Endpoint(self._response, json.loads(document))


class KeyAuth(httpx.Auth):
    """Sends secrets in headers (a bearer token, an API key) and query parameters (`?api_key=`);
    never shown by repr()."""

    def __init__(
        self, headers: Mapping[str, str] | None = None, query: Mapping[str, str] | None = None
    ) -> None:
        self._headers = dict(headers or {})
        self._query = dict(query or {})
        SECRET_QUERY_NAMES.update(
            name.lower() for name in self._query
        )  # never shown, see shown_url

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._headers)
        if self._query:
            request.url = request.url.copy_merge_params(self._query)
        yield request

    def __repr__(self) -> str:
        return f"KeyAuth(headers={sorted(self._headers)!r}, query={sorted(self._query)!r}, '***')"


def expand_server(template: str, variables: Mapping[str, str]) -> str:
    """Fill `{name}` server variables. A value holding a dot is a whole host (`example.signalwire.com`)."""
    url = template
    for name, value in variables.items():
        if "." in value or "://" in value:
            host = urlsplit(value if "://" in value else f"https://{value}")
            parts = urlsplit(template)
            url = parts._replace(scheme=host.scheme, netloc=host.netloc).geturl()
        else:
            url = url.replace("{" + name + "}", value)
    return url.rstrip("/")


# Typed as httpx's query parameters are: a list of exactly this type is what `params=` accepts.
_Pairs = list[tuple[str, str | int | float | bool | None]]


_DELIMITERS = {"comma": ",", "space": " ", "pipe": "|"}


def _encode_pairs(
    values_by_name: Mapping[str, Any], styles: Mapping[str, str] | None = None
) -> _Pairs:
    """Name/value pairs for a query string or a form, each value written as OpenAPI's style for it
    says (`styles`, see RequestOptions.query_styles; by default form, exploded: a list repeats its
    name, an object gives each of its properties as a pair of its own)."""
    encoded: _Pairs = []
    for name, value in values_by_name.items():
        style = styles.get(name, "") if styles else ""
        if hasattr(value, "to_dict"):
            value = value.to_dict()  # an object parameter given as its model
        if style == "json":  # a parameter whose `content` is JSON: the value as one JSON text
            encoded.append((name, json.dumps(_codecs.to_json(value), separators=(",", ":"))))
        elif style == "deep" and isinstance(value, (Mapping, list, tuple)):
            encoded += _deep_pairs(name, value)
        elif isinstance(value, Mapping):
            items = [(str(k), _wire_text(v)) for k, v in value.items() if v is not None]
            if style in _DELIMITERS:
                encoded.append(
                    (name, _DELIMITERS[style].join(part for item in items for part in item))
                )
            else:
                encoded += items
        elif isinstance(value, (list, tuple)):
            if style in _DELIMITERS:
                encoded.append((name, _DELIMITERS[style].join(_wire_text(v) for v in value)))
            else:
                encoded += [(name, _wire_text(v)) for v in value]
        else:
            encoded.append((name, _wire_text(value)))
    return encoded


def _deep_pairs(prefix: str, value: Any) -> _Pairs:
    """deepObject style, nested as far as the value goes: `card[address][city]=Paris`, a list's items
    by index (`items[0][price]=p_1`), as form APIs that take nested objects (Stripe's) read them."""
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    if isinstance(value, Mapping):
        return [
            pair
            for key, item in value.items()
            if item is not None
            for pair in _deep_pairs(f"{prefix}[{key}]", item)
        ]
    if isinstance(value, (list, tuple)):
        return [
            pair
            for index, item in enumerate(value)
            for pair in _deep_pairs(f"{prefix}[{index}]", item)
        ]
    return [(prefix, _wire_text(value))]


def _wire_text(value: Any) -> str:
    return str(_codecs.to_wire(value))


def _multipart(fields: Mapping[str, Any], files: Mapping[str, Any]) -> tuple[bytes, str]:
    """A multipart/form-data body and its Content-Type. Plain fields as text (an object as JSON, as
    OpenAPI says of objects in multipart bodies; a list as one part per item), then each file (a
    list of files as one part each), read whole."""
    boundary = os.urandom(16).hex()
    parts: list[bytes] = []

    def part(
        name: str, content: bytes, content_type: str | None = None, filename: str | None = None
    ) -> None:
        disposition = f'form-data; name="{_disposition_text(name)}"'
        if filename is not None:
            disposition += f'; filename="{_disposition_text(filename)}"'
        head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
        if content_type:
            head += f"Content-Type: {content_type}\r\n"
        parts.append(head.encode() + b"\r\n" + content + b"\r\n")

    for name, value in fields.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if hasattr(item, "to_dict") or isinstance(item, Mapping):
                part(name, json.dumps(_codecs.to_json(item)).encode(), "application/json")
            else:
                part(name, _wire_text(item).encode())
    for name, value in files.items():
        for item in value if isinstance(value, list) else [value]:
            filename, content, content_type = _file(item)
            part(name, content, content_type or "application/octet-stream", filename)
    return (
        b"".join(parts) + f"--{boundary}--\r\n".encode(),
        f"multipart/form-data; boundary={boundary}",
    )


def _file(value: Any) -> tuple[str, bytes, str | None]:
    """(filename, content, content type or None) of a `_types.FileInput`."""
    filename: Any = None
    content_type = None
    if isinstance(value, tuple):
        filename, value, *rest = value
        content_type = rest[0] if rest else None
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        with open(path, "rb") as file:
            return filename or os.path.basename(path), file.read(), content_type
    if isinstance(value, (bytes, bytearray, memoryview)):
        return filename or "upload", bytes(value), content_type
    if hasattr(value, "read"):
        name = filename or os.path.basename(str(getattr(value, "name", "") or "")) or "upload"
        return name, value.read(), content_type
    raise TypeError(
        f"a file is bytes, a binary file, a path or (filename, content[, content type]), not {type(value).__name__}"
    )


def _disposition_text(text: str) -> str:
    """A name or filename inside a quoted Content-Disposition parameter, as browsers write it (WHATWG)."""
    return text.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _listed_text(value: Any) -> str:
    """A header's or cookie's value as its text: a list comma-separated (simple and form style)."""
    return (
        ",".join(map(_wire_text, value)) if isinstance(value, (list, tuple)) else _wire_text(value)
    )


def _cookie_header(cookies: Mapping[str, Any]) -> str:
    """Form style, as OpenAPI says of cookies, each value percent-encoded: a `;`, `,` or space in a
    value would otherwise end it or start another cookie."""
    return "; ".join(
        f"{name}={quote(_listed_text(value), safe=',')}" for name, value in cookies.items()
    )


# Characters that percent-encoding leaves as they are; most ids and values hold nothing else, and
# checking that is much cheaper than quoting.
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*").fullmatch


def _quote_segment(value: str) -> str:
    return value if _UNRESERVED(value) else quote(value, safe="")


def _form_urlencoded(pairs: _Pairs) -> bytes:
    """`application/x-www-form-urlencoded`, as urllib.parse.urlencode writes it."""
    return "&".join(_form_item(k) + "=" + _form_item(str(v)) for k, v in pairs).encode("ascii")


def _form_item(text: str) -> str:
    return text if _UNRESERVED(text) else quote_plus(text)


class BaseClient:
    """State and request building shared by the sync and async clients."""

    # None: a call returns its decoded result; "read" / "stream": the HTTP response it came in, its
    # body read or not yet (a copy made for `with_raw_response` / `with_streaming_response`).
    _raw: str | None = None

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth | None,
        path_defaults: Mapping[str, str],
        timeout: float | httpx.Timeout,
        max_retries: int,
        user_agent: str,
        base_url_given: bool = False,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if not urlsplit(
            base_url
        ).netloc:  # the spec's server URL is relative (or absent): no host to send to
            example = "https://api.example.com" + urlsplit(base_url).path
            raise ApiError(
                f"base_url {base_url!r} names no host: pass base_url= with the API's address, e.g. {example!r}"
            )
        self.base_url = base_url.rstrip("/")
        self._base_url_given = (
            base_url_given  # then it serves every operation, those with servers of their own too
        )
        self.timeout = timeout
        self.max_retries = max_retries
        self._auth = auth
        self._path_defaults = dict(path_defaults)
        agent = f"{user_agent} httpx/{httpx.__version__} python/{'.'.join(map(str, sys.version_info[:3]))}"
        self._default_headers = {"Accept": "application/json", "User-Agent": agent}
        # Sent with each request; empty once the headers are the defaults of an httpx client we made.
        self._request_headers = self._default_headers
        self._extra_headers: dict[str, str] = {}  # see with_options
        self._extra_query: dict[str, str] = {}
        self._owns_http = False

    def _url(self, options: RequestOptions) -> str:
        if options.url is not None:
            return options.url
        path = options.path
        for name, value in options.path_params.items():
            if value is None:
                value = self._path_defaults.get(name)
            if value is None:
                raise ValueError(f"no value for the path parameter {name}")
            # Replaced as written: a name such as `a.b`, `0` or `a[0]` is no format syntax here.
            path = path.replace("{" + name + "}", _quote_segment(str(value)))
        if options.server is not None and not self._base_url_given:
            return options.server + path
        return self.base_url + path

    def next_page(self, options: RequestOptions, link: str) -> RequestOptions | None:
        """The request for the page a response links to (`/2010-04-01/...?Page=1`, or a whole URL).

        The link is the API's, so it is only followed to the API's own host: the credentials go with it.
        """
        current = self._url(options)
        url = urljoin(current, link)
        if (
            urlsplit(url)[:2] != urlsplit(current)[:2]
        ):  # the credentials go only where the page came from
            raise ApiError(
                f"the next page is at {shown_url(url)}, not at {shown_url(current)}: not following it"
            )
        if url == current:
            return None  # a page that links to itself: the last one
        return RequestOptions(method="GET", path="", path_params={}, url=url)

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, options: RequestOptions
    ) -> httpx.Request:
        url = self._url(options)
        headers = {**self._request_headers}
        for name, value in options.headers.items():  # simple style: a list is comma-separated
            headers[name] = _listed_text(value)
        if options.cookies:
            headers["Cookie"] = _cookie_header(options.cookies)
        kwargs: dict[str, Any] = {}
        if options.form is not None:
            kwargs["content"] = _form_urlencoded(_encode_pairs(options.form, options.form_styles))
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif options.multipart is not None or options.files is not None:
            kwargs["content"], headers["Content-Type"] = _multipart(
                options.multipart or {}, options.files or {}
            )
        elif not isinstance(options.json, NotGiven):
            kwargs["json"] = _codecs.to_json(options.json)
        elif not isinstance(options.content, NotGiven):
            # A file given for a body that is not text: its content (see _types.FileInput).
            kwargs["content"] = (
                options.content
                if isinstance(options.content, (bytes, str))
                else _file(options.content)[1]
            )
            headers["Content-Type"] = options.content_type
        if self._extra_headers:
            headers.update(self._extra_headers)
        params = _encode_pairs(options.query, options.query_styles)
        if self._extra_query:
            params += self._extra_query.items()
        return http.build_request(
            options.method,
            url,
            params=params or None,
            headers=headers,
            timeout=self.timeout,
            **kwargs,
        )

    def with_options(
        self: _Self,
        *,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _Self:
        """This client with other request options, for the calls made through it:
        `client.with_options(timeout=5, max_retries=0).calls.create(...)`. It shares this client's
        connections and credentials; closing it closes nothing. Options left out stay as they are;
        `extra_headers` and `extra_query` are sent with every request, beside the operation's own
        (a header of the same name replaces the operation's)."""
        if not isinstance(max_retries, NotGiven) and max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        changed = copy.copy(self)
        if not isinstance(timeout, NotGiven):
            changed.timeout = timeout
        if not isinstance(max_retries, NotGiven):
            changed.max_retries = max_retries
        changed._extra_headers = {**self._extra_headers, **(extra_headers or {})}
        changed._extra_query = {**self._extra_query, **(extra_query or {})}
        changed._owns_http = False
        return changed

    def _raw_copy(self: _Self, mode: str) -> _Self:
        """This client giving each call's response (`RawResponse`) instead of its result: `mode`
        "read" with its body read, "stream" with its body left for the caller to read."""
        changed = copy.copy(self)
        changed._raw = mode
        changed._owns_http = False
        return changed

    def _redirected(
        self, http: httpx.Client | httpx.AsyncClient, response: httpx.Response, hops: int
    ) -> httpx.Request:
        """The request a redirect asks for, followed here rather than by httpx: only to the same
        scheme, host and port, since the credentials go with it (httpx would send an API-key header
        to any host), and at most MAX_REDIRECTS times."""
        request = response.request
        target = request.url.join(response.headers.get("Location", ""))
        if (target.scheme, target.host, target.port) != (
            request.url.scheme,
            request.url.host,
            request.url.port,
        ):
            raise ApiError(
                f"{request.method} {shown_url(request.url)} was redirected to {target.scheme}://{target.host}: "
                "not following it with your credentials",
                request=request,
            )
        if hops >= MAX_REDIRECTS:
            raise ApiError(
                f"{request.method} {shown_url(request.url)} was redirected more than {MAX_REDIRECTS} times",
                request=request,
            )
        same_method = response.status_code in (307, 308) or (
            response.status_code in (301, 302) and request.method != "POST"
        )
        method = request.method if same_method or request.method == "HEAD" else "GET"
        headers = {
            k: v
            for k, v in request.headers.items()
            if same_method or k.lower() not in ("content-type", "content-length")
        }
        return http.build_request(
            method,
            target,
            headers=headers,
            content=request.content if method == request.method else None,
            extensions=request.extensions,
        )

    # The retry decision, one for the sync and the async client: after an attempt's outcome, how long
    # to wait before the next (a float), or that there is none. The loops in SyncAPIClient.request and
    # AsyncAPIClient.request only send, sleep and read, each its own way.

    def _retry_after_error(
        self,
        options: RequestOptions,
        attempt: int,
        request: httpx.Request,
        error: httpx.TransportError | httpx.DecodingError,
    ) -> float:
        """The delay before resending `request` after it failed with `error` on attempt `attempt`
        (0: the first); raises the package's error for it when it is not resent."""
        if isinstance(error, httpx.DecodingError):  # a body its Content-Encoding does not decode
            raise ApiResponseError(request, f"cannot be decoded ({error})") from error
        if attempt < self.max_retries and self._retryable_error(options, error):
            return self._retry_delay_logged(attempt, None, request, type(error).__name__)
        log.debug("failed: %s %s: %s", request.method, _Shown(request.url), type(error).__name__)
        raise connection_error(request, error) from error

    def _retry_after_status(
        self, options: RequestOptions, attempt: int, response: httpx.Response
    ) -> float | None:
        """The delay before resending a request the server answered with an error status, or None
        when it is not resent (its error is then raised from the response's body)."""
        if attempt < self.max_retries and self._retryable_response(options, response):
            return self._retry_delay_logged(
                attempt, response, response.request, str(response.status_code)
            )
        return None

    def _retry_delay_logged(
        self, attempt: int, response: httpx.Response | None, request: httpx.Request, reason: str
    ) -> float:
        delay = self._retry_delay(attempt, response)
        log.debug(
            "retrying %s %s in %.2f s (retry %d of %d): %s",
            request.method,
            _Shown(request.url),
            delay,
            attempt + 1,
            self.max_retries,
            reason,
        )
        return delay

    def _retry_delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Honour Retry-After (seconds or an HTTP date, capped); else jittered exponential backoff."""
        if response is not None:
            after = _retry_after(response.headers.get("Retry-After"))
            if after is not None:
                return min(after, MAX_RETRY_AFTER)
        delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * random.random())

    def _retryable_response(self, options: RequestOptions, response: httpx.Response) -> bool:
        if options.once:
            return response.status_code == 429  # the server refused it: it did nothing
        return response.status_code in _RETRYABLE_STATUS or response.status_code >= 500

    def _retryable_error(self, options: RequestOptions, error: httpx.TransportError) -> bool:
        if options.once:  # only when the request provably never left: nothing done twice
            return isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout))
        return True


class _Shown:
    """A URL for a log line, made into text (secret query parameters as `***`) only if it is logged."""

    __slots__ = ("url",)

    def __init__(self, url: httpx.URL) -> None:
        self.url = url

    def __str__(self) -> str:
        return shown_url(self.url)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


async def _async_sleep(seconds: float) -> None:
    # anyio, which httpx is built on, sleeps under asyncio and trio alike; imported only by async use.
    import anyio

    await anyio.sleep(seconds)


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client(headers=self._default_headers)
            self._request_headers = {}
        self._http = http_client

    def request(self, options: RequestOptions, decoder: _codecs.Codec[_T]) -> _T:
        """Send the request, resending it as the retry decision says, and decode the response into
        `_T` (or, for `with_raw_response`, give the response: a `RawResponse[_T]`)."""
        response = self._send_retrying(options)
        if self._raw is None:
            return decoded(response, decoder)
        return cast(_T, RawResponse(response, decoder))

    def _send_retrying(self, options: RequestOptions) -> httpx.Response:
        """The successful response to the request; its body read unless the client streams."""
        attempt = 0
        debug = log.isEnabledFor(logging.DEBUG)
        stream = self._raw == "stream"
        while True:
            request = self._build_request(self._http, options)
            if debug:
                log.debug("request: %s %s", request.method, _Shown(request.url))
            try:
                response = self._send(request, stream)
            except (httpx.TransportError, httpx.DecodingError) as error:
                time.sleep(self._retry_after_error(options, attempt, request, error))
                attempt += 1
                continue
            if debug:
                log.debug(
                    "response: %s %s: %d", request.method, _Shown(request.url), response.status_code
                )
            if response.is_success:
                return response
            delay = self._retry_after_status(options, attempt, response)
            if delay is None:
                with reading(request):
                    response.read()
                raise status_error(response, options.errors)
            response.close()
            time.sleep(delay)
            attempt += 1

    def _send(self, request: httpx.Request, stream: bool) -> httpx.Response:
        response = self._http.send(
            request,
            auth=self._auth or httpx.USE_CLIENT_DEFAULT,
            follow_redirects=False,
            stream=stream,
        )
        hops = 0
        while response.is_redirect:
            response.close()
            response = self._http.send(
                self._redirected(self._http, response, hops),
                auth=self._auth or httpx.USE_CLIENT_DEFAULT,
                follow_redirects=False,
                stream=stream,
            )
            hops += 1
        return response

    def close(self) -> None:
        """Close the HTTP connections this client opened (not an `http_client` you passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: _T) -> _T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.AsyncClient | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(headers=self._default_headers)
            self._request_headers = {}
        self._http = http_client

    async def request(self, options: RequestOptions, decoder: _codecs.Codec[_T]) -> _T:
        """Send the request, resending it as the retry decision says, and decode the response into
        `_T` (or, for `with_raw_response`, give the response: an `AsyncRawResponse[_T]`)."""
        response = await self._send_retrying(options)
        if self._raw is None:
            return decoded(response, decoder)
        return cast(_T, AsyncRawResponse(response, decoder))

    async def _send_retrying(self, options: RequestOptions) -> httpx.Response:
        """The successful response to the request; its body read unless the client streams."""
        attempt = 0
        debug = log.isEnabledFor(logging.DEBUG)
        stream = self._raw == "stream"
        while True:
            request = self._build_request(self._http, options)
            if debug:
                log.debug("request: %s %s", request.method, _Shown(request.url))
            try:
                response = await self._send(request, stream)
            except (httpx.TransportError, httpx.DecodingError) as error:
                await _async_sleep(self._retry_after_error(options, attempt, request, error))
                attempt += 1
                continue
            if debug:
                log.debug(
                    "response: %s %s: %d", request.method, _Shown(request.url), response.status_code
                )
            if response.is_success:
                return response
            delay = self._retry_after_status(options, attempt, response)
            if delay is None:
                with reading(request):
                    await response.aread()
                raise status_error(response, options.errors)
            await response.aclose()
            await _async_sleep(delay)
            attempt += 1

    async def _send(self, request: httpx.Request, stream: bool) -> httpx.Response:
        response = await self._http.send(
            request,
            auth=self._auth or httpx.USE_CLIENT_DEFAULT,
            follow_redirects=False,
            stream=stream,
        )
        hops = 0
        while response.is_redirect:
            await response.aclose()
            response = await self._http.send(
                self._redirected(self._http, response, hops),
                auth=self._auth or httpx.USE_CLIENT_DEFAULT,
                follow_redirects=False,
                stream=stream,
            )
            hops += 1
        return response

    async def close(self) -> None:
        """Close the HTTP connections this client opened (not an `http_client` you passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: _T) -> _T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


_Client = TypeVar("_Client", bound=BaseClient)


class _Resource(Generic[_Client]):
    """A part of the API reached from a client: the client, and the ids given on the way to it."""

    def __init__(self, client: _Client, ids: tuple[str | int | None, ...]) -> None:
        self._client: _Client = client
        self._ids = ids


SyncResource = _Resource[SyncAPIClient]
AsyncResource = _Resource[AsyncAPIClient]

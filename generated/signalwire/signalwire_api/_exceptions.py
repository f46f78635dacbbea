"""The errors a client raises: one tree under `ApiError`, one class per HTTP status."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import httpx

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiResponseError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


# Query parameters whose values are never shown (in a message, a log line, a repr): those the
# client sends its API keys in (added by KeyAuth), and names that hold secrets in any API.
SECRET_QUERY_NAMES = {
    "api_key",
    "apikey",
    "api-key",
    "key",
    "token",
    "access_token",
    "auth",
    "secret",
    "password",
    "signature",
    "sig",
}


def shown_url(url: httpx.URL | str) -> str:
    """`url` as the package shows it: a secret query parameter's value as `***`."""
    url = httpx.URL(url)
    if not url.query:
        return str(url)
    params = [
        (name, "***" if name.lower() in SECRET_QUERY_NAMES else value)
        for name, value in url.params.multi_items()
    ]
    return (
        str(url.copy_with(params=params))
        if any(value == "***" for _, value in params)
        else str(url)
    )


class _RedactUrls(logging.Filter):
    """Keeps a secret query parameter out of httpx's own log line (`HTTP Request: GET https://...`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(
            isinstance(arg, httpx.URL) for arg in record.args
        ):
            record.args = tuple(
                shown_url(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args
            )
        return True


if not any(isinstance(f, _RedactUrls) for f in logging.getLogger("httpx").filters):
    logging.getLogger("httpx").addFilter(_RedactUrls())


class ApiError(Exception):
    """Base of every error this package raises.

    It pickles (to cross to another process) without its request or response, which carry the
    credentials: what is left is the message and the fields read from the response."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request

    def __reduce__(self) -> tuple[Any, ...]:
        state = {k: v for k, v in vars(self).items() if k not in ("request", "response")}
        return _restored, (type(self), str(self), state)


def _restored(cls: type[ApiError], text: str, state: dict[str, Any]) -> ApiError:
    error = cls.__new__(cls)
    Exception.__init__(error, text)
    error.__dict__.update(state, request=None)
    if issubclass(cls, ApiStatusError):
        error.__dict__["response"] = None
    return error


class ApiConnectionError(ApiError):
    """The request could not be sent or no response came back."""

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(f"{message} ({request.method} {shown_url(request.url)})", request=request)


class ApiTimeoutError(ApiConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


def connection_error(request: httpx.Request, error: httpx.TransportError) -> ApiConnectionError:
    """The package's error for a fault of the connection: a timeout, or another."""
    if isinstance(error, httpx.TimeoutException):
        return ApiTimeoutError(request)
    return ApiConnectionError(request, f"Connection error: {type(error).__name__}.")


class ApiResponseError(ApiError):
    """The API answered, but with a body that cannot be what the spec documents: not JSON where JSON
    is documented, empty, `null`, a list or a string where an object is, undecodable (a corrupt gzip
    body) or nested past what Python reads."""

    def __init__(
        self, request: httpx.Request, problem: str, status_code: int | None = None
    ) -> None:
        where = f"{request.method} {shown_url(request.url)}"
        answer = f"{status_code} response" if status_code is not None else "response"
        super().__init__(f"{answer} to {where} {problem}", request=request)
        self.status_code = status_code


# Where APIs put an error's words, most specific first: `{"message"}` (Twilio), `{"error":
# {"message"}}` (Stripe, OpenAI), `{"error": "..."}`, `{"detail"}` and `{"title"}` (RFC 9457 problem
# details), `{"errors": [{"message"}]}` (many REST APIs), `{"error_description"}` (OAuth).
_MESSAGE_PATHS: tuple[tuple[str | int, ...], ...] = (
    ("message",),
    ("error", "message"),
    ("error",),
    ("detail",),
    ("errors", 0, "message"),
    ("errors", 0, "detail"),
    ("title",),
    ("error_description",),
)
# Response headers that name the request for the API's support (the first present is `request_id`).
REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "twilio-request-id",
    "x-amzn-requestid",
    "x-correlation-id",
)


def _at(body: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        if isinstance(step, int):
            body = body[step] if isinstance(body, list) and len(body) > step else None
        else:
            body = body.get(step) if isinstance(body, dict) else None
    return body


def message_of(body: Any) -> str | None:
    """The API's own words for an error, from the places APIs put them (or a short plain-text body)."""
    if isinstance(body, str):
        text = body.strip()
        return text if text and len(text) < 500 and not text.startswith("<") else None
    return next(
        (found for path in _MESSAGE_PATHS if isinstance(found := _at(body, path), str) and found),
        None,
    )


class ApiStatusError(ApiError):
    """The API answered with a non-2xx status. `message` is the API's own words where the body has
    them (`message`, `error.message`, `detail`, ...), else the status's reason; `body` the body as
    JSON (or text); `code` and `more_info` its fields of those names (`error.code` too);
    `request_id` the response header that names the request for the API's support."""

    status_code: int
    response: httpx.Response | None  # None once unpickled

    def __init__(self, response: httpx.Response, body: Any) -> None:
        fields = body if isinstance(body, dict) else {}
        self.response = response
        self.status_code = response.status_code
        self.body = body
        code = fields.get("code", _at(body, ("error", "code")))
        self.code: int | str | None = (
            code if isinstance(code, (int, str)) and not isinstance(code, bool) else None
        )
        self.more_info: str | None = (
            fields.get("more_info") if isinstance(fields.get("more_info"), str) else None
        )
        self.request_id: str | None = next(
            (response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None
        )
        detail = message_of(body) or response.reason_phrase
        request = response.request
        text = f"{response.status_code} {detail}"
        if self.code is not None:
            text += f" (code {self.code})"
        text += f" for {request.method} {shown_url(request.url)}"
        if self.more_info:
            text += f"; see {self.more_info}"
        if self.request_id:
            text += f" [request {self.request_id}]"
        super().__init__(text, request=request)
        self.message = detail


class BadRequestError(ApiStatusError):
    status_code = 400


class AuthenticationError(ApiStatusError):
    status_code = 401


class PermissionDeniedError(ApiStatusError):
    status_code = 403


class NotFoundError(ApiStatusError):
    status_code = 404


class ConflictError(ApiStatusError):
    status_code = 409


class UnprocessableEntityError(ApiStatusError):
    status_code = 422


class RateLimitError(ApiStatusError):
    status_code = 429


class InternalServerError(ApiStatusError):
    """Any 5xx status."""


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    response: httpx.Response, documented: Mapping[str, Any] | None = None
) -> ApiStatusError:
    """The exception for a non-2xx response; `documented`: the operation's error bodies by status
    (`404`, `4XX`, `default`) as codec descriptions, the first that fits decoding the body into
    `error.body`."""
    try:
        body: Any = response.json()
    except (ValueError, RecursionError):
        body = response.text
    status = response.status_code
    kind = InternalServerError if status >= 500 else _BY_STATUS.get(status, ApiStatusError)
    error = kind(response, body)
    described = (
        next(
            (
                documented[c]
                for c in (str(status), f"{status // 100}XX", "default")
                if c in documented
            ),
            None,
        )
        if documented
        else None
    )
    if described is not None and isinstance(body, dict):
        from . import _codecs  # here: _codecs is no dependency of the errors, only of this decoding

        try:
            error.body = _codecs.described(described).decode(body)
        except RecursionError:
            pass
    return error

"""The errors a client raises: one tree under `ApiError`, one class per HTTP status."""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "ApiError",
    "ApiConnectionError",
    "ApiTimeoutError",
    "ApiStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
]


class ApiError(Exception):
    """Base of every error this package raises."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class ApiConnectionError(ApiError):
    """The request could not be sent or no response came back."""

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(f"{message} ({request.method} {request.url})", request=request)


class ApiTimeoutError(ApiConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


class ApiStatusError(ApiError):
    """The API answered with a non-2xx status; `code`, `more_info` come from the error body."""

    status_code: int

    def __init__(self, response: httpx.Response, body: Any) -> None:
        fields = body if isinstance(body, dict) else {}
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.code: int | None = fields.get("code") if isinstance(fields.get("code"), int) else None
        self.more_info: str | None = (
            fields.get("more_info") if isinstance(fields.get("more_info"), str) else None
        )
        message = fields.get("message")
        detail = message if isinstance(message, str) else response.reason_phrase
        request = response.request
        text = f"{response.status_code} {detail}"
        if self.code is not None:
            text += f" (code {self.code})"
        text += f" for {request.method} {request.url}"
        if self.more_info:
            text += f"; see {self.more_info}"
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


def status_error(response: httpx.Response) -> ApiStatusError:
    """The exception for a non-2xx response."""
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text
    if response.status_code >= 500:
        return InternalServerError(response, body)
    return _BY_STATUS.get(response.status_code, ApiStatusError)(response, body)

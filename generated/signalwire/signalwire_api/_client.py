"""The entry points: `Client` and `AsyncClient`, with the same shape."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
    expand_server,
)
from ._exceptions import ApiError

if TYPE_CHECKING:
    from .resources.accounts import AccountList, AsyncAccountList
    from .resources.calls import AsyncCallList, CallList

__all__ = ["Client", "AsyncClient"]

DEFAULT_BASE_URL = "https://{space}.signalwire.com/api/laml/2010-04-01"


def _from_env(name: str, value: str | None, env: str | None) -> str:
    if value is None and env is not None:
        value = os.environ.get(env)
    if not value:
        where = f"pass {name}= or set {env}" if env else f"pass {name}="
        raise ApiError(f"missing credential {name}: {where}")
    return value


def _settings(
    *,
    project_id: str | None,
    api_token: str | None,
    space_url: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout,
    max_retries: int,
) -> dict[str, Any]:
    project_id = _from_env("project_id", project_id, "SIGNALWIRE_PROJECT_ID")
    api_token = _from_env("api_token", api_token, "SIGNALWIRE_API_TOKEN")
    space_url = _from_env("space_url", space_url, "SIGNALWIRE_SPACE_URL")
    return {
        "base_url": base_url or expand_server(DEFAULT_BASE_URL, {"space": space_url}),
        "auth": httpx.BasicAuth(project_id, api_token),
        "path_defaults": {"AccountSid": project_id},
        "timeout": timeout,
        "max_retries": max_retries,
        "user_agent": "signalwire-api/1.0.0",
        "base_url_given": base_url is not None,
        "project_id": project_id,  # as resolved (passed or from the environment): shown by repr()
        "space_url": space_url,  # as resolved (passed or from the environment): shown by repr()
    }


class Client(SyncAPIClient):
    """A client of SignalWire Compatibility API, voice (2010-04-01).

    The SignalWire Compatibility (LaML) REST API operations that change live calls: update an active call,
    and pause, resume or stop a call recording. Written by hand from SignalWire's documentation pages; see
    spec/DECISIONS.md for every place where the pages were wrong or incomplete."""

    def __init__(
        self,
        *,
        project_id: str | None = None,
        api_token: str | None = None,
        space_url: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client. Arguments left out are read from the environment.

        Args:
            project_id: Your SignalWire Project ID (HTTP Basic user name). Default: the SIGNALWIRE_PROJECT_ID environment variable.
            api_token: An API token of the project (HTTP Basic password). Default: the SIGNALWIRE_API_TOKEN environment variable.
            space_url: Your Space's host, as in `example.signalwire.com`, or only its name, `example`. Default: the SIGNALWIRE_SPACE_URL environment variable.
            base_url: Override the API's base URL (for a proxy or a mock server).
            timeout: Seconds (or an `httpx.Timeout`) to wait for each request.
            max_retries: How often to retry a failed request that is safe to retry.
            http_client: An `httpx` client you configured; it is not closed by this client.
        """
        settings = _settings(
            project_id=project_id,
            api_token=api_token,
            space_url=space_url,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
        )
        self.project_id: str = settings.pop("project_id")
        self.space_url: str = settings.pop("space_url")
        super().__init__(http_client=http_client, **settings)

    def __repr__(self) -> str:
        return f"Client(project_id={self.project_id!r}, space_url={self.space_url!r}, base_url={self.base_url!r})"

    @property
    def accounts(self) -> AccountList:
        """`Accounts`."""
        from .resources.accounts import AccountList

        return AccountList(self, ())

    @property
    def calls(self) -> CallList:
        """`Calls` of your own Account (use `accounts(id).calls` for another)."""
        from .resources.calls import CallList

        return CallList(self, (None,))


class AsyncClient(AsyncAPIClient):
    """A client of SignalWire Compatibility API, voice (2010-04-01).

    The SignalWire Compatibility (LaML) REST API operations that change live calls: update an active call,
    and pause, resume or stop a call recording. Written by hand from SignalWire's documentation pages; see
    spec/DECISIONS.md for every place where the pages were wrong or incomplete."""

    def __init__(
        self,
        *,
        project_id: str | None = None,
        api_token: str | None = None,
        space_url: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client. Arguments left out are read from the environment.

        Args:
            project_id: Your SignalWire Project ID (HTTP Basic user name). Default: the SIGNALWIRE_PROJECT_ID environment variable.
            api_token: An API token of the project (HTTP Basic password). Default: the SIGNALWIRE_API_TOKEN environment variable.
            space_url: Your Space's host, as in `example.signalwire.com`, or only its name, `example`. Default: the SIGNALWIRE_SPACE_URL environment variable.
            base_url: Override the API's base URL (for a proxy or a mock server).
            timeout: Seconds (or an `httpx.Timeout`) to wait for each request.
            max_retries: How often to retry a failed request that is safe to retry.
            http_client: An `httpx` client you configured; it is not closed by this client.
        """
        settings = _settings(
            project_id=project_id,
            api_token=api_token,
            space_url=space_url,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
        )
        self.project_id: str = settings.pop("project_id")
        self.space_url: str = settings.pop("space_url")
        super().__init__(http_client=http_client, **settings)

    def __repr__(self) -> str:
        return f"AsyncClient(project_id={self.project_id!r}, space_url={self.space_url!r}, base_url={self.base_url!r})"

    @property
    def accounts(self) -> AsyncAccountList:
        """`Accounts`."""
        from .resources.accounts import AsyncAccountList

        return AsyncAccountList(self, ())

    @property
    def calls(self) -> AsyncCallList:
        """`Calls` of your own Account (use `accounts(id).calls` for another)."""
        from .resources.calls import AsyncCallList

        return AsyncCallList(self, (None,))

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
    from .resources.conferences import AsyncConferenceList, ConferenceList

__all__ = ["Client", "AsyncClient"]

DEFAULT_BASE_URL = "https://api.twilio.com"


def _from_env(name: str, value: str | None, env: str | None) -> str:
    if value is None and env is not None:
        value = os.environ.get(env)
    if not value:
        where = f"pass {name}= or set {env}" if env else f"pass {name}="
        raise ApiError(f"missing credential {name}: {where}")
    return value


def _settings(
    *,
    account_sid: str | None,
    auth_token: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout,
    max_retries: int,
) -> dict[str, Any]:
    account_sid = _from_env("account_sid", account_sid, "TWILIO_ACCOUNT_SID")
    auth_token = _from_env("auth_token", auth_token, "TWILIO_AUTH_TOKEN")
    return {
        "base_url": base_url or expand_server(DEFAULT_BASE_URL, {}),
        "auth": httpx.BasicAuth(account_sid, auth_token),
        "path_defaults": {"AccountSid": account_sid},
        "timeout": timeout,
        "max_retries": max_retries,
        "user_agent": "twilio-api/1.0.0",
        "base_url_given": base_url is not None,
        "account_sid": account_sid,  # as resolved (passed or from the environment): shown by repr()
    }


class Client(SyncAPIClient):
    """A client of Twilio Voice API (2010-04-01).

    The Twilio REST API operations that change live calls: stop a SIPREC session, pause, resume or stop
    a call recording, and end or announce into a conference. Written by hand from Twilio's documentation
    pages; see spec/DECISIONS.md for every place where the pages were wrong or incomplete."""

    def __init__(
        self,
        *,
        account_sid: str | None = None,
        auth_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client. Arguments left out are read from the environment.

        Args:
            account_sid: The SID of the Account to act as (HTTP Basic user name). Default: the TWILIO_ACCOUNT_SID environment variable.
            auth_token: The Account's auth token (HTTP Basic password). Default: the TWILIO_AUTH_TOKEN environment variable.
            base_url: Override the API's base URL (for a proxy or a mock server).
            timeout: Seconds (or an `httpx.Timeout`) to wait for each request.
            max_retries: How often to retry a failed request that is safe to retry.
            http_client: An `httpx` client you configured; it is not closed by this client.
        """
        settings = _settings(
            account_sid=account_sid,
            auth_token=auth_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
        )
        self.account_sid: str = settings.pop("account_sid")
        super().__init__(http_client=http_client, **settings)

    def __repr__(self) -> str:
        return f"Client(account_sid={self.account_sid!r}, base_url={self.base_url!r})"

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

    @property
    def conferences(self) -> ConferenceList:
        """`Conferences` of your own Account (use `accounts(id).conferences` for another)."""
        from .resources.conferences import ConferenceList

        return ConferenceList(self, (None,))


class AsyncClient(AsyncAPIClient):
    """A client of Twilio Voice API (2010-04-01).

    The Twilio REST API operations that change live calls: stop a SIPREC session, pause, resume or stop
    a call recording, and end or announce into a conference. Written by hand from Twilio's documentation
    pages; see spec/DECISIONS.md for every place where the pages were wrong or incomplete."""

    def __init__(
        self,
        *,
        account_sid: str | None = None,
        auth_token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client. Arguments left out are read from the environment.

        Args:
            account_sid: The SID of the Account to act as (HTTP Basic user name). Default: the TWILIO_ACCOUNT_SID environment variable.
            auth_token: The Account's auth token (HTTP Basic password). Default: the TWILIO_AUTH_TOKEN environment variable.
            base_url: Override the API's base URL (for a proxy or a mock server).
            timeout: Seconds (or an `httpx.Timeout`) to wait for each request.
            max_retries: How often to retry a failed request that is safe to retry.
            http_client: An `httpx` client you configured; it is not closed by this client.
        """
        settings = _settings(
            account_sid=account_sid,
            auth_token=auth_token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
        )
        self.account_sid: str = settings.pop("account_sid")
        super().__init__(http_client=http_client, **settings)

    def __repr__(self) -> str:
        return f"AsyncClient(account_sid={self.account_sid!r}, base_url={self.base_url!r})"

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

    @property
    def conferences(self) -> AsyncConferenceList:
        """`Conferences` of your own Account (use `accounts(id).conferences` for another)."""
        from .resources.conferences import AsyncConferenceList

        return AsyncConferenceList(self, (None,))

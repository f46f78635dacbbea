"""Fixtures of the generated tests: clients whose HTTP goes to a handler in the test, not the network."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

import twilio_api

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def make_client() -> Callable[[Handler], twilio_api.Client]:
    def make(handler: Handler) -> twilio_api.Client:
        transport = httpx.MockTransport(handler)
        return twilio_api.Client(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            auth_token="test-auth-token",
            http_client=httpx.Client(transport=transport),
            max_retries=0,
        )

    return make


@pytest.fixture
def make_async_client() -> Callable[[Handler], twilio_api.AsyncClient]:
    def make(handler: Handler) -> twilio_api.AsyncClient:
        transport = httpx.MockTransport(handler)
        return twilio_api.AsyncClient(
            account_sid="ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            auth_token="test-auth-token",
            http_client=httpx.AsyncClient(transport=transport),
            max_retries=0,
        )

    return make

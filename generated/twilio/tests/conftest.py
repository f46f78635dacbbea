"""Fixtures of the generated tests: clients whose HTTP goes to a handler in the test, not the network."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


def _answers(status: int, bodies: tuple[Any, ...]) -> tuple[Handler, list[httpx.Request]]:
    """A handler answering with `status` and the next of `bodies` (the last one again once they run
    out), and the list of the requests it gets."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, json=bodies[min(len(sent), len(bodies)) - 1])

    return handler, sent


@pytest.fixture
def answering(
    make_client: Callable[[Handler], twilio_api.Client],
) -> Callable[..., tuple[twilio_api.Client, list[httpx.Request]]]:
    """`answering(status, *bodies)`: a client answered as `_answers` says, and the requests it sent."""

    def make(status: int, *bodies: Any) -> tuple[twilio_api.Client, list[httpx.Request]]:
        handler, sent = _answers(status, bodies)
        return make_client(handler), sent

    return make


@pytest.fixture
def answering_async(
    make_async_client: Callable[[Handler], twilio_api.AsyncClient],
) -> Callable[..., tuple[twilio_api.AsyncClient, list[httpx.Request]]]:
    """`answering` for the async client."""

    def make(status: int, *bodies: Any) -> tuple[twilio_api.AsyncClient, list[httpx.Request]]:
        handler, sent = _answers(status, bodies)
        return make_async_client(handler), sent

    return make

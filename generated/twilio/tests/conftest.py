"""Fixtures of the generated tests: clients whose HTTP goes to a handler in the test, not the network."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest

import twilio_api
from twilio_api._models import BaseModel

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


@pytest.fixture
def decoded() -> Callable[[Any, Mapping[str, Any]], dict[str, Any]]:
    """`decoded(result, example)`: each field of `example` as the model `result` decoded from it
    holds it, by wire name (a nested model as its wire form, a field the model does not declare as it
    keeps it). Where decoding keeps JSON's value this is the example itself; the tests spell out the
    values decoding makes of the others (dates, numbers sent as strings)."""

    def read(result: Any, example: Mapping[str, Any]) -> dict[str, Any]:
        attributes = {
            spec.wire or spec.attribute: spec.attribute for spec in type(result).__fields__
        }
        extra = result.extra_fields
        values = {
            key: getattr(result, attributes[key]) if key in attributes else extra.get(key)
            for key in example
        }
        return {
            key: value.to_dict() if isinstance(value, BaseModel) else value
            for key, value in values.items()
        }

    return read

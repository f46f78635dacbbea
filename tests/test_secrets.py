"""Secrets stay secret in the generated client: an API key sent in the query is shown as `***` in
every message and log line (httpx's own included), no credential follows a redirect to another host,
and errors pickle without the request that carries the credentials."""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from conftest import generated_package

KEY = "sk_live_very_secret_42"
SPEC = """\
openapi: 3.1.0
info: {title: Keys, version: "1"}
servers: [{url: "https://api.example.com"}]
security: [{%s: []}]
components:
  securitySchemes:
    query_key: {type: apiKey, in: query, name: api_key}
    header_key: {type: apiKey, in: header, name: X-API-Key}
    basic: {type: http, scheme: basic}
paths:
  /things/{id}:
    get:
      operationId: FetchThing
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: OK, content: {application/json: {schema: {type: object}}}}}
"""


def _generate(tmp_path_factory: pytest.TempPathFactory, scheme: str) -> Iterator[ModuleType]:
    yield from generated_package(tmp_path_factory, SPEC % scheme, f"keys_{scheme}")


@pytest.fixture(scope="module")
def query_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from _generate(tmp_path_factory, "query_key")


@pytest.fixture(scope="module")
def header_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from _generate(tmp_path_factory, "header_key")


@pytest.fixture(scope="module")
def basic_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from _generate(tmp_path_factory, "basic")


def answering(api: ModuleType, handler: Callable[[httpx.Request], httpx.Response], **credentials: str) -> Any:
    transport = httpx.MockTransport(handler)
    return api.Client(**credentials, http_client=httpx.Client(transport=transport, follow_redirects=True), max_retries=0)


def test_a_query_api_key_never_shows_in_an_error_or_a_log_line(query_api: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404, json={"message": "no such thing"})

    client = answering(query_api, handler, api_key=KEY)
    with pytest.raises(query_api.NotFoundError) as caught:
        client.things("t1").fetch()
    assert sent[0].url.params["api_key"] == KEY  # sent, as the API asks
    shown = [str(caught.value), repr(caught.value), caplog.text, repr(client)]
    assert all(KEY not in text for text in shown), shown
    assert "api_key=%2A%2A%2A" in str(caught.value) or "api_key=***" in str(caught.value)
    assert "HTTP Request: GET" in caplog.text  # httpx's own line is there, without the key


def test_no_credential_follows_a_redirect_to_another_host(header_api: ModuleType) -> None:
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        if request.url.host == "api.example.com":
            return httpx.Response(302, headers={"Location": "https://collector.example.net/steal"})
        return httpx.Response(200, json={"got": request.headers.get("X-API-Key")})

    client = answering(header_api, handler, api_key=KEY)  # even with an httpx client that follows redirects
    with pytest.raises(header_api.ApiError, match="redirected to https://collector.example.net: not following it"):
        client.things("t1").fetch()
    assert hosts == ["api.example.com"]


def test_a_redirect_on_the_same_host_is_followed_with_the_credentials_and_a_loop_ends(header_api: ModuleType) -> None:
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, request.headers.get("X-API-Key")))
        if request.url.path == "/things/old":
            return httpx.Response(301, headers={"Location": "/things/new"})
        return httpx.Response(200, json={"id": "new"})

    client = answering(header_api, handler, api_key=KEY)
    assert client.things("old").fetch() == {"id": "new"}
    assert seen == [("/things/old", KEY), ("/things/new", KEY)]

    looping = answering(header_api, lambda request: httpx.Response(302, headers={"Location": request.url.path}), api_key=KEY)
    with pytest.raises(header_api.ApiError, match="redirected more than 5 times"):
        looping.things("t").fetch()


@pytest.mark.parametrize("status", [404, 500])
def test_errors_pickle_without_the_credentials(basic_api: ModuleType, status: int) -> None:
    client = answering(basic_api, lambda request: httpx.Response(status, json={"message": "nope", "code": 7}), username="ada", password=KEY)
    with pytest.raises(basic_api.ApiStatusError) as caught:
        client.things("t1").fetch()
    assert caught.value.request.headers["Authorization"].startswith("Basic ")  # the live error keeps its request
    data = pickle.dumps(caught.value)
    assert KEY.encode() not in data and b"Authorization" not in data
    restored = pickle.loads(data)
    assert type(restored) is type(caught.value) and str(restored) == str(caught.value)
    assert restored.status_code == status and restored.message == "nope" and restored.code == 7
    assert restored.request is None and restored.response is None


def test_a_connection_error_pickles_too(query_api: ModuleType) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    client = answering(query_api, handler, api_key=KEY)
    with pytest.raises(query_api.ApiConnectionError) as caught:
        client.things("t1").fetch()
    data = pickle.dumps(caught.value)
    assert KEY.encode() not in data
    assert str(pickle.loads(data)) == str(caught.value)

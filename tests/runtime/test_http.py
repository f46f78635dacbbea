"""The runtime's HTTP behaviour against a real local server, the sync and the async client alike
(each test runs for both: they share one retry decision, BaseClient._retry_after_*).

GET is resent after faults; a request marked `once` (a create, an update) only when the server
provably did nothing: a 429 or a connection never made."""

from __future__ import annotations

import logging
import pickle
import socket
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from local_server import Server, corrupt_gzip, reply, reset, slow, truncated
from sdkgen_runtime import _base_client, _codecs, _exceptions
from sdkgen_runtime._base_client import AsyncAPIClient, RequestOptions, SyncAPIClient

ANY_JSON = _codecs.Response(_codecs.ANY)
AN_OBJECT = _codecs.Response(_codecs.Dict(_codecs.ANY))

Send = Callable[..., Any]


@pytest.fixture(params=["sync", "async"])
def send(request: pytest.FixtureRequest, server: Server) -> Send:
    """Send one request through a new client of the kind under test, as a generated method does."""

    def send(options: RequestOptions, decoder: Any = ANY_JSON, **settings: Any) -> Any:
        kwargs: dict[str, Any] = {
            "base_url": server.url,
            "auth": None,
            "path_defaults": {},
            "timeout": 2.0,
            "max_retries": 2,
            "user_agent": "runtime-tests/1",
            **settings,
        }
        if request.param == "sync":
            with SyncAPIClient(http_client=None, **kwargs) as client:
                return client.request(options, decoder)

        async def run() -> Any:
            async with AsyncAPIClient(http_client=None, **kwargs) as client:
                return await client.request(options, decoder)

        return anyio.run(run)

    return send


def get(path: str = "/things/t1") -> RequestOptions:
    return RequestOptions(method="GET", path=path, path_params={})


def create(path: str = "/things") -> RequestOptions:
    return RequestOptions(method="POST", path=path, path_params={}, form={"Name": "a"}, once=True)


def test_a_json_body_is_decoded(send: Send, server: Server) -> None:
    server.script(reply(200, {"sid": "T1", "n": 2}))
    assert send(get()) == {"sid": "T1", "n": 2}
    assert [(r.method, r.path) for r in server.received] == [("GET", "/things/t1")]
    assert server.received[0].headers["User-Agent"].startswith("runtime-tests/1 httpx/")


def test_a_form_body_is_sent_as_the_api_reads_it(send: Send, server: Server) -> None:
    server.script(reply(201, {"sid": "T2"}))
    options = RequestOptions(method="POST", path="/things", path_params={}, form={"Name": "a b&c", "Tags": ["x", "y"]}, once=True)
    assert send(options) == {"sid": "T2"}
    assert server.received[0].body == b"Name=a+b%26c&Tags=x&Tags=y"
    assert server.received[0].headers["Content-Type"] == "application/x-www-form-urlencoded"


@pytest.mark.parametrize("options", [get(), create()], ids=["GET", "POST once"])
def test_429_is_resent_after_the_retry_after_it_gives(send: Send, server: Server, options: RequestOptions) -> None:
    server.script(reply(429, {"message": "slow down"}, {"Retry-After": "0.3"}), reply(200, {"ok": True}))
    assert send(options) == {"ok": True}
    first, second = server.received
    assert second.at - first.at >= 0.29  # the server asked for 0.3 s: the backoff alone is 1 ms here


def test_a_get_answered_5xx_is_resent_up_to_max_retries_then_raises(send: Send, server: Server) -> None:
    server.script(reply(503, {"message": "down for maintenance"}))
    with pytest.raises(_exceptions.InternalServerError) as caught:
        send(get())
    assert len(server.received) == 3  # the first attempt and two retries
    assert caught.value.status_code == 503
    assert caught.value.message == "down for maintenance"


def test_a_get_answered_5xx_then_200_returns_the_200(send: Send, server: Server) -> None:
    server.script(reply(500), reply(502), reply(200, {"sid": "T1"}))
    assert send(get()) == {"sid": "T1"}
    assert len(server.received) == 3


def test_a_create_answered_5xx_is_never_resent(send: Send, server: Server) -> None:
    server.script(reply(503, {"message": "down"}))
    with pytest.raises(_exceptions.InternalServerError):
        send(create())
    assert len(server.received) == 1  # the server may have acted on it


def test_max_retries_zero_sends_once(send: Send, server: Server) -> None:
    server.script(reply(503))
    with pytest.raises(_exceptions.InternalServerError):
        send(get(), max_retries=0)
    assert len(server.received) == 1


@pytest.mark.parametrize("fault", [reset, truncated], ids=["reset", "truncated body"])
def test_a_get_is_resent_after_a_broken_connection(send: Send, server: Server, fault: Callable[[], Any]) -> None:
    server.script(fault(), reply(200, {"sid": "T1"}))
    assert send(get()) == {"sid": "T1"}
    assert len(server.received) == 2


@pytest.mark.parametrize("fault", [reset, truncated], ids=["reset", "truncated body"])
def test_a_create_is_not_resent_after_a_broken_connection(send: Send, server: Server, fault: Callable[[], Any]) -> None:
    server.script(fault(), reply(201, {"sid": "T1"}))
    with pytest.raises(_exceptions.ApiConnectionError) as caught:
        send(create())
    assert len(server.received) == 1
    assert not isinstance(caught.value, _exceptions.ApiTimeoutError)


def test_a_get_that_times_out_is_resent(send: Send, server: Server) -> None:
    server.script(slow(1.0), reply(200, {"sid": "T1"}))
    assert send(get(), timeout=0.25) == {"sid": "T1"}
    assert len(server.received) == 2


def test_a_create_that_times_out_raises_a_timeout_error_and_is_not_resent(send: Send, server: Server) -> None:
    server.script(slow(1.0))
    with pytest.raises(_exceptions.ApiTimeoutError):
        send(create(), timeout=0.25)
    assert len(server.received) == 1


def test_a_connection_never_made_is_retried_even_for_a_create(
    send: Send, server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as unused:  # a port nothing listens on
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    with caplog.at_level(logging.DEBUG, logger="sdkgen_runtime"), pytest.raises(_exceptions.ApiConnectionError):
        send(create(), base_url=f"http://127.0.0.1:{port}")
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying POST")]
    assert len(retries) == 2, retries
    assert all("ConnectError" in line for line in retries)


def test_a_corrupt_gzip_body_raises_a_response_error_and_is_not_resent(send: Send, server: Server) -> None:
    server.script(corrupt_gzip())
    with pytest.raises(_exceptions.ApiResponseError, match="cannot be decoded"):
        send(get())
    assert len(server.received) == 1


@pytest.mark.parametrize(
    ("body", "words"),
    [(b"", "is empty"), (b"null", "is null"), (b"[1]", "is a JSON array"), (b"<html>", "is not JSON"), (b"[" * 100_000 + b"]" * 100_000, "nests deeper")],
    ids=["empty", "null", "list", "html", "deep"],
)
def test_a_body_that_is_not_what_the_api_documents_raises(send: Send, server: Server, body: bytes, words: str) -> None:
    server.script(reply(200, body))
    with pytest.raises(_exceptions.ApiResponseError, match=words):
        send(get(), AN_OBJECT)


def test_redirects_on_the_same_host_are_followed(send: Send, server: Server) -> None:
    server.script(reply(302, None, {"Location": "/moved"}), reply(200, {"sid": "T1"}))
    assert send(get()) == {"sid": "T1"}
    assert [r.path for r in server.received] == ["/things/t1", "/moved"]


def test_a_307_keeps_the_method_and_body(send: Send, server: Server) -> None:
    server.script(reply(307, None, {"Location": "/elsewhere"}), reply(201, {"sid": "T1"}))
    assert send(create()) == {"sid": "T1"}
    assert [(r.method, r.body) for r in server.received] == [("POST", b"Name=a"), ("POST", b"Name=a")]


def test_a_redirect_to_another_host_is_not_followed_with_the_credentials(
    send: Send, server: Server, other_host: Server
) -> None:
    other_host.script(reply(200, {"stolen": True}))
    server.script(reply(302, None, {"Location": f"{other_host.url}/collect"}))
    auth = _base_client.KeyAuth(headers={"X-Api-Key": "s3cret"})
    with pytest.raises(_exceptions.ApiError, match="not following it with your credentials"):
        send(get(), auth=auth)
    assert other_host.received == []
    assert server.received[0].headers["X-Api-Key"] == "s3cret"


def test_a_redirect_loop_ends(send: Send, server: Server) -> None:
    server.script(reply(302, None, {"Location": "/loop"}))
    with pytest.raises(_exceptions.ApiError, match="redirected more than 5 times"):
        send(get())
    assert len(server.received) == 6


def test_an_error_body_gives_the_apis_own_words_and_request_id(send: Send, server: Server) -> None:
    server.script(reply(404, {"error": {"message": "No shipment shp_x", "code": "missing"}}, {"X-Request-Id": "req_42"}))
    with pytest.raises(_exceptions.NotFoundError) as caught:
        send(get())
    assert caught.value.message == "No shipment shp_x"
    assert caught.value.request_id == "req_42"


def test_a_query_secret_never_reaches_a_message_or_a_pickle(send: Send, server: Server) -> None:
    server.script(reply(500, {"message": "boom"}))
    auth = _base_client.KeyAuth(query={"api_key": "s3cret"})
    with pytest.raises(_exceptions.InternalServerError) as caught:
        send(get(), auth=auth, max_retries=0)
    assert "api_key=s3cret" in server.received[0].path  # it was sent ...
    assert "s3cret" not in str(caught.value)  # ... and is said nowhere
    again = pickle.loads(pickle.dumps(caught.value))
    assert type(again) is _exceptions.InternalServerError and again.status_code == 500
    assert b"s3cret" not in pickle.dumps(caught.value)


def test_the_retry_decision_is_one_for_both_clients() -> None:
    """Neither client decides retries itself: both loops ask BaseClient's two methods."""
    import inspect

    for client in (SyncAPIClient, AsyncAPIClient):
        source = inspect.getsource(client._send_retrying)
        assert "_retry_after_error(" in source and "_retry_after_status(" in source
        assert "_retryable" not in source and "max_retries" not in source


def test_httpx_transport_errors_never_leak(send: Send, server: Server) -> None:
    """Whatever the fault, the caller sees the package's errors only (one `except ApiError`)."""
    for answer in (reset(), truncated(), corrupt_gzip(), reply(418)):
        server.script(answer)
        with pytest.raises(_exceptions.ApiError) as caught:
            send(create())
        assert not isinstance(caught.value, httpx.HTTPError)

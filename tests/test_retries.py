"""Retries never repeat an action: which requests the generated client sends again, and when.

GET, PUT and DELETE are idempotent (RFC 9110): resent after a 5xx, a 408/429 or a lost connection.
POST and PATCH are not: resent only when the server provably did nothing (a 429, a connection never
made), unless the spec marks the operation `x-idempotent: true` or it takes an idempotency key,
which the client then makes, one per call, the same on every attempt."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from conftest import generated_package

SPEC = """\
openapi: 3.1.0
info: {title: Retries, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /things/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get: {operationId: FetchThing, responses: {"200": {description: OK}}}
    put: {operationId: ReplaceThing, responses: {"200": {description: OK}}}
    delete: {operationId: DeleteThing, responses: {"204": {description: Gone}}}
    patch: {operationId: UpdateThing, responses: {"200": {description: OK}}}
    post: {operationId: AnnounceThing, responses: {"200": {description: OK}}}
  /things:
    post: {operationId: CreateThing, responses: {"201": {description: Created}}}
  /charges:
    post:
      operationId: CreateCharge
      parameters: [{name: Idempotency-Key, in: header, schema: {type: string}}]
      responses: {"201": {description: Created}}
  /searches:
    post: {operationId: CreateSearch, x-idempotent: true, responses: {"200": {description: OK}}}
"""


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from generated_package(tmp_path_factory, SPEC, "retries_api")


@pytest.fixture(autouse=True)
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []
    monkeypatch.setattr("time.sleep", waits.append)
    return waits


def client_answering(api: ModuleType, *answers: httpx.Response | Exception, max_retries: int = 2) -> tuple[Any, list[httpx.Request]]:
    sent: list[httpx.Request] = []
    pending = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        answer = pending.pop(0) if len(pending) > 1 else pending[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return api.Client(http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=max_retries), sent


CALLS: dict[str, Callable[[Any], object]] = {
    "GET": lambda c: c.things("t").fetch(),
    "PUT": lambda c: c.things("t").replace(),
    "DELETE": lambda c: c.things("t").delete(),
    "PATCH": lambda c: c.things("t").update_thing(),  # POST on an item is `update`, PATCH then its operationId
    "POST (update)": lambda c: c.things("t").update(),
    "POST (create)": lambda c: c.things.create(),
    "POST with an idempotency key": lambda c: c.charges.create(),
    "POST marked x-idempotent": lambda c: c.searches.create(),
}
RESENT = {"GET", "PUT", "DELETE", "POST with an idempotency key", "POST marked x-idempotent"}


@pytest.mark.parametrize("call", sorted(CALLS))
@pytest.mark.parametrize("fault", ["503", "read timeout", "reset"])
def test_a_request_is_sent_again_after_a_fault_only_when_that_cannot_repeat_an_action(call: str, fault: str, api: ModuleType) -> None:
    first: httpx.Response | Exception = {
        "503": httpx.Response(503),
        "read timeout": httpx.ReadTimeout("slow"),
        "reset": httpx.RemoteProtocolError("reset"),
    }[fault]
    client, sent = client_answering(api, first, httpx.Response(200))
    if call in RESENT:
        CALLS[call](client)
        assert len(sent) == 2
    else:
        with pytest.raises(api.ApiError):
            CALLS[call](client)
        assert len(sent) == 1


@pytest.mark.parametrize("call", sorted(CALLS))
@pytest.mark.parametrize("fault", ["429", "connection refused"])
def test_any_request_is_sent_again_when_the_server_did_nothing(call: str, fault: str, api: ModuleType) -> None:
    first: httpx.Response | Exception = httpx.Response(429) if fault == "429" else httpx.ConnectError("refused")
    client, sent = client_answering(api, first, httpx.Response(200))
    CALLS[call](client)
    assert len(sent) == 2


def test_one_idempotency_key_per_call_the_same_on_every_attempt(api: ModuleType) -> None:
    client, sent = client_answering(api, httpx.Response(500), httpx.Response(500), httpx.Response(201))
    client.charges.create()
    client.charges.create()
    keys = [r.headers["Idempotency-Key"] for r in sent]
    assert len(keys) == 4 and keys[0] == keys[1] == keys[2] != keys[3]
    client.charges.create(idempotency_key="mine")
    assert sent[-1].headers["Idempotency-Key"] == "mine"  # the caller's own, when given


def test_retries_back_off_exponentially_and_stop_at_max_retries(api: ModuleType, slept: list[float]) -> None:
    client, sent = client_answering(api, httpx.Response(503), max_retries=3)
    with pytest.raises(api.ApiStatusError):
        client.things("t").fetch()
    assert len(sent) == 4 and len(slept) == 3
    assert 0.375 <= slept[0] <= 0.5 and slept[0] < slept[1] < slept[2]


@pytest.mark.anyio
async def test_the_async_client_decides_alike(api: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_wait(seconds: float) -> None:
        return None

    monkeypatch.setattr("anyio.sleep", no_wait)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503) if len(sent) % 2 else httpx.Response(200)

    async with api.AsyncClient(http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), max_retries=2) as client:
        await client.things("t").fetch()
        assert len(sent) == 2
        with pytest.raises(api.ApiStatusError):
            await client.things("t").update()
        assert len(sent) == 3


def test_an_x_idempotent_post_and_an_idempotency_key_are_what_make_a_post_resendable() -> None:
    from generator.build.operations import idempotent

    assert idempotent("post", {}, "") is False and idempotent("patch", {}, "") is False
    assert idempotent("post", {"x-idempotent": True}, "") and idempotent("post", {}, "Idempotency-Key")
    assert all(idempotent(m, {}, "") for m in ("get", "put", "delete", "head", "options"))


def test_each_request_answer_and_retry_is_logged_at_debug(api: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="retries_api")
    client, _ = client_answering(api, httpx.Response(503), httpx.Response(200))
    client.things("t").fetch()
    lines = [r.getMessage() for r in caplog.records if r.name == "retries_api"]
    assert lines[0] == "request: GET https://api.example.com/things/t"
    assert lines[1] == "response: GET https://api.example.com/things/t: 503"
    assert lines[2].startswith("retrying GET https://api.example.com/things/t in ") and lines[2].endswith("(retry 1 of 2): 503")
    assert lines[3:] == ["request: GET https://api.example.com/things/t", "response: GET https://api.example.com/things/t: 200"]


def test_the_package_log_variable_prints_the_debug_lines(api: ModuleType) -> None:
    import os
    import subprocess
    import sys

    folder = Path(api.__file__).parent.parent
    code = (
        "import httpx, retries_api\n"
        "transport = httpx.MockTransport(lambda request: httpx.Response(200))\n"
        "retries_api.Client(http_client=httpx.Client(transport=transport)).things('t').fetch()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(folder), "RETRIES_API_LOG": "debug"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert "retries_api DEBUG] request: GET https://api.example.com/things/t" in done.stderr
    quiet = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**env, "RETRIES_API_LOG": ""}, check=True)
    assert quiet.stderr == ""

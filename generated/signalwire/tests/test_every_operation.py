"""Generated tests of every operation of SignalWire Compatibility API, voice (2010-04-01): a 404 raises NotFoundError, the async client sends the same request, each request carries the client's credentials, and an invalid id fails before anything is sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

import signalwire_api

Handler = Callable[[httpx.Request], httpx.Response]
MakeClient = Callable[[Handler], signalwire_api.Client]
Answering = Callable[..., tuple[signalwire_api.Client, list[httpx.Request]]]
AnsweringAsync = Callable[..., tuple[signalwire_api.AsyncClient, list[httpx.Request]]]
Call = Callable[[Any], Any]  # an operation's call on a client, sync or async

CREDENTIALS = (
    "Authorization",
    "Basic M2ZhODVmNjQtNTcxNy00NTYyLWIzZmMtMmM5NjNmNjZhZmE2OnRlc3QtYXBpLXRva2Vu",
)  # the header the test client's credentials send
NOT_FOUND: Any = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://example.com/20404",
    "status": 404,
}

# Each operation called with its required arguments, the status the spec documents for it, and the
# URL it requests.
OPERATIONS = [
    pytest.param(
        lambda client: client.calls("3fa85f64-5717-4562-b3fc-2c963f66afa6").update(),
        200,
        "https://example.signalwire.com/api/laml/2010-04-01/Accounts/3fa85f64-5717-4562-b3fc-2c963f66afa6/Calls/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        {},
        id="update_call",
    ),
    pytest.param(
        lambda client: (
            client.calls("3fa85f64-5717-4562-b3fc-2c963f66afa6")
            .recordings("19e436c3-6c4a-4e3c-8a3e-bd8fd0ee2a11")
            .update(status="paused")
        ),
        200,
        "https://example.signalwire.com/api/laml/2010-04-01/Accounts/3fa85f64-5717-4562-b3fc-2c963f66afa6/Calls/3fa85f64-5717-4562-b3fc-2c963f66afa6/Recordings/19e436c3-6c4a-4e3c-8a3e-bd8fd0ee2a11",
        {},
        id="update_call_recording",
    ),
]

# Calls with an id the spec's pattern or format rejects, and the argument each error names.
BAD_IDS = [
    pytest.param(
        lambda client: client.calls("not a valid id").update(), "sid", id="update_call-sid"
    ),
    pytest.param(
        lambda client: (
            client.calls("not a valid id")
            .recordings("19e436c3-6c4a-4e3c-8a3e-bd8fd0ee2a11")
            .update(status="paused")
        ),
        "sid",
        id="update_call_recording-sid",
    ),
    pytest.param(
        lambda client: (
            client.calls("3fa85f64-5717-4562-b3fc-2c963f66afa6")
            .recordings("not a valid id")
            .update(status="paused")
        ),
        "sid",
        id="update_call_recording-sid",
    ),
]


@pytest.mark.parametrize(("call", "status", "url", "body"), OPERATIONS)
def test_each_operation_raises_not_found_on_404(
    answering: Answering, call: Call, status: int, url: str, body: Any
) -> None:
    client, sent = answering(404, NOT_FOUND)
    with pytest.raises(signalwire_api.NotFoundError) as caught:
        call(client)
    assert caught.value.status_code == 404
    assert caught.value.code == 20404
    assert sent[0].headers.get(CREDENTIALS[0]) == CREDENTIALS[1]


@pytest.mark.anyio
@pytest.mark.parametrize(("call", "status", "url", "body"), OPERATIONS)
async def test_each_operation_async(
    answering_async: AnsweringAsync, call: Call, status: int, url: str, body: Any
) -> None:
    """The async client sends what the sync one does (which the module tests check, with the decoding
    of each example response: the two clients share it). It answers with an empty body of the
    documented shape (`{}`, `[]`)."""
    client, sent = answering_async(status, body)
    async with client:
        await call(client)
    assert str(sent[0].url).split("?")[0] == url
    assert sent[0].headers.get(CREDENTIALS[0]) == CREDENTIALS[1]


@pytest.mark.parametrize(("call", "argument"), BAD_IDS)
def test_each_operation_rejects_a_bad_id(
    make_client: MakeClient, call: Call, argument: str
) -> None:
    """An invalid id fails before any request is sent, naming the argument."""
    client = make_client(lambda request: pytest.fail("no request may be sent"))
    with pytest.raises(ValueError, match=argument):
        call(client)

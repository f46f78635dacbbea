"""Generated tests of every operation of Twilio Voice API (2010-04-01): a 404 raises NotFoundError, the async client sends the same request, each request carries the client's credentials, and an invalid id fails before anything is sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

import twilio_api

Handler = Callable[[httpx.Request], httpx.Response]
MakeClient = Callable[[Handler], twilio_api.Client]
Answering = Callable[..., tuple[twilio_api.Client, list[httpx.Request]]]
AnsweringAsync = Callable[..., tuple[twilio_api.AsyncClient, list[httpx.Request]]]
Call = Callable[[Any], Any]  # an operation's call on a client, sync or async

CREDENTIALS = (
    "Authorization",
    "Basic QUNhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYTp0ZXN0LWF1dGgtdG9rZW4=",
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
        lambda client: (
            client.calls("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
            .recordings("REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
            .update(status="paused")
        ),
        200,
        "https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Recordings/REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json",
        {},
        id="update_call_recording",
    ),
    pytest.param(
        lambda client: (
            client.calls("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
            .siprec("SRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
            .update(status="stopped")
        ),
        200,
        "https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Siprec/SRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json",
        {},
        id="update_siprec",
    ),
    pytest.param(
        lambda client: client.conferences("CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(),
        200,
        "https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json",
        {},
        id="update_conference",
    ),
]

# Calls with an id the spec's pattern or format rejects, and the argument each error names.
BAD_IDS = [
    pytest.param(
        lambda client: (
            client.calls("not a valid id")
            .recordings("REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
            .update(status="paused")
        ),
        "call_sid",
        id="update_call_recording-call_sid",
    ),
    pytest.param(
        lambda client: (
            client.calls("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
            .recordings("not a valid id")
            .update(status="paused")
        ),
        "sid",
        id="update_call_recording-sid",
    ),
    pytest.param(
        lambda client: (
            client.calls("not a valid id")
            .siprec("SRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
            .update(status="stopped")
        ),
        "call_sid",
        id="update_siprec-call_sid",
    ),
    pytest.param(
        lambda client: client.conferences("not a valid id").update(),
        "sid",
        id="update_conference-sid",
    ),
]


@pytest.mark.parametrize(("call", "status", "url", "body"), OPERATIONS)
def test_each_operation_raises_not_found_on_404(
    answering: Answering, call: Call, status: int, url: str, body: Any
) -> None:
    client, sent = answering(404, NOT_FOUND)
    with pytest.raises(twilio_api.NotFoundError) as caught:
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

"""Generated tests of Twilio Voice API (2010-04-01): each operation sends what the spec documents and decodes what it returns."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

import twilio_api
from twilio_api import models

Handler = Callable[[httpx.Request], httpx.Response]
MakeClient = Callable[[Handler], twilio_api.Client]
Answering = Callable[..., tuple[twilio_api.Client, list[httpx.Request]]]
AnsweringAsync = Callable[..., tuple[twilio_api.AsyncClient, list[httpx.Request]]]
Call = Callable[[Any], Any]  # an operation's call on a client, sync or async
Decoded = Callable[[Any, Any], dict[str, Any]]

NOT_FOUND: Any = {
    "code": 20404,
    "message": "The requested resource was not found",
    "more_info": "https://example.com/20404",
    "status": 404,
}


UPDATE_CONFERENCE_RESPONSE: Any = json.loads("""
{
    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "api_version": "2010-04-01",
    "call_sid_ending_conference": null,
    "date_created": "Mon, 22 Aug 2011 20:58:45 +0000",
    "date_updated": "Mon, 22 Aug 2011 20:58:46 +0000",
    "friendly_name": null,
    "reason_conference_ended": "conference-ended-via-api",
    "region": "us1",
    "sid": "CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "status": "completed",
    "subresource_uris": {
        "participants": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Participants.json",
        "recordings": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Recordings.json"
    },
    "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"
}
""")


def test_update_conference_sends_the_documented_request(answering: Answering) -> None:
    """Update a conference: the spec's example sends exactly `POST /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json`."""
    client, sent = answering(200, UPDATE_CONFERENCE_RESPONSE)
    client.conferences("CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
        announce_method="POST", announce_url="https://example.com", status="completed"
    )
    [request] = sent
    assert request.method == "POST"
    assert (
        str(request.url).split("?")[0]
        == "https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"
    )
    assert (
        request.headers["Authorization"]
        == "Basic QUNhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYTp0ZXN0LWF1dGgtdG9rZW4="
    )
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(request.content.decode(), keep_blank_values=True) == [
        ("AnnounceMethod", "POST"),
        ("AnnounceUrl", "https://example.com"),
        ("Status", "completed"),
    ]


def test_update_conference_decodes_the_documented_response(
    answering: Answering, decoded: Decoded
) -> None:
    """Update a conference: the spec's response example decodes field by field."""
    client, _ = answering(200, UPDATE_CONFERENCE_RESPONSE)
    result = client.conferences("CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update()
    assert isinstance(result, models.Conference)
    assert decoded(result, UPDATE_CONFERENCE_RESPONSE) == {
        **UPDATE_CONFERENCE_RESPONSE,
        "date_created": datetime.datetime(2011, 8, 22, 20, 58, 45, tzinfo=datetime.timezone.utc),
        "date_updated": datetime.datetime(2011, 8, 22, 20, 58, 46, tzinfo=datetime.timezone.utc),
    }
    assert not result.extra_fields
    assert result.to_dict().keys() >= UPDATE_CONFERENCE_RESPONSE.keys()


@pytest.mark.parametrize(
    ("argument", "value"), [("announce_method", "not-a-value"), ("status", "not-a-value")]
)
def test_update_conference_rejects_a_value_outside_an_enum(
    make_client: MakeClient, argument: str, value: Any
) -> None:
    """A value outside an argument's enum fails before any request is sent, naming the argument."""
    client = make_client(lambda request: pytest.fail("no request may be sent"))
    with pytest.raises(ValueError, match=argument):
        client.conferences("CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(**{argument: value})


# Each operation called with its required arguments, the status and body the spec documents for it,
# and the URL it requests.
OPERATIONS = [
    pytest.param(
        lambda client: client.conferences("CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(),
        200,
        UPDATE_CONFERENCE_RESPONSE,
        "https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json",
        id="update_conference",
    ),
]


@pytest.mark.parametrize(("call", "status", "body", "url"), OPERATIONS)
def test_each_operation_raises_not_found_on_404(
    answering: Answering, call: Call, status: int, body: Any, url: str
) -> None:
    client, _ = answering(404, NOT_FOUND)
    with pytest.raises(twilio_api.NotFoundError) as caught:
        call(client)
    assert caught.value.status_code == 404
    assert caught.value.code == 20404


@pytest.mark.anyio
@pytest.mark.parametrize(("call", "status", "body", "url"), OPERATIONS)
async def test_each_operation_async(
    answering_async: AnsweringAsync, call: Call, status: int, body: Any, url: str
) -> None:
    client, sent = answering_async(status, body)
    async with client:
        await call(client)
    assert str(sent[0].url).split("?")[0] == url


# Calls with an id the spec's pattern or format rejects, and the argument each error names.
BAD_IDS = [
    pytest.param(
        lambda client: client.conferences("not a valid id").update(),
        "sid",
        id="update_conference-sid",
    ),
]


@pytest.mark.parametrize(("call", "argument"), BAD_IDS)
def test_each_operation_rejects_a_bad_id(
    make_client: MakeClient, call: Call, argument: str
) -> None:
    """An invalid id fails before any request is sent, naming the argument."""
    client = make_client(lambda request: pytest.fail("no request may be sent"))
    with pytest.raises(ValueError, match=argument):
        call(client)

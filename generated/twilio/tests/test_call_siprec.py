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
Decoded = Callable[[Any, Any], dict[str, Any]]


UPDATE_SIPREC_RESPONSE: Any = json.loads("""
{
    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "call_sid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "date_updated": "Thu, 30 Jul 2015 20:00:00 +0000",
    "name": "mySiprec",
    "sid": "SRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "status": "stopped",
    "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Siprec/SRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"
}
""")


def test_update_siprec_sends_and_decodes_the_documented_example(
    answering: Answering, decoded: Decoded
) -> None:
    """Stop a SIPREC session: the spec's example sends exactly `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json`, and its response example decodes field by field."""
    client, sent = answering(200, UPDATE_SIPREC_RESPONSE)
    result = (
        client.calls("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        .siprec("SRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        .update(status="stopped")
    )
    [request] = sent
    assert request.method == "POST"
    assert (
        str(request.url).split("?")[0]
        == "https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Siprec/SRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"
    )
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(request.content.decode(), keep_blank_values=True) == [("Status", "stopped")]
    assert isinstance(result, models.Siprec)
    assert decoded(result, UPDATE_SIPREC_RESPONSE) == {
        **UPDATE_SIPREC_RESPONSE,
        "date_updated": datetime.datetime(2015, 7, 30, 20, 0, 0, tzinfo=datetime.timezone.utc),
    }
    assert not result.extra_fields
    assert result.to_dict().keys() >= UPDATE_SIPREC_RESPONSE.keys()


@pytest.mark.parametrize(("argument", "value"), [("status", "not-a-value")])
def test_update_siprec_rejects_a_value_outside_an_enum(
    make_client: MakeClient, argument: str, value: Any
) -> None:
    """A value outside an argument's enum fails before any request is sent, naming the argument."""
    client = make_client(lambda request: pytest.fail("no request may be sent"))
    with pytest.raises(ValueError, match=argument):
        client.calls("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").siprec(
            "SRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ).update(**{"status": "stopped", argument: value})

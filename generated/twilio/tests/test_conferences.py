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


def test_update_conference_sends_and_decodes_the_documented_example(
    answering: Answering, decoded: Decoded
) -> None:
    """Update a conference: the spec's example sends exactly `POST /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json`, and its response example decodes field by field."""
    client, sent = answering(200, UPDATE_CONFERENCE_RESPONSE)
    result = client.conferences("CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").update(
        announce_method="POST", announce_url="https://example.com", status="completed"
    )
    [request] = sent
    assert request.method == "POST"
    assert (
        str(request.url).split("?")[0]
        == "https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"
    )
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(request.content.decode(), keep_blank_values=True) == [
        ("AnnounceMethod", "POST"),
        ("AnnounceUrl", "https://example.com"),
        ("Status", "completed"),
    ]
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

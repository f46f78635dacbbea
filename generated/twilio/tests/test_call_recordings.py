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


UPDATE_CALL_RECORDING_RESPONSE: Any = json.loads("""
{
    "sid": "REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Recordings/REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json",
    "price": null,
    "track": "both",
    "source": "StartCallRecordingAPI",
    "status": "paused",
    "call_sid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "channels": 2,
    "duration": null,
    "error_code": null,
    "price_unit": null,
    "start_time": "Fri, 14 Oct 2016 21:56:34 +0000",
    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "api_version": "2010-04-01",
    "date_created": "Fri, 14 Oct 2016 21:56:34 +0000",
    "date_updated": "Fri, 14 Oct 2016 21:56:36 +0000",
    "conference_sid": null,
    "encryption_details": null
}
""")


def test_update_call_recording_sends_and_decodes_the_documented_example(
    answering: Answering, decoded: Decoded
) -> None:
    """Pause, resume or stop a call recording: the spec's example sends exactly `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json`, and its response example decodes field by field."""
    client, sent = answering(200, UPDATE_CALL_RECORDING_RESPONSE)
    result = (
        client.calls("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        .recordings("REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        .update(status="paused", pause_behavior="skip")
    )
    [request] = sent
    assert request.method == "POST"
    assert (
        str(request.url).split("?")[0]
        == "https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Recordings/REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"
    )
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(request.content.decode(), keep_blank_values=True) == [
        ("Status", "paused"),
        ("PauseBehavior", "skip"),
    ]
    assert isinstance(result, models.CallRecording)
    assert decoded(result, UPDATE_CALL_RECORDING_RESPONSE) == {
        **UPDATE_CALL_RECORDING_RESPONSE,
        "start_time": datetime.datetime(2016, 10, 14, 21, 56, 34, tzinfo=datetime.timezone.utc),
        "date_created": datetime.datetime(2016, 10, 14, 21, 56, 34, tzinfo=datetime.timezone.utc),
        "date_updated": datetime.datetime(2016, 10, 14, 21, 56, 36, tzinfo=datetime.timezone.utc),
    }
    assert not result.extra_fields
    assert result.to_dict().keys() >= UPDATE_CALL_RECORDING_RESPONSE.keys()


@pytest.mark.parametrize(
    ("argument", "value"), [("status", "not-a-value"), ("pause_behavior", "not-a-value")]
)
def test_update_call_recording_rejects_a_value_outside_an_enum(
    make_client: MakeClient, argument: str, value: Any
) -> None:
    """A value outside an argument's enum fails before any request is sent, naming the argument."""
    client = make_client(lambda request: pytest.fail("no request may be sent"))
    with pytest.raises(ValueError, match=argument):
        client.calls("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").recordings(
            "REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ).update(**{"status": "paused", argument: value})

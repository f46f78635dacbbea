"""Generated tests of SignalWire Compatibility API, voice (2010-04-01): each operation sends what the spec documents and decodes what it returns."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

import signalwire_api
from signalwire_api import models

Handler = Callable[[httpx.Request], httpx.Response]
MakeClient = Callable[[Handler], signalwire_api.Client]
Answering = Callable[..., tuple[signalwire_api.Client, list[httpx.Request]]]
Decoded = Callable[[Any, Any], dict[str, Any]]


UPDATE_CALL_RECORDING_RESPONSE: Any = json.loads("""
{
    "sid": "19e436c3-6c4a-4e3c-8a3e-bd8fd0ee2a11",
    "account_sid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "api_version": "2010-04-01",
    "call_sid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "conference_sid": null,
    "channel": 1,
    "channels": 1,
    "date_created": "Wed, 19 Sep 2018 20:00:00 +0000",
    "date_updated": "Wed, 19 Sep 2018 20:00:05 +0000",
    "start_time": "Wed, 19 Sep 2018 20:00:00 +0000",
    "end_time": null,
    "duration": 0,
    "price": null,
    "price_unit": "USD",
    "source": "StartCallRecordingAPI",
    "status": "paused",
    "error_code": null,
    "uri": "/api/laml/2010-04-01/Accounts/3fa85f64-5717-4562-b3fc-2c963f66afa6/Calls/3fa85f64-5717-4562-b3fc-2c963f66afa6/Recordings/19e436c3-6c4a-4e3c-8a3e-bd8fd0ee2a11.json",
    "subresource_uris": {
        "transcriptions": "/api/laml/2010-04-01/Accounts/3fa85f64-5717-4562-b3fc-2c963f66afa6/Recordings/19e436c3-6c4a-4e3c-8a3e-bd8fd0ee2a11/Transcriptions.json"
    },
    "encryption_details": null,
    "trim": "do-not-trim"
}
""")


def test_update_call_recording_sends_and_decodes_the_documented_example(
    answering: Answering, decoded: Decoded
) -> None:
    """Pause, resume or stop a call recording: the spec's example sends exactly `POST /Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}`, and its response example decodes field by field."""
    client, sent = answering(200, UPDATE_CALL_RECORDING_RESPONSE)
    result = (
        client.calls("3fa85f64-5717-4562-b3fc-2c963f66afa6")
        .recordings("19e436c3-6c4a-4e3c-8a3e-bd8fd0ee2a11")
        .update(status="paused", pause_behavior="silence")
    )
    [request] = sent
    assert request.method == "POST"
    assert (
        str(request.url).split("?")[0]
        == "https://example.signalwire.com/api/laml/2010-04-01/Accounts/3fa85f64-5717-4562-b3fc-2c963f66afa6/Calls/3fa85f64-5717-4562-b3fc-2c963f66afa6/Recordings/19e436c3-6c4a-4e3c-8a3e-bd8fd0ee2a11"
    )
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(request.content.decode(), keep_blank_values=True) == [
        ("Status", "paused"),
        ("PauseBehavior", "silence"),
    ]
    assert isinstance(result, models.CallRecording)
    assert decoded(result, UPDATE_CALL_RECORDING_RESPONSE) == {
        **UPDATE_CALL_RECORDING_RESPONSE,
        "date_created": datetime.datetime(2018, 9, 19, 20, 0, 0, tzinfo=datetime.timezone.utc),
        "date_updated": datetime.datetime(2018, 9, 19, 20, 0, 5, tzinfo=datetime.timezone.utc),
        "start_time": datetime.datetime(2018, 9, 19, 20, 0, 0, tzinfo=datetime.timezone.utc),
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
        client.calls("3fa85f64-5717-4562-b3fc-2c963f66afa6").recordings(
            "19e436c3-6c4a-4e3c-8a3e-bd8fd0ee2a11"
        ).update(**{"status": "paused", argument: value})

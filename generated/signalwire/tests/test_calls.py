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


UPDATE_CALL_RESPONSE: Any = json.loads("""
{
    "account_sid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "annotation": null,
    "answered_by": "machine",
    "api_version": "2010-04-01",
    "date_created": "Wed, 19 Sep 2018 20:00:00 +0000",
    "date_updated": "Wed, 19 Sep 2018 21:00:00 +0000",
    "direction": "inbound",
    "duration": 20,
    "end_time": "Fri, 21 Sep 2018 10:00:00 +0000",
    "forwarded_from": "+13102259067",
    "from": "+13103384645",
    "formatted_from": "+13102259067",
    "parent_call_sid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "phone_number_sid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "price": 0.003,
    "price_unit": "USD",
    "sid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "start_time": "Wed, 19 Sep 2018 20:00:01 +0000",
    "status": "completed",
    "subresource_uris": {
        "notifications": "/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Calls/b3877c40-da60-4998-90ad-b792e98472ab/Notifications.json",
        "recordings": "/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Calls/b3877c40-da60-4998-90ad-b792e98472ab/Recordings.json"
    },
    "to": "+13105678901",
    "formatted_to": "(310) 567-8901",
    "uri": "/api/laml/2010-04-01/Accounts/b3877c40-da60-4998-90ad-b792e98472af/Calls/b3877c40-da60-4998-90ad-b792e98472ab.json"
}
""")


def test_update_call_sends_and_decodes_the_documented_example(
    answering: Answering, decoded: Decoded
) -> None:
    """Update a call: the spec's example sends exactly `POST /Accounts/{AccountSid}/Calls/{Sid}`, and its response example decodes field by field."""
    client, sent = answering(200, UPDATE_CALL_RESPONSE)
    result = client.calls("3fa85f64-5717-4562-b3fc-2c963f66afa6").update(
        url="https://example.com/laml/voice.xml", method="POST", status="completed"
    )
    [request] = sent
    assert request.method == "POST"
    assert (
        str(request.url).split("?")[0]
        == "https://example.signalwire.com/api/laml/2010-04-01/Accounts/3fa85f64-5717-4562-b3fc-2c963f66afa6/Calls/3fa85f64-5717-4562-b3fc-2c963f66afa6"
    )
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(request.content.decode(), keep_blank_values=True) == [
        ("Url", "https://example.com/laml/voice.xml"),
        ("Method", "POST"),
        ("Status", "completed"),
    ]
    assert isinstance(result, models.Call)
    assert decoded(result, UPDATE_CALL_RESPONSE) == {
        **UPDATE_CALL_RESPONSE,
        "date_created": datetime.datetime(2018, 9, 19, 20, 0, 0, tzinfo=datetime.timezone.utc),
        "date_updated": datetime.datetime(2018, 9, 19, 21, 0, 0, tzinfo=datetime.timezone.utc),
        "end_time": datetime.datetime(2018, 9, 21, 10, 0, 0, tzinfo=datetime.timezone.utc),
        "start_time": datetime.datetime(2018, 9, 19, 20, 0, 1, tzinfo=datetime.timezone.utc),
    }
    assert not result.extra_fields
    assert result.to_dict().keys() >= UPDATE_CALL_RESPONSE.keys()


@pytest.mark.parametrize(
    ("argument", "value"), [("method", "not-a-value"), ("status", "not-a-value")]
)
def test_update_call_rejects_a_value_outside_an_enum(
    make_client: MakeClient, argument: str, value: Any
) -> None:
    """A value outside an argument's enum fails before any request is sent, naming the argument."""
    client = make_client(lambda request: pytest.fail("no request may be sent"))
    with pytest.raises(ValueError, match=argument):
        client.calls("3fa85f64-5717-4562-b3fc-2c963f66afa6").update(**{argument: value})

"""Canned API answers for the benchmarks' in-process transports.

Each client's fake lives in its own module (`_httpx_fake.py`, `_requests_fake.py`), so that a process
timing one client never imports the other's HTTP library.
"""

from __future__ import annotations

import json

RECORDING = {
    "sid": "RE" + "a" * 32,
    "account_sid": "AC" + "a" * 32,
    "call_sid": "CA" + "a" * 32,
    "status": "paused",
    "channels": 2,
    "source": "StartCallRecordingAPI",
    "start_time": "Fri, 14 Oct 2016 21:56:34 +0000",
    "date_created": "Fri, 14 Oct 2016 21:56:34 +0000",
    "date_updated": "Fri, 14 Oct 2016 21:56:36 +0000",
    "api_version": "2010-04-01",
    "price": None,
    "price_unit": None,
    "duration": None,
    "error_code": None,
    "conference_sid": None,
    "encryption_details": None,
    "track": "both",
    "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Recordings/REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json",
}
CONFERENCE = {
    "sid": "CF" + "a" * 32,
    "account_sid": "AC" + "a" * 32,
    "status": "completed",
    "friendly_name": "MyRoom",
    "region": "us1",
    "api_version": "2010-04-01",
    "date_created": "Mon, 22 Aug 2011 20:58:45 +0000",
    "date_updated": "Mon, 22 Aug 2011 20:58:46 +0000",
    "reason_conference_ended": "conference-ended-via-api",
    "call_sid_ending_conference": None,
    "subresource_uris": {"participants": "/p.json", "recordings": "/r.json"},
    "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Conferences/CFaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json",
}


def body_for(path: str) -> bytes:
    return json.dumps(RECORDING if "/Recordings/" in path else CONFERENCE).encode()

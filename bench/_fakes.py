"""Transports that answer in-process, so that benchmarks measure the clients and not a network."""

from __future__ import annotations

import json

import httpx
import requests
from requests.adapters import HTTPAdapter

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


def _body_for(path: str) -> bytes:
    return json.dumps(RECORDING if "/Recordings/" in path else CONFERENCE).encode()


def httpx_transport() -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=_body_for(request.url.path), headers={"Content-Type": "application/json"})

    return httpx.MockTransport(answer)


class RequestsAdapter(HTTPAdapter):
    """Replaces urllib3's connection pool (and so the socket) under requests' own HTTPAdapter."""

    def send(self, request: requests.PreparedRequest, *args: object, **kwargs: object) -> requests.Response:
        response = requests.Response()
        response.status_code = 200
        response._content = _body_for(request.path_url)
        response.headers["Content-Type"] = "application/json"
        response.url = request.url or ""
        response.request = request
        response.encoding = "utf-8"
        return response

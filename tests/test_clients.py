"""The committed Twilio and SignalWire clients, as issue #3's users call them, over a mock transport."""

from __future__ import annotations

import base64
import datetime
import email.utils
import logging
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

import httpx
import pytest

import signalwire_api
import twilio_api

AC = "AC" + "1" * 32
CA = "CA" + "2" * 32
RE = "RE" + "3" * 32
CF = "CF" + "4" * 32
SUB = "AC" + "5" * 32
TOKEN = "s3cr3t-auth-token"
PROJECT = "b3877c40-da60-4998-90ad-b792e98472af"
CALL = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
REC = "19e436c3-6c4a-4e3c-8a3e-bd8fd0ee2a11"
RECORDING = {
    "sid": RE,
    "account_sid": AC,
    "call_sid": CA,
    "status": "paused",
    "channels": 2,
    "source": "StartCallRecordingAPI",
    "start_time": "Fri, 14 Oct 2016 21:56:34 +0000",
    "price": None,
    "track": "both",
}
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A transport that answers from a list and remembers every request."""

    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    @property
    def form(self) -> list[tuple[str, str]]:
        return parse_qsl(self.requests[-1].content.decode(), keep_blank_values=True)


def twilio(recorder: Recorder, **kwargs: Any) -> twilio_api.Client:
    kwargs.setdefault("max_retries", 0)
    return twilio_api.Client(account_sid=AC, auth_token=TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **kwargs)


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    """Retries sleep; tests record how long instead of waiting."""
    slept: list[float] = []
    monkeypatch.setattr("time.sleep", slept.append)
    yield slept


# --- the calls of the issue, one by one ------------------------------------------------------


def test_pause_a_recording() -> None:
    recorder = Recorder(httpx.Response(200, json=RECORDING))
    rec = twilio(recorder).calls(CA).recordings(RE).update(status="paused", pause_behavior="skip")
    [request] = recorder.requests
    assert request.method == "POST"
    assert str(request.url) == f"https://api.twilio.com/2010-04-01/Accounts/{AC}/Calls/{CA}/Recordings/{RE}.json"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert recorder.form == [("Status", "paused"), ("PauseBehavior", "skip")]
    assert request.headers["Authorization"] == basic(AC, TOKEN)
    assert isinstance(rec, twilio_api.models.CallRecording)
    assert rec.status == "paused" and rec.status is twilio_api.models.CallRecordingStatus.PAUSED
    assert rec.start_time == datetime.datetime(2016, 10, 14, 21, 56, 34, tzinfo=datetime.timezone.utc)
    assert rec.sid == RE and rec.channels == 2 and rec.price is None


def test_the_current_recording_and_enum_members() -> None:
    recorder = Recorder(httpx.Response(200, json=RECORDING))
    twilio(recorder).calls(CA).recordings("Twilio.CURRENT").update(status=twilio_api.models.CallRecordingUpdateStatus.STOPPED)
    assert recorder.requests[0].url.path.endswith("/Recordings/Twilio.CURRENT.json")
    assert recorder.form == [("Status", "stopped")]


@pytest.mark.parametrize("sid", ["SR" + "6" * 32, "my-name"])
def test_stop_a_siprec_session_by_sid_or_name(sid: str) -> None:
    recorder = Recorder(httpx.Response(200, json={"sid": "SR" + "6" * 32, "name": "my-name", "status": "stopped"}))
    session = twilio(recorder).calls(CA).siprec(sid).update(status="stopped")
    assert recorder.requests[0].url.path == f"/2010-04-01/Accounts/{AC}/Calls/{CA}/Siprec/{sid}.json"
    assert session.status == "stopped" and session.name == "my-name"


def test_end_a_conference_with_an_announcement() -> None:
    recorder = Recorder(httpx.Response(200, json={"sid": CF, "status": "completed"}))
    twilio(recorder).conferences(CF).update(status="completed", announce_url="https://example.com/a.xml", announce_method="POST")
    assert recorder.requests[0].url.path == f"/2010-04-01/Accounts/{AC}/Conferences/{CF}.json"
    assert recorder.form == [("AnnounceMethod", "POST"), ("AnnounceUrl", "https://example.com/a.xml"), ("Status", "completed")]



@pytest.mark.parametrize("text", ["https://example.com/a b.xml?x=1&y=2", "Grüße, 100% + ~mehr~", "plain-Value_1.0~"])
def test_form_values_and_ids_are_percent_encoded_as_urlencode_does(text: str) -> None:
    recorder = Recorder(httpx.Response(200, json={"sid": CF}))
    twilio(recorder).calls(CA).siprec(text).update(status="stopped")
    twilio(recorder).conferences(CF).update(announce_url=text)
    first, second = recorder.requests
    assert first.url.raw_path.decode().split("/Siprec/")[1] == quote(text, safe="") + ".json"
    assert second.content.decode() == urlencode([("AnnounceUrl", text)])

def test_a_subaccount_and_an_omitted_parameter() -> None:
    recorder = Recorder(httpx.Response(200, json={"sid": CF}))
    twilio(recorder).accounts(SUB).conferences(CF).update(status="completed")
    assert recorder.requests[0].url.path == f"/2010-04-01/Accounts/{SUB}/Conferences/{CF}.json"
    assert recorder.form == [("Status", "completed")]  # announce_* were not given, so not sent


@pytest.mark.anyio
async def test_the_async_client() -> None:
    recorder = Recorder(httpx.Response(200, json=RECORDING))
    transport = httpx.MockTransport(recorder)
    async with twilio_api.AsyncClient(account_sid=AC, auth_token=TOKEN, http_client=httpx.AsyncClient(transport=transport)) as client:
        rec = await client.calls(CA).recordings(RE).update(status="paused")
    assert rec.status == "paused"
    assert recorder.requests[0].headers["Authorization"] == basic(AC, TOKEN)


def test_signalwire_update_a_call() -> None:
    recorder = Recorder(httpx.Response(200, json={"sid": CALL, "status": "completed", "from": "+13103384645"}))
    transport = httpx.MockTransport(recorder)
    sw = signalwire_api.Client(project_id=PROJECT, api_token=TOKEN, space_url="example.signalwire.com", http_client=httpx.Client(transport=transport))
    call = sw.calls(CALL).update(url="https://example.com/laml.xml", method="POST", status="completed")
    [request] = recorder.requests
    assert str(request.url) == f"https://example.signalwire.com/api/laml/2010-04-01/Accounts/{PROJECT}/Calls/{CALL}"
    assert recorder.form == [("Url", "https://example.com/laml.xml"), ("Method", "POST"), ("Status", "completed")]
    assert request.headers["Authorization"] == basic(PROJECT, TOKEN)
    assert call.from_ == "+13103384645" and call.status == "completed"


def test_signalwire_pause_a_recording_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", PROJECT)
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", TOKEN)
    monkeypatch.setenv("SIGNALWIRE_SPACE_URL", "acme")  # a Space's name alone works too
    recorder = Recorder(httpx.Response(200, json={"sid": REC, "status": "paused", "channels": 1}))
    sw = signalwire_api.Client(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    rec = sw.calls(CALL).recordings(REC).update(status="paused", pause_behavior="silence")
    assert str(recorder.requests[0].url) == f"https://acme.signalwire.com/api/laml/2010-04-01/Accounts/{PROJECT}/Calls/{CALL}/Recordings/{REC}"
    assert recorder.form == [("Status", "paused"), ("PauseBehavior", "silence")]
    assert rec.channels is signalwire_api.models.RecordingChannels.VALUE_1


def test_twilio_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", AC)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    recorder = Recorder(httpx.Response(200, json={"sid": CF}))
    twilio_api.Client(http_client=httpx.Client(transport=httpx.MockTransport(recorder))).conferences(CF).update()
    assert recorder.requests[0].headers["Authorization"] == basic(AC, TOKEN)


def test_missing_credentials_name_the_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    with pytest.raises(twilio_api.ApiError, match="auth_token: pass auth_token= or set TWILIO_AUTH_TOKEN"):
        twilio_api.Client(account_sid=AC)


# --- validation before any request ----------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.calls("CA123").recordings(RE).update(status="paused"), "sid='CA123' does not match"),
        (lambda c: c.calls(CA).recordings("RE-nope").update(status="paused"), "sid='RE-nope' does not match"),
        (lambda c: c.calls(CA).recordings(RE).update(status="absent"), "status='absent' is not one of"),
        (lambda c: c.calls(CA).recordings(RE).update(status="paused", pause_behavior="loud"), "pause_behavior='loud'"),
        (lambda c: c.conferences(CF).update(announce_method="HEAD"), "announce_method='HEAD'"),
    ],
)
def test_twilio_invalid_input_raises_before_sending(call: Callable[[Any], Any], message: str) -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    with pytest.raises(ValueError, match=message):
        call(twilio(recorder))
    assert recorder.requests == []


def test_signalwire_ids_must_be_uuids() -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    sw = signalwire_api.Client(project_id=PROJECT, api_token=TOKEN, space_url="x", http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    with pytest.raises(ValueError, match="sid='CA123' is not a UUID"):
        sw.calls("CA123").update(status="completed")
    assert recorder.requests == []


# --- errors ---------------------------------------------------------------------------------

ERRORS = [
    (400, twilio_api.BadRequestError),
    (401, twilio_api.AuthenticationError),
    (403, twilio_api.PermissionDeniedError),
    (404, twilio_api.NotFoundError),
    (409, twilio_api.ConflictError),
    (422, twilio_api.UnprocessableEntityError),
    (429, twilio_api.RateLimitError),
    (500, twilio_api.InternalServerError),
    (503, twilio_api.InternalServerError),
    (418, twilio_api.ApiStatusError),
]


@pytest.mark.parametrize(("status", "error"), ERRORS)
def test_each_status_raises_its_class(status: int, error: type[twilio_api.ApiStatusError]) -> None:
    body = {"code": 20000 + status, "message": "Something specific", "more_info": f"https://www.twilio.com/docs/errors/{20000 + status}", "status": status}
    recorder = Recorder(httpx.Response(status, json=body))
    with pytest.raises(error) as caught:
        twilio(recorder).conferences(CF).update(status="completed")
    assert isinstance(caught.value, twilio_api.ApiError)
    assert caught.value.status_code == status and caught.value.code == 20000 + status
    assert caught.value.message == "Something specific"
    assert caught.value.more_info == body["more_info"]
    assert caught.value.request is recorder.requests[0]
    assert f"POST https://api.twilio.com/2010-04-01/Accounts/{AC}/Conferences/{CF}.json" in str(caught.value)


def test_an_error_without_a_json_body() -> None:
    recorder = Recorder(httpx.Response(502, text="<html>Bad gateway</html>"))
    with pytest.raises(twilio_api.InternalServerError) as caught:
        twilio(recorder).conferences(CF).update()
    assert caught.value.code is None and caught.value.body == "<html>Bad gateway</html>"


def test_connection_and_timeout_errors() -> None:
    with pytest.raises(twilio_api.ApiTimeoutError):
        twilio(Recorder(httpx.ReadTimeout("slow"))).conferences(CF).update()
    with pytest.raises(twilio_api.ApiConnectionError):
        twilio(Recorder(httpx.ConnectError("refused"))).conferences(CF).update()


# --- retries --------------------------------------------------------------------------------


def test_an_update_is_never_resent_once_the_server_may_have_seen_it(no_sleep: list[float]) -> None:
    """A Twilio update is a POST (it may announce into a conference): after a 503 or a reset
    connection it may have happened, so it is not sent again; see test_retries.py for the rule."""
    for answer, error in ((httpx.Response(503, json={"code": 1, "message": "busy"}), twilio_api.ApiStatusError), (httpx.ReadError("reset"), twilio_api.ApiConnectionError)):
        recorder = Recorder(answer, httpx.Response(200, json=RECORDING))
        with pytest.raises(error):
            twilio(recorder, max_retries=2).calls(CA).recordings(RE).update(status="paused")
        assert len(recorder.requests) == 1
    assert no_sleep == []


@pytest.mark.parametrize(("header", "expected"), [("7", 7.0), ("3600", 60.0)])
def test_retry_after_seconds_is_honoured_and_capped(header: str, expected: float, no_sleep: list[float]) -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": header}), httpx.Response(200, json={"sid": CF}))
    twilio(recorder, max_retries=1).conferences(CF).update()
    assert no_sleep == [expected]


def test_retry_after_as_an_http_date(no_sleep: list[float]) -> None:
    when = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=30)
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": when.strftime("%a, %d %b %Y %H:%M:%S GMT")}), httpx.Response(200, json={}))
    twilio(recorder, max_retries=1).conferences(CF).update()
    assert 25 <= no_sleep[0] <= 31


def test_an_update_the_server_never_received_is_sent_again() -> None:
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(200, json={"sid": CF}))
    twilio(recorder, max_retries=1).conferences(CF).update()
    assert len(recorder.requests) == 2


def test_client_errors_are_not_retried() -> None:
    recorder = Recorder(httpx.Response(400, json={"code": 21218, "message": "bad"}))
    with pytest.raises(twilio_api.BadRequestError):
        twilio(recorder, max_retries=2).conferences(CF).update()
    assert len(recorder.requests) == 1


# --- secrets and lifecycle ------------------------------------------------------------------


def test_the_token_never_shows(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder(httpx.Response(401, json={"code": 20003, "message": "Authenticate"}))
    client = twilio(recorder)
    with pytest.raises(twilio_api.AuthenticationError) as caught:
        client.conferences(CF).update()
    shown = [repr(client), str(client), str(caught.value), repr(caught.value), caplog.text, repr(vars(client))]
    assert all(TOKEN not in text for text in shown)
    assert AC in repr(client)
    sw = signalwire_api.Client(project_id=PROJECT, api_token=TOKEN, space_url="x")
    assert TOKEN not in repr(sw) and TOKEN not in repr(vars(sw))


def test_with_closes_only_what_the_client_opened() -> None:
    mine = httpx.Client(transport=httpx.MockTransport(Recorder(httpx.Response(200, json={}))))
    with twilio_api.Client(account_sid=AC, auth_token=TOKEN, http_client=mine) as client:
        client.conferences(CF).update()
    assert not mine.is_closed
    with twilio_api.Client(account_sid=AC, auth_token=TOKEN) as owned:
        pass
    assert owned._http.is_closed


def test_base_url_and_timeout_options() -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    client = twilio(recorder, base_url="http://127.0.0.1:4010/", timeout=3.5)
    client.conferences(CF).update()
    request = recorder.requests[0]
    assert str(request.url).startswith("http://127.0.0.1:4010/2010-04-01/")
    assert request.extensions["timeout"] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}


def test_with_options_changes_request_options_for_the_calls_through_it_and_nothing_else() -> None:
    recorder = Recorder(httpx.Response(429, json={}))  # refused: resent even for an update
    client = twilio(recorder, timeout=3.5, max_retries=2)
    quick = client.with_options(timeout=1.0, max_retries=0, extra_headers={"X-Trace": "t-1"}, extra_query={"debug": "1"})
    with pytest.raises(twilio_api.RateLimitError):
        quick.conferences(CF).update()
    [request] = recorder.requests  # max_retries=0: sent once
    assert request.extensions["timeout"] == {"connect": 1.0, "read": 1.0, "write": 1.0, "pool": 1.0}
    assert request.headers["X-Trace"] == "t-1" and request.url.params["debug"] == "1"
    assert request.headers["Authorization"] == basic(AC, TOKEN)  # the same credentials
    with pytest.raises(twilio_api.RateLimitError):
        client.conferences(CF).update()
    assert len(recorder.requests) == 4  # the client itself still retries twice, with its own timeout
    assert recorder.requests[1].extensions["timeout"]["read"] == 3.5 and "X-Trace" not in recorder.requests[1].headers
    quick.close()
    assert not client._http.is_closed  # the copy shares the connections and closes none of them
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)


@pytest.mark.parametrize("owned", [True, False])
def test_every_request_says_what_it_accepts_and_who_sends_it(owned: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    if owned:  # the client makes its own httpx.Client: answer below it, at the transport
        monkeypatch.setattr(httpx.HTTPTransport, "handle_request", lambda self, request: recorder(request))
        client = twilio_api.Client(account_sid=AC, auth_token=TOKEN, max_retries=0)
    else:
        client = twilio(recorder)
    client.conferences(CF).update()
    headers = recorder.requests[0].headers
    assert headers["Accept"] == "application/json"
    assert headers["User-Agent"].startswith(f"twilio-api/{twilio_api.__version__} httpx/")

# --- decoding -------------------------------------------------------------------------------

UTC = datetime.timezone.utc


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("Fri, 14 Oct 2016 21:56:34 +0000", datetime.datetime(2016, 10, 14, 21, 56, 34, tzinfo=UTC)),
        ("14 Oct 2016 21:56:34 +0000", datetime.datetime(2016, 10, 14, 21, 56, 34, tzinfo=UTC)),
        ("Fri, 4 Oct 2016 23:56:34 +0230", datetime.datetime(2016, 10, 4, 21, 26, 34, tzinfo=UTC)),
        ("Fri, 14 Oct 2016 21:56:34 -0500", datetime.datetime(2016, 10, 15, 2, 56, 34, tzinfo=UTC)),
        ("Fri, 14 Oct 2016 21:56:34 -0000", datetime.datetime(2016, 10, 14, 21, 56, 34, tzinfo=UTC)),
        ("Fri, 14 Oct 2016 21:56:34 GMT", datetime.datetime(2016, 10, 14, 21, 56, 34, tzinfo=UTC)),
        ("Fri, 14 Oct 2016 21:56 EST", datetime.datetime(2016, 10, 15, 2, 56, tzinfo=UTC)),
    ],
)
def test_rfc_2822_dates_decode_to_aware_datetimes(wire: str, expected: datetime.datetime) -> None:
    rec = twilio_api.models.CallRecording.from_dict({"start_time": wire})
    assert rec.start_time == expected and rec.start_time.utcoffset() is not None
    assert rec.start_time.utcoffset() == email.utils.parsedate_to_datetime(wire).utcoffset() or wire.endswith("-0000")


@pytest.mark.parametrize("wire", ["Wed, 19 Sept 2018 20:00:00 +0000", "Fri, 32 Oct 2016 21:56:34 +0000", "yesterday", 1476482194])
def test_a_date_that_does_not_parse_is_kept_as_sent(wire: object) -> None:
    assert twilio_api.models.CallRecording.from_dict({"start_time": wire}).start_time == wire


def test_decoding_keeps_unknown_fields_and_round_trips() -> None:
    wire = {**RECORDING, "added_later": {"x": 1}, "status": "a-new-status"}
    rec = twilio_api.models.CallRecording.from_dict(wire)
    assert rec.extra_fields == {"added_later": {"x": 1}}
    assert rec.status == "a-new-status" and isinstance(rec.status, twilio_api.models.CallRecordingStatus)
    again = rec.to_dict()
    assert {k: again[k] for k in wire} == wire

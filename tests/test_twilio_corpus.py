"""Twilio's own published spec (tests/corpus): every operation generated, typed, tested and usable."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from conftest import CORPUS, ROOT, mypy_strict, run_generated_tests
from generator.build import build
from generator.ir import Api
from generator.load import Spec
from generator.validate import validate

AC, CA, CF, SM = "AC" + "1" * 32, "CA" + "2" * 32, "CF" + "3" * 32, "SM" + "4" * 32


@pytest.fixture(scope="module")
def api() -> Api:
    spec = Spec.load(CORPUS)
    validate(spec)
    return build(spec, "twilio_full")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full client, generated the way a user does, into a fresh directory."""
    out = tmp_path_factory.mktemp("corpus") / "twilio_full"
    generate = [sys.executable, "-m", "generator", "generate", "--spec", str(CORPUS), "--out", str(out), "--package", "twilio_full"]
    done = subprocess.run(generate, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    return out


@pytest.fixture
def twilio_full(out: Path, import_generated: Callable[[Path, str], ModuleType]) -> ModuleType:
    return import_generated(out, "twilio_full")


def test_all_197_operations_are_generated(api: Api) -> None:
    assert len(api.operations) == 197
    assert not [p for p in api.problems if p.level.value == "error"]


def test_start_time_comparisons_get_distinct_names_and_keep_their_wire_names(api: Api) -> None:
    [list_calls] = [o for o in api.operations if o.operation_id == "ListCall"]
    names = {p.wire: p.name for p in list_calls.located("query")}
    assert names["StartTime"] == "start_time"
    assert names["StartTime<"] == "start_time_before"
    assert names["StartTime>"] == "start_time_after"


def test_method_names_follow_the_path_shape(api: Api) -> None:
    by_id = {m.operation.operation_id: m.name for m in api.methods}
    assert by_id["ListCall"] == "list"
    assert by_id["CreateCall"] == "create"
    assert by_id["FetchCall"] == "fetch"
    assert by_id["UpdateCall"] == "update"
    assert by_id["DeleteMessage"] == "delete"


def test_every_list_with_a_next_page_link_is_paged(api: Api) -> None:
    lists = [m.operation for m in api.methods if m.name == "list"]
    paged = [o for o in lists if o.pagination is not None]
    assert len(lists) == 61 and len(paged) == 60  # available countries come in one page, with no link
    [calls] = [o for o in paged if o.operation_id == "ListCall"]
    assert calls.pagination is not None and calls.pagination.next_link == ("next_page_uri",)
    assert calls.pagination.page_size is not None and calls.pagination.page_size.wire == "PageSize"


class Twilio:
    """Answers like Twilio would (a JSON body per path), remembering each request."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        for suffix, body in self.answers.items():
            if request.url.path.endswith(suffix):
                return httpx.Response(204 if body is None else 200, json=body)
        return httpx.Response(404, json={"code": 20404, "message": "not found"})

    def form(self, index: int = -1) -> list[tuple[str, str]]:
        from urllib.parse import parse_qsl

        return parse_qsl(self.sent[index].content.decode())


@pytest.fixture
def twilio(twilio_full: ModuleType) -> Iterator[Callable[[dict[str, Any]], tuple[Any, Twilio]]]:
    def make(answers: dict[str, Any]) -> tuple[Any, Twilio]:
        server = Twilio(answers)
        http = httpx.Client(transport=httpx.MockTransport(server))
        return twilio_full.Client(account_sid=AC, auth_token="token", max_retries=0, http_client=http), server

    yield make


def test_the_client_reads_like_twilios_own(twilio: Callable[[dict[str, Any]], tuple[Any, Twilio]]) -> None:
    call = {"sid": CA, "status": "queued", "from": "+15005550006"}
    client, server = twilio({f"/Calls/{CA}.json": call, "/Calls.json": call, f"/Messages/{SM}.json": None, f"/Participants/{CA}.json": {"muted": True}})
    created = client.calls.create(to="+15005550009", from_="+15005550006", url="https://example.com/twiml.xml")
    assert created.sid == CA and created.from_ == "+15005550006"
    assert server.sent[-1].url.path == f"/2010-04-01/Accounts/{AC}/Calls.json"
    assert dict(server.form()) == {"To": "+15005550009", "From": "+15005550006", "Url": "https://example.com/twiml.xml"}
    assert client.calls(CA).fetch().status == "queued"
    client.calls(CA).update(status="completed")
    assert server.sent[-1].method == "POST" and server.form() == [("Status", "completed")]
    assert client.messages(SM).delete() is None and server.sent[-1].method == "DELETE"
    assert client.conferences(CF).participants(CA).update(muted=True).muted is True
    assert server.form() == [("Muted", "true")]
    assert client.accounts("AC" + "9" * 32).calls(CA).fetch().sid == CA  # another (sub)account
    assert server.sent[-1].url.path == f"/2010-04-01/Accounts/{'AC' + '9' * 32}/Calls/{CA}.json"


def test_start_time_before_is_sent_as_start_time_lt(twilio: Callable[[dict[str, Any]], tuple[Any, Twilio]]) -> None:
    import datetime

    client, server = twilio({"/Calls.json": {"calls": [], "next_page_uri": None}})
    list(client.calls.list(start_time_before=datetime.date(2024, 1, 2), start_time_after=datetime.date(2023, 12, 1)))
    assert server.sent[0].url.params["StartTime<"] == "2024-01-02"
    assert server.sent[0].url.params["StartTime>"] == "2023-12-01"
    assert "StartTime&lt;" not in str(server.sent[0].url)


def test_a_list_follows_next_page_uri_lazily(twilio_full: ModuleType) -> None:
    link = f"/2010-04-01/Accounts/{AC}/Calls.json?PageSize=1&Page=1&PageToken=PA1"
    pages = iter([{"calls": [{"sid": CA}], "next_page_uri": link}, {"calls": [{"sid": "CA" + "5" * 32}], "next_page_uri": None}])
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=next(pages))

    client = twilio_full.Client(account_sid=AC, auth_token="token", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    calls = client.calls.list(limit=5)
    assert sent == []
    assert [c.sid for c in calls] == [CA, "CA" + "5" * 32]
    assert sent[0].url.params["PageSize"] == "5"
    assert str(sent[1].url) == f"https://api.twilio.com{link}"


def test_importing_the_client_imports_no_resource_or_model(out: Path) -> None:
    code = (
        "import sys, twilio_full\n"
        "client = twilio_full.Client(account_sid='AC' + '1' * 32, auth_token='t')\n"
        "client.calls\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('twilio_full.resources.', 'twilio_full.models.')))\n"
        "print(loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=out, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['twilio_full.resources.calls']"  # of 78 resource and 324 model modules


def test_chunk_by_chunk_formatting_wrote_what_whole_file_formatting_writes(out: Path) -> None:
    full = [sys.executable, "-m", "generator", "check", "--full", "--spec", str(CORPUS), "--out", str(out), "--package", "twilio_full"]
    done = subprocess.run(full, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-3000:]


def test_the_generated_client_type_checks_and_passes_its_generated_tests(out: Path) -> None:
    assert mypy_strict(out, "twilio_full") == ""
    tests = run_generated_tests(out)
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert " passed" in tests.stdout and "failed" not in tests.stdout
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "F,E9,B,UP,I", "."],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout[-3000:]


def test_credentials_come_from_the_environment_named_after_the_api(twilio_full: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """Twilio's published spec carries no x-sdkgen block: the variables are named from its title and
    the credentials, as twilio-python names them."""
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "token-from-env")
    client = twilio_full.Client()
    assert "AC" + "1" * 32 in repr(client) and "token-from-env" not in repr(client)
    monkeypatch.delenv("TWILIO_AUTH_TOKEN")
    with pytest.raises(twilio_full.ApiError, match="pass auth_token= or set TWILIO_AUTH_TOKEN"):
        twilio_full.Client()


def test_env_variable_names_follow_one_rule() -> None:
    from generator.naming import env_variable

    assert env_variable("Twilio - Api", "account_sid") == "TWILIO_ACCOUNT_SID"
    assert env_variable("Stripe API", "token") == "STRIPE_TOKEN"
    assert env_variable("Acme", "acme_key") == "ACME_KEY"  # not ACME_ACME_KEY
    assert env_variable("", "token") is None

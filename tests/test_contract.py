"""Contract tests: the generated clients against Prism serving our specs, with request validation on.

Every operation of each spec is called, sync and async, with the spec's example values, and must be
answered 2xx with no `sl-violations` header (Prism's report of what broke the spec). Prism answers a
request that breaks the spec with the spec's documented 400 (422 where a spec documents no 4xx), which
the client raises as an error, failing the test.
"""

from __future__ import annotations

import importlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import prism
from conftest import ROOT
from generator.build import build
from generator.examples import CallPlan, call_plan, example_credentials
from generator.ir import Api
from generator.load import Spec

TARGETS = {"twilio": "twilio_api", "signalwire": "signalwire_api"}


def _api(target: str) -> Api:
    return build(Spec.load(ROOT / "spec" / f"{target}.yaml"), TARGETS[target])


def _plans(target: str) -> list[Any]:
    api = _api(target)
    return [pytest.param(target, op.operation_id, id=f"{target}-{op.operation_id}") for op in api.operations]


def _plan(api: Api, operation_id: str) -> CallPlan:
    for resource in api.all_resources():
        for method in resource.methods:
            if method.operation.operation_id == operation_id:
                plan = call_plan(api, resource, method)
                assert plan is not None, f"{operation_id}: the spec gives no example values to call it with"
                return plan
    raise AssertionError(f"no operation {operation_id}")


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, str]]:
    with prism.serve(ROOT / "spec" / "twilio.yaml") as twilio, prism.serve(ROOT / "spec" / "signalwire.yaml") as signalwire:
        yield {"twilio": twilio, "signalwire": signalwire}


def _violations(response: httpx.Response) -> list[Any]:
    return json.loads(response.headers.get("sl-violations", "[]"))


def _call(client: Any, plan: CallPlan) -> Any:
    target = client
    for accessor, ids in plan.steps:
        target = getattr(target, accessor)
        if ids is not None:
            target = target(*ids)
    return getattr(target, plan.method)(**plan.arguments)


def _client(target: str, base_url: str, responses: list[httpx.Response], *, asynchronous: bool = False) -> Any:
    package = importlib.import_module(TARGETS[target])
    credentials = example_credentials(_api(target))
    hooks = {"response": [responses.append]}
    if asynchronous:

        async def keep(response: httpx.Response) -> None:
            responses.append(response)

        http: Any = httpx.AsyncClient(event_hooks={"response": [keep]})
        return package.AsyncClient(**credentials, base_url=base_url, http_client=http, max_retries=0)
    return package.Client(**credentials, base_url=base_url, http_client=httpx.Client(event_hooks=hooks), max_retries=0)


@pytest.mark.parametrize(("target", "operation_id"), _plans("twilio") + _plans("signalwire"))
def test_every_operation_is_accepted_by_prism(servers: dict[str, str], target: str, operation_id: str) -> None:
    responses: list[httpx.Response] = []
    result = _call(_client(target, servers[target], responses), _plan(_api(target), operation_id))
    [response] = responses
    assert response.is_success and _violations(response) == []
    assert result is not None


@pytest.mark.anyio
@pytest.mark.parametrize(("target", "operation_id"), _plans("twilio") + _plans("signalwire"))
async def test_every_operation_is_accepted_by_prism_async(servers: dict[str, str], target: str, operation_id: str) -> None:
    responses: list[httpx.Response] = []
    async with _client(target, servers[target], responses, asynchronous=True) as client:
        await _call(client, _plan(_api(target), operation_id))
    [response] = responses
    assert response.is_success and _violations(response) == []


def test_twilio_current_and_a_siprec_name_are_accepted(servers: dict[str, str]) -> None:
    import twilio_api

    responses: list[httpx.Response] = []
    client = _client("twilio", servers["twilio"], responses)
    client.calls("CA" + "a" * 32).recordings("Twilio.CURRENT").update(status="paused", pause_behavior="silence")
    client.calls("CA" + "a" * 32).siprec("my-siprec").update(status="stopped")
    client.accounts("AC" + "b" * 32).conferences("CF" + "a" * 32).update(status="completed")
    assert [r.status_code for r in responses] == [200, 200, 200]
    assert all(_violations(r) == [] for r in responses)
    assert isinstance(twilio_api.NOT_GIVEN, twilio_api.NotGiven)


@pytest.fixture
def broken_spec(tmp_path: Path) -> Path:
    """Our Twilio spec with a deliberate mistake: AnnounceUrl made required, which no client sends."""
    folder = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", folder)
    path = folder / "twilio.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["UpdateConferenceRequest"]["required"] = ["AnnounceUrl"]
    for operation in spec["paths"].values():
        if operation["post"]["operationId"] == "UpdateConference":
            operation["post"]["requestBody"]["required"] = True
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


def test_a_wrong_spec_fails_the_contract(broken_spec: Path) -> None:
    import twilio_api

    with prism.serve(broken_spec) as url:
        responses: list[httpx.Response] = []
        client = _client("twilio", url, responses)
        with pytest.raises(twilio_api.BadRequestError):
            client.conferences("CF" + "a" * 32).update(status="completed")
        [response] = responses
        assert any("AnnounceUrl" in violation["message"] for violation in _violations(response))


# --- Twilio's own SDK against our spec --------------------------------------------------------


class _OfficialCalls:
    """The official `twilio` package, its HTTP rerouted from api.twilio.com to Prism."""

    responses: list[Any]

    def __init__(self, base_url: str) -> None:
        from twilio.http.http_client import TwilioHttpClient
        from twilio.rest import Client

        responses = self.responses = []

        class ToPrism(TwilioHttpClient):
            def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
                response = super().request(method, url.replace("https://api.twilio.com", base_url), *args, **kwargs)
                responses.append(response)
                return response

        self.http = ToPrism()
        self.client = Client("AC" + "a" * 32, "token", http_client=self.http)


OFFICIAL_CALLS = {
    "UpdateCallRecording": lambda c: c.calls("CA" + "a" * 32).recordings("RE" + "a" * 32).update(status="paused", pause_behavior="skip"),
    "UpdateCallRecording current": lambda c: c.calls("CA" + "a" * 32).recordings("Twilio.CURRENT").update(status="in-progress"),
    "UpdateSiprec": lambda c: c.calls("CA" + "a" * 32).siprec("SR" + "a" * 32).update(status="stopped"),
    "UpdateConference": lambda c: c.conferences("CF" + "a" * 32).update(status="completed", announce_url="https://example.com/a.xml", announce_method="POST"),
}


@pytest.mark.parametrize("name", sorted(OFFICIAL_CALLS))
def test_the_official_twilio_sdk_is_accepted_by_our_spec(servers: dict[str, str], name: str) -> None:
    pytest.importorskip("twilio")
    official = _OfficialCalls(servers["twilio"])
    OFFICIAL_CALLS[name](official.client)
    [response] = official.responses
    assert 200 <= response.status_code < 300, response.text
    assert json.loads(response.headers.get("sl-violations", "[]")) == []

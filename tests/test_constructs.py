"""OpenAPI constructs beyond our own specs, generated, imported and called through a mock transport."""

from __future__ import annotations

import dataclasses
import datetime
import inspect
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from conftest import FIXTURES, Run, mypy_strict, run_generated_tests

UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
PET = {
    "id": UUID,
    "name": "Rex",
    "kind": None,
    "size": "large",
    "weight": 12,
    "born": "2020-02-29",
    "owner": {"name": "Ada", "address": {"city": "London"}},
    "labels": {"colour": "brown"},
    "metadata": {"anything": [1, 2]},
    "visits": [{"at": "2024-05-01T10:00:00Z"}],
    "mixed": 7,
    "status": "active",
    "attributes": {"legs": 4},
    "strict": {"a": "b"},
    "added_later": "kept",
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from generator.cli import main

    outs = {}
    for spec, package in (("constructs_31.yaml", "constructs_api"), ("constructs_30.yaml", "legacy_api")):
        out = tmp_path_factory.mktemp(package) / package
        assert main(["generate", "--spec", str(FIXTURES / spec), "--out", str(out), "--package", package]) == 0
        outs[package] = out
    return outs


@pytest.fixture
def api31(generated: dict[str, Path], import_generated: Callable[[Path, str], ModuleType]) -> ModuleType:
    return import_generated(generated["constructs_api"], "constructs_api")


@pytest.fixture
def api30(generated: dict[str, Path], import_generated: Callable[[Path, str], ModuleType]) -> ModuleType:
    return import_generated(generated["legacy_api"], "legacy_api")


Generated = tuple[Path, ModuleType, Run]  # the package's folder, the package, the generate run


@pytest.fixture
def generated_from(
    sdkgen: Callable[..., Run], write_spec: Callable[..., Path], tmp_path: Path, import_generated: Callable[[Path, str], ModuleType]
) -> Callable[[str, str], Generated]:
    """`generated_from(spec_text, package)`: the client generated from that spec, imported."""

    def generate(text: str, package: str) -> Generated:
        out = tmp_path / package
        run = sdkgen("generate", "--spec", str(write_spec(text)), "--out", str(out), "--package", package)
        assert run.code == 0, run.err
        return out, import_generated(out, package), run

    return generate


def recording_client(api: ModuleType, responses: list[httpx.Response], **credentials: str) -> tuple[Any, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return responses.pop(0)

    client = api.Client(**credentials, http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0)
    return client, sent


def test_query_and_header_parameters_keep_their_wire_names(api31: ModuleType) -> None:
    page = {"pets": [PET], "next_page_uri": None}
    client, sent = recording_client(api31, [httpx.Response(200, json=page)], token="t0k")
    when = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    result = client.pets.list(limit=2, start_time_before=when, tag=["a", "b"], x_request_id="r-1", session="s 1;x").page()
    [request] = sent
    assert request.method == "GET"
    assert request.url.path == "/v2/pets"
    assert parse_qsl(request.url.query.decode()) == [
        ("limit", "2"),
        ("StartTime<", "2024-01-02T03:04:05Z"),
        ("tag", "a"),
        ("tag", "b"),
    ]
    assert request.headers["X-Request-Id"] == "r-1"
    assert request.headers["Cookie"] == "session=s%201%3Bx"  # a cookie parameter; `;` cannot end it early
    assert request.headers["Authorization"] == "Bearer t0k"
    assert result.pets[0].name == "Rex"


def test_an_api_limit_parameter_is_the_page_size_and_the_iterator_caps_with_max_items(api31: ModuleType) -> None:
    page = {"pets": [PET, PET], "next_page_uri": "/v2/pets?cursor=2"}
    client, sent = recording_client(api31, [httpx.Response(200, json=page)], token="t")
    pets = list(client.pets.list(max_items=1))
    assert len(pets) == 1 and pets[0].name == "Rex"
    assert sent[0].url.params["limit"] == "1" and len(sent) == 1  # no bigger page than needed, no second page


def test_a_json_body_is_sent_with_wire_names_and_only_given_fields(api31: ModuleType) -> None:
    client, sent = recording_client(api31, [httpx.Response(201, json=PET)], token="t")
    pet = client.pets.create(name="Rex", kind=api31.models.Kind.DOG, from_="shelter", vaccinated=False)
    [request] = sent
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"name": "Rex", "kind": "dog", "from": "shelter", "vaccinated": False}
    assert isinstance(pet, api31.models.Pet)


def test_responses_decode_nested_models_dates_enums_and_keep_unknown_fields(api31: ModuleType) -> None:
    client, _ = recording_client(api31, [httpx.Response(200, json=PET)], token="t")
    pet = client.pets(UUID).fetch()
    models = api31.models
    assert pet.id == UUID and pet.kind is None
    assert pet.size is models.PetSize.LARGE
    assert pet.weight == 12.0 and isinstance(pet.weight, float)
    assert pet.born == datetime.date(2020, 2, 29)
    assert isinstance(pet.owner, models.PetOwner) and pet.owner.address.city == "London"
    assert pet.labels == {"colour": "brown"} and pet.metadata == {"anything": [1, 2]}
    assert pet.visits[0].at == datetime.datetime(2024, 5, 1, 10, tzinfo=datetime.timezone.utc)
    assert pet.mixed == 7
    assert pet.status == "active"
    assert pet.attributes == {"legs": 4} and pet.strict.a == "b"
    hints = {f.name: f.type for f in dataclasses.fields(models.Pet)}
    assert hints["attributes"] == "dict[str, int] | None"  # unevaluatedProperties types the map
    assert hints["strict"] == "PetStrict | None"
    assert pet.extra_fields == {"added_later": "kept"}
    wire = pet.to_dict()
    assert wire["added_later"] == "kept" and wire["owner"] == PET["owner"] and wire["born"] == "2020-02-29"


def test_an_enum_value_the_spec_does_not_list_is_accepted_in_responses(api31: ModuleType) -> None:
    client, _ = recording_client(api31, [httpx.Response(200, json={**PET, "size": "huge"})], token="t")
    pet = client.pets(UUID).fetch()
    assert pet.size == "huge" and isinstance(pet.size, api31.models.PetSize)


def test_every_http_method_gets_a_method(api31: ModuleType) -> None:
    responses = [httpx.Response(200, json=PET), httpx.Response(200, json=PET), httpx.Response(204), httpx.Response(200), httpx.Response(200)]
    client, sent = recording_client(api31, responses, token="t")
    pet = client.pets(UUID)
    pet.update(nickname=None)
    pet.replace(name="Rex", kind="cat")
    assert pet.delete() is None
    pet.check_pet()
    pet.pet_options()
    assert [r.method for r in sent] == ["PATCH", "PUT", "DELETE", "HEAD", "OPTIONS"]
    assert json.loads(sent[0].content) == {"nickname": None}


def test_a_non_object_json_body_is_one_argument(api31: ModuleType) -> None:
    client, sent = recording_client(api31, [httpx.Response(200, json=["p1"])], token="t")
    assert client.pets(UUID).photos.create(body=["https://example.com/a.jpg"]) == ["p1"]
    assert json.loads(sent[0].content) == ["https://example.com/a.jpg"]
    assert sent[0].url.path == f"/v2/pets/{UUID}/photos"


def test_invalid_arguments_fail_before_any_request(api31: ModuleType) -> None:
    client, sent = recording_client(api31, [], token="t")
    with pytest.raises(ValueError, match="pet_id='not-a-uuid' is not a UUID"):
        client.pets("not-a-uuid").fetch()
    with pytest.raises(ValueError, match="kind='fish' is not one of 'cat', 'dog'"):
        client.pets.create(name="Rex", kind="fish")
    with pytest.raises(ValueError, match="name='' is shorter than 1"):
        client.pets.create(name="", kind="cat")
    assert sent == []


def test_openapi_30_nullable_form_body_and_api_key(api30: ModuleType) -> None:
    body = {"sid": None, "date_updated": "Fri, 14 Oct 2016 21:56:36 +0000", "count": None}
    client, sent = recording_client(api30, [httpx.Response(200, json=body)], api_key="k3y")
    result = client.accounts("AC1").things("TH1").update(enabled=True, ids=[1, 2], mode=None)
    [request] = sent
    assert request.url.path == "/Accounts/AC1/Things/TH1.json"
    assert request.headers["X-Api-Key"] == "k3y"
    assert parse_qsl(request.content.decode(), keep_blank_values=True) == [("Enabled", "true"), ("Mode", ""), ("Ids", "1"), ("Ids", "2")]
    assert result.sid is None and result.count is None
    assert result.date_updated == datetime.datetime(2016, 10, 14, 21, 56, 36, tzinfo=datetime.timezone.utc)


def test_cookies_and_unions_of_scalars_generate_without_a_warning(sdkgen: Callable[..., Run], tmp_path: Path, api31: ModuleType) -> None:
    """A cookie parameter is an argument and `oneOf: [string, integer]` is `str | int`: nothing left out."""
    run = sdkgen("generate", "--spec", str(FIXTURES / "constructs_31.yaml"), "--out", str(tmp_path / "o"), "--package", "c")
    assert run.code == 0 and "warning" not in run.err
    assert api31.models.Pet.__annotations__["mixed"] == "str | int | None"


@pytest.mark.parametrize(
    ("failure", "attempts"),
    [
        (httpx.Response(500, json={}), 1),  # the server may have created it: never resent
        (httpx.ReadTimeout("no answer"), 1),  # sent, no answer: may have been created
        (httpx.Response(429, json={}), 2),  # refused before doing anything: safe to resend
        (httpx.ConnectError("refused"), 2),  # never left the machine: safe to resend
    ],
)
def test_a_create_is_resent_only_when_it_cannot_have_been_created(
    api31: ModuleType, monkeypatch: pytest.MonkeyPatch, failure: httpx.Response | Exception, attempts: int
) -> None:
    monkeypatch.setattr("time.sleep", lambda seconds: None)
    sent: list[httpx.Request] = []
    answers: list[httpx.Response | Exception] = [failure, httpx.Response(201, json=PET)]

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    client = api31.Client(token="t", http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=2)
    if attempts == 1:
        with pytest.raises(api31.ApiError):
            client.pets.create(name="Rex", kind="dog")
    else:
        assert client.pets.create(name="Rex", kind="dog").name == "Rex"
    assert len(sent) == attempts


def test_a_resource_whose_only_body_is_sent_whole_imports_only_what_it_uses(
    sdkgen: Callable[..., Run], write_spec: Callable[..., Path], tmp_path: Path
) -> None:
    """A body sent whole is the argument the endpoint sends as the JSON body (not one field of an
    object), and the module imports only what it uses."""
    spec = write_spec(
        """
        openapi: 3.1.0
        info: {title: Whole body, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /tags:
            put:
              operationId: ReplaceTags
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {type: array, items: {type: string}}
              responses:
                "204": {description: Replaced}
        """
    )
    out = tmp_path / "out"
    run = sdkgen("generate", "--spec", str(spec), "--out", str(out), "--package", "whole_api")
    assert run.code == 0, run.err
    source = (out / "whole_api" / "resources" / "tags.py").read_text(encoding="utf-8")
    assert '"body": "body"' in source and '"json":' not in source
    ruff = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "F", "."], cwd=out, capture_output=True, text=True)
    assert ruff.returncode == 0, ruff.stdout


def test_parameters_named_like_the_generated_code_s_own_names_are_sent_as_given(generated_from: Callable[[str, str], Generated]) -> None:
    """A method hands its arguments to its `Endpoint` by name: a parameter called `args`, `ids`,
    `options` or `given` is one argument like any other, and none of them is shadowed."""
    out, api, run = generated_from(
        """
        openapi: 3.1.0
        info: {title: Names, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /things/{ids}:
            get:
              operationId: FetchThing
              parameters:
                - {name: ids, in: path, required: true, schema: {type: string}}
                - {name: args, in: query, schema: {type: string}}
                - {name: options, in: query, schema: {type: string}}
                - {name: given, in: query, schema: {type: integer, maximum: 5}}
                - {name: Kind, in: query, schema: {type: string, enum: [a, b]}}
              responses:
                "204": {description: Nothing}
        """,
        "names_api",
    )
    client, sent = recording_client(api, [httpx.Response(204), httpx.Response(204)])
    client.things("t-1").fetch(args="a", options="o", given=3)
    client.things("t-2").fetch(kind="b")
    assert [str(r.url) for r in sent] == [
        "https://api.example.com/things/t-1?args=a&options=o&given=3",
        "https://api.example.com/things/t-2?Kind=b",
    ]
    with pytest.raises(ValueError, match="given"):
        client.things("t-3").fetch(given=6)
    with pytest.raises(ValueError, match="kind"):
        client.things("t-3").fetch(kind="c")  # type: ignore[arg-type]


def test_the_apis_parameters_own_their_names_and_request_options_stay_out_of_their_way(
    generated_from: Callable[[str, str], Generated],
) -> None:
    """A parameter named `timeout` (Twilio's: how long a call rings), `max_retries`, `extra_headers`
    or `with_options` is the API's and is sent; the HTTP timeout and retries are set through
    `client.with_options(...)`, which no resource hides: a path `/with_options` or `/close` is reached
    as `with_options_` and `close_`."""
    out, api, run = generated_from(
        """
        openapi: 3.1.0
        info: {title: Options, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /calls:
            post:
              operationId: CreateCall
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      required: [To]
                      properties:
                        To: {type: string}
                        Timeout: {type: integer}
                        max_retries: {type: integer}
                        extra_headers: {type: string}
                        with_options: {type: string}
              responses:
                "201": {description: Created}
          /with_options:
            get:
              operationId: FetchOptions
              responses:
                "204": {description: Nothing}
          /close:
            get:
              operationId: FetchClose
              responses:
                "204": {description: Nothing}
        """,
        "options_api",
    )
    client, sent = recording_client(api, [httpx.Response(201), httpx.Response(204), httpx.Response(204)])
    client.with_options(timeout=2.0).calls.create(to="+1555", timeout=15, max_retries=3, extra_headers="h", with_options="w")
    [created] = sent
    assert parse_qsl(created.content.decode()) == [("To", "+1555"), ("Timeout", "15"), ("max_retries", "3"), ("extra_headers", "h"), ("with_options", "w")]
    assert created.extensions["timeout"]["read"] == 2.0  # the HTTP timeout is the client's, not the API's Timeout
    client.with_options_.fetch()
    client.close_.fetch()
    assert [r.url.path for r in sent[1:]] == ["/with_options", "/close"]
    client.close()  # still the client's own


def test_a_value_of_the_wrong_type_never_reaches_the_wire(generated_from: Callable[[str, str], Generated]) -> None:
    """`calls(12345)`, `page_size='10'`, `record='yes'`, `to=None`: a TypeError naming the argument,
    before anything is sent; None only where the spec allows null."""
    out, api, run = generated_from(
        """
        openapi: 3.1.0
        info: {title: Types, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /calls:
            get:
              operationId: ListCalls
              parameters: [{name: PageSize, in: query, schema: {type: integer}}]
              responses: {"204": {description: Nothing}}
            post:
              operationId: CreateCall
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      required: [To]
                      properties:
                        To: {type: string}
                        Record: {type: boolean}
                        Price: {type: number}
                        Note: {type: [string, "null"]}
                        StartTime: {type: string, format: date-time}
              responses: {"204": {description: Nothing}}
          /calls/{CallSid}:
            get:
              operationId: FetchCall
              parameters: [{name: CallSid, in: path, required: true, schema: {type: string}}]
              responses: {"204": {description: Nothing}}
        """,
        "types_api",
    )
    client, sent = recording_client(api, [httpx.Response(204)] * 3)
    refused = [
        (lambda: client.calls(12345).fetch(), "call_sid=12345 is an int, not a str"),
        (lambda: client.calls.fetch(page_size="10"), "page_size='10' is a str, not an int"),
        (lambda: client.calls.fetch(page_size=True), "page_size=True is a bool, not an int"),
        (lambda: client.calls.create(to="+1", record="yes"), "record='yes' is a str, not a bool"),
        (lambda: client.calls.create(to=None), "to=None: the API takes no null here"),
        (lambda: client.calls.create(to="+1", start_time="2024-01-01"), "start_time='2024-01-01' is a str, not a datetime"),
    ]
    for call, message in refused:
        with pytest.raises(TypeError, match=re.escape(message)):
            call()
    assert sent == []
    client.calls.create(to="+1", record=False, price=2, note=None)  # an int is a number; null where allowed
    client.calls.fetch(page_size=10)
    client.calls("CA1").fetch()
    assert [r.method for r in sent] == ["POST", "GET", "GET"]


def test_an_id_is_checked_where_it_is_given_when_every_operation_checks_it_alike(generated_from: Callable[[str, str], Generated]) -> None:
    """`client.rooms("bad")` fails at once when every operation under a room checks its id the same
    way; where they disagree (a room's guests), each operation checks the id it gets, as its spec says."""
    out, api, run = generated_from(
        """
        openapi: 3.1.0
        info: {title: Ids, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /rooms/{RoomSid}:
            get:
              operationId: FetchRoom
              parameters: [{name: RoomSid, in: path, required: true, schema: {type: string, pattern: "^RM[0-9]{4}$"}}]
              responses: {"204": {description: Nothing}}
          /rooms/{RoomSid}/guests/{Sid}:
            get:
              operationId: FetchGuest
              parameters:
                - {name: RoomSid, in: path, required: true, schema: {type: string, pattern: "^RM[0-9]{4}$"}}
                - {name: Sid, in: path, required: true, schema: {type: string, pattern: "^GU[0-9]{4}$"}}
              responses: {"204": {description: Nothing}}
            delete:
              operationId: DeleteGuest
              parameters:
                - {name: RoomSid, in: path, required: true, schema: {type: string, pattern: "^RM[0-9]{4}$"}}
                - {name: Sid, in: path, required: true, schema: {type: string, maxLength: 6}}
              responses: {"204": {description: Nothing}}
        """,
        "ids_api",
    )
    client, sent = recording_client(api, [httpx.Response(204)] * 3)
    with pytest.raises(ValueError, match="sid='RM12' does not match"):
        client.rooms("RM12")  # no operation called yet
    guest = client.rooms("RM1234").guests("XX1234")  # fetch and delete check a guest's id differently
    with pytest.raises(ValueError, match="sid='XX1234' does not match"):
        guest.fetch()
    guest.delete()
    client.rooms("RM1234").guests("GU1234").fetch()
    with pytest.raises(ValueError, match="sid='GU12345' is longer than 6"):
        client.rooms("RM1234").guests("GU12345").delete()
    assert [r.url.path for r in sent] == ["/rooms/RM1234/guests/XX1234", "/rooms/RM1234/guests/GU1234"]
    guests = (out / "ids_api" / "resources" / "room_guests.py").read_text(encoding="utf-8")
    assert '"pattern", "room_sid"' not in guests  # the room's accessor checked its value (its type: every call)
    assert '[1, "pattern", "sid", "^GU[0-9]{4}$"]' in guests and '[1, "length", "sid", null, 6]' in guests


def test_a_field_the_response_left_out_stays_out_and_a_null_stays_null(api31: ModuleType) -> None:
    """Decoding then encoding gives back what the API sent: a field it left out is not turned into
    null, one it sent as null stays null (whatever the field's codec), a UTC time keeps its `Z`."""
    pet = api31.models.Pet.from_dict({"id": UUID, "name": "Rex", "weight": None})
    assert pet.born is None and pet.weight is None
    assert pet.to_dict() == {"id": UUID, "name": "Rex", "weight": None}
    born = {"id": UUID, "name": "Rex", "born": "2020-02-03"}
    assert api31.models.Pet.from_dict(born).to_dict() == born


def test_an_id_every_operation_types_as_an_integer_is_taken_as_an_int(generated_from: Callable[[str, str], Generated]) -> None:
    """`client.orgs(7)`: an integer path id is an `int` argument, checked as the spec says, and the
    generated client with its tests (which call it so) type-checks."""
    out, api, run = generated_from(
        """
        openapi: 3.0.3
        info: {title: Orgs, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /orgs/{org_id}/members:
            get:
              operationId: ListMembers
              parameters: [{name: org_id, in: path, required: true, schema: {type: integer, minimum: 1}, example: 7}]
              responses: {"204": {description: Nothing}}
          /orgs/{org_id}:
            get:
              operationId: FetchOrg
              parameters: [{name: org_id, in: path, required: true, schema: {type: integer, minimum: 1}, example: 7}]
              responses: {"204": {description: Nothing}}
          /teams/{team}:
            get:
              operationId: FetchTeam
              parameters: [{name: team, in: path, required: true, schema: {type: string}, example: core}]
              responses: {"204": {description: Nothing}}
        """,
        "orgs_api",
    )
    client, sent = recording_client(api, [httpx.Response(204)] * 2)
    client.orgs(7).members.fetch()
    client.teams("core").fetch()
    assert [r.url.path for r in sent] == ["/orgs/7/members", "/teams/core"]
    with pytest.raises(ValueError, match="org_id=0 is less than 1"):
        client.orgs(0)
    from orgs_api.resources.orgs import OrgList  # type: ignore[import-not-found]
    from orgs_api.resources.teams import TeamList  # type: ignore[import-not-found]

    assert OrgList.__call__.__annotations__["org_id"] == "int" and TeamList.__call__.__annotations__["team"] == "str"
    assert mypy_strict(out, "orgs_api") == ""


def test_a_collection_followed_by_several_ids_takes_them_all(generated_from: Callable[[str, str], Generated]) -> None:
    """`/repos/{owner}/{repo}/issues` reads `client.repos("octo", "hello").issues.fetch()`; a path that
    gives the same collection more ids than the others (`/orgs/{org}/{team}` beside `/orgs/{org}`)
    takes the rest as the method's arguments: client.orgs("o").fetch_team(team="t")."""
    out, api, run = generated_from(
        """
        openapi: 3.0.3
        info: {title: Repos, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /repos/{owner}/{repo}/issues:
            get:
              operationId: ListIssues
              parameters:
                - {name: owner, in: path, required: true, schema: {type: string}, example: octo}
                - {name: repo, in: path, required: true, schema: {type: string, pattern: "^[a-z]+$"}, example: hello}
              responses: {"204": {description: Nothing}}
          /repos/{owner}/{repo}:
            get:
              operationId: FetchRepo
              parameters:
                - {name: owner, in: path, required: true, schema: {type: string}}
                - {name: repo, in: path, required: true, schema: {type: string, pattern: "^[a-z]+$"}}
              responses: {"204": {description: Nothing}}
          /orgs/{org}:
            get:
              operationId: FetchOrg
              parameters: [{name: org, in: path, required: true, schema: {type: string}}]
              responses: {"204": {description: Nothing}}
          /orgs/{org}/{team}:
            get:
              operationId: FetchTeam
              parameters:
                - {name: org, in: path, required: true, schema: {type: string}}
                - {name: team, in: path, required: true, schema: {type: string}}
              responses: {"204": {description: Nothing}}
        """,
        "repos_api",
    )
    assert "warning" not in run.err
    client, sent = recording_client(api, [httpx.Response(204)] * 4)
    client.repos("octo", "hello").issues.fetch()
    client.repos("octo", "hello").fetch()
    client.orgs("o").fetch()
    client.orgs("o").fetch_team(team="a/b")
    assert [r.url.raw_path.decode() for r in sent] == ["/repos/octo/hello/issues", "/repos/octo/hello", "/orgs/o", "/orgs/o/a%2Fb"]
    with pytest.raises(ValueError, match="repo='Hello' does not match"):
        client.repos("octo", "Hello").fetch()
    assert mypy_strict(out, "repos_api") == ""


def test_properties_a_body_requires_are_required_arguments_unless_the_body_is_optional_in_so_many_words(
    generated_from: Callable[[str, str], Generated],
) -> None:
    """`requestBody.required` left out (as Twilio's spec does on every body): the properties its schema
    requires are required keyword arguments. `required: false` written out: every argument optional,
    and with none given, no body is sent."""
    _, api, _ = generated_from(
        """
        openapi: 3.1.0
        info: {title: Bodies, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /calls:
            post:
              operationId: CreateCall
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: {type: object, required: [To], properties: {To: {type: string}, Url: {type: string}}}
              responses: {"204": {description: Created}}
          /notes:
            post:
              operationId: CreateNote
              requestBody:
                required: false
                content:
                  application/json:
                    schema: {type: object, required: [text], properties: {text: {type: string}}}
              responses: {"204": {description: Created}}
        """,
        "bodies_api",
    )
    client, sent = recording_client(api, [httpx.Response(204), httpx.Response(204), httpx.Response(204)])
    create_call = inspect.signature(client.calls.create).parameters
    assert create_call["to"].default is inspect.Parameter.empty
    assert create_call["url"].default is not inspect.Parameter.empty
    assert inspect.signature(client.notes.create).parameters["text"].default is not inspect.Parameter.empty
    with pytest.raises(TypeError, match="to"):
        client.calls.create(url="https://example.com/twiml")  # type: ignore[call-arg]
    client.calls.create(to="+15550100")
    client.notes.create()  # a body that may be left out is left out: `{}` would lack `text`
    client.notes.create(text="hi")
    assert [r.content for r in sent] == [b"To=%2B15550100", b"", b'{"text":"hi"}']
    assert "Content-Type" not in sent[1].headers


def test_a_path_that_starts_with_an_id_is_reached_through_that_id(generated_from: Callable[[str, str], Generated]) -> None:
    """`/{tenant}/calls/{callId}`: no collection names the leading id, so the id names its accessor,
    `client.tenant("acme").calls("c1")`; each id's argument is named as the path names it."""
    _, api, run = generated_from(
        """
        openapi: 3.1.0
        info: {title: Tenants, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /{tenant}/calls:
            get:
              operationId: ListCalls
              parameters: [{name: tenant, in: path, required: true, schema: {type: string}}]
              responses: {"200": {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}}
          /{tenant}/calls/{callId}:
            get:
              operationId: FetchCall
              parameters:
                - {name: tenant, in: path, required: true, schema: {type: string}}
                - {name: callId, in: path, required: true, schema: {type: string, pattern: "^c[0-9]+$"}}
              responses: {"204": {description: ok}}
          /calls-{day}:
            get:
              operationId: CallsOfADay
              parameters: [{name: day, in: path, required: true, schema: {type: string}}]
              responses: {"204": {description: ok}}
        """,
        "tenants_api",
    )
    client, sent = recording_client(api, [httpx.Response(200, json=["c1"]), httpx.Response(204)])
    assert client.tenant("acme").calls.list() == ["c1"]
    client.tenant("acme").calls("c1").fetch()
    assert [r.url.path for r in sent] == ["/acme/calls", "/acme/calls/c1"]
    assert list(inspect.signature(type(client.tenant).__call__).parameters) == ["self", "tenant"]
    with pytest.raises(ValueError, match="call_id='x' does not match"):
        client.tenant("acme").calls("x").fetch()
    # Text and an id in one segment: nothing to hang it on, said with its line.
    assert "CallsOfADay: path segment 'calls-{day}' does not follow a collection name" in run.err
    assert "ListCalls" not in run.err and "FetchCall" not in run.err


def test_the_server_url_s_path_names_the_collection_when_the_paths_start_below_it(
    generated_from: Callable[[str, str], Generated],
) -> None:
    """Vonage's Voice API serves `https://api.nexmo.com/v1/calls` with paths `/`, `/{uuid}` and
    `/{uuid}/talk`: the chain comes from the whole path a request goes to, so the operations on `/`
    are `client.calls.list()` and `.create()`, not left out. A response that holds its items one level
    down (HAL's `_embedded: {calls: [...]}`) makes a GET of the collection `list()`."""
    _, api, run = generated_from(
        """
        openapi: 3.0.0
        info: {title: Voice, version: "1"}
        servers: [{url: "https://api.example.com/v1/calls"}]
        paths:
          /:
            get:
              operationId: getCalls
              responses:
                "200":
                  description: OK
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          count: {type: integer}
                          _embedded:
                            type: object
                            properties:
                              calls: {type: array, items: {$ref: "#/components/schemas/Call"}}
            post:
              operationId: createCall
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {type: object, required: [to], properties: {to: {type: string}}}
              responses: {"201": {description: Created, content: {application/json: {schema: {$ref: "#/components/schemas/Call"}}}}}
          /{uuid}:
            parameters: [{in: path, name: uuid, required: true, schema: {type: string}}]
            get:
              operationId: getCall
              responses: {"200": {description: Ok, content: {application/json: {schema: {$ref: "#/components/schemas/Call"}}}}}
          /{uuid}/talk:
            parameters: [{in: path, name: uuid, required: true, schema: {type: string}}]
            put:
              operationId: startTalk
              requestBody:
                content:
                  application/json:
                    schema: {type: object, required: [text], properties: {text: {type: string}}}
              responses: {"204": {description: Ok}}
        components:
          schemas:
            Call: {type: object, properties: {uuid: {type: string}}}
        """,
        "voice_api",
    )
    assert "left out" not in run.err
    call = {"uuid": "c-1"}
    client, sent = recording_client(
        api,
        [httpx.Response(200, json={"count": 1, "_embedded": {"calls": [call]}}), httpx.Response(201, json=call), httpx.Response(200, json=call), httpx.Response(204)],
    )
    page = client.calls.list()
    assert page.embedded.calls[0].uuid == "c-1"
    assert client.calls.create(to="447700900000").uuid == "c-1"
    assert client.calls("c-1").fetch().uuid == "c-1"
    client.calls("c-1").talk.update(text="Hello")
    assert [(r.method, str(r.url)) for r in sent] == [
        ("GET", "https://api.example.com/v1/calls/"),
        ("POST", "https://api.example.com/v1/calls/"),
        ("GET", "https://api.example.com/v1/calls/c-1"),
        ("PUT", "https://api.example.com/v1/calls/c-1/talk"),
    ]


def test_a_relative_server_url_makes_the_client_ask_for_a_host(generated_from: Callable[[str, str], Generated]) -> None:
    """`servers: [{url: /api/v2}]` is relative to wherever the spec is served, which a client cannot
    know: `Client()` says to pass `base_url=`, and the generated tests and README pass one."""
    out, api, _ = generated_from(
        """
        {"openapi": "3.1.0", "info": {"title": "Rel", "version": "1"}, "servers": [{"url": "/api/v2"}],
         "paths": {"/widgets/{id}": {"get": {"operationId": "getWidget",
           "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}, "example": 7}],
           "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object",
             "properties": {"id": {"type": "integer"}}}, "example": {"id": 7}}}}}}}}}
        """,
        "rel_api",
    )
    with pytest.raises(api.ApiError, match="base_url '/api/v2' names no host: pass base_url="):
        api.Client()
    client, sent = recording_client(api, [httpx.Response(200, json={"id": 7})], base_url="https://widgets.example.org/api/v2")
    assert client.widgets(7).fetch().id == 7
    assert str(sent[0].url) == "https://widgets.example.org/api/v2/widgets/7"
    assert 'rel_api.Client(base_url="https://api.example.com/api/v2")' in (out / "README.md").read_text(encoding="utf-8")
    tests = run_generated_tests(out)
    assert tests.returncode == 0, tests.stdout[-3000:]


def test_one_of_several_objects_is_a_union_of_their_models(generated_from: Callable[[str, str], Generated]) -> None:
    """`oneOf` (or `anyOf`) of objects, as Vonage writes a call made with an NCCO or an answer URL: the
    argument takes either model and sends it as JSON; a response decodes as the model that declares
    the most of its keys. Alternatives that are not all objects are typed each (`str | int`), without a warning."""
    out, api, run = generated_from(
        """
        openapi: 3.1.0
        info: {title: Unions, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /calls:
            post:
              operationId: CreateCall
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      oneOf: [{$ref: "#/components/schemas/WithNcco"}, {$ref: "#/components/schemas/WithAnswerUrl"}]
                    example: {answer_url: ["https://example.com/answer"], to: "447700900000"}
              responses:
                "201":
                  description: Created
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          legs: {type: array, items: {anyOf: [{$ref: "#/components/schemas/PhoneLeg"}, {$ref: "#/components/schemas/SipLeg"}]}}
                          label: {oneOf: [{type: string}, {type: integer}]}
        components:
          schemas:
            WithNcco:
              type: object
              required: [ncco]
              properties: {ncco: {type: array, items: {type: object}}, to: {type: string}}
            WithAnswerUrl:
              type: object
              required: [answer_url]
              properties: {answer_url: {type: array, items: {type: string}}, to: {type: string}}
            PhoneLeg: {type: object, properties: {type: {type: string}, number: {type: string}}}
            SipLeg: {type: object, properties: {type: {type: string}, uri: {type: string}}}
        """,
        "unions_api",
    )
    source = (out / "unions_api" / "resources" / "calls.py").read_text(encoding="utf-8")
    assert "body: WithNcco | WithAnswerUrl," in source
    assert "warning" not in run.err
    assert "label: str | int | None" in "".join(m.read_text(encoding="utf-8") for m in (out / "unions_api" / "models").glob("*.py"))
    legs = [{"type": "phone", "number": "447700900000"}, {"type": "sip", "uri": "sip:a@example.com"}]
    client, sent = recording_client(api, [httpx.Response(201, json={"legs": legs, "label": 7})])
    created = client.calls.create(body=api.models.WithAnswerUrl(answer_url=["https://example.com/answer"], to="447700900000"))
    assert json.loads(sent[0].content) == {"answer_url": ["https://example.com/answer"], "to": "447700900000"}
    assert [type(leg).__name__ for leg in created.legs] == ["PhoneLeg", "SipLeg"]
    assert created.legs[1].uri == "sip:a@example.com" and created.label == 7
    assert created.to_dict() == {"legs": legs, "label": 7}
    assert mypy_strict(out, "unions_api") == ""


def test_bodies_that_are_not_json_are_sent_and_read_as_they_are(generated_from: Callable[[str, str], Generated]) -> None:
    """A recording's audio comes back as `bytes` (asked for with its media types in Accept), a
    transcription in text/plain as `str`; a body of BXML (application/xml) is one `body: str` sent
    as written. The generated tests check the XML went out byte for byte."""
    out, api, run = generated_from(
        """
        openapi: 3.1.0
        info: {title: Media, version: "1"}
        servers: [{url: "https://voice.example.com/api/v2"}]
        paths:
          /recordings/{id}/media:
            get:
              operationId: DownloadMedia
              parameters: [{name: id, in: path, required: true, schema: {type: string}, example: r-1}]
              responses:
                "200":
                  description: the audio
                  content:
                    audio/vnd.wave: {schema: {type: string, format: binary}}
                    audio/mpeg: {schema: {type: string, format: binary}}
          /recordings/{id}/transcription:
            get:
              operationId: GetTranscription
              parameters: [{name: id, in: path, required: true, schema: {type: string}, example: r-1}]
              responses: {"200": {description: text, content: {text/plain: {schema: {type: string}}}}}
          /calls/{id}/bxml:
            put:
              operationId: UpdateCallBxml
              parameters: [{name: id, in: path, required: true, schema: {type: string}, example: c-1}]
              requestBody:
                required: true
                content:
                  application/xml: {schema: {type: string}, example: "<Bxml><SpeakSentence>Hi</SpeakSentence></Bxml>"}
              responses: {"204": {description: done}}
          /uploads:
            post:
              operationId: Upload
              requestBody:
                content: {multipart/form-data: {schema: {type: object, properties: {file: {type: string, format: binary}}}}}
              responses: {"204": {description: done}}
        """,
        "media_api",
    )
    assert "left out" not in run.err
    client, sent = recording_client(
        api,
        [
            httpx.Response(200, content=b"RIFF\x00\x01WAVE", headers={"Content-Type": "audio/vnd.wave"}),
            httpx.Response(200, text="Hello there", headers={"Content-Type": "text/plain"}),
            httpx.Response(204),
        ],
    )
    assert client.recordings("r-1").media.fetch() == b"RIFF\x00\x01WAVE"
    assert client.recordings("r-1").transcription.fetch() == "Hello there"
    assert client.calls("c-1").bxml.update(body="<Bxml/>") is None
    assert [r.headers["Accept"] for r in sent] == ["audio/vnd.wave, audio/mpeg", "text/plain", "application/json"]
    assert (sent[2].headers["Content-Type"], sent[2].content) == ("application/xml", b"<Bxml/>")
    assert 'assert request.content == "<Bxml><SpeakSentence>Hi</SpeakSentence></Bxml>".encode()' in (out / "tests" / "test_call_bxml.py").read_text(encoding="utf-8")
    assert mypy_strict(out, "media_api") == ""
    tests = run_generated_tests(out)
    assert tests.returncode == 0, tests.stdout[-3000:]


def test_query_lists_and_objects_are_written_as_their_style_says(generated_from: Callable[[str, str], Generated]) -> None:
    """Telnyx-style `filter[status]=active` (deepObject), `tags=a,b` (explode: false), pipe-delimited,
    an object exploded into its properties (form's default), and a header list comma-separated."""
    _, api, _ = generated_from(
        """
        openapi: 3.0.3
        info: {title: Styles, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /calls:
            get:
              operationId: ListCalls
              parameters:
                - name: filter
                  in: query
                  style: deepObject
                  schema: {type: object, properties: {status: {type: string}, from: {type: string}}}
                - {name: tags, in: query, explode: false, schema: {type: array, items: {type: string}}}
                - {name: ids, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: integer}}}
                - {name: to, in: query, schema: {type: array, items: {type: string}}}
                - name: range
                  in: query
                  schema: {type: object, properties: {start: {type: integer}, end: {type: integer}}}
                - {name: X-Labels, in: header, schema: {type: array, items: {type: string}}}
              responses: {"200": {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}}
        """,
        "styles_api",
    )
    client, sent = recording_client(api, [httpx.Response(200, json=[])])
    client.calls.list(
        filter=api.models.ListCallsFilter(status="active", from_="+1555"),
        tags=["a", "b"],
        ids=[1, 2],
        to=["x", "y"],
        range=api.models.ListCallsRange(start=1, end=9),
        x_labels=["vip", "new"],
    )
    assert parse_qsl(sent[0].url.query.decode()) == [
        ("filter[status]", "active"),
        ("filter[from]", "+1555"),
        ("tags", "a,b"),
        ("ids", "1|2"),
        ("to", "x"),
        ("to", "y"),
        ("start", "1"),
        ("end", "9"),
    ]
    assert sent[0].headers["X-Labels"] == "vip,new"


def test_api_keys_go_where_the_security_requirement_puts_them(generated_from: Callable[[str, str], Generated]) -> None:
    """Vonage's `security: [{apiKey: [], apiSecret: []}]` with both keys in the query: the client
    takes both and adds them to every request, never showing them. A spec whose only scheme sdkgen
    cannot send (OAuth 2) is told so, with the line."""
    _, api, _ = generated_from(
        """
        openapi: 3.0.0
        info: {title: Keys, version: "1"}
        servers: [{url: "https://rest.example.com"}]
        security: [{apiKey: [], apiSecret: []}]
        paths:
          /accounts/balance:
            get:
              operationId: GetBalance
              parameters: [{name: currency, in: query, schema: {type: string}}]
              responses: {"200": {description: ok, content: {application/json: {schema: {type: object, properties: {value: {type: number}}}}}}}
        components:
          securitySchemes:
            apiKey: {type: apiKey, name: api_key, in: query}
            apiSecret: {type: apiKey, name: api_secret, in: query}
            partner: {type: apiKey, name: X-Partner, in: header}
        """,
        "keys_api",
    )
    sent: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={"value": 1.5})))
    client = api.Client(api_key="key-1", api_secret="secret-1", http_client=http)
    assert client.accounts.balance.fetch(currency="EUR").value == 1.5
    assert parse_qsl(sent[0].url.query.decode()) == [("currency", "EUR"), ("api_key", "key-1"), ("api_secret", "secret-1")]
    assert "X-Partner" not in sent[0].headers  # not in the requirement
    assert "secret-1" not in repr(client) and "secret-1" not in repr(client._auth)


def test_a_spec_whose_security_sdkgen_cannot_send_gets_a_warning(sdkgen: Callable[..., Run], write_spec: Callable[..., Path], tmp_path: Path) -> None:
    spec = write_spec(
        """
        openapi: 3.1.0
        info: {title: OAuth, version: "1"}
        servers: [{url: "https://api.example.com"}]
        security: [{oauth: [calls]}]
        paths:
          /calls:
            get:
              operationId: ListCalls
              responses: {"204": {description: ok}}
        components:
          securitySchemes:
            oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: "https://auth.example.com/token", scopes: {calls: Calls}}}}
        """
    )
    run = sdkgen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "oauth_api")
    assert run.code == 0
    assert ":11:3: warning: no supported security scheme among oauth: the client sends no credentials" in run.err


def test_a_server_variable_no_credential_fills_is_a_client_argument(generated_from: Callable[[str, str], Generated]) -> None:
    """`https://{region}.api.example.com/v1` with `region` in [us, eu]: `Client(region="eu")`, the
    spec's default when left out, anything else refused before a request is made."""
    _, api, _ = generated_from(
        """
        openapi: 3.0.3
        info: {title: Regions, version: "1"}
        servers:
          - url: "https://{region}.api.example.com/v1"
            variables:
              region: {default: us, enum: [us, eu], description: Where your account lives.}
        paths:
          /calls:
            get:
              operationId: ListCalls
              responses: {"200": {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}}
        """,
        "regions_api",
    )
    assert api.Client().base_url == "https://us.api.example.com/v1"
    client, sent = recording_client(api, [httpx.Response(200, json=[])], region="eu")
    client.calls.list()
    assert str(sent[0].url) == "https://eu.api.example.com/v1/calls"
    with pytest.raises(ValueError, match="region='mars' is not one of 'us', 'eu'"):
        api.Client(region="mars")
    assert "region: Where your account lives. One of `us`, `eu`. Default: `us`." in (api.Client.__init__.__doc__ or "")


REAL_WORLD_SHAPES = """
openapi: 3.1.0
info: {title: Shapes, version: "1"}
servers: [{url: "https://api.example.com/v1"}]
paths:
  /uploads:
    post:
      operationId: Upload
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file, purpose]
              properties:
                file: {type: string, format: binary}
                extras: {type: array, items: {type: string, format: binary}}
                purpose: {type: string, enum: [dispute, identity]}
                meta: {type: object, properties: {tag: {type: string}}}
      responses: {"204": {description: stored}}
  /charges:
    post:
      operationId: CreateCharge
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [amount, source, expires]
              properties:
                amount: {type: integer, minimum: 50}
                source: {type: string, pattern: "^src_[a-z0-9]{8}$", maxLength: 12}
                expires: {type: string, format: date-time}
                card: {type: object, properties: {address: {type: object, properties: {city: {type: string}}}}}
                items: {type: array, items: {type: object, properties: {price: {type: string}}}}
                customer:
                  anyOf:
                    - {type: string, maxLength: 5000}
                    - {$ref: "#/components/schemas/Customer"}
                level: {enum: [1, "high", true]}
                nothing: {enum: [null]}
                either: {type: [number, string]}
            encoding:
              card: {style: deepObject, explode: true}
              items: {style: deepObject, explode: true}
      responses:
        "200":
          description: the charge
          content: {application/json: {schema: {$ref: "#/components/schemas/Charge"}}}
      callbacks:
        status:
          "{$request.body#/callback}":
            post:
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: {type: object, properties: {CallSid: {type: string}, Attempt: {type: integer}, CallStatus: {type: string, enum: [ringing, completed]}}}
              responses: {"200": {description: ok}}
webhooks:
  chargeSucceeded:
    post:
      summary: A charge succeeded
      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/Charge"}}}}
      responses: {"200": {description: ok}}
components:
  schemas:
    Customer: {type: object, properties: {id: {type: string}, email: {type: string}}}
    Charge:
      type: object
      properties:
        id: {type: string}
        customer: {anyOf: [{type: string}, {$ref: "#/components/schemas/Customer"}]}
        tags: {oneOf: [{type: array, items: {type: string}}, {type: string}]}
        created: {type: string, format: date-time}
"""


def test_real_world_body_shapes_are_typed_sent_and_tested(generated_from: Callable[[str, str], Generated], tmp_path: Path) -> None:
    """Multipart files beside fields; a deepObject form (Stripe's `card[address][city]`); an id or
    its expanded object; a mixed enum, `enum: [null]` and `type: [number, string]`: each typed, sent
    as the spec says, and the generated tests (values synthesised where the spec gives none) pass."""
    out, api, run = generated_from(REAL_WORLD_SHAPES, "shapes_api")
    assert "warning" not in run.err
    source = (out / "shapes_api" / "resources" / "charges.py").read_text(encoding="utf-8")
    assert "customer: str | Customer | NotGiven = NOT_GIVEN" in source
    assert "level: Literal[1, 'high', True] | NotGiven = NOT_GIVEN" in source.replace('"', "'")
    assert "nothing: None | NotGiven = NOT_GIVEN" in source and "either: float | str | NotGiven" in source

    charge = {"id": "ch_1", "customer": {"id": "cus_1", "email": "a@example.com"}, "tags": ["a"], "created": "2024-01-02T03:04:05Z"}
    client, sent = recording_client(api, [httpx.Response(200, json=charge), httpx.Response(204)])
    when = datetime.datetime(2024, 1, 2, 3, 4, 5)  # naive: taken as UTC, never sent without an offset
    result = client.charges.create(
        amount=50, source="src_abcdefgh", expires=when, card={"address": {"city": "Paris"}}, items=[{"price": "p_1"}], customer="cus_1"
    )
    assert parse_qsl(sent[0].content.decode()) == [
        ("amount", "50"),
        ("source", "src_abcdefgh"),
        ("expires", "2024-01-02T03:04:05Z"),
        ("card[address][city]", "Paris"),
        ("items[0][price]", "p_1"),
        ("customer", "cus_1"),
    ]
    assert isinstance(result.customer, api.models.Customer) and result.customer.email == "a@example.com"
    assert result.tags == ["a"] and result.to_dict() == charge  # absent stays absent, `Z` stays `Z`

    document = tmp_path / "evidence.pdf"
    document.write_bytes(b"%PDF-1.7")
    client.uploads.create(file=document, extras=[b"one", ("two.txt", io.BytesIO(b"two"), "text/plain")], purpose="identity", meta={"tag": "x"})
    upload = sent[1]
    boundary = upload.headers["Content-Type"].split("boundary=", 1)[1]
    assert upload.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    parts = upload.content.split(f"--{boundary}".encode())
    assert parts[-1] == b"--\r\n" and len(parts) == 7  # preamble, five parts, closing
    assert b'name="purpose"\r\n\r\nidentity\r\n' in parts[1]
    assert b'name="meta"\r\nContent-Type: application/json\r\n\r\n{"tag": "x"}\r\n' in parts[2]
    assert b'name="file"; filename="evidence.pdf"\r\nContent-Type: application/octet-stream\r\n\r\n%PDF-1.7\r\n' in parts[3]
    assert b'name="extras"; filename="upload"' in parts[4] and b"\r\n\r\none\r\n" in parts[4]
    assert b'name="extras"; filename="two.txt"\r\nContent-Type: text/plain\r\n\r\ntwo\r\n' in parts[5]

    from importlib import import_module

    webhooks = import_module("shapes_api.webhooks")  # requests the API sends: typed, decoded
    event = webhooks.parse_charge_succeeded(json.dumps(charge).encode())
    assert isinstance(event, api.models.Charge) and isinstance(event.customer, api.models.Customer)
    status = webhooks.parse_status_request_body_callback("CallSid=CA1&Attempt=2&CallStatus=completed")
    assert (status.call_sid, status.attempt, status.call_status) == ("CA1", 2, "completed")  # a form's text as its type
    assert (out / "tests" / "test_webhooks.py").is_file()

    assert mypy_strict(out, "shapes_api") == ""
    tests = run_generated_tests(out)
    assert tests.returncode == 0, tests.stdout[-3000:]
    generated = (out / "tests" / "test_charges.py").read_text(encoding="utf-8")
    assert re.search(r'source="src_[a-z0-9]{8}"', generated)  # a value its pattern accepts
    assert "amount=50" in generated and "expires=datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)" in generated


PATH_SHAPES = """
openapi: 3.0.3
info: {title: Paths, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /dictionaries/{id}:
    get:
      operationId: getDictionary
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Shipment"}}}}}
  /dictionaries/{id}/{version}/download:
    get:
      operationId: downloadDictionary
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: version, in: path, required: true, schema: {type: integer, minimum: 1}}
      responses: {"200": {description: ok, content: {application/octet-stream: {schema: {type: string, format: binary}}}}}
  /conversation/get_signed_url:
    get: {operationId: signedUrlUnderscore, responses: {"204": {description: ok}}}
  /conversation/get-signed-url:
    get: {operationId: signedUrlDash, responses: {"204": {description: ok}}}
  /calls/{call.id}/actions/answer:
    post:
      operationId: answerCall
      parameters: [{name: call.id, in: path, required: true, schema: {type: string}}]
      responses: {"204": {description: ok}}
  /shipments/{0}/cancel:
    post:
      operationId: cancelShipment
      parameters: [{name: "0", in: path, required: true, schema: {type: string}}]
      requestBody:
        content: {application/json: {schema: {type: object, properties: {reason: {type: string}, "": {type: string}}}}}
      responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Shipment"}}}}}
  /shipments:
    get:
      operationId: listShipments
      responses: {"200": {description: ok, content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Shipment"}}}}}}
    put:
      operationId: replaceShipments
      requestBody: {content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Shipment"}}}}}
      responses: {"200": {description: ok, content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Shipment"}}}}}}
  /sms:
    post:
      operationId: sendSms
      parameters: [{name: day, in: query, required: true, schema: {type: string, format: date}}]
      responses: {"204": {description: ok}}
  /twice:
    get: {operationId: same, responses: {"204": {description: ok}}}
    post: {operationId: same, responses: {"204": {description: ok}}}
components:
  schemas:
    Shipment:
      type: object
      properties:
        id: {type: string}
        type: {type: string}
        class: {type: string}
        list: {type: array, items: {type: string}}
"""


def test_path_shapes_of_real_specs_read_as_a_user_expects(generated_from: Callable[[str, str], Generated]) -> None:
    """More ids in one path than another, segments apart only by `-` and `_`, action paths, path
    parameter names that `str.format` would read as syntax, a body property named "", a method named
    `list` beside `list[...]` annotations, an acronym, repeated operationIds: each generates, is sent
    as the spec says, type-checks and passes its generated tests."""
    out, api, run = generated_from(PATH_SHAPES, "paths_api")
    assert "left out" not in run.err
    client, sent = recording_client(
        api, [httpx.Response(200, content=b"\x00\x01"), *[httpx.Response(204)] * 4, httpx.Response(200, json={"id": "s1", "type": "box", "class": "a"})]
    )
    assert client.dictionaries("d1").download.fetch(version=2) == b"\x00\x01"
    client.conversation.get_signed_url.fetch()
    client.conversation.get_signed_url_2.fetch()
    client.calls("c{1}").actions.answer()  # a verb, not `.answer.create()`
    client.sms.create(day=datetime.date(2024, 1, 2))
    shipment = client.shipments("s/1").cancel(reason="late", field="x")
    assert [(r.method, r.url.raw_path.decode()) for r in sent] == [
        ("GET", "/dictionaries/d1/2/download"),
        ("GET", "/conversation/get-signed-url"),  # first in the spec's path order
        ("GET", "/conversation/get_signed_url"),
        ("POST", "/calls/c%7B1%7D/actions/answer"),
        ("POST", "/sms?day=2024-01-02"),
        ("POST", "/shipments/s%2F1/cancel"),
    ]
    assert json.loads(sent[-1].content) == {"reason": "late", "": "x"}  # the "" property is not dropped
    assert (shipment.id, shipment.type, shipment.class_) == ("s1", "box", "a")  # builtins' names kept, keywords not
    with pytest.raises(ValueError, match="version"):
        client.dictionaries("d1").download.fetch(version=0)
    assert type(client.sms).__name__ == "SmsList"  # an acronym is no plural
    assert {client.twice.fetch.__name__, client.twice.create.__name__} == {"fetch", "create"}
    assert mypy_strict(out, "paths_api") == ""
    tests = run_generated_tests(out)
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert "test_same_2_" in (out / "tests" / "test_twice.py").read_text(encoding="utf-8")  # repeated operationIds, distinct tests


SERVERS_AND_EXAMPLES = """
openapi: 3.0.2
info: {title: Acct, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /account/balance:
    servers: [{url: "https://rest.example.com"}]
    get:
      operationId: getBalance
      responses:
        "200":
          description: ok
          content:
            application/json:
              example: "{\\n  \\"autoReload\\": false, \\"value\\": 10.5\\n}"
              schema: {type: object, properties: {autoReload: {type: boolean}, value: {type: number}}}
  /account/senders:
    post:
      operationId: registerSender
      servers: [{url: "/v2"}]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [value]
              properties:
                labels: {type: object, additionalProperties: {type: string}}
                value: {type: string, format: email}
            example: {labels: [a, b], value: bob@example.com}
      responses: {"204": {description: ok}}
  /calls:
    $ref: "paths.yaml#/calls"
"""


def test_servers_of_one_path_examples_as_json_text_and_path_items_in_other_files(
    generated_from: Callable[[str, str], Generated], tmp_path: Path
) -> None:
    """Vonage's specs: a path served from another host (`servers` on the path item or operation, a
    relative one read against the API's), a response example written as JSON text, a request example
    its schema contradicts (a list for an object: a value is made instead); and a path item that is a
    `$ref` into another file (generate crashed on it)."""
    (tmp_path / "paths.yaml").write_text(
        "calls:\n  get:\n    operationId: listCalls\n    responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}}\n",
        encoding="utf-8",
    )
    out, api, run = generated_from(SERVERS_AND_EXAMPLES, "accounts_api")
    assert "warning" not in run.err
    client, sent = recording_client(api, [httpx.Response(200, json={"value": 1.5}), httpx.Response(204), httpx.Response(200, json=["c1"])])
    assert client.account.balance.fetch().value == 1.5
    client.account.senders.create(value="bob@example.com")
    assert client.calls.list() == ["c1"]
    assert [str(r.url) for r in sent] == ["https://rest.example.com/account/balance", "https://api.example.com/v2/account/senders", "https://api.example.com/calls"]
    mock = api.Client(base_url="https://mock.test", http_client=httpx.Client(transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={}))))
    mock.account.balance.fetch()
    assert str(sent[-1].url) == "https://mock.test/account/balance"  # a given base_url serves every operation
    balance_test = (out / "tests" / "test_account_balance.py").read_text(encoding="utf-8")
    assert '"autoReload": false' in balance_test and "assert decoded(result" in balance_test  # the JSON text, read as JSON
    assert mypy_strict(out, "accounts_api") == ""
    tests = run_generated_tests(out)
    assert tests.returncode == 0, tests.stdout[-3000:]


def test_a_host_with_capitals_is_expected_as_httpx_sends_it(generated_from: Callable[[str, str], Generated]) -> None:
    """SignalWire-style `https://{space}.example.com` whose default is `YOUR_SPACE`: httpx sends the host
    in lower case, and the generated tests expect it so."""
    out, api, _ = generated_from(
        """
        openapi: 3.0.3
        info: {title: Space, version: "1"}
        servers: [{url: "https://{space}.Example.com/api", variables: {space: {default: YOUR_SPACE}}}]
        paths:
          /calls:
            get: {operationId: listCalls, responses: {"204": {description: ok}}}
        """,
        "space_api",
    )
    assert '"https://your_space.example.com/api/calls"' in (out / "tests" / "test_calls.py").read_text(encoding="utf-8")
    tests = run_generated_tests(out)
    assert tests.returncode == 0, tests.stdout[-3000:]


def test_an_octet_stream_body_takes_a_file_and_schema_keywords_on_a_parameter_are_its_schema(
    generated_from: Callable[[str, str], Generated], tmp_path: Path
) -> None:
    """`application/octet-stream` (an audio upload) takes bytes, a path or a binary file, sent as they are;
    a parameter that writes `allOf` on itself, not under `schema`, is typed by it."""
    out, api, run = generated_from(
        """
        openapi: 3.0.3
        info: {title: Media, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /media/{id}:
            put:
              operationId: uploadMedia
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: quality, in: query, allOf: [{$ref: "#/components/schemas/Quality"}]}
              requestBody: {required: true, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
              responses: {"204": {description: stored}}
        components:
          schemas:
            Quality: {type: string, enum: [low, high]}
        """,
        "media_upload_api",
    )
    assert "no schema" not in run.err
    sound = tmp_path / "hello.wav"
    sound.write_bytes(b"RIFF....WAVE")
    client, sent = recording_client(api, [httpx.Response(204)] * 3)
    client.media("m1").update(body=sound, quality="high")
    client.media("m1").update(body=b"raw")
    with sound.open("rb") as file:
        client.media("m1").update(body=file)
    assert [(r.content, r.headers["Content-Type"]) for r in sent] == [(b"RIFF....WAVE", "application/octet-stream"), (b"raw", "application/octet-stream"), (b"RIFF....WAVE", "application/octet-stream")]
    assert sent[0].url.params["quality"] == "high"
    with pytest.raises(ValueError, match="quality"):
        client.media("m1").update(body=b"x", quality="medium")  # type: ignore[arg-type]
    assert mypy_strict(out, "media_upload_api") == ""
    tests = run_generated_tests(out)
    assert tests.returncode == 0, tests.stdout[-3000:]


def test_a_query_parameter_whose_content_is_json_is_sent_as_one_json_text(generated_from: Callable[[str, str], Generated]) -> None:
    """`content: {application/json: ...}` on a query parameter: typed by its schema, sent as JSON text."""
    out, api, run = generated_from(
        """
        openapi: 3.0.3
        info: {title: Filters, version: "1"}
        servers: [{url: "https://api.example.com"}]
        paths:
          /calls:
            get:
              operationId: listCalls
              parameters:
                - name: filter
                  in: query
                  content: {application/json: {schema: {type: object, properties: {status: {type: string}, ids: {type: array, items: {type: integer}}}}}}
              responses: {"204": {description: ok}}
        """,
        "filters_api",
    )
    assert "warning" not in run.err
    client, sent = recording_client(api, [httpx.Response(204)])
    client.calls.fetch(filter=api.models.ListCallsFilter(status="active", ids=[1, 2]))
    assert sent[0].url.params["filter"] == '{"status":"active","ids":[1,2]}'
    assert mypy_strict(out, "filters_api") == ""


def test_an_endpoints_response_type_is_the_type_checkers_not_a_claim(generated: dict[str, Path], tmp_path: Path) -> None:
    """Each endpoint's response codec is Python naming the generated class (found on first use), so
    mypy infers `Endpoint[Pet]` from it and rejects any other claim; a method returning what its
    endpoint sends is held to its annotation."""
    import shutil

    out = tmp_path / "constructs_api"
    shutil.copytree(generated["constructs_api"], out)
    (out / "tests" / "typed_use.py").write_text(
        "from constructs_api._base_client import Endpoint\n"
        "from constructs_api.models import ListPetsResponse, Pet\n"
        "from constructs_api.resources.pets import _CONTEXT_FETCH, _LIST_LIST\n"
        "fetched: Endpoint[Pet] = _CONTEXT_FETCH\n"
        "listed: Endpoint[ListPetsResponse] = _LIST_LIST\n"
        "wrong: Endpoint[ListPetsResponse] = _CONTEXT_FETCH\n"
    )
    found = mypy_strict(out, "constructs_api")
    assert "typed_use.py:6: error: Incompatible types in assignment" in found
    assert found.count(": error:") == 1, found

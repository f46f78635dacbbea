"""`with_raw_response` and `with_streaming_response` on every resource with methods: the HTTP
response a call's result comes in (status, headers, request id, `parse()`), and a body streamed to a
file a chunk at a time, never held whole. Sent to a real local server (tests/local_server.py)."""

from __future__ import annotations

import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import anyio
import pytest
from conftest import generated_package
from local_server import Server, chunked, reply, slow, truncated

SPEC = """\
openapi: 3.1.0
info: {title: Raw, version: "1"}
servers: [{url: "https://api.example.com"}]
components:
  schemas:
    Recording:
      type: object
      properties: {sid: {type: string}, duration: {type: integer}}
    RecordingPage:
      type: object
      properties:
        recordings: {type: array, items: {$ref: "#/components/schemas/Recording"}}
        next_page_url: {type: [string, "null"]}
paths:
  /recordings:
    get:
      operationId: ListRecording
      parameters: [{name: PageSize, in: query, schema: {type: integer}}]
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/RecordingPage"}}}}
    post:
      operationId: CreateRecording
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, properties: {Name: {type: string}}}
      responses:
        "201": {description: Created, content: {application/json: {schema: {$ref: "#/components/schemas/Recording"}}}}
  /recordings/{sid}:
    parameters: [{name: sid, in: path, required: true, schema: {type: string}}]
    get:
      operationId: FetchRecording
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Recording"}}}}
  /recordings/{sid}/media:
    parameters: [{name: sid, in: path, required: true, schema: {type: string}}]
    get:
      operationId: FetchRecordingMedia
      responses:
        "200": {description: The audio, content: {audio/mpeg: {schema: {type: string, format: binary}}}}
"""


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from generated_package(tmp_path_factory, SPEC, "raw_api")


def client(api: ModuleType, server: Server, **options: Any) -> Any:
    return api.Client(base_url=server.url, max_retries=0, **options)


def test_with_raw_response_gives_status_headers_and_the_parsed_result(api: ModuleType, server: Server) -> None:
    server.script(reply(201, {"sid": "RE1", "duration": 4}, {"X-Request-Id": "req_1", "X-Rate-Remaining": "99"}))
    with client(api, server) as c:
        response = c.recordings.with_raw_response.create(name="a")
    assert response.status_code == 201
    assert response.headers["x-rate-remaining"] == "99"
    assert response.request_id == "req_1"
    recording = response.parse()
    assert isinstance(recording, api.models.Recording)
    assert (recording.sid, recording.duration) == ("RE1", 4)
    assert response.parse() is recording  # parsed once
    assert server.received[0].body == b"Name=a"  # the same arguments, sent the same way


def test_with_raw_response_checks_arguments_as_the_method_does(api: ModuleType, server: Server) -> None:
    with client(api, server) as c, pytest.raises(TypeError):
        c.recordings.with_raw_response.create(name=12)
    assert server.received == []


def test_with_raw_response_on_a_list_gives_the_first_pages_response(api: ModuleType, server: Server) -> None:
    server.script(reply(200, {"recordings": [{"sid": "RE1"}], "next_page_url": "/recordings?Page=1"}))
    with client(api, server) as c:
        response = c.recordings.with_raw_response.list(page_size=1)
    assert response.status_code == 200
    page = response.parse()
    assert [r.sid for r in page.recordings] == ["RE1"]
    assert [r.path for r in server.received] == ["/recordings?PageSize=1"]


def test_errors_raise_from_raw_calls_as_from_the_method(api: ModuleType, server: Server) -> None:
    server.script(reply(404, {"message": "no such recording"}))
    with client(api, server) as c, pytest.raises(api.NotFoundError, match="no such recording"):
        c.recordings("RE9").with_raw_response.fetch()


def test_a_large_body_streams_to_a_file_without_being_held(api: ModuleType, server: Server, tmp_path: Path) -> None:
    size = 32 * 1024 * 1024
    server.script(chunked(size))
    target = tmp_path / "media.mp3"
    with client(api, server) as c:
        tracemalloc.start()
        try:
            with c.recordings("RE1").media.with_streaming_response.fetch() as response:
                assert response.status_code == 200 and response.headers["content-type"] == "audio/mpeg"
                written = response.write_to(target)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert response.is_closed
    assert written == size == target.stat().st_size
    assert peak < size // 8, f"{peak} bytes held at once for a {size}-byte body"
    with target.open("rb") as f:
        assert f.read(512) == bytes(range(256)) * 2


def test_a_body_read_whole_is_the_same_bytes(api: ModuleType, server: Server) -> None:
    server.script(chunked(300_000))
    with client(api, server) as c:
        media = c.recordings("RE1").media.fetch()
    assert isinstance(media, bytes) and len(media) == 300_000


def test_a_streamed_body_is_read_in_pieces(api: ModuleType, server: Server) -> None:
    server.script(chunked(200_000, chunk=50_000))
    with client(api, server) as c, c.recordings("RE1").media.with_streaming_response.fetch() as response:
        sizes = [len(piece) for piece in response.iter_bytes(65536)]
    assert sum(sizes) == 200_000 and max(sizes) <= 65536


def test_a_connection_lost_mid_stream_is_a_connection_error(api: ModuleType, server: Server, tmp_path: Path) -> None:
    server.script(truncated())
    with client(api, server) as c, c.recordings("RE1").media.with_streaming_response.fetch() as response, pytest.raises(api.ApiConnectionError):
        response.write_to(tmp_path / "partial.mp3")


def test_streaming_sends_nothing_until_the_headers_come(api: ModuleType, server: Server) -> None:
    """The call returns once the status and headers arrive; the body is read as it is asked for."""
    server.script(slow(0.1, chunked(1000)))
    with client(api, server) as c, c.recordings("RE1").media.with_streaming_response.fetch() as response:
        assert not response.http_response.is_stream_consumed
        assert len(response.read()) == 1000


def test_the_async_client_streams_and_parses_too(api: ModuleType, server: Server, tmp_path: Path) -> None:
    async def run() -> tuple[Any, int]:
        async with api.AsyncClient(base_url=server.url, max_retries=0) as c:
            server.script(reply(200, {"sid": "RE1"}))
            raw = await c.recordings("RE1").with_raw_response.fetch()
            recording = await raw.parse()
            server.script(chunked(1_000_000))
            async with await c.recordings("RE1").media.with_streaming_response.fetch() as response:
                written = await response.write_to(tmp_path / "a.mp3")
            return recording, written

    recording, written = anyio.run(run)
    assert recording.sid == "RE1"
    assert written == 1_000_000 == (tmp_path / "a.mp3").stat().st_size


def test_a_resource_method_cannot_take_the_raw_names(tmp_path: Path) -> None:
    """An operation that would be named `with_raw_response` gets another name."""
    spec = SPEC + """\
  /recordings/{sid}/with_raw_response:
    parameters: [{name: sid, in: path, required: true, schema: {type: string}}]
    get:
      operationId: WithRawResponse
      responses: {"200": {description: OK}}
"""
    (tmp_path / "spec.yaml").write_text(spec, encoding="utf-8")
    from generator.cli import main

    assert main(["generate", "--spec", str(tmp_path / "spec.yaml"), "--out", str(tmp_path / "out"), "--package", "clash_api"]) == 0
    mypy = subprocess.run([sys.executable, "-m", "mypy", "--strict", "clash_api"], cwd=tmp_path / "out", capture_output=True, text=True, check=False)
    assert mypy.returncode == 0, mypy.stdout
    source = (tmp_path / "out" / "clash_api" / "resources" / "recordings.py").read_text(encoding="utf-8")
    assert "def with_raw_response_(self) -> RecordingWithRawResponseList:" in source  # the sub-resource
    assert "def with_raw_response(self) -> _RecordingContextRaw:" in source

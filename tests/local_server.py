"""A real HTTP/1.1 server on localhost whose answers each test scripts: statuses, delays, resets,
truncated and corrupt bodies, redirects. Nothing is mocked between a client and the socket."""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    """One request as the server read it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float  # time.monotonic() when it arrived


# An answer: what the server does with one request, given its handler.
Answer = Callable[[BaseHTTPRequestHandler], None]


def reply(status: int = 200, body: Any = None, headers: dict[str, str] | None = None) -> Answer:
    """A whole response; `body` as JSON unless bytes."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        content = body if isinstance(body, bytes) else b"" if body is None else json.dumps(body).encode()
        handler.send_response(status)
        sent = {"Content-Type": "application/json", **(headers or {})}
        for name, value in sent.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(content)))
        handler.end_headers()
        handler.wfile.write(content)

    return answer


def reset() -> Answer:
    """The connection reset (RST) once the request is read, before any answer."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.close_connection = True
        handler.connection.close()

    return answer


def truncated(status: int = 200) -> Answer:
    """Headers promising 100 bytes, then 10 of them and a closed connection."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", "100")
        handler.end_headers()
        handler.wfile.write(b'{"sid": "C')
        handler.wfile.flush()
        handler.close_connection = True
        handler.connection.shutdown(socket.SHUT_RDWR)

    return answer


def corrupt_gzip() -> Answer:
    """A body announced as gzip that is not."""
    return reply(200, b"this is no gzip stream", {"Content-Encoding": "gzip"})


def slow(seconds: float, then: Answer | None = None) -> Answer:
    """An answer `seconds` late."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        (then or reply(200, {}))(handler)

    return answer


@dataclass
class Server:
    """A local HTTP/1.1 server: each request gets the next scripted answer (the last one repeats)."""

    url: str
    answers: list[Answer] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)

    def script(self, *answers: Answer) -> None:
        self.answers[:] = answers
        self.received.clear()

    def _next(self) -> Answer:
        if not self.answers:
            return reply(200, {})
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def serve(host: str) -> Iterator[Server]:
    state: list[Server] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            server = state[0]
            server.received.append(Received(self.command, self.path, dict(self.headers.items()), body, time.monotonic()))
            server._next()(self)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _any

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    class Quiet(ThreadingHTTPServer):
        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # a client gone (a timeout under test): nothing to tell

    httpd = Quiet((host, 0), Handler)
    httpd.daemon_threads = True
    state.append(Server(f"http://{host}:{httpd.server_address[1]}"))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state[0]
    finally:
        httpd.shutdown()
        httpd.server_close()


def chunked(total: int, chunk: int = 65536, content_type: str = "audio/mpeg") -> Answer:
    """A body of `total` bytes sent in chunks as it is made (never whole on either side)."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        piece = bytes(range(256)) * (chunk // 256)
        left = total
        while left > 0:
            part = piece[: min(left, len(piece))]
            handler.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            left -= len(part)
        handler.wfile.write(b"0\r\n\r\n")

    return answer

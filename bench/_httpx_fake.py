"""An httpx transport that answers in-process with `_answers`' canned bodies (no network)."""

from __future__ import annotations

import httpx

from _answers import body_for


class FakeTransport(httpx.BaseTransport):
    """Answers as httpx's own HTTPTransport does once httpcore has read a response off the socket:
    a status, raw header bytes and a byte stream. Only the socket is missing."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = body_for(request.url.path)
        headers = [(b"Content-Type", b"application/json"), (b"Content-Length", str(len(body)).encode())]
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(body), extensions={"http_version": b"HTTP/1.1"})


def httpx_transport() -> httpx.BaseTransport:
    return FakeTransport()

"""A requests adapter that answers in-process with `_answers`' canned bodies (no network)."""

from __future__ import annotations

import requests
from requests.adapters import HTTPAdapter

from _answers import body_for


class RequestsAdapter(HTTPAdapter):
    """Replaces urllib3's connection pool (and so the socket) under requests' own HTTPAdapter."""

    def send(self, request: requests.PreparedRequest, *args: object, **kwargs: object) -> requests.Response:
        response = requests.Response()
        response.status_code = 200
        response._content = body_for(request.path_url)
        response.headers["Content-Type"] = "application/json"
        response.url = request.url or ""
        response.request = request
        response.encoding = "utf-8"
        return response

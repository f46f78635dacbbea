"""Where requests go: the API's server URL and variables, and an operation's own server."""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin, urlsplit

from generator import walk
from generator.ir import ServerVariable


def server(data: dict[str, Any]) -> tuple[str, list[ServerVariable]]:
    servers = data.get("servers") or [{"url": "/"}]
    server: dict[str, Any] = servers[0] if isinstance(servers[0], dict) else {"url": "/"}
    declared = server.get("variables")
    variables = [
        ServerVariable(str(name), str(v.get("default", "")), str(v.get("description", "")), tuple(str(e) for e in v.get("enum") or ()))
        for name, v in (declared if isinstance(declared, dict) else {}).items()
        if isinstance(v, dict)
    ]
    return str(server.get("url", "/")).rstrip("/"), variables


def own_server(found: walk.OperationNode, api_url: str) -> str:
    """The URL of the server an operation's (or its path item's) `servers` names, with its variables'
    defaults, where it is not the API's (Vonage serves some paths from rest.nexmo.com, the rest from
    api.nexmo.com); a relative one is read against the API's. "" when it is the API's own."""
    for owner in (found.value, found.item.value):
        if isinstance(owner.get("servers"), list) and owner["servers"]:
            url, variables = server(owner)
            if url == api_url:  # the API's own, its variables the client's to fill
                return ""
            for variable in variables:
                url = url.replace("{" + variable.name + "}", variable.default)
            return urljoin(api_url + "/", url).rstrip("/") if "://" not in url else url
    return ""


def server_path(url: str, variables: list[ServerVariable]) -> str:
    """The path of the server URL the client uses by default (`https://api.nexmo.com/v1/calls` ->
    `/v1/calls`), which every operation's path continues; "" when a variable without a default
    leaves it unknown."""
    for variable in variables:
        url = url.replace("{" + variable.name + "}", variable.default)
    path = urlsplit(url).path if "://" in url else url
    return "" if "{" in path else path.rstrip("/")

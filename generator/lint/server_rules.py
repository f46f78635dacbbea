"""Lint rules about where the API is and how it is reached: server URLs and their variables,
security requirements and the schemes and scopes they name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.lint.engine import Found, Severity, rule
from generator.lint.walk import operations
from generator.load import Spec, join_pointer

_VARIABLE = re.compile(r"\{([^{}]*)\}")


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _servers(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every server object written in the root document: the document's, each path item's and each
    operation's (pointer, server)."""
    lists: list[tuple[str, Any]] = [("/servers", spec.data.get("servers"))]
    for path, item in (spec.data.get("paths") or {}).items() if isinstance(spec.data.get("paths"), dict) else ():
        if isinstance(item, dict):
            lists.append((join_pointer("paths", path, "servers"), item.get("servers")))
    lists += [(op.pointer + "/servers", op.value.get("servers")) for op in operations(spec)]
    for pointer, servers in lists:
        for index, server in enumerate(servers) if isinstance(servers, list) else ():
            if isinstance(server, dict) and isinstance(server.get("url"), str):
                yield f"{pointer}/{index}", server


@rule("server-variables", Severity.ERROR, "a server URL's variables are each defined, used, with a default inside a non-empty enum")
def server_variables(spec: Spec) -> Found:
    for pointer, server in _servers(spec):
        used = _VARIABLE.findall(server["url"])
        variables = _dict(server.get("variables"))
        for name in dict.fromkeys(used):
            if name not in variables:
                yield f"the server URL uses {{{name}}}, which its `variables` do not define; define it with a default", pointer + "/url", None
        for name, variable in variables.items():
            where = pointer + join_pointer("variables", name)
            if name not in used:
                yield f"server variable {name!r} is defined but the URL never uses it; use it or remove it", where, None
            if not isinstance(variable, dict):
                continue
            enum = variable.get("enum")
            if enum is not None and (not isinstance(enum, list) or not enum):
                yield f"server variable {name!r} has an empty enum; list its values or remove the enum", where + "/enum", None
            elif isinstance(enum, list) and "default" in variable and variable["default"] not in enum:
                yield f"server variable {name!r} defaults to {variable['default']!r}, which is not in its enum {enum}; use one of them", where + "/default", None


@rule("server-trailing-slash", Severity.WARNING, "a server URL does not end in `/` (paths start with one)")
def server_trailing_slash(spec: Spec) -> Found:
    for pointer, server in _servers(spec):
        url = server["url"]
        if url.endswith("/") and url.rstrip("/") not in ("", "http:", "https:"):
            yield f"server URL {url!r} ends in `/`, so every path (which starts with `/`) gives `//`; drop it", pointer + "/url", None


@rule("security-defined", Severity.ERROR, "security requirements name defined schemes, and OAuth scopes those schemes define")
def security_defined(spec: Spec) -> Found:
    schemes = _dict(_dict(spec.data.get("components")).get("securitySchemes"))
    requirements: list[tuple[str, Any]] = [("/security", spec.data.get("security"))]
    requirements += [(op.pointer + "/security", op.value.get("security")) for op in operations(spec)]
    for pointer, listed in requirements:
        for index, requirement in enumerate(listed) if isinstance(listed, list) else ():
            if not isinstance(requirement, dict):
                continue
            for name, scopes in requirement.items():
                where = pointer + join_pointer(index, name)
                scheme = schemes.get(name)
                if not isinstance(scheme, dict):
                    known = ", ".join(sorted(schemes)) or "none"
                    yield f"security requirement names {name!r}, which components.securitySchemes does not define (defined: {known})", where, None
                    continue
                if scheme.get("type") not in ("oauth2", "openIdConnect") or not isinstance(scopes, list):
                    continue
                defined = _oauth_scopes(scheme)
                for scope in scopes:
                    if defined is not None and scope not in defined:
                        yield f"scope {scope!r} is not one of {name!r}'s flows' scopes; add it to a flow's `scopes` or fix the name", where, None


def _oauth_scopes(scheme: dict[str, Any]) -> set[str] | None:
    """The scopes an OAuth 2 scheme's flows define (None for OpenID Connect, whose scopes are the provider's)."""
    if scheme.get("type") != "oauth2":
        return None
    return {str(s) for flow in _dict(scheme.get("flows")).values() for s in _dict(_dict(flow).get("scopes"))}

"""Who the client says it is: credentials from `x-sdkgen`, else from the spec's security schemes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator import conventions
from generator.errors import Level, Problem
from generator.ir import Credential
from generator.load import Spec
from generator.naming import env_variable, snake, unique


def credentials(data: dict[str, Any], problems: list[Problem], spec: Spec) -> list[Credential]:
    """The client's credentials: those `x-sdkgen` declares, else what the spec's security needs,
    each read from an environment variable when not passed (`x-sdkgen`'s `env`, else
    `<PREFIX>_<NAME>`: see naming.env_variable; `env-prefix` in `x-sdkgen` sets the prefix)."""
    extension: dict[str, Any] = data["x-sdkgen"] if isinstance(data.get("x-sdkgen"), dict) else {}
    found = _declared(extension) or _from_security(data, problems, spec)
    info: dict[str, Any] = data["info"] if isinstance(data.get("info"), dict) else {}
    prefix = str(extension.get("env-prefix") or info.get("title") or "")
    return [c if c.env else replace(c, env=env_variable(prefix, c.name)) for c in found]


def _declared(extension: dict[str, Any]) -> list[Credential]:
    return [
        Credential(
            name=snake(str(entry.get("name", "credential"))),
            env=entry.get("env"),
            description=str(entry.get("description", "")),
            auth=entry.get("auth"),
            secret=bool(entry.get("secret", False)),
            path_parameter=entry.get("path-parameter"),
            server_variable=entry.get("server-variable"),
        )
        for entry in extension.get("credentials") or []
        if isinstance(entry, dict)
    ]


def _from_security(data: dict[str, Any], problems: list[Problem], spec: Spec) -> list[Credential]:
    """Without `x-sdkgen`, the client takes what the spec's security needs: the first requirement
    (top-level `security`, else each scheme alone) whose schemes are all supported.

    A basic scheme named `<user>_<password>` (Twilio's `accountSid_authToken`) names the two
    credentials after its halves; a user credential named like a path parameter that scopes most
    paths (`account_sid`, `/Accounts/{AccountSid}/...`) fills it, as `x-sdkgen` would say. API keys
    go in headers or query parameters, several at once if a requirement asks for them (Vonage's
    `api_key` and `api_secret`).
    """
    schemes = (data.get("components") or {}).get("securitySchemes") or {}
    if not isinstance(schemes, dict) or not schemes:
        return []
    requirements = [list(r) for r in data.get("security") or [] if isinstance(r, dict) and r]
    for names in requirements or [[name] for name in schemes]:
        found = _scheme_credentials(data, [(str(n), schemes.get(n)) for n in names])
        if found is not None:
            return found
    problems.append(
        Problem(
            Level.WARNING,
            f"no supported security scheme among {', '.join(map(str, schemes))}: the client sends no credentials",
            spec.root.locate("/components/securitySchemes"),
            hint="sdkgen supports HTTP basic and bearer and API keys in a header or query; or declare them in x-sdkgen",
        )
    )
    return []


def _scheme_credentials(data: dict[str, Any], named: list[tuple[str, Any]]) -> list[Credential] | None:
    """The credentials of one security requirement (its schemes, by name), or None if sdkgen cannot send them."""
    keys = [s for _, s in named if isinstance(s, dict) and s.get("type") == "apiKey" and s.get("in") in ("header", "query") and isinstance(s.get("name"), str)]
    if keys and len(keys) == len(named):
        names = ["api_key"] if len(keys) == 1 else list(unique((s["name"], snake(s["name"])) for s in keys).values())
        where = {"header": "header", "query": "query parameter"}
        return [
            Credential(name, None, f"The API key, sent as the {s['name']} {where[s['in']]}.", f"{s['in']}:{s['name']}", True, None, None)
            for name, s in zip(names, keys, strict=True)
        ]
    if len(named) != 1 or not isinstance(named[0][1], dict):
        return None
    scheme_name, scheme = named[0]
    kind, http = scheme.get("type"), str(scheme.get("scheme", "")).lower()
    if kind == "http" and http == "basic":
        user, password = conventions.basic_credential_names(scheme_name)
        scope = conventions.scope_parameter(data, user)
        return [
            Credential(user, None, "The HTTP Basic user name.", "username", False, scope, None),
            Credential(password, None, "The HTTP Basic password.", "password", True, None, None),
        ]
    if kind == "http" and http == "bearer":
        return [Credential("token", None, "The bearer token.", "bearer", True, None, None)]
    return None
